// The sync worker's pure steps: decode one page of the API's JSON strictly, then write it to the
// cache in one transaction, or write nothing at all. A page that fails to decode is refused
// whole, so the cache never holds half a page. Runs on the sync worker thread.
#pragma once

#include "domain/FieldError.h"
#include "store/CacheChangeSet.h"

#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

class Cache;

struct SyncPageResult
{
    bool ok = true;
    bool decodeError = false; // the answer broke the contract (as opposed to a cache failure)
    QString error;            // technical, for "Details" and the log
    QList<FieldError> fieldErrors;
    qint64 items = 0;
    QStringList tenantIds; // a tenants page: the ids it held, to fetch their lists next
    CacheChangeSet changes;
    bool numbersInFlight = false; // set by the final step of a sync
};

namespace SyncPageWriter {

enum class ListKind {
    Tenants,
    Dids,
    Addresses,
    Acknowledgements,
    Places,
    NetworkElements,
    TestCalls,
    EmergencyPolicy, // one object per tenant, not a list: see writeEmergencyPolicy()
    EmergencyCalls,
    TeamsNumberLocations, // one object per tenant: see writeTeamsNumberLocations()
};

// Largest page the client asks for and accepts (the API's maximum `limit`).
constexpr int pageSize = 1000;

// Marks the cache incomplete and returns the new generation in `items`.
SyncPageResult beginFullSync(Cache &cache);
// One page of a paginated list, written with `generation`. `tenantId`: the tenant whose list
// this is (every item must belong to it); empty for the tenants list.
SyncPageResult writeListPage(Cache &cache, ListKind kind, const QJsonDocument &page,
                             qint64 generation, const QString &tenantId);
// The same for a page still as it came (parsed here, on the worker); its nextCursor must be
// `expectedCursor` (empty for null), which the next request was already sent with.
SyncPageResult writeRawListPage(Cache &cache, ListKind kind, const QByteArray &page,
                                const QString &expectedCursor, qint64 generation,
                                const QString &tenantId);
SyncPageResult writePriceList(Cache &cache, const QJsonDocument &document);
// GET …/teams-number-locations of `tenantId`, written with `generation`.
SyncPageResult writeTeamsNumberLocations(Cache &cache, const QJsonDocument &document,
                                         qint64 generation, const QString &tenantId);
// GET …/emergency-policy of `tenantId`, written with `generation`.
SyncPageResult writeEmergencyPolicy(Cache &cache, const QJsonDocument &document, qint64 generation,
                                    const QString &tenantId);
// Removes what the full sync did not see, stores its change token and marks the cache complete.
SyncPageResult finishFullSync(Cache &cache, const QString &changeToken, qint64 generation);
// One page of GET /v1/changes: upserts, tombstones and the page's nextToken in one transaction.
SyncPageResult applyChanges(Cache &cache, const QJsonDocument &page);

} // namespace SyncPageWriter
