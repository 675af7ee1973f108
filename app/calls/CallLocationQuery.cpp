#include "CallLocationQuery.h"

#include "calls/CallPlaceCheck.h"
#include "store/Cache.h"

#include <QSqlQuery>

namespace calllocation {
namespace {
// The ETag column alone: decoding the address's JSON would be wasted here.
QString addressEtag(Cache &cache, const QString &addressId)
{
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral("SELECT etag FROM addresses WHERE id = ?"));
    q.addBindValue(addressId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
} // namespace

QHash<QString, CallLocationCheck> load(Cache &cache, const QString &tenantId)
{
    QHash<QString, CallLocationCheck> checks;
    const QHash<QString, EmergencyCall> latest =
        latestCallPerNumber(cache.emergencyCalls(tenantId));
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        RegistrationOnFile now;
        if (const auto did = cache.did(tenantId, it.key()); did && !did->e911.addressId.isEmpty()) {
            now.addressId = did->e911.addressId;
            now.addressEtag = addressEtag(cache, now.addressId);
        }
        checks.insert(it.key(), checkCallLocation(*it, now));
    }
    return checks;
}

QHash<QString, QString> flaggedNumbers(const QHash<QString, CallLocationCheck> &checks)
{
    QHash<QString, QString> flagged;
    for (auto it = checks.cbegin(); it != checks.cend(); ++it)
        if (it->isFlagged())
            flagged.insert(it.key(), callLocationSentence(*it));
    return flagged;
}

QHash<QString, CallLocationCheck> loadPlaces(Cache &cache, const QString &tenantId)
{
    QHash<QString, CallLocationCheck> checks;
    const QHash<QString, EmergencyCall> latest = latestCallPerPlace(cache.emergencyCalls(tenantId));
    if (latest.isEmpty())
        return checks;
    QHash<QString, QString> addressOfPlace;
    for (const Place &p : cache.places(tenantId))
        addressOfPlace.insert(p.id, p.addressId);
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        RegistrationOnFile now;
        now.addressId = addressOfPlace.value(it.key());
        if (!now.addressId.isEmpty())
            now.addressEtag = addressEtag(cache, now.addressId);
        checks.insert(it.key(), checkCallPlace(*it, now));
    }
    return checks;
}

QHash<QString, QString> flaggedPlaces(const QHash<QString, CallLocationCheck> &checks)
{
    QHash<QString, QString> flagged;
    for (auto it = checks.cbegin(); it != checks.cend(); ++it)
        if (it->isFlagged())
            flagged.insert(it.key(), callPlaceSentence(*it));
    return flagged;
}

} // namespace calllocation
