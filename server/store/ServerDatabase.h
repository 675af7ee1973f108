// The reference backend's database, SQLite (WAL, the default) or PostgreSQL: schema, transactions,
// and the two records every write leaves behind in its own transaction: a change-log entry (for
// delta sync) and an audit entry. Every statement is checked: a failure throws DatabaseFailure (see
// there), so a request either completes or leaves the database as it found it.
#pragma once

#include "DatabaseFailure.h"
#include "PostgresUrl.h"
#include "SqlDialect.h"
#include "auth/Principal.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <optional>

struct AuditRecord
{
    QString action; // e.g. "e911.enable"
    QString tenantId;
    QString target; // number, address id, …
    QJsonObject before;
    QJsonObject after;
    QString reason;
    QString requestId;
};

class ServerDatabase
{
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    bool open(const QString &filePath, QString *error); // SQLite
    bool open(const PostgresUrl &url, QString *error);
    QSqlDatabase &db() { return m_db; }
    const SqlDialect &dialect() const { return m_dialect; }

    // Runs a statement with positional bindings; throws DatabaseFailure when it fails.
    void exec(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> binds = {});
    // Runs a statement prepared and bound by the caller (a dynamic filter); throws on failure.
    void exec(QSqlQuery &query);
    QSqlQuery prepare(const QString &sql);
    // Prepares `query` (kept: its forward-only flag stays as set); throws on failure.
    void prepare(QSqlQuery &query, const QString &sql);
    // First column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> binds = {});

    // SQLite: BEGIN IMMEDIATE, which takes the write lock up front; PostgreSQL: BEGIN and the
    // servers' shared write lock (SqlDialect::writeLock).
    void begin();
    // begin() unless another server holds the write lock (PostgreSQL): false then, with no
    // transaction open. On SQLite the same as begin().
    bool tryBegin();
    // Rolls back and throws when the commit fails: the transaction never half-lands.
    void commit();
    void rollback(); // never throws (it runs from destructors); logs a failure

    // Fault seam for tests: the nth write from now (BEGIN, INSERT, UPDATE, DELETE, REPLACE or
    // COMMIT) fails as if SQLite had refused it; 0 disarms. Fires once.
    void failWriteAt(int n);

    // Appends a change for delta sync and returns its sequence number (the resource's new
    // updated_seq). Must run inside the write's transaction.
    qint64 recordChange(const QString &kind, const QString &entityId, const QString &tenantId);
    void recordAudit(const Principal &actor, const AuditRecord &record);
    // Drops change-log entries beyond `keep`; tokens older than what is left then get 410.
    void pruneChanges(qint64 keep);
    qint64 prunedThrough();

    // Bulk loading: drops `table`'s own indexes (not those backing its keys) and returns their
    // definitions for createIndexes(). SQLite builds an index from all rows at once much faster
    // than it updates it row by row. Both belong inside the loading transaction.
    QStringList dropIndexes(const QString &table);
    void createIndexes(const QStringList &definitions);

    // The id an INSERT … RETURNING just executed on `query` gave back; throws when none.
    qint64 insertedId(QSqlQuery &query);

    static QString nowIso();

private:
    bool configure(QString *error);
    // BEGIN, then `lock` (if any), rolled back when the lock fails; the lock's query, read.
    QSqlQuery beginWith(const QString &lock);
    bool createSchema(QString *error);
    // Throws the injected failure when this write is the armed one.
    void countWrite(const QString &sql);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QString m_connectionName;
    int m_failWriteAt = 0;
    int m_writesSinceArmed = 0;
};

// Ends a transaction with rollback unless commit() was called: early returns cannot leave a
// half-written change behind.
class WriteTransaction
{
public:
    explicit WriteTransaction(ServerDatabase &db)
        : m_db(db)
    {
        m_db.begin();
    }
    // For background work that can come back on a later tick (the provisioning worker): no
    // waiting, on the event loop, behind another server's long write; began() says if it began.
    struct IfFree
    {};
    WriteTransaction(ServerDatabase &db, IfFree)
        : m_db(db)
        , m_open(db.tryBegin())
        , m_began(m_open)
    {}
    ~WriteTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    void commit()
    {
        m_open = false; // a failed commit rolls back itself
        m_db.commit();
    }
    bool began() const { return m_began; }

private:
    ServerDatabase &m_db;
    bool m_open = true;
    bool m_began = true;
};
