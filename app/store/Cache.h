// The offline cache: one SQLite file per connection profile holding everything the last sync
// brought, so the app opens instantly and works read-only offline. WAL, file mode 0600, schema
// versioned by CacheMigrations. Each Cache object is one connection and must be used on the
// thread that opened it: the sync worker writes through its own, the models read through theirs.
// The Outbox keeps its own outbox* tables in the same file; nothing here touches them.
#pragma once

#include "calls/EmergencyCall.h"
#include "domain/Did.h"
#include "domain/DisclosureAcknowledgement.h"
#include "domain/EmergencyAddress.h"
#include "domain/PriceList.h"
#include "domain/Tenant.h"
#include "lis/EmergencyPolicy.h"
#include "lis/NetworkElement.h"
#include "lis/Place.h"
#include "lis/TestCall.h"
#include "teams/TeamsNumberLocations.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

struct CacheSyncState
{
    QString changeToken;   // empty before the first complete full sync
    qint64 generation = 0; // the latest full sync started
    bool fullSyncComplete = false;
    QDateTime lastFullSync; // UTC; invalid if never
    QDateTime lastSync;     // UTC; invalid if never

    // A delta sync is possible only from a token whose full sync finished.
    bool canSyncDelta() const { return fullSyncComplete && !changeToken.isEmpty(); }
};

class Cache
{
public:
    explicit Cache(const QString &path);
    ~Cache();
    Cache(const Cache &) = delete;
    Cache &operator=(const Cache &) = delete;

    // Creates the file (mode 0600) if needed, switches to WAL and migrates the schema. False
    // with lastError() set when the file cannot be used.
    bool open();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    QSqlDatabase database() const;

    // One write transaction; every write below belongs inside one.
    bool begin();
    bool commit();
    void rollback();

    bool upsertTenant(const Tenant &tenant, qint64 generation);
    // Removes the tenant with its numbers, addresses, acknowledgements and network map.
    bool deleteTenant(const QString &tenantId);
    bool upsertDid(const Did &did, qint64 generation);
    bool deleteDid(const QString &tenantId, const QString &number);
    // `json` is the address's JSON as the API sent it, kept for the editor.
    bool upsertAddress(const EmergencyAddress &address, const QByteArray &json, qint64 generation);
    bool deleteAddress(const QString &addressId);
    bool upsertAcknowledgement(const DisclosureAcknowledgement &ack, qint64 generation);
    bool deleteAcknowledgement(const QString &ackId);
    bool setPriceList(const PriceList &priceList);
    // The network map (CacheNetworkMap.cpp). Test calls are append-only on the server; a
    // tombstone for one is still honoured.
    bool upsertPlace(const Place &place, qint64 generation);
    bool deletePlace(const QString &placeId);
    bool upsertNetworkElement(const NetworkElement &element, qint64 generation);
    bool deleteNetworkElement(const QString &elementId);
    bool upsertTestCall(const TestCall &call, qint64 generation);
    bool deleteTestCall(const QString &testCallId);
    bool upsertEmergencyPolicy(const EmergencyPolicy &policy, qint64 generation);
    bool deleteEmergencyPolicy(const QString &tenantId);
    // Emergency calls from Teams (CacheEmergencyCalls.cpp); `json` is the call as the API sent it.
    bool upsertEmergencyCall(const EmergencyCall &call, const QByteArray &json, qint64 generation);
    bool deleteEmergencyCall(const QString &callId);
    // The Teams number locations of a tenant (CacheTeamsNumbers.cpp); `json` as the API sent it.
    bool upsertTeamsNumberLocations(const TeamsNumberLocations &reading, const QByteArray &json,
                                    qint64 generation);
    bool deleteTeamsNumberLocations(const QString &tenantId);
    // Deletes every tenant, number, address, acknowledgement and network map row a full sync of
    // `generation` did not see: they no longer exist on the server.
    bool sweepOlderThan(qint64 generation);

    CacheSyncState syncState();
    // Starts a full sync: a new generation, and the cache marked incomplete until it ends.
    std::optional<qint64> beginFullSync();
    bool completeFullSync(const QString &changeToken, const QDateTime &when);
    // A delta page committed: the new token goes in the same transaction as its changes.
    bool setChangeToken(const QString &changeToken, const QDateTime &when);

    // A number's row for the numbers table (stored as UTF-8), fields separated by U+001F:
    // E.164, national format, user (display name, or UPN), UPN, address id, country, state
    // since (ms), fee (minor units, -1 for none), E911 state, usage, toll-free (0/1).
    static QString didListRow(const Did &did);
    static constexpr int didListRowFields = 11;
    // A network element in one value, fields separated by U+001F: kind, updated at (ms), etag,
    // id, place id, subnet, BSSID, chassis id, port id, description (last, so it may hold
    // anything; the decoder refuses control characters in the others).
    static QString networkElementListRow(const NetworkElement &element);
    static std::optional<NetworkElement> networkElementFromListRow(const QString &row,
                                                                   const QString &tenantId);

    // Reads.
    QList<Tenant> tenants(); // counts computed from the cached numbers
    // Tenant names by id, without counting anyone's numbers: for the many places that only
    // show a tenant's name (window titles, the emergency desk after every sync).
    QHash<QString, QString> tenantNames();
    // One tenant's name, or `fallback` (its id, usually) when it is not cached.
    QString tenantName(const QString &tenantId, const QString &fallback = QString());
    TenantCounts countsFor(const QString &tenantId);
    // A tenant's numbers in number order with what the lists beside the numbers table show of
    // them (number, national format, user, E911 state and address), in one query; the other
    // Did fields are left at their defaults. `onlyIn`: just the numbers in that state.
    QList<Did> numberSummaries(const QString &tenantId,
                               std::optional<E911State> onlyIn = std::nullopt);
    std::optional<Did> did(const QString &tenantId, const QString &number);
    std::optional<EmergencyAddress> address(const QString &addressId);
    // The tenant's addresses, as the address picker lists them (by company, then id).
    QList<EmergencyAddress> addresses(const QString &tenantId);
    QList<DisclosureAcknowledgement> acknowledgements(const QString &tenantId);
    std::optional<PriceList> priceList();
    qint64 didCount(const QString &tenantId = QString());
    // Whether the tenant has more than `count` numbers, without counting them all.
    bool hasMoreDidsThan(const QString &tenantId, qint64 count);
    // True while a number is pending or deregistering: sync follows those faster.
    bool hasNumbersInFlight();
    // The network map's reads (CacheNetworkMapReads.cpp).
    // The tenant's places, by address, then building, floor, room.
    QList<Place> places(const QString &tenantId);
    std::optional<Place> place(const QString &placeId);
    // The tenant's network elements in id order (the API's order); one query, no per-row work
    // beyond building the value, so 10,000 load at once.
    QList<NetworkElement> networkElements(const QString &tenantId);
    std::optional<NetworkElement> networkElement(const QString &elementId);
    // The tenant's 933 test calls, oldest call first.
    QList<TestCall> testCalls(const QString &tenantId);
    std::optional<EmergencyPolicy> emergencyPolicy(const QString &tenantId);
    // The tenant's emergency calls from Teams started at or after `since` (invalid: all),
    // oldest first.
    QList<EmergencyCall> emergencyCalls(const QString &tenantId, const QDateTime &since = {});
    // The latest reading of the tenant's numbers' Teams locations; none when never recorded.
    std::optional<TeamsNumberLocations> teamsNumberLocations(const QString &tenantId);

private:
    bool fail(const QSqlQuery &query);
    bool exec(QSqlQuery &query);
    QSqlQuery &prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql);

    QString m_path;
    QString m_connectionName;
    QString m_lastError;
    std::unique_ptr<QSqlQuery> m_upsertDid;
    std::unique_ptr<QSqlQuery> m_deleteDid;
    std::unique_ptr<QSqlQuery> m_upsertTenant;
    std::unique_ptr<QSqlQuery> m_upsertAddress;
    std::unique_ptr<QSqlQuery> m_upsertAck;
    std::unique_ptr<QSqlQuery> m_upsertPlace;
    std::unique_ptr<QSqlQuery> m_upsertElement;
    std::unique_ptr<QSqlQuery> m_upsertTestCall;
};
