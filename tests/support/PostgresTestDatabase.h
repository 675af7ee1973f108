// A fresh PostgreSQL database for one test server, created on the cluster named by
// $DISPATCHABLE_TEST_POSTGRES (scripts/with-postgres.sh starts one) and dropped afterwards. The
// *_pg tests (DISPATCHABLE_TEST_DATABASE=postgresql, see tests/CMakeLists.txt) run their servers
// on it; without the cluster they fail rather than pass on SQLite.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QUrl>

class PostgresTestDatabase
{
public:
    PostgresTestDatabase() = default;
    ~PostgresTestDatabase();
    PostgresTestDatabase(const PostgresTestDatabase &) = delete;
    PostgresTestDatabase &operator=(const PostgresTestDatabase &) = delete;

    // Whether this test process is a PostgreSQL run of a server test.
    static bool selected();

    bool create(QString *error);
    // The server's --database argument.
    QString url() const { return m_url.toString(); }
    // An open connection to the database (named `connectionName`), or a closed one after a
    // warning.
    QSqlDatabase connect(const QString &connectionName) const;

private:
    // Runs one statement on the cluster's maintenance database.
    bool administer(const QString &sql, QString *error) const;

    QUrl m_cluster; // $DISPATCHABLE_TEST_POSTGRES
    QUrl m_url;     // the database of our own
};
