#include "address/AddressValidationReply.h"

#include "domain/JsonFields.h"

#include <algorithm>

bool AddressValidationReply::hasWarning(QStringView code) const
{
    return std::any_of(warnings.cbegin(), warnings.cend(),
                       [code](const FieldError &w) { return w.code == code; });
}

std::optional<AddressValidationReply> AddressValidationReply::fromJson(const QJsonValue &value,
                                                                       QList<FieldError> &errors)
{
    const QString root;
    const auto object = json::asObject(value, root, errors);
    if (!object)
        return std::nullopt;
    const qsizetype before = errors.size();
    AddressValidationReply reply;
    if (const auto valid = json::boolean(*object, QLatin1StringView("valid"), root, errors))
        reply.valid = *valid;
    if (const auto normalized =
            json::member(*object, QLatin1StringView("normalized"), root, errors)) {
        if (auto civic = CivicAddress::fromJson(*normalized, errors, QStringLiteral("normalized")))
            reply.normalized = *civic;
    }
    for (auto [name, list] : {std::pair{QLatin1StringView("problems"), &reply.problems},
                              std::pair{QLatin1StringView("warnings"), &reply.warnings}}) {
        const QJsonValue v = object->value(name);
        if (v.isUndefined() && name == QLatin1StringView("warnings"))
            continue; // optional in the contract
        if (auto decoded = EmergencyAddress::problemsFromJson(v, errors, QString(name)))
            *list = *decoded;
    }
    const QJsonValue geocode = object->value(QLatin1StringView("geocode"));
    if (geocode.isObject()) {
        const QJsonObject g = geocode.toObject();
        const QString path = QStringLiteral("geocode");
        const auto lat = json::number(g, QLatin1StringView("latitude"), path, errors, -90, 90);
        const auto lon = json::number(g, QLatin1StringView("longitude"), path, errors, -180, 180);
        const auto wire = json::string(g, QLatin1StringView("precision"), path, errors, 32);
        const auto precision = wire ? geocodePrecisionFromWire(*wire) : std::nullopt;
        if (lat && lon && precision)
            reply.geocode = Geocode{QGeoCoordinate(*lat, *lon), *precision};
        else if (wire && !precision)
            json::addError(errors, QStringLiteral("geocode.precision"),
                           QLatin1StringView("invalid"),
                           QStringLiteral("is not a known geocode precision"));
    } else if (!geocode.isNull() && !geocode.isUndefined()) {
        json::addError(errors, QStringLiteral("geocode"), QLatin1StringView("wrong_type"),
                       QStringLiteral("is neither an object nor null"));
    }
    if (errors.size() != before)
        return std::nullopt;
    return reply;
}
