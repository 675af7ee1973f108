// No silent failure: every write route, with its Nth database write failing for N = 1, 2, …
// until the request makes no more writes, answers 503 problem+json with a fresh correlation id
// (in the body and X-Correlation-Id, and in the server's log beside the SQL error) and leaves
// every table exactly as it was. The same request without the fault then applies once; a keyed
// one replayed after that is not applied again. The fault comes from the server's seam:
// --fail-db-write 0 lets a request send Dispatchable-Fail-Db-Write: N.
#include "ApiTestHelpers.h"
#include "LisApiFixture.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QtTest>

using namespace api;
using namespace lis_api;

namespace {

// One request of a write route, sent again unchanged for every injected fault.
struct WriteRequest
{
    QByteArray method;
    QString path;
    QByteArray body;
    HeaderList headers; // Idempotency-Key, If-Match, Content-Type
    int success = 200;
};

HeaderList keyed(HeaderList headers = {})
{
    headers.append({"Idempotency-Key", newIdempotencyKey().toLatin1()});
    return headers;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestApiWriteFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void e911SwitchBillsNothingUnlessItAllLands();
    void bulkE911();
    void addressCreateUpdateDelete();
    void addressValidationWritesNothing();
    void placeCreateUpdateDelete();
    void networkElementCreate();
    void emergencyPolicyUpdate();
    void acknowledgement();
    void apiTokenCreateAndRevoke();
    void deviceAuthorization();
    void faultArmedByAReadIsDisarmedAfterIt();

private:
    // Every table, every row, in a stable order, read through a separate connection.
    QStringList dump();
    // Sends `w` with its Nth write failing, for every N the request reaches, then without a
    // fault; returns the successful answer.
    TestReply expectAtomicUnderEveryFault(const WriteRequest &w);
    TestReply send(const WriteRequest &w, int failAt = 0);
    QString etagOf(const QString &path);

    LisApiFixture m_f;
    QSqlDatabase m_db;
};

void TestApiWriteFaults::initTestCase()
{
    // A provisioning delay of an hour: the worker changes nothing between two dumps.
    QVERIFY(m_f.start({QStringLiteral("--demo"), QStringLiteral("--tenants"), QStringLiteral("4"),
                       QStringLiteral("--dids"), QStringLiteral("400"),
                       QStringLiteral("--provision-delay-ms"), QStringLiteral("3600000"),
                       QStringLiteral("--fail-db-write"), QStringLiteral("0")}));
    m_db = m_f.backend().openDatabase(QStringLiteral("dump"));
    QVERIFY(m_db.isOpen());
}

QStringList TestApiWriteFaults::dump()
{
    QStringList rows;
    QStringList names = m_db.tables(QSql::Tables);
    if (names.isEmpty())
        return {QStringLiteral("cannot list tables")};
    names.sort();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            return {QStringLiteral("cannot read %1").arg(table)};
        // Once per table: QPSQL's record() looks each column's table up in the catalogue.
        const int columns = q.record().count();
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < columns; ++i)
                fields.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows.append(table + QLatin1Char('|') + fields.join(QLatin1Char('|')));
        }
    }
    rows.sort(); // PostgreSQL has no rowid order; the set of rows is what must not change
    return rows;
}

TestReply TestApiWriteFaults::send(const WriteRequest &w, int failAt)
{
    HeaderList headers = w.headers;
    if (failAt > 0)
        headers.append({"Dispatchable-Fail-Db-Write", QByteArray::number(failAt)});
    return m_f.backend().request(w.method, w.path, m_f.staff(), w.body, headers);
}

QString TestApiWriteFaults::etagOf(const QString &path)
{
    return QString::fromLatin1(m_f.backend().get(path, m_f.staff()).header("etag"));
}

TestReply TestApiWriteFaults::expectAtomicUnderEveryFault(const WriteRequest &w)
{
    const QStringList before = dump();
    QSet<QByteArray> correlationIds;
    for (int n = 1; n <= 100; ++n) {
        const TestReply reply = send(w, n);
        if (reply.status != 503) {
            // N is past the request's last write: it ran without a fault.
            if (reply.status != w.success || n == 1) // n == 1: it made no write at all
                QTest::qFail(qPrintable(QStringLiteral("write %1: %2")
                                            .arg(n)
                                            .arg(QString::fromUtf8(describe(reply)))),
                             __FILE__, __LINE__);
            return reply;
        }
        const QString where = QStringLiteral("%1 %2, write %3")
                                  .arg(QString::fromLatin1(w.method), w.path, QString::number(n));
        if (!problemMismatch(reply, 503, QStringLiteral("unavailable")).isEmpty()) {
            QTest::qFail(
                qPrintable(where + QStringLiteral(": ") + QString::fromUtf8(describe(reply))),
                __FILE__, __LINE__);
            return {};
        }
        const QByteArray id = reply.header("x-correlation-id");
        const bool named = !id.isEmpty() &&
                           reply.json().value(QStringLiteral("correlationId")).toString() ==
                               QString::fromLatin1(id) &&
                           !correlationIds.contains(id);
        correlationIds.insert(id);
        const bool noSql = !reply.body.contains("INSERT") && !reply.body.contains("UPDATE") &&
                           !reply.body.contains("injected");
        const bool unchanged = dump() == before;
        if (!named || !noSql || !unchanged) {
            QTest::qFail(qPrintable(where + (named ? QString() : QStringLiteral(": correlation")) +
                                    (noSql ? QString() : QStringLiteral(": SQL shown")) +
                                    (unchanged ? QString() : QStringLiteral(": database changed"))),
                         __FILE__, __LINE__);
            return {};
        }
        // The server's log has the id beside the SQL error text.
        const auto logged = [&] {
            const QString log = m_f.backend().process().diagnostics();
            const qsizetype at = log.indexOf(QString::fromLatin1(id));
            return at >= 0 && log.indexOf(QStringLiteral("injected fault"), at) > at;
        };
        if (!QTest::qWaitFor(logged, 5000)) {
            QTest::qFail(qPrintable(where + QStringLiteral(": not in the server log")), __FILE__,
                         __LINE__);
            return {};
        }
    }
    QTest::qFail("the request never got past its writes", __FILE__, __LINE__);
    return {};
}

void TestApiWriteFaults::e911SwitchBillsNothingUnlessItAllLands()
{
    const auto candidate = findE911Candidate(m_f.backend(), m_f.staff());
    QVERIFY(candidate);
    const WriteRequest w{
        "PUT", didPath(candidate->tenantId, candidate->number) + QStringLiteral("/e911"),
        json(enableBody(candidate->addressId)),
        keyed({{"If-Match", candidate->etag.toLatin1()}, {"Content-Type", "application/json"}}),
        202};
    const TestReply applied = expectAtomicUnderEveryFault(w);
    QVERIFY2(applied.status == 202, describe(applied));
    QCOMPARE(billingEventCount(m_f.backend(), candidate->number), 1);
    const QStringList after = dump();
    const TestReply replay = send(w);
    QCOMPARE(replay.status, 202);
    QCOMPARE(replay.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(dump(), after);
}

void TestApiWriteFaults::bulkE911()
{
    const auto candidate = findE911Candidate(m_f.backend(), m_f.staff());
    QVERIFY(candidate);
    QJsonObject body = enableBody(candidate->addressId);
    body.insert(QStringLiteral("numbers"), QJsonArray{candidate->number});
    const WriteRequest w{"POST",
                         QStringLiteral("/v1/tenants/%1/e911-bulk").arg(candidate->tenantId),
                         json(body), keyed({{"Content-Type", "application/json"}}), 200};
    QVERIFY2(expectAtomicUnderEveryFault(w).status == 200, "bulk");
    QCOMPARE(billingEventCount(m_f.backend(), candidate->number), 1);
    const QStringList after = dump();
    QCOMPARE(send(w).header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(dump(), after);
}

void TestApiWriteFaults::addressCreateUpdateDelete()
{
    const HeaderList asJson{{"Content-Type", "application/json"}};
    const QString list = m_f.path(QStringLiteral("addresses"));
    const WriteRequest create{"POST", list,
                              json(QJsonObject{{QStringLiteral("civic"), validCivic()}}),
                              keyed(asJson), 201};
    const TestReply created = expectAtomicUnderEveryFault(create);
    QVERIFY2(created.status == 201, describe(created));
    const QStringList after = dump();
    QCOMPARE(send(create).header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(dump(), after);

    const QString one = list + QLatin1Char('/') + str(created.json(), "id");
    QJsonObject civic = validCivic();
    civic.insert(QStringLiteral("floor"), QStringLiteral("4"));
    const WriteRequest update{"PUT", one, json(QJsonObject{{QStringLiteral("civic"), civic}}),
                              HeaderList{asJson.first(), {"If-Match", etagOf(one).toLatin1()}},
                              200};
    QVERIFY(expectAtomicUnderEveryFault(update).status == 200);

    const WriteRequest remove{"DELETE", one, {}, {{"If-Match", etagOf(one).toLatin1()}}, 204};
    QVERIFY(expectAtomicUnderEveryFault(remove).status == 204);
    QCOMPARE(m_f.backend().get(one, m_f.staff()).status, 404);
}

void TestApiWriteFaults::addressValidationWritesNothing()
{
    const WriteRequest w{"POST",
                         QStringLiteral("/v1/address-validations"),
                         json(QJsonObject{{QStringLiteral("civic"), validCivic()}}),
                         {{"Content-Type", "application/json"}},
                         200};
    const QStringList before = dump();
    QCOMPARE(send(w, 1).status, 200);
    QCOMPARE(dump(), before);
}

void TestApiWriteFaults::placeCreateUpdateDelete()
{
    const HeaderList asJson{{"Content-Type", "application/json"}};
    const WriteRequest create{
        "POST", m_f.path(QStringLiteral("places")),
        json(obj({{"addressId", m_f.addressId()}, {"building", QStringLiteral("Annex")}})),
        keyed(asJson), 201};
    const TestReply created = expectAtomicUnderEveryFault(create);
    QVERIFY2(created.status == 201, describe(created));
    const QString one = m_f.path(QStringLiteral("places/") + str(created.json(), "id"));
    const WriteRequest update{
        "PUT", one,
        json(obj({{"addressId", m_f.addressId()}, {"building", QStringLiteral("Annex B")}})),
        HeaderList{asJson.first(), {"If-Match", etagOf(one).toLatin1()}}, 200};
    QVERIFY(expectAtomicUnderEveryFault(update).status == 200);
    const WriteRequest remove{"DELETE", one, {}, {{"If-Match", etagOf(one).toLatin1()}}, 204};
    QVERIFY(expectAtomicUnderEveryFault(remove).status == 204);
}

void TestApiWriteFaults::networkElementCreate()
{
    const WriteRequest create{"POST", m_f.path(QStringLiteral("network-elements")),
                              json(obj({{"kind", QStringLiteral("subnet")},
                                        {"subnet", QStringLiteral("10.77.3.0/24")},
                                        {"placeId", m_f.placeId()}})),
                              keyed({{"Content-Type", "application/json"}}), 201};
    const TestReply created = expectAtomicUnderEveryFault(create);
    QVERIFY2(created.status == 201, describe(created));
    const QString one = m_f.path(QStringLiteral("network-elements/") + str(created.json(), "id"));
    const WriteRequest remove{"DELETE", one, {}, {{"If-Match", etagOf(one).toLatin1()}}, 204};
    QVERIFY(expectAtomicUnderEveryFault(remove).status == 204);
}

void TestApiWriteFaults::emergencyPolicyUpdate()
{
    const QString path = m_f.path(QStringLiteral("emergency-policy"));
    QJsonObject body = obj({{"notificationMode", QStringLiteral("notification_only")},
                            {"notificationDialOutNumber", QStringLiteral("")}});
    body.insert(QStringLiteral("notificationGroup"),
                QJsonArray{QStringLiteral("security@contoso.example")});
    const WriteRequest w{
        "PUT",
        path,
        json(body),
        {{"Content-Type", "application/json"}, {"If-Match", etagOf(path).toLatin1()}},
        200};
    QVERIFY(expectAtomicUnderEveryFault(w).status == 200);
}

void TestApiWriteFaults::acknowledgement()
{
    const QString version = m_f.backend()
                                .get(QStringLiteral("/v1/disclosures/current"), m_f.staff())
                                .json()
                                .value(QStringLiteral("version"))
                                .toString();
    QVERIFY(!version.isEmpty());
    const WriteRequest w{"POST", m_f.path(QStringLiteral("acknowledgements")),
                         json(obj({{"disclosureVersion", version}})),
                         keyed({{"Content-Type", "application/json"}}), 201};
    QVERIFY(expectAtomicUnderEveryFault(w).status == 201);
    const QStringList after = dump();
    QCOMPARE(send(w).header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(dump(), after);
}

void TestApiWriteFaults::apiTokenCreateAndRevoke()
{
    const WriteRequest create{"POST",
                              QStringLiteral("/v1/api-tokens"),
                              json(obj({{"label", QStringLiteral("fault test")}})),
                              {{"Content-Type", "application/json"}},
                              201};
    const TestReply created = expectAtomicUnderEveryFault(create);
    QVERIFY2(created.status == 201, describe(created));
    const WriteRequest revoke{
        "DELETE", QStringLiteral("/v1/api-tokens/") + str(created.json(), "id"), {}, {}, 204};
    QVERIFY(expectAtomicUnderEveryFault(revoke).status == 204);
}

void TestApiWriteFaults::deviceAuthorization()
{
    const WriteRequest start{"POST",
                             QStringLiteral("/v1/oauth/device_authorization"),
                             "client_id=dispatchable",
                             {{"Content-Type", "application/x-www-form-urlencoded"}},
                             200};
    const TestReply started = expectAtomicUnderEveryFault(start);
    QVERIFY2(started.status == 200, describe(started));
    const WriteRequest approve{
        "POST",
        QStringLiteral("/v1/oauth/device/approve"),
        json(QJsonObject{{QStringLiteral("userCode"), str(started.json(), "user_code")},
                         {QStringLiteral("approve"), true}}),
        {{"Content-Type", "application/json"}},
        204};
    QVERIFY(expectAtomicUnderEveryFault(approve).status == 204);
}

void TestApiWriteFaults::faultArmedByAReadIsDisarmedAfterIt()
{
    // The seam fails writes only: a list with the header armed answers its page, and the fault
    // it armed does not outlive the request.
    const TestReply page =
        m_f.backend().request("GET", m_f.path(QStringLiteral("addresses")), m_f.staff(), {},
                              {{"Dispatchable-Fail-Db-Write", "1"}});
    QCOMPARE(page.status, 200);
    QVERIFY(!page.json().value(QStringLiteral("items")).toArray().isEmpty());
    // Disarmed: the next write is not hit by the fault the list armed.
    QCOMPARE(send(WriteRequest{"POST",
                               QStringLiteral("/v1/oauth/device_authorization"),
                               "client_id=dispatchable",
                               {{"Content-Type", "application/x-www-form-urlencoded"}},
                               200})
                 .status,
             200);
}

QTEST_GUILESS_MAIN(TestApiWriteFaults)
#include "tst_api_write_faults.moc"
