// Two instances of the server on one database (issue 18), as behind a load balancer: a billable
// write sent to both at once, or replayed on the other instance, is applied and billed once;
// numbers enabled through both are settled once each although both provisioning workers run;
// and a delta token from one instance reads every change through the other. On SQLite the two
// share the file; the _pg run puts them on one PostgreSQL database.
#include "ApiTestHelpers.h"
#include "TestBackend.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

#include <algorithm>

using namespace api;

namespace {

QStringList serverArguments()
{
    return {QStringLiteral("--demo"), QStringLiteral("--tenants"),
            QStringLiteral("3"),      QStringLiteral("--dids"),
            QStringLiteral("1500"),   QStringLiteral("--provision-delay-ms"),
            QStringLiteral("300"),    QStringLiteral("--provision-failure-rate"),
            QStringLiteral("0")};
}

QByteArray bulkBody(const QString &addressId, const QStringList &numbers)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("enabled"), true},
                           {QStringLiteral("addressId"), addressId},
                           {QStringLiteral("numbers"), QJsonArray::fromStringList(numbers)}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestServerInstances : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aWriteReplayedOnTheOtherInstanceIsAppliedOnce();
    void numbersEnabledThroughBothAreSettledAndBilledOnce();

private:
    // Audit entries of `action` per number, read from the shared database.
    QHash<QString, int> auditCounts(const QString &action);

    TestBackend m_first;
    TestBackend m_second;
    QString m_staff;
};

void TestServerInstances::initTestCase()
{
    QVERIFY(m_first.start(serverArguments()));
    QVERIFY2(m_second.startBeside(m_first, serverArguments()),
             qPrintable(m_second.process().diagnostics()));
    m_staff = m_first.token(QStringLiteral("staff"));
    // Tokens live in the database: the second instance knows the first's.
    QCOMPARE(m_second.token(QStringLiteral("staff")), m_staff);
    QCOMPARE(m_second.get(QStringLiteral("/v1/tenants"), m_staff).status, 200);
}

void TestServerInstances::aWriteReplayedOnTheOtherInstanceIsAppliedOnce()
{
    const auto candidate = findE911Candidate(m_first, m_staff);
    QVERIFY(candidate);
    const QString key = newIdempotencyKey();
    const QString path = didPath(candidate->tenantId, candidate->number) + u"/e911";
    const QByteArray body = QJsonDocument(enableBody(candidate->addressId)).toJson();
    const HeaderList headers{{"Idempotency-Key", key.toUtf8()},
                             {"If-Match", candidate->etag.toUtf8()}};
    // The same request to both at once, as a client retrying through the balancer might.
    const QList<TestReply> answers =
        sendConcurrently(m_first, {{"PUT", path, m_staff, body, headers, &m_first},
                                   {"PUT", path, m_staff, body, headers, &m_second}});
    QVERIFY2(answers.at(0).status == 202, describe(answers.at(0)));
    QVERIFY2(answers.at(1).status == 202, describe(answers.at(1)));
    QCOMPARE(answers.at(0).body, answers.at(1).body);
    const int replayed = int(answers.at(0).header("idempotent-replayed") == "true") +
                         int(answers.at(1).header("idempotent-replayed") == "true");
    QCOMPARE(replayed, 1);
    QCOMPARE(billingEventCount(m_first, candidate->number), 1);
    // Later, on the other instance again: the first answer.
    const TestReply late = m_second.request("PUT", path, m_staff, body, headers);
    QCOMPARE(late.status, 202);
    QCOMPARE(late.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(billingEventCount(m_first, candidate->number), 1);
}

void TestServerInstances::numbersEnabledThroughBothAreSettledAndBilledOnce()
{
    const QString since =
        m_second.get(QStringLiteral("/v1/changes"), m_staff).json().value(u"nextToken").toString();
    QVERIFY(!since.isEmpty());
    const auto candidate = findE911Candidate(m_first, m_staff);
    QVERIFY(candidate);
    const QString tenantId = candidate->tenantId;
    const QStringList numbers = basicUsNumbers(m_first, tenantId, m_staff).mid(0, 80);
    QVERIFY2(numbers.size() >= 40, qPrintable(QString::number(numbers.size())));
    const qsizetype partSize = numbers.size() / 4;

    // Four bulk requests, two per instance, each sent to the other instance too with its key.
    const QString bulkPath = QStringLiteral("/v1/tenants/%1/e911-bulk").arg(tenantId);
    QList<PendingRequest> requests;
    for (int part = 0; part < 4; ++part) {
        const QByteArray body =
            bulkBody(candidate->addressId,
                     part < 3 ? numbers.mid(part * partSize, partSize) : numbers.mid(3 * partSize));
        const HeaderList headers{{"Idempotency-Key", newIdempotencyKey().toUtf8()}};
        TestBackend *one = part % 2 ? &m_second : &m_first;
        TestBackend *other = part % 2 ? &m_first : &m_second;
        requests.append({"POST", bulkPath, m_staff, body, headers, one});
        requests.append({"POST", bulkPath, m_staff, body, headers, other});
    }
    const QList<TestReply> answers = sendConcurrently(m_first, requests);
    for (qsizetype i = 0; i < answers.size(); i += 2) {
        QVERIFY2(answers.at(i).status == 200, describe(answers.at(i)));
        QCOMPARE(answers.at(i + 1).status, 200);
        QCOMPARE(answers.at(i + 1).body, answers.at(i).body);
    }

    // Both workers run; every number ends registered, by one of them.
    const auto allRegistered = [&] {
        const QHash<QString, int> counts = auditCounts(QStringLiteral("e911.registered"));
        return std::all_of(numbers.cbegin(), numbers.cend(),
                           [&counts](const QString &number) { return counts.contains(number); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allRegistered(), 30000);
    QTest::qWait(1000); // a second settling of any number would show by now
    const QHash<QString, int> registered = auditCounts(QStringLiteral("e911.registered"));
    const QHash<QString, int> billed = billingEventCounts(m_first);
    for (const QString &number : numbers) {
        QVERIFY2(registered.value(number) == 1, qPrintable(number));
        QVERIFY2(billed.value(number) == 1, qPrintable(number));
        const TestReply did = m_second.get(didPath(tenantId, number), m_staff);
        QCOMPARE(did.json().value(u"e911").toObject().value(u"state").toString(),
                 QStringLiteral("registered"));
    }

    // The token from the second instance, read through the first: every number's change, in
    // pages, none missed.
    QSet<QString> changed;
    QString token = since;
    for (bool more = true; more;) {
        const TestReply page =
            m_first.get(QStringLiteral("/v1/changes?since=%1&limit=50").arg(token), m_staff);
        QVERIFY2(page.status == 200, describe(page));
        for (const QJsonValue &change : page.json().value(u"changes").toArray())
            changed.insert(change.toObject().value(u"kind").toString() + u':' +
                           change.toObject().value(u"id").toString());
        token = page.json().value(u"nextToken").toString();
        more = page.json().value(u"hasMore").toBool();
    }
    for (const QString &number : numbers)
        QVERIFY2(changed.contains(QStringLiteral("did:") + number), qPrintable(number));
}

QHash<QString, int> TestServerInstances::auditCounts(const QString &action)
{
    QHash<QString, int> counts;
    const QString name = QStringLiteral("audit");
    {
        QSqlDatabase db = m_first.openDatabase(name);
        {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT target, COUNT(*) FROM audit_log WHERE action = ?"
                                     " GROUP BY target"));
            q.addBindValue(action);
            if (q.exec())
                while (q.next())
                    counts.insert(q.value(0).toString(), q.value(1).toInt());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return counts;
}

QTEST_GUILESS_MAIN(TestServerInstances)
#include "tst_server_instances.moc"
