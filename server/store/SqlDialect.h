// What the server's SQL says differently on SQLite and on PostgreSQL. Everything else is written
// once, in SQL both engines accept (ON CONFLICT upserts, RETURNING, lower() for case-insensitive
// matches); this is the short list that cannot be.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

enum class SqlEngine { Sqlite, Postgres };

class SqlDialect
{
public:
    explicit SqlDialect(SqlEngine engine = SqlEngine::Sqlite)
        : m_engine(engine)
    {}

    SqlEngine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == SqlEngine::Postgres; }
    // The Qt SQL driver: QSQLITE or QPSQL.
    QString driverName() const;

    // Run once per connection before anything else: SQLite's PRAGMAs, PostgreSQL's SETs.
    QStringList sessionSetup() const;
    // A schema statement written for SQLite (its type names, AUTOINCREMENT) in this engine's
    // words: 64-bit integers, BYTEA, identity columns.
    QString schemaStatement(const QString &sqliteDdl) const;

    // Starts a write transaction. SQLite takes its write lock up front (IMMEDIATE), so two
    // writers never deadlock upgrading a read lock; PostgreSQL locks rows as it writes them.
    QString beginWrite() const;

    // Serialises schema migrations among servers starting at once (PostgreSQL: an advisory lock
    // held to the end of the transaction); empty where the engine needs none.
    QString migrationLock() const;
    // Run right after beginWrite(): makes write transactions serial among all the servers on
    // one database, as SQLite's are within one file (PostgreSQL: an advisory lock held to the
    // end of the transaction; empty on SQLite). Change numbers then become visible in the order
    // they were given, so a delta token is good on any instance, and two servers never both
    // act on what they read (the provisioning worker settles each number once). A server that
    // dies releases it with its session; one that hangs, after idle_in_transaction_session_timeout.
    QString writeLock() const;
    // writeLock() for work that can come back later: one boolean row, false when another server
    // holds the lock, instead of waiting for it. Empty on SQLite (BEGIN IMMEDIATE took it).
    QString tryWriteLock() const;
    // Creates where the schema version is kept, if it needs creating (SQLite has user_version).
    QString schemaVersionSetup() const;
    QString readSchemaVersion() const;
    QStringList writeSchemaVersion(int version) const;

    // name and CREATE INDEX statement of each index of table `?` that no key constraint owns.
    QString indexDefinitionsQuery() const;
    // Orders the rows of a table written in this transaction and not updated since as they were
    // inserted (the demo data generator's).
    QString insertionOrder() const;
    // A sub-select of the strings in the JSON array bound at this `?`: "IN (<this>)".
    QString jsonArrayElements() const;

    // One page of a tenant's numbers after a cursor, in number order: the WHERE condition (its
    // binds from numberPageBinds()) and the ORDER BY, as each engine walks the (tenant_id,
    // number) index. PostgreSQL, given "tenant_id = ? AND number > ? ORDER BY number", walks
    // the primary key and filters out the other tenants' numbers, which are stored in runs: the
    // first page of 200 read 9,739 rows of a 20,000-number demo (3.3 ms; 0.1 ms this way). A
    // row comparison only the tenant index can serve leaves it no such plan. SQLite picks the
    // tenant index for the plain form, and for the row form may prefer another index and sort.
    QString numberPageCondition() const;
    QList<QVariant> numberPageBinds(const QString &tenantId, const QString &after) const;
    QString numberPageOrder() const;

private:
    SqlEngine m_engine;
};
