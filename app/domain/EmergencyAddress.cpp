#include "EmergencyAddress.h"

#include "domain/JsonFields.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<AddressValidationStatus, QLatin1StringView>, 3> statusNames{{
    {AddressValidationStatus::Unvalidated, QLatin1StringView("unvalidated")},
    {AddressValidationStatus::Valid, QLatin1StringView("valid")},
    {AddressValidationStatus::Invalid, QLatin1StringView("invalid")},
}};
constexpr std::array<std::pair<GeocodePrecision, QLatin1StringView>, 3> precisionNames{{
    {GeocodePrecision::PostalCode, QLatin1StringView("postal_code")},
    {GeocodePrecision::Rooftop, QLatin1StringView("rooftop")},
    {GeocodePrecision::UserOverride, QLatin1StringView("user_override")},
}};
// More problems than fields times codes would be a hostile answer, not a real one.
constexpr qsizetype maxProblems = 200;

template <typename Enum, std::size_t N>
std::optional<Enum> fromWire(const std::array<std::pair<Enum, QLatin1StringView>, N> &names,
                             QStringView wire)
{
    for (const auto &[value, name] : names) {
        if (wire == name)
            return value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString toWire(const std::array<std::pair<Enum, QLatin1StringView>, N> &names, Enum value)
{
    for (const auto &[v, name] : names) {
        if (v == value)
            return QString(name);
    }
    return {};
}

std::optional<Geocode> readGeocode(const QJsonValue &value, const QString &path,
                                   QList<FieldError> &errors)
{
    const auto object = json::asObject(value, path, errors);
    if (!object)
        return std::nullopt;
    const qsizetype before = errors.size();
    const auto latitude =
        json::number(*object, QLatin1StringView("latitude"), path, errors, -90.0, 90.0);
    const auto longitude =
        json::number(*object, QLatin1StringView("longitude"), path, errors, -180.0, 180.0);
    std::optional<GeocodePrecision> precision;
    if (const auto wire = json::string(*object, QLatin1StringView("precision"), path, errors, 32)) {
        precision = geocodePrecisionFromWire(*wire);
        if (!precision)
            json::addError(errors, json::join(path, QLatin1StringView("precision")),
                           QLatin1StringView("invalid"),
                           QStringLiteral("is not a known geocode precision"));
    }
    if (errors.size() != before)
        return std::nullopt;
    return Geocode{QGeoCoordinate(*latitude, *longitude), *precision};
}
} // namespace

QString addressValidationStatusToWire(AddressValidationStatus status)
{
    return toWire(statusNames, status);
}

std::optional<AddressValidationStatus> addressValidationStatusFromWire(QStringView wire)
{
    return fromWire(statusNames, wire);
}

QString geocodePrecisionToWire(GeocodePrecision precision)
{
    return toWire(precisionNames, precision);
}

std::optional<GeocodePrecision> geocodePrecisionFromWire(QStringView wire)
{
    return fromWire(precisionNames, wire);
}

std::optional<QList<FieldError>> EmergencyAddress::problemsFromJson(const QJsonValue &value,
                                                                    QList<FieldError> &errors,
                                                                    const QString &path)
{
    if (!value.isArray()) {
        json::addError(errors, path, QLatin1StringView("wrong_type"),
                       QStringLiteral("is not an array"));
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > maxProblems) {
        json::addError(errors, path, QLatin1StringView("too_long"),
                       QStringLiteral("has more than %1 items").arg(maxProblems));
        return std::nullopt;
    }
    const qsizetype before = errors.size();
    QList<FieldError> problems;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = path + QStringLiteral("[%1]").arg(i);
        const auto object = json::asObject(array.at(i), itemPath, errors);
        if (!object)
            continue;
        const auto field = json::string(*object, QLatin1StringView("field"), itemPath, errors, 200);
        const auto code = json::string(*object, QLatin1StringView("code"), itemPath, errors, 100);
        const auto detail =
            json::string(*object, QLatin1StringView("detail"), itemPath, errors, 2000);
        if (field && code && detail)
            problems.append(FieldError{*field, *code, *detail});
    }
    if (errors.size() != before)
        return std::nullopt;
    return problems;
}

std::optional<EmergencyAddress>
EmergencyAddress::fromJson(const QJsonValue &value, QList<FieldError> &errors, const QString &path)
{
    const auto object = json::asObject(value, path, errors);
    if (!object)
        return std::nullopt;
    const qsizetype before = errors.size();
    EmergencyAddress address;
    if (const auto id = json::nonEmptyString(*object, QLatin1StringView("id"), path, errors, 200))
        address.id = *id;
    if (const auto tenant = json::tenantId(*object, QLatin1StringView("tenantId"), path, errors))
        address.tenantId = *tenant;
    if (const auto name =
            json::string(*object, QLatin1StringView("companyName"), path, errors, 200))
        address.companyName = *name;
    if (const auto civic = json::member(*object, QLatin1StringView("civic"), path, errors)) {
        if (auto decoded = CivicAddress::fromJson(*civic, errors,
                                                  json::join(path, QLatin1StringView("civic"))))
            address.civic = std::move(*decoded);
    }
    if (const auto note =
            json::string(*object, QLatin1StringView("locationNote"), path, errors, 2000))
        address.locationNote = *note;
    if (const auto teamsId =
            json::optionalTeamsId(*object, QLatin1StringView("teamsCivicAddressId"), path, errors))
        address.teamsCivicAddressId = *teamsId;

    const QString validationPath = json::join(path, QLatin1StringView("validation"));
    const auto validationValue =
        json::member(*object, QLatin1StringView("validation"), path, errors);
    const auto validation =
        validationValue ? json::asObject(*validationValue, validationPath, errors) : std::nullopt;
    if (validation) {
        if (const auto wire = json::string(*validation, QLatin1StringView("status"), validationPath,
                                           errors, 32)) {
            if (const auto status = addressValidationStatusFromWire(*wire))
                address.validationStatus = *status;
            else
                json::addError(errors, json::join(validationPath, QLatin1StringView("status")),
                               QLatin1StringView("invalid"),
                               QStringLiteral("is not a validation status"));
        }
        if (const auto normalized =
                json::member(*validation, QLatin1StringView("normalized"), validationPath, errors);
            normalized && !normalized->isNull()) {
            if (auto decoded = CivicAddress::fromJson(
                    *normalized, errors,
                    json::join(validationPath, QLatin1StringView("normalized"))))
                address.normalized = std::move(*decoded);
        }
        if (const auto problems =
                json::member(*validation, QLatin1StringView("problems"), validationPath, errors)) {
            if (auto decoded = problemsFromJson(
                    *problems, errors, json::join(validationPath, QLatin1StringView("problems"))))
                address.problems = std::move(*decoded);
        }
        // Not in the v1 contract yet; accepted when present so advice can be shown.
        if (const auto warnings = validation->value(QLatin1StringView("warnings"));
            !warnings.isUndefined() && !warnings.isNull()) {
            if (auto decoded = problemsFromJson(
                    warnings, errors, json::join(validationPath, QLatin1StringView("warnings"))))
                address.warnings = std::move(*decoded);
        }
        if (const auto geocode =
                json::member(*validation, QLatin1StringView("geocode"), validationPath, errors);
            geocode && !geocode->isNull()) {
            if (const auto decoded = readGeocode(
                    *geocode, json::join(validationPath, QLatin1StringView("geocode")), errors))
                address.geocode = *decoded;
        }
    }
    const QString usagePath = json::join(path, QLatin1StringView("usage"));
    if (const auto usage = json::member(*object, QLatin1StringView("usage"), path, errors)) {
        if (const auto usageObject = json::asObject(*usage, usagePath, errors)) {
            if (const auto dids = json::integer(*usageObject, QLatin1StringView("dids"), usagePath,
                                                errors, 0, 1'000'000'000))
                address.usageDids = *dids;
        }
    }
    if (const auto tag = json::etag(*object, QLatin1StringView("etag"), path, errors))
        address.etag = *tag;
    if (const auto when = json::timestamp(*object, QLatin1StringView("updatedAt"), path, errors))
        address.updatedAt = *when;
    if (errors.size() != before)
        return std::nullopt;
    return address;
}
