#include "CivicAddress.h"

#include <array>

namespace {
struct FieldSpec
{
    QLatin1StringView name;
    QString CivicAddress::*member;
    int maxLength;
};

// Length limits follow Bandwidth's 911 Access API (house number 45, street name 200, city 100,
// ZIP 10) so an address we accept is one a 911 provider accepts too; other fields get 100.
constexpr int defaultMaxLength = 100;
const std::array<FieldSpec, 21> fieldSpecs{{
    {QLatin1StringView("addNumPre"), &CivicAddress::addNumPre, defaultMaxLength},
    {QLatin1StringView("addNumber"), &CivicAddress::addNumber, 45},
    {QLatin1StringView("addNumSuf"), &CivicAddress::addNumSuf, defaultMaxLength},
    {QLatin1StringView("stPreMod"), &CivicAddress::stPreMod, defaultMaxLength},
    {QLatin1StringView("stPreDir"), &CivicAddress::stPreDir, defaultMaxLength},
    {QLatin1StringView("stPreTyp"), &CivicAddress::stPreTyp, defaultMaxLength},
    {QLatin1StringView("stPreSep"), &CivicAddress::stPreSep, defaultMaxLength},
    {QLatin1StringView("stName"), &CivicAddress::stName, 200},
    {QLatin1StringView("stPosTyp"), &CivicAddress::stPosTyp, defaultMaxLength},
    {QLatin1StringView("stPosDir"), &CivicAddress::stPosDir, defaultMaxLength},
    {QLatin1StringView("stPosMod"), &CivicAddress::stPosMod, defaultMaxLength},
    {QLatin1StringView("building"), &CivicAddress::building, defaultMaxLength},
    {QLatin1StringView("floor"), &CivicAddress::floor, defaultMaxLength},
    {QLatin1StringView("unit"), &CivicAddress::unit, defaultMaxLength},
    {QLatin1StringView("room"), &CivicAddress::room, defaultMaxLength},
    {QLatin1StringView("seat"), &CivicAddress::seat, defaultMaxLength},
    {QLatin1StringView("additionalLocation"), &CivicAddress::additionalLocation, defaultMaxLength},
    {QLatin1StringView("postalCommunity"), &CivicAddress::postalCommunity, 100},
    {QLatin1StringView("state"), &CivicAddress::state, defaultMaxLength},
    {QLatin1StringView("postalCode"), &CivicAddress::postalCode, 10},
    {QLatin1StringView("country"), &CivicAddress::country, defaultMaxLength},
}};

const FieldSpec *findSpec(QStringView name)
{
    for (const auto &spec : fieldSpecs) {
        if (name == spec.name)
            return &spec;
    }
    return nullptr;
}

// Limits are about characters a person sees, so a surrogate pair counts once.
qsizetype codePointCount(const QString &text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}
} // namespace

bool CivicAddress::isEmpty() const
{
    for (const auto &spec : fieldSpecs) {
        if (!(this->*spec.member).isEmpty())
            return false;
    }
    return true;
}

QJsonObject CivicAddress::toJson() const
{
    QJsonObject object;
    for (const auto &spec : fieldSpecs) {
        const QString &v = this->*spec.member;
        if (!v.isEmpty())
            object.insert(QString(spec.name), v);
    }
    return object;
}

std::optional<CivicAddress> CivicAddress::fromJson(const QJsonValue &value,
                                                   QList<FieldError> &errors, const QString &path)
{
    if (!value.isObject()) {
        errors.append({path, QStringLiteral("wrong_type"),
                       QStringLiteral("The address must be a JSON object, not %1.")
                           .arg(jsonTypeName(value))});
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const qsizetype errorsBefore = errors.size();
    CivicAddress address;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QString fieldPath = path + QLatin1Char('.') + key;
        const FieldSpec *spec = findSpec(key);
        if (!spec) {
            errors.append(
                {fieldPath, QStringLiteral("unknown_field"),
                 QStringLiteral("\"%1\" is not an address field; check its spelling.").arg(key)});
            continue;
        }
        // null is refused too: clients leave a field out rather than sending null.
        if (!it.value().isString()) {
            errors.append({fieldPath, QStringLiteral("wrong_type"),
                           QStringLiteral("%1 must be a string, not %2.")
                               .arg(key, jsonTypeName(it.value()))});
            continue;
        }
        const QString text = it.value().toString();
        if (codePointCount(text) > spec->maxLength) {
            errors.append({fieldPath, QStringLiteral("too_long"),
                           QStringLiteral("%1 may have at most %2 characters; it has %3.")
                               .arg(key)
                               .arg(spec->maxLength)
                               .arg(codePointCount(text))});
            continue;
        }
        address.*(spec->member) = text;
    }
    if (errors.size() != errorsBefore)
        return std::nullopt;
    return address;
}

QStringList CivicAddress::fieldNames()
{
    QStringList names;
    names.reserve(qsizetype(fieldSpecs.size()));
    for (const auto &spec : fieldSpecs)
        names.append(QString(spec.name));
    return names;
}

int CivicAddress::maxLength(QStringView field)
{
    const FieldSpec *spec = findSpec(field);
    return spec ? spec->maxLength : 0;
}

QString CivicAddress::value(QStringView field) const
{
    const FieldSpec *spec = findSpec(field);
    return spec ? this->*(spec->member) : QString();
}

bool CivicAddress::setValue(QStringView field, const QString &value)
{
    const FieldSpec *spec = findSpec(field);
    if (!spec)
        return false;
    this->*(spec->member) = value;
    return true;
}
