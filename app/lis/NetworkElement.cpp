// NetworkElement's strict decoder: the identifying fields must match the kind, so the cache never
// holds a subnet without a subnet or an access point pointing at no place.
#include "NetworkElement.h"

#include "domain/JsonFields.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<NetworkElementKind, QLatin1StringView>, 5> kindNames{{
    {NetworkElementKind::Subnet, QLatin1StringView("subnet")},
    {NetworkElementKind::AccessPoint, QLatin1StringView("wap")},
    {NetworkElementKind::Switch, QLatin1StringView("switch")},
    {NetworkElementKind::Port, QLatin1StringView("port")},
    {NetworkElementKind::TrustedIp, QLatin1StringView("trusted_ip")},
}};
// Longest IPv6 CIDR is 43 characters; chassis and port ids are at most 64 by the contract.
constexpr qsizetype maxIdentifierLength = 64;
constexpr qsizetype maxDescriptionLength = 200;

struct IdentifyingField
{
    QLatin1StringView name;
    QString NetworkElement::*member;
};
constexpr std::array<IdentifyingField, 4> identifyingFields{{
    {QLatin1StringView("subnet"), &NetworkElement::subnet},
    {QLatin1StringView("bssid"), &NetworkElement::bssid},
    {QLatin1StringView("chassisId"), &NetworkElement::chassisId},
    {QLatin1StringView("portId"), &NetworkElement::portId},
}};

// Whether `kind` uses the identifying field `member`.
bool uses(NetworkElementKind kind, QString NetworkElement::*member)
{
    switch (kind) {
    case NetworkElementKind::Subnet:
    case NetworkElementKind::TrustedIp:
        return member == &NetworkElement::subnet;
    case NetworkElementKind::AccessPoint:
        return member == &NetworkElement::bssid;
    case NetworkElementKind::Switch:
        return member == &NetworkElement::chassisId;
    case NetworkElementKind::Port:
        return member == &NetworkElement::chassisId || member == &NetworkElement::portId;
    }
    return false;
}

// Ids and identifiers are printable text; a control character in one is a broken answer (and
// the cache's packed row relies on it).
bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

void refuseControlCharacters(const QString &text, const QString &path, QLatin1StringView member,
                             QList<FieldError> &errors)
{
    if (hasControlCharacter(text))
        json::addError(errors, json::join(path, member), QLatin1StringView("invalid"),
                       QStringLiteral("holds a control character"));
}
} // namespace

QString networkElementKindToWire(NetworkElementKind kind)
{
    for (const auto &[value, name] : kindNames) {
        if (value == kind)
            return QString(name);
    }
    return {};
}

std::optional<NetworkElementKind> networkElementKindFromWire(QStringView wire)
{
    for (const auto &[value, name] : kindNames) {
        if (wire == name)
            return value;
    }
    return std::nullopt;
}

QString NetworkElement::identifier() const
{
    switch (kind) {
    case NetworkElementKind::Subnet:
    case NetworkElementKind::TrustedIp:
        return subnet;
    case NetworkElementKind::AccessPoint:
        return bssid;
    case NetworkElementKind::Switch:
        return chassisId;
    case NetworkElementKind::Port:
        return QString(chassisId + QStringLiteral(" / ") + portId);
    }
    return {};
}

std::optional<NetworkElement>
NetworkElement::fromJson(const QJsonValue &value, QList<FieldError> &errors, const QString &path)
{
    const auto object = json::asObject(value, path, errors);
    if (!object)
        return std::nullopt;
    const qsizetype before = errors.size();
    NetworkElement element;
    if (const auto id = json::nonEmptyString(*object, QLatin1StringView("id"), path, errors, 200)) {
        element.id = *id;
        refuseControlCharacters(*id, path, QLatin1StringView("id"), errors);
    }
    if (const auto tenant = json::tenantId(*object, QLatin1StringView("tenantId"), path, errors))
        element.tenantId = *tenant;
    std::optional<NetworkElementKind> kind;
    if (const auto wire = json::string(*object, QLatin1StringView("kind"), path, errors, 32)) {
        kind = networkElementKindFromWire(*wire);
        if (kind)
            element.kind = *kind;
        else
            json::addError(errors, json::join(path, QLatin1StringView("kind")),
                           QLatin1StringView("invalid"),
                           QStringLiteral("is not a known network element kind"));
    }
    if (const auto place = json::string(*object, QLatin1StringView("placeId"), path, errors, 200)) {
        element.placeId = *place;
        refuseControlCharacters(*place, path, QLatin1StringView("placeId"), errors);
        // Teams places every element but a trusted IP; a trusted IP has no place.
        if (kind && (*kind == NetworkElementKind::TrustedIp) != place->isEmpty())
            json::addError(errors, json::join(path, QLatin1StringView("placeId")),
                           QLatin1StringView("invalid"),
                           *kind == NetworkElementKind::TrustedIp
                               ? QStringLiteral("is set on a trusted IP")
                               : QStringLiteral("is empty"));
    }
    for (const IdentifyingField &field : identifyingFields) {
        const auto text = json::string(*object, field.name, path, errors, maxIdentifierLength);
        if (!text)
            continue;
        element.*field.member = *text;
        refuseControlCharacters(*text, path, field.name, errors);
        if (!kind)
            continue;
        if (uses(*kind, field.member) && text->trimmed().isEmpty())
            json::addError(errors, json::join(path, field.name), QLatin1StringView("invalid"),
                           QStringLiteral("is empty"));
        else if (!uses(*kind, field.member) && !text->isEmpty())
            json::addError(errors, json::join(path, field.name), QLatin1StringView("invalid"),
                           QStringLiteral("is set on an element of another kind"));
    }
    if (const auto description = json::string(*object, QLatin1StringView("description"), path,
                                              errors, maxDescriptionLength))
        element.description = *description;
    if (const auto tag = json::etag(*object, QLatin1StringView("etag"), path, errors))
        element.etag = *tag;
    if (const auto when = json::timestamp(*object, QLatin1StringView("updatedAt"), path, errors))
        element.updatedAt = *when;
    if (errors.size() != before)
        return std::nullopt;
    return element;
}
