#include "teams/TeamsNumberQuery.h"

#include "store/Cache.h"

namespace teamsnumbers {
namespace {
// Teams CivicAddressId → the tenant's addresses that keep it.
QHash<QString, QStringList> addressesOfKeptId(Cache &cache, const QString &tenantId)
{
    QHash<QString, QStringList> addressIds;
    for (const EmergencyAddress &a : cache.addresses(tenantId)) {
        if (!a.teamsCivicAddressId.isEmpty())
            addressIds[a.teamsCivicAddressId].append(a.id);
    }
    return addressIds;
}
} // namespace

std::optional<TeamsNumberCheck> check(Cache &cache, const Did &did)
{
    const std::optional<TeamsNumberLocations> reading = cache.teamsNumberLocations(did.tenantId);
    const TeamsNumberLocationEntry *entry = reading ? reading->entry(did.number) : nullptr;
    if (!entry)
        return std::nullopt;
    return checkRecordedTeamsNumber(did, entry, reading->readAt,
                                    addressesOfKeptId(cache, did.tenantId));
}

QHash<QString, TeamsNumberCheck> load(Cache &cache, const QString &tenantId)
{
    QHash<QString, TeamsNumberCheck> checks;
    const std::optional<TeamsNumberLocations> reading = cache.teamsNumberLocations(tenantId);
    if (!reading || reading->numbers.isEmpty())
        return checks;
    const QHash<QString, QStringList> keptIds = addressesOfKeptId(cache, tenantId);
    // The registration of every number in one query rather than one per number.
    QHash<QString, Did> registrations;
    for (Did &did : cache.numberSummaries(tenantId))
        registrations.insert(did.number, std::move(did));
    for (const TeamsNumberLocationEntry &entry : reading->numbers) {
        const auto did = registrations.constFind(entry.number);
        if (did == registrations.cend())
            continue; // no longer the tenant's
        checks.insert(entry.number,
                      checkRecordedTeamsNumber(*did, &entry, reading->readAt, keptIds));
    }
    return checks;
}

QHash<QString, QString> flaggedNumbers(const QHash<QString, TeamsNumberCheck> &checks)
{
    QHash<QString, QString> flagged;
    for (auto it = checks.cbegin(); it != checks.cend(); ++it) {
        if (it->isFlagged())
            flagged.insert(it.key(), teamsNumberSentence(*it, it->teamsAddressLine));
    }
    return flagged;
}

} // namespace teamsnumbers
