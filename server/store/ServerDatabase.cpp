#include "ServerDatabase.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDb, "dispatchable.server.db")

namespace {

// The schema, written in SQLite's words (SqlDialect::schemaStatement() translates it); its version
// is schemaVersion below. Numbers are keyed by E.164; every
// mutable row has a version (its ETag) and the change-log sequence of its last change.
const char *const schemaStatements[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE,"
    " display_name TEXT NOT NULL, role TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS user_tenants (user_id TEXT NOT NULL, tenant_id TEXT NOT NULL,"
    " PRIMARY KEY (user_id, tenant_id))",
    "CREATE TABLE IF NOT EXISTS api_tokens (id TEXT PRIMARY KEY, token_hash BLOB NOT NULL UNIQUE,"
    " user_id TEXT NOT NULL, label TEXT NOT NULL, created_at TEXT NOT NULL,"
    " revoked INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS access_tokens (token_hash BLOB PRIMARY KEY, user_id TEXT NOT NULL,"
    " family_id TEXT NOT NULL, expires_at INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS refresh_tokens (token_hash BLOB PRIMARY KEY,"
    " user_id TEXT NOT NULL, family_id TEXT NOT NULL, expires_at INTEGER NOT NULL,"
    " used INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS device_codes (device_code_hash BLOB PRIMARY KEY,"
    " user_code TEXT NOT NULL UNIQUE, client_id TEXT NOT NULL, expires_at INTEGER NOT NULL,"
    " interval_s INTEGER NOT NULL, last_poll_ms INTEGER NOT NULL DEFAULT 0,"
    " approved_user_id TEXT, denied INTEGER NOT NULL DEFAULT 0, redeemed INTEGER NOT NULL DEFAULT "
    "0)",
    "CREATE TABLE IF NOT EXISTS tenants (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
    " service_type TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,"
    " updated_at TEXT NOT NULL, updated_seq INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS addresses (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL,"
    " company_name TEXT NOT NULL DEFAULT '', civic TEXT NOT NULL, location_note TEXT NOT NULL"
    " DEFAULT '', validation_status TEXT NOT NULL, normalized TEXT, problems TEXT NOT NULL"
    " DEFAULT '[]', latitude REAL, longitude REAL, precision TEXT, country TEXT NOT NULL,"
    " version INTEGER NOT NULL DEFAULT 1, updated_at TEXT NOT NULL,"
    " updated_seq INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS addresses_tenant ON addresses (tenant_id, id)",
    "CREATE TABLE IF NOT EXISTS dids (number TEXT PRIMARY KEY, tenant_id TEXT NOT NULL,"
    " user_upn TEXT, user_display_name TEXT, usage TEXT NOT NULL, country TEXT NOT NULL,"
    " toll_free INTEGER NOT NULL DEFAULT 0, e911_state TEXT NOT NULL DEFAULT 'basic',"
    " address_id TEXT, e911_reason TEXT, state_since TEXT NOT NULL, state_since_ms INTEGER"
    " NOT NULL DEFAULT 0, verified_at TEXT, billing_active INTEGER NOT NULL DEFAULT 0,"
    " version INTEGER NOT NULL DEFAULT 1, updated_at TEXT NOT NULL,"
    " updated_seq INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS dids_tenant ON dids (tenant_id, number)",
    "CREATE INDEX IF NOT EXISTS dids_address ON dids (address_id)",
    "CREATE INDEX IF NOT EXISTS dids_work ON dids (e911_state, state_since_ms)",
    "CREATE TABLE IF NOT EXISTS acknowledgements (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL,"
    " disclosure_version TEXT NOT NULL, user_id TEXT NOT NULL, user_email TEXT NOT NULL,"
    " acknowledged_at TEXT NOT NULL, updated_seq INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,"
    " actor_id TEXT NOT NULL, actor_email TEXT NOT NULL, actor_role TEXT NOT NULL,"
    " action TEXT NOT NULL, tenant_id TEXT, target TEXT, before TEXT, after TEXT, reason TEXT,"
    " request_id TEXT)",
    "CREATE INDEX IF NOT EXISTS audit_tenant ON audit_log (tenant_id, id)",
    "CREATE TABLE IF NOT EXISTS changes (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " kind TEXT NOT NULL, entity_id TEXT NOT NULL, tenant_id TEXT)",
    "CREATE TABLE IF NOT EXISTS idempotency (user_id TEXT NOT NULL, key TEXT NOT NULL,"
    " payload_hash BLOB NOT NULL, state TEXT NOT NULL, request_id TEXT NOT NULL,"
    " status INTEGER, body BLOB, headers TEXT, created_ms INTEGER NOT NULL,"
    " PRIMARY KEY (user_id, key))",
    "CREATE TABLE IF NOT EXISTS billing_events (id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " tenant_id TEXT NOT NULL, number TEXT NOT NULL, kind TEXT NOT NULL, amount_minor INTEGER"
    " NOT NULL, currency TEXT NOT NULL, at TEXT NOT NULL, request_id TEXT)",
    "CREATE INDEX IF NOT EXISTS billing_number ON billing_events (number)",
    // Issue 9, the LIS network map: places inside addresses, the network elements that point at
    // them (`identity` is the kind's normalised identifying value, unique per tenant and kind),
    // the append-only 933 test calls, and one emergency calling policy per tenant.
    "CREATE TABLE IF NOT EXISTS places (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL,"
    " address_id TEXT NOT NULL, building TEXT NOT NULL DEFAULT '', floor TEXT NOT NULL"
    " DEFAULT '', room TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',"
    " version INTEGER NOT NULL DEFAULT 1, updated_at TEXT NOT NULL,"
    " updated_seq INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS places_tenant ON places (tenant_id, id)",
    "CREATE INDEX IF NOT EXISTS places_address ON places (address_id)",
    "CREATE TABLE IF NOT EXISTS network_elements (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL,"
    " kind TEXT NOT NULL, place_id TEXT NOT NULL DEFAULT '', subnet TEXT NOT NULL DEFAULT '',"
    " bssid TEXT NOT NULL DEFAULT '', chassis_id TEXT NOT NULL DEFAULT '', port_id TEXT NOT NULL"
    " DEFAULT '', description TEXT NOT NULL DEFAULT '', identity TEXT NOT NULL,"
    " version INTEGER NOT NULL DEFAULT 1, updated_at TEXT NOT NULL,"
    " updated_seq INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS network_elements_tenant ON network_elements (tenant_id, id)",
    "CREATE INDEX IF NOT EXISTS network_elements_place ON network_elements (place_id)",
    "CREATE UNIQUE INDEX IF NOT EXISTS network_elements_identity"
    " ON network_elements (tenant_id, kind, identity)",
    "CREATE TABLE IF NOT EXISTS test_calls (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL,"
    " place_id TEXT NOT NULL DEFAULT '', number TEXT NOT NULL DEFAULT '', address_id TEXT NOT"
    " NULL, address_etag TEXT NOT NULL, called_by TEXT NOT NULL, called_at TEXT NOT NULL,"
    " read_back TEXT NOT NULL DEFAULT '', result TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',"
    " recorded_by_id TEXT NOT NULL, recorded_by_email TEXT NOT NULL, recorded_at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS test_calls_tenant ON test_calls (tenant_id, id)",
    "CREATE TABLE IF NOT EXISTS emergency_policies (tenant_id TEXT PRIMARY KEY,"
    " notification_mode TEXT NOT NULL DEFAULT 'notification_only', notification_group TEXT NOT"
    " NULL DEFAULT '[]', dial_out_number TEXT NOT NULL DEFAULT '',"
    " version INTEGER NOT NULL DEFAULT 1, updated_at TEXT NOT NULL,"
    " updated_seq INTEGER NOT NULL DEFAULT 0)",
    // Issue 16, emergency calls from Microsoft Graph: which Teams tenant and emergency calling
    // policies feed each tenant, the Graph subscription kept for each (tenant, policy), the
    // calls, and their events (the event id is Graph's; UNIQUE is the de-duplication; `seq`
    // orders the live stream and resumes it).
    "CREATE TABLE IF NOT EXISTS emergency_call_feeds (tenant_id TEXT PRIMARY KEY,"
    " teams_tenant_id TEXT UNIQUE, policy_names TEXT NOT NULL DEFAULT '[]',"
    " version INTEGER NOT NULL DEFAULT 1, updated_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS graph_subscriptions (tenant_id TEXT NOT NULL,"
    " policy_name TEXT NOT NULL, subscription_id TEXT NOT NULL DEFAULT '', client_state TEXT"
    " NOT NULL, certificate_id TEXT NOT NULL DEFAULT '', expires_at TEXT NOT NULL DEFAULT '',"
    " state TEXT NOT NULL, last_error TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL,"
    " PRIMARY KEY (tenant_id, policy_name))",
    "CREATE INDEX IF NOT EXISTS graph_subscriptions_id ON graph_subscriptions (subscription_id)",
    "CREATE TABLE IF NOT EXISTS emergency_calls (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL,"
    " kind TEXT NOT NULL, dialed TEXT NOT NULL, policy_name TEXT NOT NULL DEFAULT '',"
    " number TEXT NOT NULL DEFAULT '', caller_name TEXT NOT NULL DEFAULT '', caller_upn TEXT"
    " NOT NULL DEFAULT '', started_at TEXT NOT NULL, ended_at TEXT NOT NULL DEFAULT '',"
    " location_sent TEXT NOT NULL DEFAULT '{}', registered TEXT NOT NULL DEFAULT '{}',"
    " verdict TEXT NOT NULL, verdict_detail TEXT NOT NULL DEFAULT '{}', acknowledged_by TEXT"
    " NOT NULL DEFAULT '', acknowledged_at TEXT NOT NULL DEFAULT '', test_call_id TEXT NOT NULL"
    " DEFAULT '', simulated INTEGER NOT NULL DEFAULT 0, last_seq INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS emergency_calls_tenant ON emergency_calls (tenant_id, started_at)",
    "CREATE TABLE IF NOT EXISTS emergency_call_events (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " event_id TEXT NOT NULL UNIQUE, call_id TEXT NOT NULL, tenant_id TEXT NOT NULL,"
    " type TEXT NOT NULL, at TEXT NOT NULL, received_at TEXT NOT NULL, location TEXT NOT NULL"
    " DEFAULT '{}')",
    "CREATE INDEX IF NOT EXISTS emergency_call_events_call ON emergency_call_events (call_id)",
    "CREATE INDEX IF NOT EXISTS emergency_call_events_tenant"
    " ON emergency_call_events (tenant_id, seq)",
    // Issue 17: the Teams emergency location of each number of a tenant, as the latest Teams
    // export read said (JSON {numbers, teamsAddresses}, replaced whole by a later reading).
    "CREATE TABLE IF NOT EXISTS teams_number_locations (tenant_id TEXT PRIMARY KEY,"
    " read_at TEXT NOT NULL, reading TEXT NOT NULL DEFAULT '{}',"
    " version INTEGER NOT NULL DEFAULT 1, updated_at TEXT NOT NULL)",
};

// Columns (and the indexes over them) added after a table's first release, with the schema
// version that added them. A database older than that version gets them by ALTER TABLE, in
// place; its rows keep their data.
struct AddedColumn
{
    int version;
    const char *statement;
};
const AddedColumn addedColumns[] = {
    // A 933 record written from a real call's event, not typed by a person.
    {2, "ALTER TABLE test_calls ADD COLUMN source TEXT NOT NULL DEFAULT 'manual'"},
    // Issue 17: Teams's own ids (NULL for none), each naming one address or place of a tenant.
    {3, "ALTER TABLE addresses ADD COLUMN teams_civic_address_id TEXT"},
    {3, "ALTER TABLE places ADD COLUMN teams_location_id TEXT"},
    {3, "CREATE UNIQUE INDEX IF NOT EXISTS addresses_teams_id ON addresses"
        " (tenant_id, teams_civic_address_id) WHERE teams_civic_address_id IS NOT NULL"},
    {3, "CREATE UNIQUE INDEX IF NOT EXISTS places_teams_id ON places"
        " (tenant_id, teams_location_id) WHERE teams_location_id IS NOT NULL"},
    // Issue 16: the place an emergency call came from and its verdict (CallPlace), "{}" for none.
    {4, "ALTER TABLE emergency_calls ADD COLUMN place TEXT NOT NULL DEFAULT '{}'"},
};
constexpr int schemaVersion = 4;

} // namespace

ServerDatabase::ServerDatabase()
    : m_connectionName(QStringLiteral("server-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

ServerDatabase::~ServerDatabase()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool ServerDatabase::open(const QString &filePath, QString *error)
{
    m_dialect = SqlDialect(SqlEngine::Sqlite);
    m_db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    m_db.setDatabaseName(filePath);
    if (!m_db.open()) {
        *error =
            QStringLiteral("Cannot open database %1: %2").arg(filePath, m_db.lastError().text());
        return false;
    }
    return configure(error);
}

bool ServerDatabase::open(const PostgresUrl &url, QString *error)
{
    m_dialect = SqlDialect(SqlEngine::Postgres);
    m_db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    if (!m_db.isValid()) {
        *error = QStringLiteral("Cannot use PostgreSQL: Qt's QPSQL driver is missing (Debian:"
                                " libqt6sql6-psql)");
        return false;
    }
    m_db.setHostName(url.host);
    m_db.setPort(url.port);
    m_db.setUserName(url.user);
    m_db.setPassword(url.password);
    m_db.setDatabaseName(url.database);
    m_db.setConnectOptions(url.connectOptions);
    if (!m_db.open()) {
        *error = QStringLiteral("Cannot open database %1: %2")
                     .arg(url.display(), m_db.lastError().text());
        return false;
    }
    return configure(error);
}

bool ServerDatabase::configure(QString *error)
{
    QSqlQuery q(m_db);
    for (const QString &statement : m_dialect.sessionSetup()) {
        if (!q.exec(statement)) {
            *error = QStringLiteral("Cannot configure database: %1").arg(q.lastError().text());
            return false;
        }
    }
    return createSchema(error);
}

bool ServerDatabase::createSchema(QString *error)
{
    // One transaction: servers starting at once against one PostgreSQL database migrate it once
    // (the first takes the migration lock; the others then find the version already written).
    QSqlQuery q(m_db);
    const auto run = [&](const QString &sql, const char *what) {
        if (sql.isEmpty() || q.exec(sql))
            return true;
        *error = QStringLiteral("%1: %2").arg(QLatin1StringView(what), q.lastError().text());
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    if (!run(m_dialect.beginWrite(), "Cannot start the schema transaction") ||
        !run(m_dialect.migrationLock(), "Cannot lock the schema") ||
        !run(m_dialect.schemaVersionSetup(), "Cannot create the schema version"))
        return false;
    for (const char *statement : schemaStatements) {
        if (!run(m_dialect.schemaStatement(QLatin1StringView(statement)), "Cannot create schema"))
            return false;
    }
    if (!run(m_dialect.readSchemaVersion(), "Cannot read the schema version"))
        return false;
    const int version = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    for (const AddedColumn &column : addedColumns) {
        if (version < column.version &&
            !run(m_dialect.schemaStatement(QLatin1StringView(column.statement)),
                 "Cannot upgrade the schema"))
            return false;
    }
    for (const QString &statement : m_dialect.writeSchemaVersion(schemaVersion)) {
        if (!run(statement, "Cannot set the schema version"))
            return false;
    }
    return run(QStringLiteral("COMMIT"), "Cannot commit the schema");
}

namespace {

[[noreturn]] void fail(const QString &what, const QString &error, const QString &sql)
{
    throw DatabaseFailure(QStringLiteral("%1: %2 [%3]").arg(what, error, sql).toStdString());
}

bool isWrite(const QString &sql)
{
    static const char *const verbs[] = {"BEGIN", "INSERT", "UPDATE", "DELETE", "REPLACE", "COMMIT"};
    const QStringView head = QStringView(sql).trimmed();
    for (const char *verb : verbs) {
        if (head.startsWith(QLatin1StringView(verb), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

void ServerDatabase::failWriteAt(int n)
{
    m_failWriteAt = std::max(n, 0);
    m_writesSinceArmed = 0;
}

void ServerDatabase::countWrite(const QString &sql)
{
    if (m_failWriteAt <= 0 || !isWrite(sql) || ++m_writesSinceArmed < m_failWriteAt)
        return;
    const int n = m_failWriteAt;
    m_failWriteAt = 0;
    fail(QStringLiteral("injected fault"), QStringLiteral("write %1 refused").arg(n), sql);
}

void ServerDatabase::exec(QSqlQuery &query, const QString &sql,
                          std::initializer_list<QVariant> binds)
{
    if (binds.size() == 0) {
        // Unprepared: PostgreSQL cannot PREPARE transaction control (BEGIN, SAVEPOINT) or DDL.
        countWrite(sql);
        if (!query.exec(sql))
            fail(QStringLiteral("exec failed"), query.lastError().text(), sql);
        return;
    }
    prepare(query, sql);
    for (const QVariant &v : binds)
        query.addBindValue(v);
    exec(query);
}

void ServerDatabase::exec(QSqlQuery &query)
{
    countWrite(query.lastQuery());
    if (!query.exec())
        fail(QStringLiteral("exec failed"), query.lastError().text(), query.lastQuery());
}

QSqlQuery ServerDatabase::prepare(const QString &sql)
{
    QSqlQuery q(m_db);
    prepare(q, sql);
    return q;
}

void ServerDatabase::prepare(QSqlQuery &query, const QString &sql)
{
    if (!query.prepare(sql))
        fail(QStringLiteral("prepare failed"), query.lastError().text(), sql);
}

QVariant ServerDatabase::scalar(const QString &sql, std::initializer_list<QVariant> binds)
{
    QSqlQuery q(m_db);
    exec(q, sql, binds);
    if (!q.next())
        return {};
    return q.value(0);
}

QSqlQuery ServerDatabase::beginWith(const QString &lock)
{
    QSqlQuery q(m_db);
    exec(q, m_dialect.beginWrite());
    if (!lock.isEmpty()) {
        try {
            exec(q, lock);
        } catch (const DatabaseFailure &) {
            rollback(); // no WriteTransaction exists yet to do it
            throw;
        }
    }
    return q;
}

void ServerDatabase::begin()
{
    beginWith(m_dialect.writeLock());
}

bool ServerDatabase::tryBegin()
{
    const QString lock = m_dialect.tryWriteLock();
    QSqlQuery q = beginWith(lock);
    if (lock.isEmpty() || (q.next() && q.value(0).toBool()))
        return true;
    rollback();
    return false;
}

void ServerDatabase::commit()
{
    QSqlQuery q(m_db);
    try {
        exec(q, QStringLiteral("COMMIT"));
    } catch (const DatabaseFailure &) {
        rollback();
        throw;
    }
}

void ServerDatabase::rollback()
{
    QSqlQuery q(m_db);
    // After a failed COMMIT SQLite may already have rolled back; that error is expected.
    if (m_db.isOpen() && !q.exec(QStringLiteral("ROLLBACK")))
        qCDebug(lcDb) << "rollback:" << q.lastError().text();
}

qint64 ServerDatabase::recordChange(const QString &kind, const QString &entityId,
                                    const QString &tenantId)
{
    QSqlQuery q(m_db);
    exec(q,
         QStringLiteral("INSERT INTO changes (kind, entity_id, tenant_id) VALUES (?, ?, ?)"
                        " RETURNING seq"),
         {kind, entityId, tenantId});
    return insertedId(q);
}

void ServerDatabase::recordAudit(const Principal &actor, const AuditRecord &r)
{
    const auto toText = [](const QJsonObject &o) {
        return o.isEmpty()
                   ? QVariant()
                   : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    };
    QSqlQuery q(m_db);
    exec(q,
         QStringLiteral("INSERT INTO audit_log (at, actor_id, actor_email, actor_role, action,"
                        " tenant_id, target, before, after, reason, request_id)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
         {nowIso(), actor.userId, actor.email, roleToWire(actor.role), r.action, r.tenantId,
          r.target, toText(r.before), toText(r.after),
          r.reason.isEmpty() ? QVariant() : QVariant(r.reason), r.requestId});
}

void ServerDatabase::pruneChanges(qint64 keep)
{
    // Looked at first without the write lock, which every instance's worker would otherwise
    // take on each tick while there is nothing to prune.
    const auto cutDue = [this, keep]() -> std::optional<qint64> {
        const qint64 last =
            scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes")).toLongLong();
        const qint64 cut = last - keep;
        return cut > prunedThrough() ? std::optional<qint64>(cut) : std::nullopt;
    };
    if (!cutDue())
        return;
    // One transaction: pruned_through never names entries that are still there, or the reverse.
    // Pruning can wait for a tick when another server is writing.
    WriteTransaction tx(*this, WriteTransaction::IfFree{});
    const std::optional<qint64> due = tx.began() ? cutDue() : std::nullopt;
    if (!due)
        return;
    const qint64 cut = *due;
    QSqlQuery q(m_db);
    exec(q, QStringLiteral("DELETE FROM changes WHERE seq <= ?"), {cut});
    exec(q,
         QStringLiteral("INSERT INTO meta (key, value) VALUES ('pruned_through', ?)"
                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
         {QString::number(cut)});
    tx.commit();
}

qint64 ServerDatabase::prunedThrough()
{
    return scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'pruned_through'"))
        .toLongLong();
}

QStringList ServerDatabase::dropIndexes(const QString &table)
{
    QSqlQuery q(m_db);
    exec(q, m_dialect.indexDefinitionsQuery(), {table});
    QStringList names;
    QStringList definitions;
    while (q.next()) {
        names.append(q.value(0).toString());
        definitions.append(q.value(1).toString());
    }
    for (const QString &name : std::as_const(names))
        exec(q, QStringLiteral("DROP INDEX \"%1\"").arg(name));
    return definitions;
}

void ServerDatabase::createIndexes(const QStringList &definitions)
{
    QSqlQuery q(m_db);
    for (const QString &definition : definitions)
        exec(q, definition);
}

qint64 ServerDatabase::insertedId(QSqlQuery &query)
{
    if (!query.next())
        fail(QStringLiteral("no id returned"), QString(), query.lastQuery());
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

QString ServerDatabase::nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
