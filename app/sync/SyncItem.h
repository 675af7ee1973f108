// One decoded item of a sync list page or of a change: each kind the cache keeps, with how it
// is decoded, written, deleted and reported in a CacheChangeSet. Shared by the full sync's list
// pages and the delta sync's changes, so a new kind is added in one place.
#pragma once

#include "calls/EmergencyCall.h"
#include "domain/Did.h"
#include "domain/DisclosureAcknowledgement.h"
#include "domain/EmergencyAddress.h"
#include "domain/FieldError.h"
#include "domain/Tenant.h"
#include "lis/EmergencyPolicy.h"
#include "lis/NetworkElement.h"
#include "lis/Place.h"
#include "lis/TestCall.h"
#include "store/CacheChangeSet.h"
#include "sync/SyncPageWriter.h"
#include "teams/TeamsNumberLocations.h"

#include <QJsonValue>

#include <optional>
#include <variant>

class Cache;

namespace SyncItem {

using Value =
    std::variant<Tenant, Did, EmergencyAddress, DisclosureAcknowledgement, Place, NetworkElement,
                 TestCall, EmergencyPolicy, EmergencyCall, TeamsNumberLocations>;
using Kind = SyncPageWriter::ListKind;

// The kind of a change's "kind" member; nullopt for one this version does not cache.
std::optional<Kind> kindFromWire(QStringView wire);

std::optional<Value> decode(Kind kind, const QJsonValue &value, QList<FieldError> &errors,
                            const QString &path);
QString tenantOf(const Value &item);
// The id a change names the item by: the number of a Did, the tenant of a policy.
QString idOf(const Value &item);

// `json` is the item as received (addresses and emergency calls keep it).
bool write(Cache &cache, const Value &item, const QJsonValue &json, qint64 generation);
// A tombstone.
bool remove(Cache &cache, Kind kind, const QString &tenantId, const QString &id);
// Notes an upsert (`item` set) or a tombstone in `changes`.
void record(CacheChangeSet &changes, Kind kind, const QString &tenantId, const QString &id,
            const Value *item);

} // namespace SyncItem
