// A bulk E911 enable of 3,000 numbers (three batches of 1,000) rides out a server killed with
// SIGKILL while a batch is in flight and restarted on the same port, data and certificate: every
// number ends up enabled, and the server's billing ledger has exactly one row per number.
#include "ApiTestHelpers.h"
#include "TestBackend.h"
#include "api/HttpClient.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"
#include "sync/OutboxSender.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr int timeoutMs = 30000;
constexpr int bulkSize = 3000;

// Work on a read-only connection to the server's database (as ApiTestHelpers does).
template <typename Work> void readServerDatabase(TestBackend &backend, Work work)
{
    const QString name = QStringLiteral("outbox-restart-server-readonly");
    {
        QSqlDatabase db = backend.openDatabase(name);
        if (db.isOpen())
            work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool serverHoldsInFlight(TestBackend &backend, const QString &key)
{
    bool inFlight = false;
    readServerDatabase(backend, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT state FROM idempotency WHERE key = ?"));
        q.addBindValue(key);
        inFlight = q.exec() && q.next() && q.value(0).toString() == QLatin1StringView("in_flight");
    });
    return inFlight;
}

int totalBillingEvents(TestBackend &backend)
{
    int total = -1;
    readServerDatabase(backend, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM billing_events")) && q.next())
            total = q.value(0).toInt();
    });
    return total;
}

} // namespace

class TestOutboxServerRestart : public QObject
{
    Q_OBJECT

private slots:
    void serverKilledMidBulkEnableEndsWithEveryNumberEnabledOnce()
    {
        TestBackend backend;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList demo{QStringLiteral("--demo"), QStringLiteral("--tenants"),
                               QStringLiteral("1"),      QStringLiteral("--dids"),
                               QStringLiteral("20000"),  QStringLiteral("--provision-delay-ms"),
                               QStringLiteral("200"),    QStringLiteral("--provision-failure-rate"),
                               QStringLiteral("0")};
        QVERIFY2(backend.start(demo), qPrintable(backend.process().diagnostics()));
        const QString staff = backend.token(QStringLiteral("staff"));
        const QStringList tenants = api::tenantIds(backend, staff);
        QCOMPARE(tenants.size(), 1);
        const QString tenantId = tenants.constFirst();
        const QStringList basic = api::basicUsNumbers(backend, tenantId, staff);
        QVERIFY2(basic.size() >= bulkSize, QByteArray::number(basic.size()));
        const QStringList numbers = basic.mid(0, bulkSize);
        const auto address = api::validUsAddress(backend, tenantId, staff);
        QVERIFY(address);
        const QString addressId = address->value(QStringLiteral("id")).toString();
        const int billedBefore = totalBillingEvents(backend);
        QVERIFY(billedBefore >= 0);
        const QHash<QString, int> countsBefore = api::billingEventCounts(backend);
        for (const QString &n : numbers)
            QCOMPARE(countsBefore.value(n), 0);

        // Same server again (port, data, certificate), now holding every request 1.5 s.
        const quint16 port = backend.process().port();
        backend.process().stop();
        backend.process().setPort(port);
        QVERIFY2(backend.start(demo + QStringList{QStringLiteral("--fault-latency-ms"),
                                                  QStringLiteral("1500")}),
                 qPrintable(backend.process().diagnostics()));

        Outbox outbox;
        QString error;
        QVERIFY2(outbox.open(dir.filePath(QStringLiteral("cache.sqlite")), &error),
                 qPrintable(error));
        const QList<qint64> ids =
            outbox.enqueue(outbox::e911Bulk(tenantId, true, numbers, addressId, {}), &error);
        QCOMPARE(ids.size(), 3);
        for (const qint64 id : ids)
            QCOMPARE(outbox::bulkNumbers(outbox.entry(id)->body).size(), 1000);

        HttpClient http;
        http.setBaseUrl(backend.process().baseUrl());
        http.setPinnedFingerprint(backend.process().certificateFingerprint());
        http.setBearerToken(staff);
        OutboxSender sender(outbox, http);
        sender.setOfflineBackoff(300, 2000);
        sender.setFollowInterval(300);
        sender.start();

        // Kill the server while it holds the second batch: the first is done, the third queued.
        QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(ids.at(0))->state, OutboxState::Done, timeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(ids.at(1))->state, OutboxState::Sending, timeoutMs);
        const QString key = outbox.entry(ids.at(1))->idempotencyKey;
        QTRY_VERIFY_WITH_TIMEOUT(serverHoldsInFlight(backend, key), timeoutMs);
        backend.process().kill();
        QCOMPARE(outbox.entry(ids.at(2))->state, OutboxState::Queued);
        // While it is down the batch stays in the outbox, never failed.
        QTRY_VERIFY_WITH_TIMEOUT(!outbox.entry(ids.at(1))->lastError.isEmpty(), timeoutMs);
        QVERIFY(outbox.entry(ids.at(1))->state != OutboxState::Failed);

        backend.process().setPort(port);
        QVERIFY2(backend.start(demo), qPrintable(backend.process().diagnostics()));

        for (const qint64 id : ids)
            QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(id)->state, OutboxState::Done, timeoutMs);
        QCOMPARE(outbox.entry(ids.at(1))->idempotencyKey, key);
        QVERIFY(outbox.entry(ids.at(1))->attempts >= 2);
        for (const qint64 id : ids) {
            const QJsonArray results = QJsonDocument::fromJson(outbox.entry(id)->responseBody)
                                           .object()
                                           .value(QStringLiteral("results"))
                                           .toArray();
            QCOMPARE(results.size(), 1000);
        }

        // Every number enabled, each billed exactly once, nothing else billed.
        const QHash<QString, int> counts = api::billingEventCounts(backend);
        for (const QString &n : numbers)
            QCOMPARE(counts.value(n), 1);
        QCOMPARE(totalBillingEvents(backend), billedBefore + bulkSize);
        QSet<QString> enabled;
        for (const char *state : {"pending", "registered"}) {
            const QJsonArray dids = api::listAll(backend,
                                                 QStringLiteral("/v1/tenants/%1/dids?e911State=%2")
                                                     .arg(tenantId, QLatin1StringView(state)),
                                                 staff);
            for (const QJsonValue &d : dids)
                enabled.insert(d.toObject().value(QStringLiteral("number")).toString());
        }
        for (const QString &n : numbers)
            QVERIFY2(enabled.contains(n), qPrintable(n));

        // And the outbox followed the batches until their provisioning was final.
        for (const qint64 id : ids)
            QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(id)->follow, OutboxFollow::Settled, timeoutMs);
        QCOMPARE(outbox.entry(ids.at(0))->finalState, QStringLiteral("1000 registered, 0 failed"));
    }
};

QTEST_GUILESS_MAIN(TestOutboxServerRestart)
#include "tst_outbox_server_restart.moc"
