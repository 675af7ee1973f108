// 933 test calls and the emergency calling policy over HTTPS (issue 9): the server fills the
// address a call proved from the place or the number, refuses what cannot be a test call,
// filters the log, keeps the proved version when the address changes later; the policy is
// read, replaced with If-Match, validated and audited.
#include "LisApiFixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QtTest>

using namespace api;
using namespace lis_api;

namespace {

QString minutesAgo(int minutes)
{
    return QDateTime::currentDateTimeUtc().addSecs(-60 * minutes).toString(Qt::ISODate);
}

QJsonObject call(std::initializer_list<std::pair<const char *, QString>> where)
{
    QJsonObject o = obj(where);
    o.insert(QStringLiteral("calledBy"), QStringLiteral("Riley Security"));
    o.insert(QStringLiteral("calledAt"), minutesAgo(2));
    o.insert(QStringLiteral("readBack"), QStringLiteral("1 Microsoft Way, Redmond"));
    o.insert(QStringLiteral("result"), QStringLiteral("pass"));
    return o;
}

} // namespace

class TestApiTestCallsAndPolicy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void placeCallRecordsThePlacesAddress();
    void numberCallRecordsTheNumbersE911Address();
    void badTestCallsAreRefused_data();
    void badTestCallsAreRefused();
    void listsFilterByPlaceAndNumber();
    void addressEditLeavesTheProvedVersionBehind();
    void policyIsReadAndReplacedWithIfMatch();
    void badPoliciesAreRefused_data();
    void badPoliciesAreRefused();
    void demoDataHasTestCallsAndPolicies();

private:
    QString addressEtag(const QString &tenant, const QString &addressId);

    LisApiFixture m_f;
    E911Candidate m_candidate;
    QString m_registered; // the candidate's number, registered at the candidate's address
};

QString TestApiTestCallsAndPolicy::addressEtag(const QString &tenant, const QString &addressId)
{
    return str(m_f.backend().get(addressPath(tenant, addressId), m_f.staff()).json(), "etag");
}

void TestApiTestCallsAndPolicy::initTestCase()
{
    QVERIFY(m_f.start({QStringLiteral("--demo"), QStringLiteral("--tenants"), QStringLiteral("5"),
                       QStringLiteral("--dids"), QStringLiteral("400")}));
    const auto candidate = findE911Candidate(m_f.backend(), m_f.staff());
    QVERIFY(candidate);
    m_candidate = *candidate;
    const TestReply on = putE911(m_f.backend(), m_f.staff(), m_candidate.tenantId,
                                 m_candidate.number, enableBody(m_candidate.addressId),
                                 m_candidate.etag.toLatin1(), newIdempotencyKey());
    QVERIFY2(on.status == 202, describe(on));
    m_registered = m_candidate.number;
}

void TestApiTestCallsAndPolicy::placeCallRecordsThePlacesAddress()
{
    const QString since = m_f.changeToken();
    const QJsonObject body = call({{"placeId", m_f.placeId()}});
    QVERIFY(problemMismatch(m_f.backend().sendJson("POST", m_f.path(QStringLiteral("test-calls")),
                                                   m_f.staff(), body),
                            428, QStringLiteral("idempotency-key-required"))
                .isEmpty());
    const TestReply reply = m_f.post(m_f.path(QStringLiteral("test-calls")), body);
    QVERIFY2(reply.status == 201, describe(reply));
    const QJsonObject recorded = reply.json();
    QCOMPARE(str(recorded, "addressId"), m_f.addressId());
    QCOMPARE(str(recorded, "addressEtag"), addressEtag(m_f.tenant(), m_f.addressId()));
    QCOMPARE(str(recorded, "number"), QStringLiteral(""));
    QCOMPARE(str(recorded, "tenantId"), m_f.tenant());
    QCOMPARE(str(recorded.value(QStringLiteral("recordedBy")).toObject(), "email"),
             QStringLiteral("staff@carrier.example"));
    QVERIFY(QDateTime::fromString(str(recorded, "recordedAt"), Qt::ISODateWithMs).isValid());
    QVERIFY(QDateTime::fromString(str(recorded, "calledAt"), Qt::ISODateWithMs).isValid());
    QVERIFY(m_f.auditTargets(QStringLiteral("testcall.record")).contains(str(recorded, "id")));
    const QJsonObject change =
        m_f.changesSince(since).value(QString(QStringLiteral("test_call:") + str(recorded, "id")));
    QCOMPARE(change.value(QStringLiteral("data")).toObject(), recorded);
}

void TestApiTestCallsAndPolicy::numberCallRecordsTheNumbersE911Address()
{
    const QString calls = QStringLiteral("/v1/tenants/%1/test-calls").arg(m_candidate.tenantId);
    const TestReply reply = m_f.post(calls, call({{"number", m_registered}}));
    QVERIFY2(reply.status == 201, describe(reply));
    QCOMPARE(str(reply.json(), "addressId"), m_candidate.addressId);
    QCOMPARE(str(reply.json(), "addressEtag"),
             addressEtag(m_candidate.tenantId, m_candidate.addressId));

    // A number with no E911 address proves nothing.
    const QStringList basic = basicUsNumbers(m_f.backend(), m_candidate.tenantId, m_f.staff());
    QVERIFY(!basic.isEmpty() && basic.first() != m_registered);
    const TestReply none = m_f.post(calls, call({{"number", basic.first()}}));
    QVERIFY2(problemMismatch(none, 422, QStringLiteral("not-eligible")).isEmpty(), describe(none));
    // A number of another tenant is not this tenant's.
    const TestReply other =
        m_f.post(m_f.path(QStringLiteral("test-calls")), call({{"number", m_registered}}));
    if (m_candidate.tenantId != m_f.tenant()) {
        QCOMPARE(other.status, 422);
        QCOMPARE(str(firstError(other), "field"), QStringLiteral("number"));
    }
}

void TestApiTestCallsAndPolicy::badTestCallsAreRefused_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    const auto with = [](const char *key, const QJsonValue &value) {
        QJsonObject o = call({{"placeId", QStringLiteral("{place}")}});
        if (value.isUndefined())
            o.remove(QLatin1StringView(key));
        else
            o.insert(QLatin1StringView(key), value);
        return o;
    };
    QTest::newRow("neither place nor number")
        << with("placeId", QJsonValue::Undefined) << 422 << "placeId"
        << "required";
    QTest::newRow("unknown place") << with("placeId", QStringLiteral("nowhere")) << 422 << "placeId"
                                   << "unknown";
    QTest::newRow("called in the future")
        << with("calledAt", QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate))
        << 422 << "calledAt"
        << "in_future";
    QTest::newRow("not a time") << with("calledAt", QStringLiteral("yesterday")) << 422
                                << "calledAt"
                                << "invalid";
    QTest::newRow("no caller") << with("calledBy", QJsonValue::Undefined) << 422 << "calledBy"
                               << "required";
    QTest::newRow("result neither pass nor fail")
        << with("result", QStringLiteral("maybe")) << 422 << "result"
        << "invalid";
    QTest::newRow("unknown field") << with("heardBy", QStringLiteral("x")) << 400 << "heardBy"
                                   << "unknown_field";
}

void TestApiTestCallsAndPolicy::badTestCallsAreRefused()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QString, code);
    if (body.value(QStringLiteral("placeId")) == QStringLiteral("{place}"))
        body.insert(QStringLiteral("placeId"), m_f.placeId());
    const int before = m_f.count(QStringLiteral("test-calls"));
    const TestReply reply = m_f.post(m_f.path(QStringLiteral("test-calls")), body);
    QVERIFY2(reply.status == status, describe(reply));
    QCOMPARE(str(firstError(reply), "field"), field);
    QCOMPARE(str(firstError(reply), "code"), code);
    QCOMPARE(m_f.count(QStringLiteral("test-calls")), before);
}

void TestApiTestCallsAndPolicy::listsFilterByPlaceAndNumber()
{
    const QString place = m_f.createPlace(QStringLiteral("Filter"));
    for (const char *result : {"pass", "fail"}) {
        QJsonObject body = call({{"placeId", place}});
        body.insert(QStringLiteral("result"), QLatin1StringView(result));
        QCOMPARE(m_f.post(m_f.path(QStringLiteral("test-calls")), body).status, 201);
    }
    const QJsonArray atPlace = listAll(
        m_f.backend(), m_f.path(QStringLiteral("test-calls?placeId=") + place), m_f.staff());
    QCOMPARE(atPlace.size(), 2);
    QVERIFY(m_f.count(QStringLiteral("test-calls")) > 2);
    const QJsonArray ofNumber =
        listAll(m_f.backend(),
                QStringLiteral("/v1/tenants/%1/test-calls?number=%2")
                    .arg(m_candidate.tenantId,
                         QString(m_registered).replace(QLatin1Char('+'), QStringLiteral("%2B"))),
                m_f.staff());
    QVERIFY(!ofNumber.isEmpty());
    for (const QJsonValue &v : ofNumber)
        QCOMPARE(str(v.toObject(), "number"), m_registered);
}

void TestApiTestCallsAndPolicy::addressEditLeavesTheProvedVersionBehind()
{
    const TestReply recorded =
        m_f.post(m_f.path(QStringLiteral("test-calls")), call({{"placeId", m_f.placeId()}}));
    QCOMPARE(recorded.status, 201);
    const QString proved = str(recorded.json(), "addressEtag");
    const TestReply address =
        m_f.backend().get(addressPath(m_f.tenant(), m_f.addressId()), m_f.staff());
    QJsonObject edit{{QStringLiteral("civic"), address.json().value(QStringLiteral("civic"))},
                     {QStringLiteral("locationNote"), QStringLiteral("Enter by the north door")}};
    const TestReply edited =
        m_f.put(addressPath(m_f.tenant(), m_f.addressId()), edit, str(address.json(), "etag"));
    QVERIFY2(edited.status == 200, describe(edited));
    QVERIFY(str(edited.json(), "etag") != proved);
    const QJsonArray calls =
        listAll(m_f.backend(), m_f.path(QStringLiteral("test-calls?placeId=") + m_f.placeId()),
                m_f.staff());
    bool found = false;
    for (const QJsonValue &v : calls)
        if (str(v.toObject(), "id") == str(recorded.json(), "id"))
            found = str(v.toObject(), "addressEtag") == proved;
    QVERIFY(found);
}

void TestApiTestCallsAndPolicy::policyIsReadAndReplacedWithIfMatch()
{
    // A tenant beyond the demo network map has the default policy.
    QString tenant;
    for (const QString &t : tenantIds(m_f.backend(), m_f.staff())) {
        const QJsonObject p =
            m_f.backend()
                .get(QStringLiteral("/v1/tenants/%1/emergency-policy").arg(t), m_f.staff())
                .json();
        if (p.value(QStringLiteral("notificationGroup")).toArray().isEmpty())
            tenant = t;
    }
    QVERIFY(!tenant.isEmpty());
    const QString path = QStringLiteral("/v1/tenants/%1/emergency-policy").arg(tenant);
    const TestReply current = m_f.backend().get(path, m_f.staff());
    QCOMPARE(current.status, 200);
    QCOMPARE(str(current.json(), "notificationMode"), QStringLiteral("notification_only"));
    QCOMPARE(str(current.json(), "notificationDialOutNumber"), QStringLiteral(""));
    QCOMPARE(current.header("etag"), str(current.json(), "etag").toLatin1());

    QJsonObject body = obj({{"notificationMode", QStringLiteral("conference_unmuted")},
                            {"notificationDialOutNumber", QStringLiteral("+12065550123")}});
    body.insert(QStringLiteral("notificationGroup"),
                QJsonArray{QStringLiteral("security@contoso.example"),
                           QStringLiteral("desk.lead@contoso.example")});
    QCOMPARE(m_f.backend().sendJson("PUT", path, m_f.staff(), body).status, 428);
    QCOMPARE(m_f.backend()
                 .sendJson("PUT", path, m_f.backend().token(QStringLiteral("auditor")), body,
                           {{"If-Match", str(current.json(), "etag").toLatin1()}})
                 .status,
             403);
    const QString since = m_f.changeToken();
    const TestReply updated = m_f.put(path, body, str(current.json(), "etag"));
    QVERIFY2(updated.status == 200, describe(updated));
    QCOMPARE(updated.json().value(QStringLiteral("notificationGroup")),
             body.value(QStringLiteral("notificationGroup")));
    QCOMPARE(str(updated.json(), "notificationMode"), QStringLiteral("conference_unmuted"));
    QVERIFY(str(updated.json(), "etag") != str(current.json(), "etag"));
    QCOMPARE(m_f.backend().get(path, m_f.staff()).json(), updated.json());
    const TestReply stale = m_f.put(path, body, str(current.json(), "etag"));
    QVERIFY(problemMismatch(stale, 412, QStringLiteral("precondition-failed")).isEmpty());
    QCOMPARE(stale.json().value(QStringLiteral("current")).toObject(), updated.json());
    const QJsonObject change =
        m_f.changesSince(since).value(QString(QStringLiteral("emergency_policy:") + tenant));
    QCOMPARE(change.value(QStringLiteral("data")).toObject(), updated.json());
    const QJsonArray audit = listAll(
        m_f.backend(), QStringLiteral("/v1/audit?tenantId=%1&action=policy.update").arg(tenant),
        m_f.staff());
    QCOMPARE(audit.size(), 1);
    QCOMPARE(
        str(audit.at(0).toObject().value(QStringLiteral("after")).toObject(), "notificationMode"),
        QStringLiteral("conference_unmuted"));
    QCOMPARE(m_f.backend()
                 .get(m_f.path(QStringLiteral("emergency-policy")),
                      m_f.backend().token(QStringLiteral("admin")))
                 .status,
             404);
}

void TestApiTestCallsAndPolicy::badPoliciesAreRefused_data()
{
    QTest::addColumn<QJsonValue>("group");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("dialOut");
    QTest::addColumn<QString>("field");
    QJsonArray many;
    for (int i = 0; i < 51; ++i)
        many.append(QStringLiteral("person%1@contoso.example").arg(i));
    QTest::newRow("not an address")
        << QJsonValue(QJsonArray{QStringLiteral("security desk")}) << "notification_only"
        << ""
        << "notificationGroup[0]";
    QTest::newRow("too many") << QJsonValue(many) << "notification_only"
                              << ""
                              << "notificationGroup";
    QTest::newRow("unknown mode") << QJsonValue(QJsonArray{}) << "loud"
                                  << ""
                                  << "notificationMode";
    QTest::newRow("dial-out not e.164") << QJsonValue(QJsonArray{}) << "notification_only"
                                        << "2065550123"
                                        << "notificationDialOutNumber";
}

void TestApiTestCallsAndPolicy::badPoliciesAreRefused()
{
    QFETCH(QJsonValue, group);
    QFETCH(QString, mode);
    QFETCH(QString, dialOut);
    QFETCH(QString, field);
    const QString path = m_f.path(QStringLiteral("emergency-policy"));
    const QJsonObject before = m_f.backend().get(path, m_f.staff()).json();
    QJsonObject body = obj({{"notificationMode", mode}, {"notificationDialOutNumber", dialOut}});
    body.insert(QStringLiteral("notificationGroup"), group);
    const TestReply reply = m_f.put(path, body, str(before, "etag"));
    QVERIFY2(problemMismatch(reply, 422, QStringLiteral("invalid-field")).isEmpty(),
             describe(reply));
    QCOMPARE(str(firstError(reply), "field"), field);
    QCOMPARE(m_f.backend().get(path, m_f.staff()).json(), before);
}

void TestApiTestCallsAndPolicy::demoDataHasTestCallsAndPolicies()
{
    int failed = 0, outdated = 0, groups = 0;
    for (const QString &tenant : tenantIds(m_f.backend(), m_f.staff())) {
        const QString base = QStringLiteral("/v1/tenants/%1/").arg(tenant);
        QHash<QString, QString> etags;
        for (const QJsonValue &a :
             listAll(m_f.backend(), base + QStringLiteral("addresses"), m_f.staff()))
            etags.insert(str(a.toObject(), "id"), str(a.toObject(), "etag"));
        for (const QJsonValue &v :
             listAll(m_f.backend(), base + QStringLiteral("test-calls"), m_f.staff())) {
            const QJsonObject c = v.toObject();
            // Only the demo's own calls: the tests above record some too.
            if (str(c.value(QStringLiteral("recordedBy")).toObject(), "email") !=
                QLatin1StringView("demo@carrier.example"))
                continue;
            failed += str(c, "result") == QLatin1StringView("fail") ? 1 : 0;
            outdated += etags.value(str(c, "addressId")) != str(c, "addressEtag") ? 1 : 0;
        }
        groups += m_f.backend()
                          .get(base + QStringLiteral("emergency-policy"), m_f.staff())
                          .json()
                          .value(QStringLiteral("notificationGroup"))
                          .toArray()
                          .isEmpty()
                      ? 0
                      : 1;
    }
    QVERIFY(failed >= 3);
    QVERIFY(outdated >= 1);
    QVERIFY(groups >= 3);
}

QTEST_MAIN(TestApiTestCallsAndPolicy)
#include "tst_api_test_calls_and_policy.moc"
