// Idempotency keys and desired-state writes: a billable write runs at most once per key, a replay
// gets the first answer, and no retry (same key, forgotten key, repeated desired state, bulk)
// records a second billing event. Billing events are counted in the server's own database.
#include "ApiTestHelpers.h"
#include "TestBackend.h"

#include <QJsonDocument>
#include <QtTest>

using namespace api;

class TestApiIdempotency : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void enableIsBilledOnceWhateverTheRetry();
    void missingKeyIsRefused();
    void keyThatIsNotAUuidIsRefused_data();
    void keyThatIsNotAUuidIsRefused();
    void keyInFlightIsRefused();
    void bulkReplayBillsOnce();
    void bulkOfMoreThan1000IsRefused();
    void provisioningRegistersTheNumber();
    void provisioningIsAuditedUnderAnEmailAddress();

private:
    QString path(const QString &number) const { return didPath(m_tenantId, number); }

    TestBackend m_backend;
    QString m_staff;
    QString m_tenantId;
    QString m_addressId;
    QString m_number;
};

void TestApiIdempotency::initTestCase()
{
    QVERIFY(m_backend.start({QStringLiteral("--demo"), QStringLiteral("--tenants"),
                             QStringLiteral("3"), QStringLiteral("--dids"), QStringLiteral("1500"),
                             QStringLiteral("--provision-delay-ms"), QStringLiteral("2000"),
                             QStringLiteral("--provision-failure-rate"), QStringLiteral("0")}));
    m_staff = m_backend.token(QStringLiteral("staff"));
    const auto candidate = findE911Candidate(m_backend, m_staff);
    QVERIFY(candidate);
    m_tenantId = candidate->tenantId;
    m_addressId = candidate->addressId;
    m_number = candidate->number;
}

void TestApiIdempotency::enableIsBilledOnceWhateverTheRetry()
{
    const TestReply before = m_backend.get(path(m_number), m_staff);
    QVERIFY2(before.status == 200, describe(before));
    QCOMPARE(before.json()
                 .value(QStringLiteral("e911"))
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("basic"));
    const QByteArray etag0 = before.header("etag");
    QCOMPARE(billingEventCount(m_backend, m_number), 0);

    const QString key = newIdempotencyKey();
    const TestReply first =
        putE911(m_backend, m_staff, m_tenantId, m_number, enableBody(m_addressId), etag0, key);
    QVERIFY2(first.status == 202, describe(first));
    const QJsonObject e911 = first.json().value(QStringLiteral("e911")).toObject();
    QCOMPARE(e911.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(e911.value(QStringLiteral("addressId")).toString(), m_addressId);
    QVERIFY(first.header("idempotent-replayed").isEmpty());
    QCOMPARE(billingEventCount(m_backend, m_number), 1);

    // The same request again (a client that never saw the answer): the first answer, replayed.
    const TestReply replay =
        putE911(m_backend, m_staff, m_tenantId, m_number, enableBody(m_addressId), etag0, key);
    QCOMPARE(replay.status, first.status);
    QCOMPARE(replay.body, first.body);
    QCOMPARE(replay.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(replay.header("etag"), first.header("etag"));
    QCOMPARE(billingEventCount(m_backend, m_number), 1);

    // The same key for another change: 422, nothing done.
    const TestReply reused =
        putE911(m_backend, m_staff, m_tenantId, m_number,
                QJsonObject{{QStringLiteral("enabled"), false},
                            {QStringLiteral("reason"), QStringLiteral("test")}},
                etag0, key);
    QString mismatch = problemMismatch(reused, 422, QStringLiteral("idempotency-key-reused"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    // The same key on another route is reused as well.
    const TestReply otherRoute =
        putE911(m_backend, m_staff, m_tenantId, QStringLiteral("+12065550100"),
                enableBody(m_addressId), etag0, key);
    mismatch = problemMismatch(otherRoute, 422, QStringLiteral("idempotency-key-reused"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    // A retry whose key the server forgot (here: a new key) still holds the old If-Match: 412.
    const TestReply forgotten = putE911(m_backend, m_staff, m_tenantId, m_number,
                                        enableBody(m_addressId), etag0, newIdempotencyKey());
    mismatch = problemMismatch(forgotten, 412, QStringLiteral("precondition-failed"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(billingEventCount(m_backend, m_number), 1);

    // A retry that read the number again finds it in the desired state: 200, nothing billed.
    // (The provisioning worker may move it between the read and the write; then read again.)
    TestReply repeat;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QByteArray fresh = m_backend.get(path(m_number), m_staff).header("etag");
        repeat = putE911(m_backend, m_staff, m_tenantId, m_number, enableBody(m_addressId), fresh,
                         newIdempotencyKey());
        if (repeat.status != 412)
            break;
    }
    QVERIFY2(repeat.status == 200, describe(repeat));
    QVERIFY(repeat.header("idempotent-replayed").isEmpty());
    const QString state = repeat.json()
                              .value(QStringLiteral("e911"))
                              .toObject()
                              .value(QStringLiteral("state"))
                              .toString();
    QVERIFY2(state == QLatin1StringView("pending") || state == QLatin1StringView("registered"),
             qPrintable(state));
    QCOMPARE(billingEventCount(m_backend, m_number), 1);
}

void TestApiIdempotency::missingKeyIsRefused()
{
    const auto candidate = findE911Candidate(m_backend, m_staff, {m_number});
    QVERIFY(candidate);
    const TestReply reply =
        putE911(m_backend, m_staff, candidate->tenantId, candidate->number,
                enableBody(candidate->addressId), candidate->etag.toLatin1(), {});
    QString mismatch = problemMismatch(reply, 428, QStringLiteral("idempotency-key-required"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(billingEventCount(m_backend, candidate->number), 0);
    QCOMPARE(m_backend.get(didPath(candidate->tenantId, candidate->number), m_staff).header("etag"),
             candidate->etag.toLatin1());

    // Bulk and address creation need a key too.
    const TestReply bulk = m_backend.sendJson(
        "POST", QStringLiteral("/v1/tenants/%1/e911-bulk").arg(candidate->tenantId), m_staff,
        QJsonObject{{QStringLiteral("enabled"), true},
                    {QStringLiteral("addressId"), candidate->addressId},
                    {QStringLiteral("numbers"), QJsonArray{candidate->number}}});
    mismatch = problemMismatch(bulk, 428, QStringLiteral("idempotency-key-required"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    const TestReply address =
        m_backend.sendJson("POST", addressPath(candidate->tenantId), m_staff,
                           QJsonObject{{QStringLiteral("civic"), validCivic()}});
    mismatch = problemMismatch(address, 428, QStringLiteral("idempotency-key-required"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(billingEventCount(m_backend, candidate->number), 0);
}

void TestApiIdempotency::keyThatIsNotAUuidIsRefused_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("a counter") << QByteArray("1");
    QTest::newRow("a word") << QByteArray("retry-me");
    QTest::newRow("a UUID in braces") << QByteArray("{3f2b8c1e-9d4a-4e7b-8a51-2c6d0f9e7a13}");
    QTest::newRow("a UUID cut short") << QByteArray("3f2b8c1e-9d4a-4e7b-8a51-2c6d0f9e7a1");
    QTest::newRow("not hex") << QByteArray("3f2b8c1e-9d4a-4e7b-8a51-2c6d0f9e7axx");
    QTest::newRow("too long") << QByteArray(300, 'a');
}

void TestApiIdempotency::keyThatIsNotAUuidIsRefused()
{
    QFETCH(QByteArray, key);
    const auto candidate = findE911Candidate(m_backend, m_staff, {m_number});
    QVERIFY(candidate);
    const TestReply reply = putE911(m_backend, m_staff, candidate->tenantId, candidate->number,
                                    enableBody(candidate->addressId), candidate->etag.toLatin1(),
                                    QString::fromLatin1(key));
    const QString mismatch =
        problemMismatch(reply, 428, QStringLiteral("idempotency-key-required"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(billingEventCount(m_backend, candidate->number), 0);
    // The same change with a UUID goes through.
    const TestReply accepted =
        putE911(m_backend, m_staff, candidate->tenantId, candidate->number,
                enableBody(candidate->addressId), candidate->etag.toLatin1(),
                QStringLiteral("3F2B8C1E-9D4A-4E7B-8A51-") +
                    newIdempotencyKey().right(12)); // upper-case hex is a UUID too
    QVERIFY2(accepted.status == 202, describe(accepted));
}

void TestApiIdempotency::keyInFlightIsRefused()
{
    // Every answer of this server takes 1.5 s, so the first request is still running when the
    // second one with the same key arrives.
    TestBackend slow;
    QVERIFY(slow.start({QStringLiteral("--demo"), QStringLiteral("--tenants"), QStringLiteral("2"),
                        QStringLiteral("--dids"), QStringLiteral("200"),
                        QStringLiteral("--provision-delay-ms"), QStringLiteral("600000"),
                        QStringLiteral("--provision-failure-rate"), QStringLiteral("0"),
                        QStringLiteral("--fault-latency-ms"), QStringLiteral("1500")}));
    const QString staff = slow.token(QStringLiteral("staff"));
    const auto candidate = findE911Candidate(slow, staff);
    QVERIFY(candidate);

    const QString key = newIdempotencyKey();
    const PendingRequest put{
        "PUT",
        didPath(candidate->tenantId, candidate->number) + QStringLiteral("/e911"),
        staff,
        QJsonDocument(enableBody(candidate->addressId)).toJson(QJsonDocument::Compact),
        {{"If-Match", candidate->etag.toLatin1()}, {"Idempotency-Key", key.toLatin1()}}};
    const QList<TestReply> replies = sendConcurrently(slow, {put, put});
    QCOMPARE(replies.size(), 2);
    const int conflicted = replies[0].status == 409 ? 0 : 1;
    const TestReply &inFlight = replies[conflicted];
    const TestReply &done = replies[1 - conflicted];
    QVERIFY2(done.status == 202, describe(done));
    const QString mismatch =
        problemMismatch(inFlight, 409, QStringLiteral("idempotency-key-in-flight"));
    QVERIFY2(mismatch.isEmpty(),
             qPrintable(mismatch + QLatin1Char(' ') + QString::fromUtf8(describe(inFlight))));
    QVERIFY(inFlight.header("retry-after").toInt() >= 1);
    QCOMPARE(billingEventCount(slow, candidate->number), 1);

    // Once the first finished, the same key gets its answer.
    const QList<TestReply> again = sendConcurrently(slow, {put});
    QCOMPARE(again[0].status, 202);
    QCOMPARE(again[0].body, done.body);
    QCOMPARE(again[0].header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(billingEventCount(slow, candidate->number), 1);
}

void TestApiIdempotency::bulkReplayBillsOnce()
{
    QStringList numbers = basicUsNumbers(m_backend, m_tenantId, m_staff);
    numbers.removeAll(m_number);
    QVERIFY2(numbers.size() >= 50, qPrintable(QString::number(numbers.size())));
    numbers = numbers.mid(0, 50);
    const QHash<QString, int> billedBefore = billingEventCounts(m_backend);
    for (const QString &n : numbers)
        QCOMPARE(billedBefore.value(n), 0);

    const QJsonObject body{{QStringLiteral("enabled"), true},
                           {QStringLiteral("addressId"), m_addressId},
                           {QStringLiteral("numbers"), QJsonArray::fromStringList(numbers)}};
    const QString bulkPath = QStringLiteral("/v1/tenants/%1/e911-bulk").arg(m_tenantId);
    const QByteArray key = newIdempotencyKey().toLatin1();
    const TestReply first =
        m_backend.sendJson("POST", bulkPath, m_staff, body, {{"Idempotency-Key", key}});
    QVERIFY2(first.status == 200, describe(first));
    const QJsonArray results = first.json().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 50);
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject r = results[i].toObject();
        QCOMPARE(r.value(QStringLiteral("number")).toString(), numbers[i]);
        QCOMPARE(r.value(QStringLiteral("outcome")).toString(), QStringLiteral("accepted"));
    }

    const TestReply replay =
        m_backend.sendJson("POST", bulkPath, m_staff, body, {{"Idempotency-Key", key}});
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.body, first.body);
    QCOMPARE(replay.header("idempotent-replayed"), QByteArray("true"));

    // A new key for the same desired state: every item is unchanged.
    const TestReply again = m_backend.sendJson(
        "POST", bulkPath, m_staff, body, {{"Idempotency-Key", newIdempotencyKey().toLatin1()}});
    QVERIFY2(again.status == 200, describe(again));
    for (const QJsonValue &r : again.json().value(QStringLiteral("results")).toArray())
        QCOMPARE(r.toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("unchanged"));

    const QHash<QString, int> billed = billingEventCounts(m_backend);
    for (const QString &n : numbers)
        QVERIFY2(billed.value(n) == 1, qPrintable(n));
}

void TestApiIdempotency::bulkOfMoreThan1000IsRefused()
{
    QJsonArray numbers;
    for (int i = 0; i < 1001; ++i)
        numbers.append(QStringLiteral("+1206555%1").arg(i, 4, 10, QLatin1Char('0')));
    const TestReply reply = m_backend.sendJson(
        "POST", QStringLiteral("/v1/tenants/%1/e911-bulk").arg(m_tenantId), m_staff,
        QJsonObject{{QStringLiteral("enabled"), true},
                    {QStringLiteral("addressId"), m_addressId},
                    {QStringLiteral("numbers"), numbers}},
        {{"Idempotency-Key", newIdempotencyKey().toLatin1()}});
    QCOMPARE(reply.status, 422);
    QVERIFY2(problemFields(reply).contains(QStringLiteral("numbers")), reply.body.constData());
    QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
}

void TestApiIdempotency::provisioningRegistersTheNumber()
{
    // The worker moves the pending number to registered after --provision-delay-ms.
    auto state = [this] {
        return m_backend.get(path(m_number), m_staff)
            .json()
            .value(QStringLiteral("e911"))
            .toObject()
            .value(QStringLiteral("state"))
            .toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("registered"), 20000);
    // Registration is not a new activation.
    QCOMPARE(billingEventCount(m_backend, m_number), 1);
}

void TestApiIdempotency::provisioningIsAuditedUnderAnEmailAddress()
{
    // The worker's own audit entry names it by an e-mail address like any other actor.
    const TestReply audit =
        m_backend.get(QStringLiteral("/v1/audit?action=e911.registered&number=%1")
                          .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_number))),
                      m_staff);
    QVERIFY2(audit.status == 200, describe(audit));
    const QJsonArray items = audit.json().value(QStringLiteral("items")).toArray();
    QVERIFY2(!items.isEmpty(), audit.body.constData());
    const QJsonObject actor = items.first().toObject().value(QStringLiteral("actor")).toObject();
    QCOMPARE(actor.value(QStringLiteral("email")).toString(),
             QStringLiteral("provisioning@carrier.example"));
}

QTEST_GUILESS_MAIN(TestApiIdempotency)
#include "tst_api_idempotency.moc"
