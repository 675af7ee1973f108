// Failover behind a load balancer (issue 18): two server instances on one database and HAProxy
// on loopback. The app's core (outbox and sender) enables E911 on 10,000 numbers in ten batches
// through HAProxy; one instance is killed with SIGKILL while it holds a batch. Every number
// ends registered and billed exactly once, the numbers left pending by the killed instance are
// settled by the other well within the lease bound, and a delta sync through HAProxy from a
// token taken before the bulk sees every number. Runs on PostgreSQL only (tst_failover_pg).
#include "ApiTestHelpers.h"
#include "HaproxyBalancer.h"
#include "TestBackend.h"
#include "api/HttpClient.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"
#include "sync/OutboxSender.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include <algorithm>

namespace {

// Under QTRY_*, a failed wait goes on twice as long to report how late it would have passed:
// three times this stays under ctest's 300 s.
constexpr int timeoutMs = 90000;
constexpr int bulkSize = 10000;
// How long a dead or hung instance can keep work from the others: PostgreSQL ends the session of
// a killed one at once and of a hung one after idle_in_transaction_session_timeout (30 s);
// SQLite's lock dies with the process.
constexpr int leaseBoundMs = 30000;

// Registrations stay pending 2 s, so that the killed instance leaves some unsettled.
QStringList serverArguments()
{
    return {QStringLiteral("--demo"), QStringLiteral("--tenants"),
            QStringLiteral("1"),      QStringLiteral("--dids"),
            QStringLiteral("60000"),  QStringLiteral("--provision-delay-ms"),
            QStringLiteral("2000"),   QStringLiteral("--provision-failure-rate"),
            QStringLiteral("0")};
}

// A GET through the app's own HTTP client (retries, certificate pin), waited for.
HttpResult getThrough(HttpClient &http, const QString &path, const QUrlQuery &query = {})
{
    HttpResult out;
    bool done = false;
    QObject context;
    http.get(path, query, &context, [&](const HttpResult &result) {
        out = result;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 60000))
        qWarning("no answer to GET %s within a minute", qPrintable(path));
    return out;
}

// The same, asked again while the answer is 503 (HAProxy with no instance up, or an instance
// whose database is busy), up to a minute: a busy moment under load, which the app's sync
// also waits out, is not what this test is about.
HttpResult getWaitingOutBusy(HttpClient &http, const QString &path, const QUrlQuery &query = {})
{
    QElapsedTimer waited;
    waited.start();
    HttpResult out = getThrough(http, path, query);
    while (out.status == 503 && waited.elapsed() < 60000) {
        qInfo("GET %s answered 503; asking again", qPrintable(path));
        QTest::qWait(1000);
        out = getThrough(http, path, query);
    }
    return out;
}

// QVERIFY2 builds its message even when the check passes.
QString errorOf(const HttpResult &result)
{
    return result.error ? result.error->message : QString();
}

bool anyClaimInFlight(TestBackend &backend)
{
    return !api::countsInServerDatabase(
                backend, QStringLiteral("SELECT key, 1 FROM idempotency WHERE state = 'in_flight'"))
                .isEmpty();
}

} // namespace

class TestFailover : public QObject
{
    Q_OBJECT
private slots:
    void killingAnInstanceMidBulkLosesAndRepeatsNothing();
};

void TestFailover::killingAnInstanceMidBulkLosesAndRepeatsNothing()
{
    // The first instance holds every request 1.5 s, so that it is killed holding one; the
    // second answers at once.
    TestBackend first;
    TestBackend second;
    QVERIFY2(first.start(serverArguments() +
                         QStringList{QStringLiteral("--fault-latency-ms"), QStringLiteral("1500")}),
             qPrintable(first.process().diagnostics()));
    QVERIFY2(second.startBeside(first, serverArguments()),
             qPrintable(second.process().diagnostics()));
    HaproxyBalancer balancer;
    QString error;
    QVERIFY2(balancer.start({{QStringLiteral("first"), first.process().baseUrl()},
                             {QStringLiteral("second"), second.process().baseUrl()}},
                            first.process().certificateDir(), &error),
             qPrintable(error));

    const QString staff = second.token(QStringLiteral("staff"));
    const QString tenantId = api::tenantIds(second, staff).constFirst();
    const QStringList basic = api::basicUsNumbers(second, tenantId, staff);
    QVERIFY2(basic.size() >= bulkSize, QByteArray::number(basic.size()));
    const QStringList numbers = basic.mid(0, bulkSize);
    const auto address = api::validUsAddress(second, tenantId, staff);
    QVERIFY(address);

    HttpClient http;
    http.setBaseUrl(balancer.baseUrl());
    http.setPinnedFingerprint(first.process().certificateFingerprint()); // HAProxy's
    http.setBearerToken(staff);
    const HttpResult now = getWaitingOutBusy(http, QStringLiteral("/v1/changes"));
    QVERIFY2(now.ok(), qPrintable(errorOf(now)));
    const QString since = now.json.object().value(u"nextToken").toString();

    QTemporaryDir dir;
    Outbox outbox;
    QVERIFY2(outbox.open(dir.filePath(QStringLiteral("cache.sqlite")), &error), qPrintable(error));
    const QList<qint64> ids = outbox.enqueue(
        outbox::e911Bulk(tenantId, true, numbers, address->value(u"id").toString(), {}), &error);
    QCOMPARE(ids.size(), bulkSize / 1000);
    OutboxSender sender(outbox, http);
    sender.setOfflineBackoff(300, 2000);
    sender.setFollowInterval(500);
    sender.start();

    const QSet<QString> ours(numbers.cbegin(), numbers.cend());
    const QString pendingSql =
        QStringLiteral("SELECT number, 1 FROM dids WHERE e911_state = 'pending'");
    const auto oursPending = [&] {
        QSet<QString> pending;
        for (const QString &number : api::countsInServerDatabase(first, pendingSql).keys())
            if (ours.contains(number))
                pending.insert(number);
        return pending;
    };
    // Once a batch is through, and its numbers still pending, kill the first instance while
    // it holds another batch.
    QSet<QString> leftByTheDead;
    const auto pendingAndOneHeld = [&] {
        if (outbox.entry(ids.at(0))->state != OutboxState::Done || !anyClaimInFlight(first))
            return false;
        leftByTheDead = oursPending();
        return !leftByTheDead.isEmpty();
    };
    if (!QTest::qWaitFor(pendingAndOneHeld, timeoutMs)) {
        qWarning("haproxy:\n%s\nfirst:\n%s\nsecond:\n%s", qPrintable(balancer.log()),
                 qPrintable(first.process().diagnostics().right(4000)),
                 qPrintable(second.process().diagnostics().right(4000)));
        QFAIL("no batch held by the first instance while numbers were pending");
    }
    first.process().kill();
    QElapsedTimer sinceKill;
    sinceKill.start();
    qInfo("killed the first instance; %lld of the numbers pending",
          qlonglong(leftByTheDead.size()));
    QTRY_COMPARE_WITH_TIMEOUT(balancer.instancesUp(), QStringList{QStringLiteral("second")}, 20000);

    // What the dead instance left pending is settled by the survivor within the lease bound.
    const auto leftSettled = [&] { return !oursPending().intersects(leftByTheDead); };
    QTRY_VERIFY_WITH_TIMEOUT(leftSettled(), timeoutMs);
    qInfo("numbers left pending settled %lld ms after the kill", sinceKill.elapsed());
    QVERIFY2(sinceKill.elapsed() < leaseBoundMs, QByteArray::number(sinceKill.elapsed()));

    // The batch the dead instance held is retried (the same key) and applied once.
    for (const qint64 id : ids)
        QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(id)->state, OutboxState::Done, timeoutMs);
    QVERIFY(std::any_of(ids.cbegin(), ids.cend(),
                        [&outbox](qint64 id) { return outbox.entry(id)->attempts >= 2; }));

    // Registered and billed once each; the dead instance's pending numbers too.
    const QString registered = QStringLiteral(
        "SELECT target, COUNT(*) FROM audit_log WHERE action = 'e911.registered' GROUP BY target");
    const auto allRegistered = [&] {
        const QHash<QString, int> counts = api::countsInServerDatabase(first, registered);
        return std::all_of(numbers.cbegin(), numbers.cend(),
                           [&counts](const QString &n) { return counts.contains(n); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allRegistered(), timeoutMs);
    // Read through the first's handle on the database, which outlives its process.
    const QHash<QString, int> settled = api::countsInServerDatabase(first, registered);
    const QHash<QString, int> billed = api::billingEventCounts(first);
    for (const QString &number : numbers) {
        QVERIFY2(settled.value(number) == 1, qPrintable(number));
        QVERIFY2(billed.value(number) == 1, qPrintable(number));
    }

    // Delta sync through HAProxy, from before the bulk: every number, none missed.
    QSet<QString> changed;
    QString token = since;
    for (bool more = true; more;) {
        const HttpResult page =
            getWaitingOutBusy(http, QStringLiteral("/v1/changes"),
                              QUrlQuery{{QStringLiteral("since"), token},
                                        {QStringLiteral("limit"), QStringLiteral("1000")}});
        QVERIFY2(page.ok(), qPrintable(errorOf(page)));
        const QJsonObject body = page.json.object();
        for (const QJsonValue &change : body.value(u"changes").toArray())
            changed.insert(change.toObject().value(u"id").toString());
        token = body.value(u"nextToken").toString();
        more = body.value(u"hasMore").toBool();
    }
    for (const QString &number : numbers)
        QVERIFY2(changed.contains(number), qPrintable(number));
}

QTEST_GUILESS_MAIN(TestFailover)
#include "tst_failover.moc"
