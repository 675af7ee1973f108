// A running dispatchable-server for a test, and a plain HTTPS client that trusts only that
// server's certificate (by its SHA-256 fingerprint). Server tests use it to speak raw HTTP. In a
// PostgreSQL run (PostgresTestDatabase::selected()) the server keeps its data in a database of
// its own, kept across restarts like the data directory.
#pragma once

#include "PostgresTestDatabase.h"
#include "demo/LocalServerProcess.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSqlDatabase>

#include <memory>

struct TestReply
{
    int status = 0; // 0: no HTTP answer (connection or TLS failure)
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString networkError;

    QJsonObject json() const;
    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

class TestBackend
{
public:
    TestBackend();
    ~TestBackend();

    // Starts the server; the default is a small demo data set with a fast provisioning worker.
    bool start(const QStringList &arguments = defaultArguments());
    static QStringList defaultArguments();
    // Starts another instance of the server on `first`'s data: the same SQLite file (its data
    // directory) or the same PostgreSQL database. Call after first.start().
    bool startBeside(const TestBackend &first, const QStringList &arguments = defaultArguments());
    LocalServerProcess &process() { return m_process; }
    QString token(const QString &role) const { return m_process.token(role); }
    // A connection to the server's database, read-only on SQLite, named `connectionName`; the
    // caller closes it and removes the connection.
    QSqlDatabase openDatabase(const QString &connectionName) const;

    TestReply request(const QByteArray &method, const QString &pathAndQuery, const QString &token,
                      const QByteArray &body = {}, const HeaderList &headers = {});
    TestReply get(const QString &pathAndQuery, const QString &token)
    {
        return request("GET", pathAndQuery, token);
    }
    TestReply sendJson(const QByteArray &method, const QString &pathAndQuery, const QString &token,
                       const QJsonObject &body, const HeaderList &headers = {});

private:
    std::unique_ptr<PostgresTestDatabase> m_database; // outlives the server process
    LocalServerProcess m_process;
    QNetworkAccessManager m_nam;
};
