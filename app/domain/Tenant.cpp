#include "Tenant.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

#include <cmath>

namespace {
// The largest integer a JSON number (an IEEE double) holds exactly.
constexpr double maxExactInteger = 9007199254740991.0;
constexpr qsizetype maxEtagLength = 200;

QString join(const QString &path, QLatin1StringView member)
{
    return path.isEmpty() ? QString(member) : QString(path + QLatin1Char('.') + member);
}

void addError(QList<FieldError> &errors, const QString &field, QLatin1StringView code,
              const QString &detail)
{
    errors.append(FieldError{field, QString(code), detail});
}

std::optional<QString> readString(const QJsonObject &object, QLatin1StringView member,
                                  const QString &path, QList<FieldError> &errors)
{
    const QJsonValue value = object.value(member);
    const QString field = join(path, member);
    if (value.isUndefined()) {
        addError(errors, field, QLatin1StringView("missing"), QStringLiteral("is missing"));
        return std::nullopt;
    }
    if (!value.isString()) {
        addError(errors, field, QLatin1StringView("wrong_type"), QStringLiteral("is not a string"));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<qint64> readCount(const QJsonObject &object, QLatin1StringView member,
                                const QString &path, QList<FieldError> &errors)
{
    const QJsonValue value = object.value(member);
    const QString field = join(path, member);
    if (value.isUndefined()) {
        addError(errors, field, QLatin1StringView("missing"), QStringLiteral("is missing"));
        return std::nullopt;
    }
    if (!value.isDouble()) {
        addError(errors, field, QLatin1StringView("wrong_type"), QStringLiteral("is not a number"));
        return std::nullopt;
    }
    const double number = value.toDouble();
    // NaN and infinities cannot come out of a JSON parser, but a negative, fractional or
    // too-large number can, and converting those to an integer would be undefined behaviour.
    if (!std::isfinite(number) || number < 0 || number > maxExactInteger ||
        std::trunc(number) != number) {
        addError(errors, field, QLatin1StringView("out_of_range"),
                 QStringLiteral("is not a whole number from 0 to 2^53-1"));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<TenantCounts> readCounts(const QJsonObject &object, const QString &path,
                                       QList<FieldError> &errors)
{
    const QJsonValue value = object.value(QLatin1StringView("counts"));
    const QString field = join(path, QLatin1StringView("counts"));
    if (value.isUndefined()) {
        addError(errors, field, QLatin1StringView("missing"), QStringLiteral("is missing"));
        return std::nullopt;
    }
    if (!value.isObject()) {
        addError(errors, field, QLatin1StringView("wrong_type"),
                 QStringLiteral("is not an object"));
        return std::nullopt;
    }
    const QJsonObject counts = value.toObject();
    const qsizetype errorsBefore = errors.size();
    const auto total = readCount(counts, QLatin1StringView("total"), field, errors);
    const auto basic = readCount(counts, QLatin1StringView("basic"), field, errors);
    const auto pending = readCount(counts, QLatin1StringView("pending"), field, errors);
    const auto registered = readCount(counts, QLatin1StringView("registered"), field, errors);
    const auto failed = readCount(counts, QLatin1StringView("failed"), field, errors);
    const auto deregistering = readCount(counts, QLatin1StringView("deregistering"), field, errors);
    if (errors.size() != errorsBefore)
        return std::nullopt;
    const TenantCounts result{*total, *basic, *pending, *registered, *failed, *deregistering};
    // Each state counts a subset of the tenant's numbers. Their sum is not checked against the
    // total: a newer backend may add a state this version does not know.
    for (const qint64 part :
         {result.basic, result.pending, result.registered, result.failed, result.deregistering}) {
        if (part > result.total) {
            addError(errors, field, QLatin1StringView("inconsistent"),
                     QStringLiteral("has a state count larger than the total"));
            return std::nullopt;
        }
    }
    return result;
}
} // namespace

QString serviceTypeToWire(ServiceType type)
{
    switch (type) {
    case ServiceType::DirectRouting:
        return QStringLiteral("direct_routing");
    case ServiceType::OperatorConnect:
        return QStringLiteral("operator_connect");
    }
    return {};
}

std::optional<ServiceType> serviceTypeFromWire(QStringView wire)
{
    if (wire == QLatin1StringView("direct_routing"))
        return ServiceType::DirectRouting;
    if (wire == QLatin1StringView("operator_connect"))
        return ServiceType::OperatorConnect;
    return std::nullopt;
}

std::optional<Tenant> Tenant::fromJson(const QJsonValue &value, QList<FieldError> &errors,
                                       const QString &path)
{
    if (!value.isObject()) {
        addError(errors, path, QLatin1StringView("wrong_type"), QStringLiteral("is not an object"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const qsizetype errorsBefore = errors.size();
    Tenant tenant;

    if (const auto id = readString(object, QLatin1StringView("id"), path, errors)) {
        // QUuid also accepts braces; the API sends the bare 36-character form.
        if (id->size() != 36 || QUuid::fromString(*id).isNull()) {
            addError(errors, join(path, QLatin1StringView("id")), QLatin1StringView("invalid"),
                     QStringLiteral("is not a tenant GUID"));
        } else {
            tenant.id = id->toLower();
        }
    }
    if (const auto name = readString(object, QLatin1StringView("name"), path, errors)) {
        const QString trimmed = name->trimmed();
        if (trimmed.isEmpty() || trimmed.size() > maxNameLength) {
            addError(errors, join(path, QLatin1StringView("name")), QLatin1StringView("invalid"),
                     QStringLiteral("is empty or longer than %1 characters").arg(maxNameLength));
        } else {
            tenant.name = trimmed;
        }
    }
    if (const auto wire = readString(object, QLatin1StringView("serviceType"), path, errors)) {
        if (const auto type = serviceTypeFromWire(*wire)) {
            tenant.serviceType = *type;
        } else {
            addError(errors, join(path, QLatin1StringView("serviceType")),
                     QLatin1StringView("invalid"),
                     QStringLiteral("is neither direct_routing nor operator_connect"));
        }
    }
    if (const auto counts = readCounts(object, path, errors))
        tenant.counts = *counts;
    if (const auto etag = readString(object, QLatin1StringView("etag"), path, errors)) {
        // A strong entity tag, quotes included, as it goes back into If-Match.
        const bool quoted = etag->size() >= 3 && etag->size() <= maxEtagLength &&
                            etag->startsWith(QLatin1Char('"')) && etag->endsWith(QLatin1Char('"'));
        bool printable = quoted;
        for (qsizetype i = 1; printable && i + 1 < etag->size(); ++i) {
            const char16_t c = etag->at(i).unicode();
            printable = c >= 0x21 && c <= 0x7E && c != u'"';
        }
        if (!printable) {
            addError(errors, join(path, QLatin1StringView("etag")), QLatin1StringView("invalid"),
                     QStringLiteral("is not a strong entity tag"));
        } else {
            tenant.etag = *etag;
        }
    }
    if (const auto updatedAt = readString(object, QLatin1StringView("updatedAt"), path, errors)) {
        const QDateTime when = QDateTime::fromString(*updatedAt, Qt::ISODateWithMs);
        // RFC 3339 requires an offset; without one Qt would guess the local zone.
        if (!when.isValid() || when.timeSpec() == Qt::LocalTime) {
            addError(errors, join(path, QLatin1StringView("updatedAt")),
                     QLatin1StringView("invalid"), QStringLiteral("is not an RFC 3339 timestamp"));
        } else {
            tenant.updatedAt = when.toUTC();
        }
    }
    if (errors.size() != errorsBefore)
        return std::nullopt;
    return tenant;
}

QString serviceTypeText(ServiceType type)
{
    switch (type) {
    case ServiceType::DirectRouting:
        return QCoreApplication::translate("Tenant", "Direct Routing");
    case ServiceType::OperatorConnect:
        return QCoreApplication::translate("Tenant", "Operator Connect");
    }
    return {};
}
