// The reference backend's SQLite database (WAL): schema, transactions, and the two records every
// write leaves behind in its own transaction: a change-log entry (for delta sync) and an audit
// entry.
#pragma once

#include "auth/Principal.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
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

    bool open(const QString &filePath, QString *error);
    QSqlDatabase &db() { return m_db; }

    // Runs a statement with positional bindings; logs and returns false on failure.
    bool exec(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> binds = {});
    QSqlQuery prepare(const QString &sql);
    // First column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> binds = {});

    bool begin(); // BEGIN IMMEDIATE: takes the write lock up front
    bool commit();
    void rollback();

    // Appends a change for delta sync and returns its sequence number (the resource's new
    // updated_seq). Must run inside the write's transaction.
    qint64 recordChange(const QString &kind, const QString &entityId, const QString &tenantId);
    void recordAudit(const Principal &actor, const AuditRecord &record);
    // Drops change-log entries beyond `keep`; tokens older than what is left then get 410.
    void pruneChanges(qint64 keep);
    qint64 prunedThrough();

    static QString nowIso();

private:
    bool createSchema(QString *error);

    QSqlDatabase m_db;
    QString m_connectionName;
};

// Ends a transaction with rollback unless commit() was called: early returns cannot leave a
// half-written change behind.
class WriteTransaction
{
public:
    explicit WriteTransaction(ServerDatabase &db)
        : m_db(db)
        , m_open(db.begin())
    {}
    ~WriteTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    ServerDatabase &m_db;
    bool m_open;
};
