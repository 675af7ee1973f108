// Strong ETags and If-Match (RFC 9110 §13.1.1): every single-resource GET carries the ETag that
// is also in its body; PUT and DELETE need If-Match (428 without, 412 with a stale one, and the
// 412 body carries the current representation).
#include "ApiTestHelpers.h"
#include "TestBackend.h"

#include <QtTest>

using namespace api;

class TestApiConcurrency : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void getAnswersCarryTheBodyEtag();
    void e911PutNeedsIfMatch();
    void e911PutWithStaleIfMatchIsRefusedWithCurrent();
    void addressPutNeedsCurrentIfMatch();
    void addressDeleteNeedsCurrentIfMatch();

private:
    TestBackend m_backend;
    QString m_staff;
    E911Candidate m_candidate;
};

void TestApiConcurrency::initTestCase()
{
    // A long provisioning delay: nothing moves on its own while these tests compare ETags.
    QVERIFY(m_backend.start({QStringLiteral("--demo"), QStringLiteral("--tenants"),
                             QStringLiteral("3"), QStringLiteral("--dids"), QStringLiteral("300"),
                             QStringLiteral("--provision-delay-ms"), QStringLiteral("600000"),
                             QStringLiteral("--provision-failure-rate"), QStringLiteral("0")}));
    m_staff = m_backend.token(QStringLiteral("staff"));
    const auto candidate = findE911Candidate(m_backend, m_staff);
    QVERIFY(candidate);
    m_candidate = *candidate;
}

void TestApiConcurrency::getAnswersCarryTheBodyEtag()
{
    const QString tenantPath = QStringLiteral("/v1/tenants/") + m_candidate.tenantId;
    for (const QString &path : {tenantPath, didPath(m_candidate.tenantId, m_candidate.number),
                                addressPath(m_candidate.tenantId, m_candidate.addressId)}) {
        const TestReply reply = m_backend.get(path, m_staff);
        QVERIFY2(reply.status == 200, describe(reply));
        const QByteArray etag = reply.header("etag");
        QVERIFY2(!etag.isEmpty(), qPrintable(path));
        // Strong ETag: quoted, no W/ prefix.
        QVERIFY2(etag.startsWith('"') && etag.endsWith('"'), etag.constData());
        QCOMPARE(etag, reply.json().value(QStringLiteral("etag")).toString().toLatin1());
        // Reading again without a change gives the same ETag.
        QCOMPARE(m_backend.get(path, m_staff).header("etag"), etag);
    }
}

void TestApiConcurrency::e911PutNeedsIfMatch()
{
    const TestReply reply = putE911(m_backend, m_staff, m_candidate.tenantId, m_candidate.number,
                                    enableBody(m_candidate.addressId), {}, newIdempotencyKey());
    const QString mismatch = problemMismatch(reply, 428, QStringLiteral("precondition-required"));
    QVERIFY2(mismatch.isEmpty(),
             qPrintable(mismatch + QLatin1Char(' ') + QString::fromUtf8(reply.body)));
    // Nothing happened.
    const TestReply did = m_backend.get(didPath(m_candidate.tenantId, m_candidate.number), m_staff);
    QCOMPARE(did.header("etag"), m_candidate.etag.toLatin1());
    QCOMPARE(billingEventCount(m_backend, m_candidate.number), 0);
}

void TestApiConcurrency::e911PutWithStaleIfMatchIsRefusedWithCurrent()
{
    const QString key = newIdempotencyKey();
    const TestReply stale = putE911(m_backend, m_staff, m_candidate.tenantId, m_candidate.number,
                                    enableBody(m_candidate.addressId), "\"v999999\"", key);
    const QString mismatch = problemMismatch(stale, 412, QStringLiteral("precondition-failed"));
    QVERIFY2(mismatch.isEmpty(),
             qPrintable(mismatch + QLatin1Char(' ') + QString::fromUtf8(stale.body)));
    const QJsonObject current = stale.json().value(QStringLiteral("current")).toObject();
    QCOMPARE(current.value(QStringLiteral("number")).toString(), m_candidate.number);
    QCOMPARE(current.value(QStringLiteral("etag")).toString(), m_candidate.etag);
    QCOMPARE(
        current.value(QStringLiteral("e911")).toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("basic"));
    QCOMPARE(billingEventCount(m_backend, m_candidate.number), 0);

    // A refused write is not remembered under its key: the retry with the current ETag runs.
    const TestReply retry =
        putE911(m_backend, m_staff, m_candidate.tenantId, m_candidate.number,
                enableBody(m_candidate.addressId), m_candidate.etag.toLatin1(), key);
    QVERIFY2(retry.status == 202, describe(retry));
    QVERIFY(retry.header("idempotent-replayed").isEmpty());
    const QByteArray newEtag = retry.header("etag");
    QCOMPARE(newEtag, retry.json().value(QStringLiteral("etag")).toString().toLatin1());
    QVERIFY(newEtag != m_candidate.etag.toLatin1());

    // The ETag we started from is stale now: a second writer holding it gets 412 and the
    // version the first writer made.
    const TestReply lost = putE911(m_backend, m_staff, m_candidate.tenantId, m_candidate.number,
                                   QJsonObject{{QStringLiteral("enabled"), false},
                                               {QStringLiteral("reason"), QStringLiteral("moved")}},
                                   m_candidate.etag.toLatin1(), newIdempotencyKey());
    QVERIFY2(lost.status == 412, describe(lost));
    const QJsonObject now = lost.json().value(QStringLiteral("current")).toObject();
    QCOMPARE(now.value(QStringLiteral("etag")).toString().toLatin1(), newEtag);
    QCOMPARE(now.value(QStringLiteral("e911")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("pending"));
    QCOMPARE(lost.header("etag"), newEtag);
    QCOMPARE(billingEventCount(m_backend, m_candidate.number), 1);
}

void TestApiConcurrency::addressPutNeedsCurrentIfMatch()
{
    const TestReply created = createAddress(m_backend, m_staff, m_candidate.tenantId);
    QVERIFY2(created.status == 201, describe(created));
    const QString id = created.json().value(QStringLiteral("id")).toString();
    const QByteArray etag1 = created.header("etag");
    QCOMPARE(etag1, created.json().value(QStringLiteral("etag")).toString().toLatin1());
    const QString path = addressPath(m_candidate.tenantId, id);

    QJsonObject civic = validCivic();
    civic.insert(QStringLiteral("floor"), QStringLiteral("7"));
    const QJsonObject edit{{QStringLiteral("companyName"), QStringLiteral("Edited")},
                           {QStringLiteral("civic"), civic}};

    const TestReply noIfMatch = m_backend.sendJson("PUT", path, m_staff, edit);
    QString mismatch = problemMismatch(noIfMatch, 428, QStringLiteral("precondition-required"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    const TestReply updated = m_backend.sendJson("PUT", path, m_staff, edit, {{"If-Match", etag1}});
    QVERIFY2(updated.status == 200, describe(updated));
    const QByteArray etag2 = updated.header("etag");
    QVERIFY(etag2 != etag1);
    QCOMPARE(etag2, updated.json().value(QStringLiteral("etag")).toString().toLatin1());
    QCOMPARE(updated.json().value(QStringLiteral("companyName")).toString(),
             QStringLiteral("Edited"));

    // A second editor still holding etag1 must not overwrite the edit.
    const QJsonObject other{{QStringLiteral("companyName"), QStringLiteral("Overwritten")},
                            {QStringLiteral("civic"), validCivic()}};
    const TestReply stale = m_backend.sendJson("PUT", path, m_staff, other, {{"If-Match", etag1}});
    mismatch = problemMismatch(stale, 412, QStringLiteral("precondition-failed"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    const QJsonObject current = stale.json().value(QStringLiteral("current")).toObject();
    QCOMPARE(current.value(QStringLiteral("etag")).toString().toLatin1(), etag2);
    QCOMPARE(current.value(QStringLiteral("companyName")).toString(), QStringLiteral("Edited"));
    QCOMPARE(current.value(QStringLiteral("id")).toString(), id);

    const TestReply after = m_backend.get(path, m_staff);
    QCOMPARE(after.header("etag"), etag2);
    QCOMPARE(after.json().value(QStringLiteral("companyName")).toString(),
             QStringLiteral("Edited"));
}

void TestApiConcurrency::addressDeleteNeedsCurrentIfMatch()
{
    const TestReply created = createAddress(m_backend, m_staff, m_candidate.tenantId);
    QVERIFY2(created.status == 201, describe(created));
    const QString id = created.json().value(QStringLiteral("id")).toString();
    const QByteArray etag1 = created.header("etag");
    const QString path = addressPath(m_candidate.tenantId, id);

    const TestReply noIfMatch = m_backend.request("DELETE", path, m_staff);
    QString mismatch = problemMismatch(noIfMatch, 428, QStringLiteral("precondition-required"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    // Someone edits it; the delete based on the old version is refused.
    const TestReply edited =
        m_backend.sendJson("PUT", path, m_staff,
                           QJsonObject{{QStringLiteral("companyName"), QStringLiteral("Renamed")},
                                       {QStringLiteral("civic"), validCivic()}},
                           {{"If-Match", etag1}});
    QVERIFY2(edited.status == 200, describe(edited));
    const QByteArray etag2 = edited.header("etag");

    const TestReply stale = m_backend.request("DELETE", path, m_staff, {}, {{"If-Match", etag1}});
    mismatch = problemMismatch(stale, 412, QStringLiteral("precondition-failed"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(stale.json()
                 .value(QStringLiteral("current"))
                 .toObject()
                 .value(QStringLiteral("etag"))
                 .toString()
                 .toLatin1(),
             etag2);
    QCOMPARE(m_backend.get(path, m_staff).status, 200);

    const TestReply deleted = m_backend.request("DELETE", path, m_staff, {}, {{"If-Match", etag2}});
    QVERIFY2(deleted.status == 204, describe(deleted));
    QCOMPARE(m_backend.get(path, m_staff).status, 404);

    // An address in use cannot be deleted: 409 with the numbers that use it.
    const TestReply used =
        m_backend.get(addressPath(m_candidate.tenantId, m_candidate.addressId), m_staff);
    QVERIFY2(used.status == 200, describe(used));
    const TestReply inUse =
        m_backend.request("DELETE", addressPath(m_candidate.tenantId, m_candidate.addressId),
                          m_staff, {}, {{"If-Match", used.header("etag")}});
    mismatch = problemMismatch(inUse, 409, QStringLiteral("address-in-use"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QVERIFY(inUse.json()
                .value(QStringLiteral("usedBy"))
                .toArray()
                .contains(QJsonValue(m_candidate.number)));
}

QTEST_GUILESS_MAIN(TestApiConcurrency)
#include "tst_api_concurrency.moc"
