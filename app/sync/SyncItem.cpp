#include "SyncItem.h"

#include "domain/JsonFields.h"
#include "store/Cache.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace SyncItem {
namespace {
template <typename T> std::optional<Value> decoded(std::optional<T> item)
{
    if (!item)
        return std::nullopt;
    return Value(std::move(*item));
}

// EmergencyCall's decoder is the desk's lenient one; here a call the cache could not read back
// is refused like any other malformed item.
std::optional<Value> decodedCall(const QJsonValue &value, QList<FieldError> &errors,
                                 const QString &path)
{
    auto call = EmergencyCall::fromJson(value.toObject());
    if (!value.isObject() || !call) {
        json::addError(errors, path, QLatin1StringView("invalid"),
                       QStringLiteral("is not an emergency call (id, tenantId, startedAt and "
                                      "location.verdict are required)"));
        return std::nullopt;
    }
    if (!call->number.isEmpty() && !Did::isE164(call->number)) {
        json::addError(errors, json::join(path, QLatin1StringView("number")),
                       QLatin1StringView("invalid"), QStringLiteral("is not an E.164 number"));
        return std::nullopt;
    }
    return Value(std::move(*call));
}
} // namespace

std::optional<Kind> kindFromWire(QStringView wire)
{
    if (wire == u"tenant")
        return Kind::Tenants;
    if (wire == u"did")
        return Kind::Dids;
    if (wire == u"address")
        return Kind::Addresses;
    if (wire == u"acknowledgement")
        return Kind::Acknowledgements;
    if (wire == u"place")
        return Kind::Places;
    if (wire == u"network_element")
        return Kind::NetworkElements;
    if (wire == u"test_call")
        return Kind::TestCalls;
    if (wire == u"emergency_policy")
        return Kind::EmergencyPolicy;
    if (wire == u"emergency_call")
        return Kind::EmergencyCalls;
    if (wire == u"teams_number_locations")
        return Kind::TeamsNumberLocations;
    return std::nullopt;
}

std::optional<Value> decode(Kind kind, const QJsonValue &value, QList<FieldError> &errors,
                            const QString &path)
{
    switch (kind) {
    case Kind::Tenants:
        return decoded(Tenant::fromJson(value, errors, path));
    case Kind::Dids:
        return decoded(Did::fromJson(value, errors, path));
    case Kind::Addresses:
        return decoded(EmergencyAddress::fromJson(value, errors, path));
    case Kind::Acknowledgements:
        return decoded(DisclosureAcknowledgement::fromJson(value, errors, path));
    case Kind::Places:
        return decoded(Place::fromJson(value, errors, path));
    case Kind::NetworkElements:
        return decoded(NetworkElement::fromJson(value, errors, path));
    case Kind::TestCalls:
        return decoded(TestCall::fromJson(value, errors, path));
    case Kind::EmergencyPolicy:
        return decoded(EmergencyPolicy::fromJson(value, errors, path));
    case Kind::EmergencyCalls:
        return decodedCall(value, errors, path);
    case Kind::TeamsNumberLocations:
        return decoded(TeamsNumberLocations::fromJson(value, errors, path));
    }
    return std::nullopt;
}

QString tenantOf(const Value &item)
{
    return std::visit(
        [](const auto &v) -> QString {
            if constexpr (std::is_same_v<std::decay_t<decltype(v)>, Tenant>)
                return v.id;
            else
                return v.tenantId;
        },
        item);
}

QString idOf(const Value &item)
{
    return std::visit(
        [](const auto &v) -> QString {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Did>)
                return v.number;
            else if constexpr (std::is_same_v<T, EmergencyPolicy> ||
                               std::is_same_v<T, TeamsNumberLocations>)
                return v.tenantId;
            else
                return v.id;
        },
        item);
}

bool write(Cache &cache, const Value &item, const QJsonValue &json, qint64 generation)
{
    return std::visit(
        [&](const auto &v) -> bool {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Tenant>)
                return cache.upsertTenant(v, generation);
            else if constexpr (std::is_same_v<T, Did>)
                return cache.upsertDid(v, generation);
            else if constexpr (std::is_same_v<T, EmergencyAddress>)
                return cache.upsertAddress(
                    v, QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact), generation);
            else if constexpr (std::is_same_v<T, DisclosureAcknowledgement>)
                return cache.upsertAcknowledgement(v, generation);
            else if constexpr (std::is_same_v<T, Place>)
                return cache.upsertPlace(v, generation);
            else if constexpr (std::is_same_v<T, NetworkElement>)
                return cache.upsertNetworkElement(v, generation);
            else if constexpr (std::is_same_v<T, TestCall>)
                return cache.upsertTestCall(v, generation);
            else if constexpr (std::is_same_v<T, EmergencyCall>)
                return cache.upsertEmergencyCall(
                    v, QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact), generation);
            else if constexpr (std::is_same_v<T, TeamsNumberLocations>)
                return cache.upsertTeamsNumberLocations(
                    v, QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact), generation);
            else
                return cache.upsertEmergencyPolicy(v, generation);
        },
        item);
}

bool remove(Cache &cache, Kind kind, const QString &tenantId, const QString &id)
{
    switch (kind) {
    case Kind::Tenants:
        return cache.deleteTenant(id);
    case Kind::Dids:
        return cache.deleteDid(tenantId, id);
    case Kind::Addresses:
        return cache.deleteAddress(id);
    case Kind::Acknowledgements:
        return cache.deleteAcknowledgement(id);
    case Kind::Places:
        return cache.deletePlace(id);
    case Kind::NetworkElements:
        return cache.deleteNetworkElement(id);
    case Kind::TestCalls:
        return cache.deleteTestCall(id);
    case Kind::EmergencyPolicy:
        return cache.deleteEmergencyPolicy(tenantId);
    case Kind::EmergencyCalls:
        return cache.deleteEmergencyCall(id);
    case Kind::TeamsNumberLocations:
        return cache.deleteTeamsNumberLocations(tenantId);
    }
    return false;
}

void record(CacheChangeSet &changes, Kind kind, const QString &tenantId, const QString &id,
            const Value *item)
{
    switch (kind) {
    case Kind::Tenants:
        (item ? changes.tenants : changes.deletedTenants).insert(id);
        break;
    case Kind::Dids:
        changes.tenants.insert(tenantId);
        if (item)
            changes.dids.append(std::get<Did>(*item));
        else
            changes.deletedDids.append({tenantId, id});
        break;
    case Kind::Addresses:
        (item ? changes.addresses : changes.deletedAddresses).insert(id);
        break;
    case Kind::Acknowledgements:
        changes.acknowledgementTenants.insert(tenantId);
        break;
    case Kind::Places:
        changes.placeTenants.insert(tenantId);
        break;
    case Kind::NetworkElements:
        changes.networkElementTenants.insert(tenantId);
        break;
    case Kind::TestCalls:
        changes.testCallTenants.insert(tenantId);
        break;
    case Kind::EmergencyPolicy:
        changes.emergencyPolicyTenants.insert(tenantId);
        break;
    case Kind::EmergencyCalls:
        changes.emergencyCallTenants.insert(tenantId);
        break;
    case Kind::TeamsNumberLocations:
        changes.teamsNumberTenants.insert(tenantId);
        break;
    }
}

} // namespace SyncItem
