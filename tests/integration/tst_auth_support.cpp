#include "tst_auth_support.h"

#include "ApiTestHelpers.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

namespace authtest {

void configure(HttpClient &http, TestBackend &backend)
{
    http.setBaseUrl(backend.process().baseUrl());
    http.setPinnedFingerprint(backend.process().certificateFingerprint());
}

int decide(TestBackend &backend, const QString &userCode, bool approve)
{
    return backend
        .sendJson("POST", QStringLiteral("/v1/oauth/device/approve"),
                  backend.token(QStringLiteral("staff")),
                  QJsonObject{{QStringLiteral("userCode"), userCode},
                              {QStringLiteral("approve"), approve}})
        .status;
}

DeviceFlowResult signIn(DeviceFlow &flow, TestBackend &backend, bool approve,
                        const std::function<void(const QString &)> &beforePoll)
{
    // codeReady is emitted before the first poll is scheduled, so deciding here (a nested event
    // loop) always happens before the client's first poll.
    QMetaObject::Connection c =
        QObject::connect(&flow, &DeviceFlow::codeReady, &flow, [&](const QString &userCode) {
            if (beforePoll)
                beforePoll(userCode);
            else
                QCOMPARE(decide(backend, userCode, approve), 204);
        });
    QSignalSpy finished(&flow, &DeviceFlow::finished);
    flow.start();
    const bool done = QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000);
    QObject::disconnect(c);
    if (!done)
        return DeviceFlowResult{};
    return finished.first().first().value<DeviceFlowResult>();
}

KeychainEntry readKeychain(const QString &service, const QString &key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return KeychainEntry{static_cast<int>(job.error()), job.binaryData()};
}

namespace {
template <typename F> void withServerDb(TestBackend &backend, F &&f)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(backend.process().dataDir() + QStringLiteral("/server.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open())
            f(db);
        else
            qWarning("cannot open the server database");
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec();
}
} // namespace

QVariant serverScalar(TestBackend &backend, const QString &sql, const QVariantList &binds)
{
    QVariant out;
    withServerDb(backend, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (run(q, sql, binds) && q.next())
            out = q.value(0);
    });
    return out;
}

bool serverExec(TestBackend &backend, const QString &sql, const QVariantList &binds)
{
    bool ok = false;
    withServerDb(backend, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        ok = run(q, sql, binds) && q.numRowsAffected() > 0;
    });
    return ok;
}

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

int meStatus(TestBackend &backend, const QString &token)
{
    return backend.get(QStringLiteral("/v1/me"), token).status;
}

QString refreshError(TestBackend &backend, const QString &refreshToken)
{
    const TestReply reply =
        api::postForm(backend, QStringLiteral("/v1/oauth/token"),
                      {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                       {QStringLiteral("refresh_token"), refreshToken}});
    return reply.status == 200 ? QString()
                               : reply.json().value(QLatin1StringView("error")).toString();
}

QString uniqueService()
{
    return QStringLiteral("dispatchable-test-%1")
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

} // namespace authtest
