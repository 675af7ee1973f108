// The offline cache: opening and migrating the file, and writing what sync brings (CacheReads.cpp
// holds the queries).
#include "Cache.h"

#include "platform/PrivateDirectory.h"
#include "store/CacheColumns.h"
#include "store/CacheMigrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcCache, "dispatchable.cache")

namespace {
QAtomicInteger<quint64> connectionCounter;

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The cache holds who uses which number: readable by its owner only, whatever the umask.
bool makePrivate(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return true;
    return file.setPermissions(ownerOnly);
}

QVariant msecs(const QDateTime &when)
{
    return when.isValid() ? QVariant(when.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}
} // namespace

Cache::Cache(const QString &path)
    : m_path(path)
    , m_connectionName(QStringLiteral("dispatchable-cache-%1").arg(++connectionCounter))
{}

Cache::~Cache()
{
    m_upsertDid.reset();
    m_deleteDid.reset();
    m_upsertTenant.reset();
    m_upsertAddress.reset();
    m_upsertAck.reset();
    m_upsertPlace.reset();
    m_upsertElement.reset();
    m_upsertTestCall.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase Cache::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Cache::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

bool Cache::open()
{
    const QFileInfo info(m_path);
    if (!platform::ensurePrivateDirectory(info.absolutePath(), platform::ExistingFolder::Keep,
                                          &m_lastError))
        return false;
    QFile file(m_path);
    if (!file.exists()) {
        // Created owner-only from the start, so no other user ever sees it, even empty.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
            m_lastError = file.errorString();
            return false;
        }
        file.close();
    }
    if (!makePrivate(m_path)) {
        m_lastError = QStringLiteral("Cannot restrict the cache file's permissions");
        return false;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        m_lastError = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    // WAL lets the models read while sync writes. NORMAL is durable enough for a cache that a
    // sync can rebuild; the Outbox sets FULL on its own connection.
    for (const auto &pragma : {QStringLiteral("PRAGMA journal_mode = WAL"),
                               QStringLiteral("PRAGMA synchronous = NORMAL"),
                               QStringLiteral("PRAGMA temp_store = MEMORY")}) {
        if (!query.exec(pragma))
            return fail(query);
    }
    if (!CacheMigrations::migrate(db, &m_lastError))
        return false;
    // SQLite creates -wal and -shm with the main file's mode; set them anyway in case the file
    // was made by something else.
    makePrivate(m_path + QStringLiteral("-wal"));
    makePrivate(m_path + QStringLiteral("-shm"));
    return true;
}

bool Cache::fail(const QSqlQuery &query)
{
    m_lastError = query.lastError().text();
    qCWarning(lcCache) << "cache query failed:" << m_lastError;
    return false;
}

bool Cache::exec(QSqlQuery &query)
{
    return query.exec() || fail(query);
}

QSqlQuery &Cache::prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql)
{
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(database());
        if (!slot->prepare(sql))
            fail(*slot);
    }
    return *slot;
}

bool Cache::begin()
{
    // IMMEDIATE takes the write lock now, so a page never fails halfway on a busy database.
    QSqlQuery query(database());
    return query.exec(QStringLiteral("BEGIN IMMEDIATE")) || fail(query);
}

bool Cache::commit()
{
    QSqlQuery query(database());
    return query.exec(QStringLiteral("COMMIT")) || fail(query);
}

void Cache::rollback()
{
    QSqlQuery query(database());
    query.exec(QStringLiteral("ROLLBACK"));
}

bool Cache::upsertTenant(const Tenant &tenant, qint64 generation)
{
    QSqlQuery &q = prepared(m_upsertTenant,
                            QStringLiteral("INSERT OR REPLACE INTO tenants (id, name, service_type,"
                                           " etag, updated_at, gen) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, tenant.id);
    q.bindValue(1, tenant.name);
    q.bindValue(2, int(tenant.serviceType));
    q.bindValue(3, tenant.etag);
    q.bindValue(4, msecs(tenant.updatedAt));
    q.bindValue(5, generation);
    return exec(q);
}

bool Cache::deleteTenant(const QString &tenantId)
{
    QSqlQuery q(database());
    for (const auto &sql :
         {QStringLiteral("DELETE FROM dids WHERE tenant_id = ?"),
          QStringLiteral("DELETE FROM addresses WHERE tenant_id = ?"),
          QStringLiteral("DELETE FROM acknowledgements WHERE tenant_id = ?"),
          QStringLiteral("DELETE FROM places WHERE tenant_id = ?"),
          QStringLiteral("DELETE FROM network_elements WHERE tenant_id = ?"),
          QStringLiteral("DELETE FROM test_calls WHERE tenant_id = ?"),
          QStringLiteral("DELETE FROM emergency_policies WHERE tenant_id = ?"),
          QStringLiteral("DELETE FROM emergency_calls WHERE tenant_id = ?"),
          QStringLiteral("DELETE FROM teams_number_locations WHERE tenant_id = ?"),
          QStringLiteral("DELETE FROM tenants WHERE id = ?")}) {
        q.prepare(sql);
        q.addBindValue(tenantId);
        if (!exec(q))
            return false;
    }
    return true;
}

bool Cache::upsertDid(const Did &did, qint64 generation)
{
    QSqlQuery &q = prepared(
        m_upsertDid,
        QStringLiteral("INSERT OR REPLACE INTO dids (tenant_id, number, national,"
                       " emergency_region, user_upn, user_name, usage, country, toll_free,"
                       " e911_state, address_id, e911_reason, state_since, verified_at,"
                       " fee_minor, fee_currency, etag, updated_at, gen, list_row)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, did.tenantId);
    q.bindValue(1, did.number);
    q.bindValue(2, did.nationalFormat);
    q.bindValue(3, int(did.emergencyRegion));
    q.bindValue(4, did.assignedUser ? QVariant(did.assignedUser->upn)
                                    : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(5, did.assignedUser ? QVariant(did.assignedUser->displayName)
                                    : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(6, int(did.usage));
    q.bindValue(7, did.country);
    q.bindValue(8, did.tollFree ? 1 : 0);
    q.bindValue(9, int(did.e911.state));
    q.bindValue(10, textOrNull(did.e911.addressId));
    q.bindValue(11, textOrNull(did.e911.reason));
    q.bindValue(12, msecs(did.e911.since));
    q.bindValue(13, msecs(did.e911.verifiedAt));
    q.bindValue(14, did.monthlyFee ? QVariant(did.monthlyFee->amountMinor)
                                   : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(15, did.monthlyFee ? QVariant(did.monthlyFee->currency)
                                   : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(16, did.etag);
    q.bindValue(17, msecs(did.updatedAt));
    q.bindValue(18, generation);
    const QString row = didListRow(did);
    q.bindValue(19, row.toUtf8());
    return exec(q);
}

QString Cache::didListRow(const Did &did)
{
    const QChar sep(0x1f);
    const QString name = did.assignedUser ? did.assignedUser->displayName : QString();
    const QString upn = did.assignedUser ? did.assignedUser->upn : QString();
    return QString(
        did.number + sep + did.nationalFormat + sep + (name.isEmpty() ? upn : name) + sep + upn +
        sep + did.e911.addressId + sep + did.country + sep +
        QString::number(did.e911.since.isValid() ? did.e911.since.toMSecsSinceEpoch() : 0) + sep +
        QString::number(did.monthlyFee ? did.monthlyFee->amountMinor : -1) + sep +
        QString::number(int(did.e911.state)) + sep + QString::number(int(did.usage)) + sep +
        (did.tollFree ? u'1' : u'0'));
}

bool Cache::deleteDid(const QString &tenantId, const QString &number)
{
    QSqlQuery &q = prepared(m_deleteDid,
                            QStringLiteral("DELETE FROM dids WHERE tenant_id = ? AND number = ?"));
    q.bindValue(0, tenantId);
    q.bindValue(1, number);
    return exec(q);
}

bool Cache::upsertAddress(const EmergencyAddress &address, const QByteArray &json,
                          qint64 generation)
{
    QSqlQuery &q =
        prepared(m_upsertAddress,
                 QStringLiteral(
                     "INSERT OR REPLACE INTO addresses (id, tenant_id, company_name,"
                     " validation_status, postal_community, state, postal_code, usage_dids,"
                     " etag, updated_at, json, gen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, address.id);
    q.bindValue(1, address.tenantId);
    q.bindValue(2, address.companyName);
    q.bindValue(3, int(address.validationStatus));
    q.bindValue(4, address.civic.postalCommunity);
    q.bindValue(5, address.civic.state);
    q.bindValue(6, address.civic.postalCode);
    q.bindValue(7, address.usageDids);
    q.bindValue(8, address.etag);
    q.bindValue(9, msecs(address.updatedAt));
    q.bindValue(10, QString::fromUtf8(json));
    q.bindValue(11, generation);
    return exec(q);
}

bool Cache::deleteAddress(const QString &addressId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM addresses WHERE id = ?"));
    q.addBindValue(addressId);
    return exec(q);
}

bool Cache::upsertAcknowledgement(const DisclosureAcknowledgement &ack, qint64 generation)
{
    QSqlQuery &q = prepared(
        m_upsertAck, QStringLiteral("INSERT OR REPLACE INTO acknowledgements (id, tenant_id,"
                                    " disclosure_version, by_id, by_email, acknowledged_at, gen)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, ack.id);
    q.bindValue(1, ack.tenantId);
    q.bindValue(2, ack.disclosureVersion);
    q.bindValue(3, ack.acknowledgedById);
    q.bindValue(4, ack.acknowledgedByEmail);
    q.bindValue(5, msecs(ack.acknowledgedAt));
    q.bindValue(6, generation);
    return exec(q);
}

bool Cache::deleteAcknowledgement(const QString &ackId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM acknowledgements WHERE id = ?"));
    q.addBindValue(ackId);
    return exec(q);
}

bool Cache::setPriceList(const PriceList &priceList)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO price_list (id, currency, e911_fee_minor,"
                             " e911_fee_currency, effective_from) VALUES (1, ?, ?, ?, ?)"));
    q.addBindValue(priceList.currency);
    q.addBindValue(priceList.e911MonthlyFee.amountMinor);
    q.addBindValue(priceList.e911MonthlyFee.currency);
    q.addBindValue(msecs(priceList.effectiveFrom));
    return exec(q);
}

bool Cache::sweepOlderThan(qint64 generation)
{
    QSqlQuery q(database());
    for (const auto &table :
         {QStringLiteral("dids"), QStringLiteral("addresses"), QStringLiteral("acknowledgements"),
          QStringLiteral("places"), QStringLiteral("network_elements"),
          QStringLiteral("test_calls"), QStringLiteral("emergency_policies"),
          QStringLiteral("emergency_calls"), QStringLiteral("teams_number_locations"),
          QStringLiteral("tenants")}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE gen < ?").arg(table));
        q.addBindValue(generation);
        if (!exec(q))
            return false;
    }
    return true;
}

CacheSyncState Cache::syncState()
{
    CacheSyncState state;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT change_token, generation, full_sync_complete,"
                               " last_full_sync, last_sync FROM sync_state WHERE id = 1")) ||
        !q.next()) {
        fail(q);
        return state;
    }
    state.changeToken = q.value(0).toString();
    state.generation = q.value(1).toLongLong();
    state.fullSyncComplete = q.value(2).toBool();
    state.lastFullSync = fromMsecs(q.value(3));
    state.lastSync = fromMsecs(q.value(4));
    return state;
}

std::optional<qint64> Cache::beginFullSync()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("UPDATE sync_state SET generation = generation + 1,"
                               " full_sync_complete = 0 WHERE id = 1")) ||
        !q.exec(QStringLiteral("SELECT generation FROM sync_state WHERE id = 1")) || !q.next()) {
        fail(q);
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

bool Cache::completeFullSync(const QString &changeToken, const QDateTime &when)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE sync_state SET change_token = ?, full_sync_complete = 1,"
                             " last_full_sync = ?, last_sync = ? WHERE id = 1"));
    q.addBindValue(changeToken);
    q.addBindValue(msecs(when));
    q.addBindValue(msecs(when));
    return exec(q);
}

bool Cache::setChangeToken(const QString &changeToken, const QDateTime &when)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE sync_state SET change_token = ?, last_sync = ? WHERE id = 1"));
    q.addBindValue(changeToken);
    q.addBindValue(msecs(when));
    return exec(q);
}
