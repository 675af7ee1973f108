#include "PostgresTestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtGlobal>

namespace {

QSqlDatabase connectTo(const QUrl &url, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    if (!db.open())
        qWarning("cannot connect to %s: %s", qPrintable(url.toDisplayString(QUrl::RemovePassword)),
                 qPrintable(db.lastError().text()));
    return db;
}

} // namespace

bool PostgresTestDatabase::selected()
{
    return qEnvironmentVariable("DISPATCHABLE_TEST_DATABASE") == QLatin1StringView("postgresql");
}

PostgresTestDatabase::~PostgresTestDatabase()
{
    if (m_url.isEmpty())
        return;
    QString error;
    // FORCE: a server killed by the test may still hold a connection for a moment.
    if (!administer(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_url.path().mid(1)),
            &error))
        qWarning("%s", qPrintable(error));
}

bool PostgresTestDatabase::create(QString *error)
{
    m_cluster = QUrl(qEnvironmentVariable("DISPATCHABLE_TEST_POSTGRES"));
    if (!m_cluster.isValid() || m_cluster.host().isEmpty()) {
        *error = QStringLiteral("DISPATCHABLE_TEST_POSTGRES is not set: run the PostgreSQL tests "
                                "under scripts/with-postgres.sh");
        return false;
    }
    const QString name =
        QStringLiteral("dsp_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    // C collation: text sorts by code point, as SQLite sorts it, so cursors and orders agree.
    if (!administer(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'"
                                   " LC_COLLATE 'C' LC_CTYPE 'C'")
                        .arg(name),
                    error))
        return false;
    m_url = m_cluster;
    m_url.setPath(QLatin1Char('/') + name);
    return true;
}

QSqlDatabase PostgresTestDatabase::connect(const QString &connectionName) const
{
    return connectTo(m_url, connectionName);
}

bool PostgresTestDatabase::administer(const QString &sql, QString *error) const
{
    const QString connectionName =
        QStringLiteral("postgres-admin-") + QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = connectTo(m_cluster, connectionName);
        QSqlQuery q(db);
        ok = db.isOpen() && q.exec(sql);
        if (!ok)
            *error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok;
}
