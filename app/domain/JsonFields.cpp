#include "JsonFields.h"

#include "domain/TeamsId.h"

#include <QUuid>

#include <cmath>

namespace json {
namespace {
// The largest integer a JSON number (an IEEE double) holds exactly.
constexpr double maxExactInteger = 9007199254740991.0;
constexpr qsizetype maxEtagLength = 200;
} // namespace

QString join(const QString &path, QLatin1StringView member)
{
    return path.isEmpty() ? QString(member) : QString(path + QLatin1Char('.') + member);
}

void addError(QList<FieldError> &errors, const QString &field, QLatin1StringView code,
              const QString &detail)
{
    errors.append(FieldError{field, QString(code), detail});
}

std::optional<QJsonValue> member(const QJsonObject &object, QLatin1StringView name,
                                 const QString &path, QList<FieldError> &errors)
{
    const auto it = object.constFind(name);
    if (it == object.constEnd()) {
        addError(errors, join(path, name), QLatin1StringView("missing"),
                 QStringLiteral("is missing"));
        return std::nullopt;
    }
    return it.value();
}

std::optional<QJsonObject> asObject(const QJsonValue &value, const QString &path,
                                    QList<FieldError> &errors)
{
    if (!value.isObject()) {
        addError(errors, path, QLatin1StringView("wrong_type"), QStringLiteral("is not an object"));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QString> string(const QJsonObject &object, QLatin1StringView name,
                              const QString &path, QList<FieldError> &errors, qsizetype maxLength)
{
    const auto value = member(object, name, path, errors);
    if (!value)
        return std::nullopt;
    if (!value->isString()) {
        addError(errors, join(path, name), QLatin1StringView("wrong_type"),
                 QStringLiteral("is not a string"));
        return std::nullopt;
    }
    QString text = value->toString();
    if (text.size() > maxLength) {
        addError(errors, join(path, name), QLatin1StringView("too_long"),
                 QStringLiteral("is longer than %1 characters").arg(maxLength));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> nonEmptyString(const QJsonObject &object, QLatin1StringView name,
                                      const QString &path, QList<FieldError> &errors,
                                      qsizetype maxLength)
{
    auto text = string(object, name, path, errors, maxLength);
    if (text && text->trimmed().isEmpty()) {
        addError(errors, join(path, name), QLatin1StringView("invalid"),
                 QStringLiteral("is empty"));
        return std::nullopt;
    }
    return text;
}

std::optional<std::optional<QString>> stringOrNull(const QJsonObject &object,
                                                   QLatin1StringView name, const QString &path,
                                                   QList<FieldError> &errors, qsizetype maxLength)
{
    const auto value = member(object, name, path, errors);
    if (!value)
        return std::nullopt;
    if (value->isNull())
        return std::optional<QString>();
    return string(object, name, path, errors, maxLength);
}

std::optional<bool> boolean(const QJsonObject &object, QLatin1StringView name, const QString &path,
                            QList<FieldError> &errors)
{
    const auto value = member(object, name, path, errors);
    if (!value)
        return std::nullopt;
    if (!value->isBool()) {
        addError(errors, join(path, name), QLatin1StringView("wrong_type"),
                 QStringLiteral("is not a boolean"));
        return std::nullopt;
    }
    return value->toBool();
}

std::optional<double> number(const QJsonObject &object, QLatin1StringView name, const QString &path,
                             QList<FieldError> &errors, double minimum, double maximum)
{
    const auto value = member(object, name, path, errors);
    if (!value)
        return std::nullopt;
    if (!value->isDouble()) {
        addError(errors, join(path, name), QLatin1StringView("wrong_type"),
                 QStringLiteral("is not a number"));
        return std::nullopt;
    }
    const double n = value->toDouble();
    if (!std::isfinite(n) || n < minimum || n > maximum) {
        addError(errors, join(path, name), QLatin1StringView("out_of_range"),
                 QStringLiteral("is not from %1 to %2").arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return n;
}

std::optional<qint64> integer(const QJsonObject &object, QLatin1StringView name,
                              const QString &path, QList<FieldError> &errors, qint64 minimum,
                              qint64 maximum)
{
    const auto n = number(object, name, path, errors, -maxExactInteger, maxExactInteger);
    if (!n)
        return std::nullopt;
    // Converting a fractional or out-of-range double to an integer would be undefined behaviour.
    if (std::trunc(*n) != *n || *n < double(minimum) || *n > double(maximum)) {
        addError(errors, join(path, name), QLatin1StringView("out_of_range"),
                 QStringLiteral("is not a whole number from %1 to %2").arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return static_cast<qint64>(*n);
}

namespace {
std::optional<QDateTime> parseTimestamp(const QString &text)
{
    const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    // RFC 3339 requires an offset; without one Qt would guess the local zone.
    if (!when.isValid() || when.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return when.toUTC();
}
} // namespace

std::optional<QDateTime> timestamp(const QJsonObject &object, QLatin1StringView name,
                                   const QString &path, QList<FieldError> &errors)
{
    const auto text = string(object, name, path, errors, 64);
    if (!text)
        return std::nullopt;
    auto when = parseTimestamp(*text);
    if (!when)
        addError(errors, join(path, name), QLatin1StringView("invalid"),
                 QStringLiteral("is not an RFC 3339 timestamp"));
    return when;
}

std::optional<std::optional<QDateTime>> timestampOrNull(const QJsonObject &object,
                                                        QLatin1StringView name, const QString &path,
                                                        QList<FieldError> &errors)
{
    const auto value = member(object, name, path, errors);
    if (!value)
        return std::nullopt;
    if (value->isNull())
        return std::optional<QDateTime>();
    auto when = timestamp(object, name, path, errors);
    if (!when)
        return std::nullopt;
    return std::optional<QDateTime>(*when);
}

std::optional<QString> etag(const QJsonObject &object, QLatin1StringView name, const QString &path,
                            QList<FieldError> &errors)
{
    const auto tag = string(object, name, path, errors, maxEtagLength);
    if (!tag)
        return std::nullopt;
    // A strong entity tag, quotes included, as it goes back into If-Match.
    bool valid =
        tag->size() >= 3 && tag->startsWith(QLatin1Char('"')) && tag->endsWith(QLatin1Char('"'));
    for (qsizetype i = 1; valid && i + 1 < tag->size(); ++i) {
        const char16_t c = tag->at(i).unicode();
        valid = c >= 0x21 && c <= 0x7E && c != u'"';
    }
    if (!valid) {
        addError(errors, join(path, name), QLatin1StringView("invalid"),
                 QStringLiteral("is not a strong entity tag"));
        return std::nullopt;
    }
    return tag;
}

std::optional<QString> tenantId(const QJsonObject &object, QLatin1StringView name,
                                const QString &path, QList<FieldError> &errors)
{
    const auto id = string(object, name, path, errors, 64);
    if (!id)
        return std::nullopt;
    // QUuid also accepts braces; the API sends the bare 36-character form.
    if (id->size() != 36 || QUuid::fromString(*id).isNull()) {
        addError(errors, join(path, name), QLatin1StringView("invalid"),
                 QStringLiteral("is not a tenant GUID"));
        return std::nullopt;
    }
    return id->toLower();
}

std::optional<QString> optionalTeamsId(const QJsonObject &object, QLatin1StringView name,
                                       const QString &path, QList<FieldError> &errors)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return QString();
    const auto text = string(object, name, path, errors, 64);
    if (!text)
        return std::nullopt;
    // The API sends the bare form; braces would mean the backend broke the contract.
    const auto id = text->size() == 36 ? canonicalTeamsId(*text) : std::nullopt;
    if (!id) {
        addError(errors, join(path, name), QLatin1StringView("invalid"),
                 QStringLiteral("is not a Teams id (a GUID)"));
        return std::nullopt;
    }
    return *id;
}

std::optional<QString> upperCode(const QJsonObject &object, QLatin1StringView name,
                                 const QString &path, QList<FieldError> &errors, int letters)
{
    const auto code = string(object, name, path, errors, letters);
    if (!code)
        return std::nullopt;
    bool valid = code->size() == letters;
    for (const QChar c : *code)
        valid = valid && c >= QLatin1Char('A') && c <= QLatin1Char('Z');
    if (!valid) {
        addError(errors, join(path, name), QLatin1StringView("invalid"),
                 QStringLiteral("is not %1 upper-case letters").arg(letters));
        return std::nullopt;
    }
    return code;
}

} // namespace json
