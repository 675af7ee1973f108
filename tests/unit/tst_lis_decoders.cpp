// The network map's strict decoders (places, network elements, 933 test calls, the emergency
// calling policy): a well-formed answer decodes in full; a missing member, a wrong type, an
// unknown enum, an over-long value or a value that breaks the contract's rules (a subnet element
// without a subnet, a trusted IP with a place, a place with no building, floor or room) is an
// error naming the field, never a crash or a half-filled value.
#include "lis/EmergencyPolicy.h"
#include "lis/NetworkElement.h"
#include "lis/Place.h"
#include "lis/TestCall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>

using Decoder = std::function<bool(const QJsonObject &, QList<FieldError> &)>;
Q_DECLARE_METATYPE(Decoder)

class TestLisDecoders : public QObject
{
    Q_OBJECT
private slots:
    void placeDecodesEveryFieldAndLabelsItself();
    void elementKindsDecodeWithTheirIdentifiers();
    void testCallDecodesEveryField();
    void policyDecodesEveryField();
    void hostileJsonIsRefusedNamingTheField_data();
    void hostileJsonIsRefusedNamingTheField();
    void nonObjectsAreRefused();
};

namespace {
const QString tenant = QStringLiteral("0f8e3c2a-1b4d-4e6f-9a7b-2c3d4e5f6a7b");
// A Teams LocationId as PowerShell may print it; the decoder keeps it in lower case.
const QString teamsLocationUpper = QStringLiteral("9F3A1C2B-0D4E-4F5A-8B6C-7D8E9F0A1B2C");

QJsonObject placeJson()
{
    return {{QStringLiteral("id"), QStringLiteral("pl-1")},
            {QStringLiteral("tenantId"), tenant},
            {QStringLiteral("addressId"), QStringLiteral("addr-1")},
            {QStringLiteral("building"), QStringLiteral("Building 2")},
            {QStringLiteral("floor"), QStringLiteral("Floor 3")},
            {QStringLiteral("room"), QStringLiteral("Room 301")},
            {QStringLiteral("description"), QStringLiteral("North wing")},
            {QStringLiteral("teamsLocationId"), teamsLocationUpper},
            {QStringLiteral("etag"), QStringLiteral("\"p1\"")},
            {QStringLiteral("updatedAt"), QStringLiteral("2026-03-01T10:00:00Z")}};
}

QJsonObject elementJson(const QString &kind = QStringLiteral("subnet"))
{
    QJsonObject o{{QStringLiteral("id"), QStringLiteral("ne-1")},
                  {QStringLiteral("tenantId"), tenant},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("placeId"), QStringLiteral("pl-1")},
                  {QStringLiteral("subnet"), QString()},
                  {QStringLiteral("bssid"), QString()},
                  {QStringLiteral("chassisId"), QString()},
                  {QStringLiteral("portId"), QString()},
                  {QStringLiteral("description"), QStringLiteral("Second floor")},
                  {QStringLiteral("etag"), QStringLiteral("\"n1\"")},
                  {QStringLiteral("updatedAt"), QStringLiteral("2026-03-01T10:00:00.250+01:00")}};
    if (kind == QLatin1StringView("subnet"))
        o[QStringLiteral("subnet")] = QStringLiteral("10.10.10.128/25");
    if (kind == QLatin1StringView("trusted_ip")) {
        o[QStringLiteral("subnet")] = QStringLiteral("203.0.113.0/24");
        o[QStringLiteral("placeId")] = QString();
    }
    if (kind == QLatin1StringView("wap"))
        o[QStringLiteral("bssid")] = QStringLiteral("AA-BB-CC-DD-EE-F*");
    if (kind == QLatin1StringView("switch") || kind == QLatin1StringView("port"))
        o[QStringLiteral("chassisId")] = QStringLiteral("00-11-22-33-44-55");
    if (kind == QLatin1StringView("port"))
        o[QStringLiteral("portId")] = QStringLiteral("Gi1/0/24");
    return o;
}

QJsonObject testCallJson()
{
    return {{QStringLiteral("id"), QStringLiteral("tc-1")},
            {QStringLiteral("tenantId"), tenant},
            {QStringLiteral("placeId"), QStringLiteral("pl-1")},
            {QStringLiteral("number"), QStringLiteral("+12065550100")},
            {QStringLiteral("addressId"), QStringLiteral("addr-1")},
            {QStringLiteral("addressEtag"), QStringLiteral("\"a4\"")},
            {QStringLiteral("calledBy"), QStringLiteral("Ana Silva")},
            {QStringLiteral("calledAt"), QStringLiteral("2026-03-02T15:30:00Z")},
            {QStringLiteral("readBack"), QStringLiteral("1 Microsoft Way, Redmond WA")},
            {QStringLiteral("result"), QStringLiteral("pass")},
            {QStringLiteral("note"), QString()},
            {QStringLiteral("recordedBy"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("u-1")},
                         {QStringLiteral("email"), QStringLiteral("ana@contoso.com")}}},
            {QStringLiteral("recordedAt"), QStringLiteral("2026-03-02T15:31:00Z")}};
}

QJsonObject policyJson()
{
    return {
        {QStringLiteral("tenantId"), tenant},
        {QStringLiteral("notificationMode"), QStringLiteral("conference_muted")},
        {QStringLiteral("notificationGroup"), QJsonArray{QStringLiteral("security@contoso.com"),
                                                         QStringLiteral("frontdesk@contoso.com")}},
        {QStringLiteral("notificationDialOutNumber"), QStringLiteral("+12065550199")},
        {QStringLiteral("etag"), QStringLiteral("\"e2\"")},
        {QStringLiteral("updatedAt"), QStringLiteral("2026-03-01T10:00:00Z")}};
}

template <typename T> Decoder decoderOf()
{
    return [](const QJsonObject &o, QList<FieldError> &errors) {
        return T::fromJson(o, errors).has_value();
    };
}

QJsonObject with(QJsonObject o, const char *key, const QJsonValue &value)
{
    if (value.isUndefined())
        o.remove(QLatin1StringView(key));
    else
        o[QLatin1StringView(key)] = value;
    return o;
}

QJsonObject with(QJsonObject o, const char *key, const char *value)
{
    return with(std::move(o), key, QJsonValue(QString::fromUtf8(value)));
}
} // namespace

void TestLisDecoders::placeDecodesEveryFieldAndLabelsItself()
{
    QList<FieldError> errors;
    const auto place = Place::fromJson(placeJson(), errors);
    QVERIFY2(place, errors.isEmpty() ? "" : qPrintable(errors.first().field));
    QCOMPARE(place->id, QStringLiteral("pl-1"));
    QCOMPARE(place->tenantId, tenant);
    QCOMPARE(place->addressId, QStringLiteral("addr-1"));
    QCOMPARE(place->description, QStringLiteral("North wing"));
    QCOMPARE(place->teamsLocationId, QStringLiteral("9f3a1c2b-0d4e-4f5a-8b6c-7d8e9f0a1b2c"));
    QCOMPARE(place->etag, QStringLiteral("\"p1\""));
    QCOMPARE(place->updatedAt, QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(place->label(), QStringLiteral("Building 2, Floor 3, Room 301"));
    // Empty parts are left out of the label.
    const auto floorOnly =
        Place::fromJson(with(with(placeJson(), "building", QString()), "room", QString()), errors);
    QVERIFY(floorOnly);
    QCOMPARE(floorOnly->label(), QStringLiteral("Floor 3"));
    // Null, or left out by a backend that predates issue 17: no Teams id.
    const auto unmatched =
        Place::fromJson(with(placeJson(), "teamsLocationId", QJsonValue()), errors);
    QVERIFY(unmatched);
    QVERIFY(unmatched->teamsLocationId.isEmpty());
    QJsonObject older = placeJson();
    older.remove(QStringLiteral("teamsLocationId"));
    QVERIFY(Place::fromJson(older, errors));
}

void TestLisDecoders::elementKindsDecodeWithTheirIdentifiers()
{
    const QList<std::tuple<QString, NetworkElementKind, QString>> cases{
        {QStringLiteral("subnet"), NetworkElementKind::Subnet, QStringLiteral("10.10.10.128/25")},
        {QStringLiteral("wap"), NetworkElementKind::AccessPoint,
         QStringLiteral("AA-BB-CC-DD-EE-F*")},
        {QStringLiteral("switch"), NetworkElementKind::Switch, QStringLiteral("00-11-22-33-44-55")},
        {QStringLiteral("port"), NetworkElementKind::Port,
         QStringLiteral("00-11-22-33-44-55 / Gi1/0/24")},
        {QStringLiteral("trusted_ip"), NetworkElementKind::TrustedIp,
         QStringLiteral("203.0.113.0/24")},
    };
    for (const auto &[wire, kind, identifier] : cases) {
        QList<FieldError> errors;
        const auto element = NetworkElement::fromJson(elementJson(wire), errors);
        QVERIFY2(element, qPrintable(wire));
        QCOMPARE(element->kind, kind);
        QCOMPARE(element->identifier(), identifier);
        QCOMPARE(networkElementKindToWire(kind), wire);
        QCOMPARE(element->placeId.isEmpty(), kind == NetworkElementKind::TrustedIp);
    }
    QList<FieldError> errors;
    const auto element = NetworkElement::fromJson(elementJson(), errors);
    QCOMPARE(element->updatedAt,
             QDateTime(QDate(2026, 3, 1), QTime(9, 0, 0, 250), Qt::UTC)); // offset honoured
}

void TestLisDecoders::testCallDecodesEveryField()
{
    QList<FieldError> errors;
    const auto call = TestCall::fromJson(testCallJson(), errors);
    QVERIFY(call);
    QCOMPARE(call->placeId, QStringLiteral("pl-1"));
    QCOMPARE(call->number, QStringLiteral("+12065550100"));
    QCOMPARE(call->addressEtag, QStringLiteral("\"a4\""));
    QCOMPARE(call->calledBy, QStringLiteral("Ana Silva"));
    QCOMPARE(call->calledAt, QDateTime(QDate(2026, 3, 2), QTime(15, 30), Qt::UTC));
    QCOMPARE(call->result, TestCallResult::Pass);
    QCOMPARE(call->recordedById, QStringLiteral("u-1"));
    QCOMPARE(call->recordedByEmail, QStringLiteral("ana@contoso.com"));
    // A place-only or number-only test is fine.
    QVERIFY(TestCall::fromJson(with(testCallJson(), "number", QString()), errors));
    const auto failed = TestCall::fromJson(
        with(with(testCallJson(), "placeId", QString()), "result", "fail"), errors);
    QVERIFY(failed);
    QCOMPARE(failed->result, TestCallResult::Fail);
    QVERIFY(errors.isEmpty());
}

void TestLisDecoders::policyDecodesEveryField()
{
    QList<FieldError> errors;
    const auto policy = EmergencyPolicy::fromJson(policyJson(), errors);
    QVERIFY(policy);
    QCOMPARE(policy->notificationMode, NotificationMode::ConferenceMuted);
    QCOMPARE(policy->notificationGroup, QStringList({QStringLiteral("security@contoso.com"),
                                                     QStringLiteral("frontdesk@contoso.com")}));
    QCOMPARE(policy->notificationDialOutNumber, QStringLiteral("+12065550199"));
    // The default every tenant starts with.
    const auto initial = EmergencyPolicy::fromJson(
        with(with(with(policyJson(), "notificationMode", "notification_only"), "notificationGroup",
                  QJsonArray()),
             "notificationDialOutNumber", QString()),
        errors);
    QVERIFY(initial);
    QCOMPARE(initial->notificationMode, NotificationMode::NotificationOnly);
    QVERIFY(initial->notificationGroup.isEmpty());
}

void TestLisDecoders::hostileJsonIsRefusedNamingTheField_data()
{
    QTest::addColumn<Decoder>("decode");
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("field");
    const auto place = decoderOf<Place>();
    const auto element = decoderOf<NetworkElement>();
    const auto call = decoderOf<TestCall>();
    const auto policy = decoderOf<EmergencyPolicy>();
    const QJsonValue missing; // undefined: the member is removed
    const QString s61(61, QLatin1Char('x'));

    QTest::newRow("place id missing") << place << with(placeJson(), "id", missing) << "id";
    QTest::newRow("place tenant not a GUID")
        << place << with(placeJson(), "tenantId", "contoso") << "tenantId";
    QTest::newRow("place address empty")
        << place << with(placeJson(), "addressId", "") << "addressId";
    QTest::newRow("place building a number")
        << place << with(placeJson(), "building", 2) << "building";
    QTest::newRow("place room too long") << place << with(placeJson(), "room", s61) << "room";
    QTest::newRow("place without building, floor or room")
        << place << with(with(with(placeJson(), "building", ""), "floor", " "), "room", "")
        << "building";
    QTest::newRow("place Teams id not a GUID")
        << place << with(placeJson(), "teamsLocationId", "Building 2") << "teamsLocationId";
    QTest::newRow("place Teams id braced")
        << place << with(placeJson(), "teamsLocationId", "{9f3a1c2b-0d4e-4f5a-8b6c-7d8e9f0a1b2c}")
        << "teamsLocationId";
    QTest::newRow("place weak etag") << place << with(placeJson(), "etag", "W/\"p1\"") << "etag";
    QTest::newRow("place time without offset")
        << place << with(placeJson(), "updatedAt", "2026-03-01T10:00:00") << "updatedAt";

    QTest::newRow("element unknown kind")
        << element << with(elementJson(), "kind", "router") << "kind";
    QTest::newRow("element subnet missing")
        << element << with(elementJson(), "subnet", missing) << "subnet";
    QTest::newRow("subnet element with empty subnet")
        << element << with(elementJson(), "subnet", "") << "subnet";
    QTest::newRow("subnet element with a bssid")
        << element << with(elementJson(), "bssid", "AA-BB-CC-DD-EE-FF") << "bssid";
    QTest::newRow("wap without bssid")
        << element << with(elementJson(QStringLiteral("wap")), "bssid", "") << "bssid";
    QTest::newRow("port without port id")
        << element << with(elementJson(QStringLiteral("port")), "portId", "") << "portId";
    QTest::newRow("switch with a port id")
        << element << with(elementJson(QStringLiteral("switch")), "portId", "Gi1/0/1") << "portId";
    QTest::newRow("subnet without place")
        << element << with(elementJson(), "placeId", "") << "placeId";
    QTest::newRow("trusted IP with a place")
        << element << with(elementJson(QStringLiteral("trusted_ip")), "placeId", "pl-1")
        << "placeId";
    QTest::newRow("element chassis id too long")
        << element
        << with(elementJson(QStringLiteral("switch")), "chassisId", QString(65, QLatin1Char('c')))
        << "chassisId";
    QTest::newRow("element id with a control character") << element
                                                         << with(elementJson(), "id",
                                                                 "ne-1\x1f"
                                                                 "3")
                                                         << "id";
    QTest::newRow("element subnet with a control character")
        << element << with(elementJson(), "subnet", "10.0.0.0/8\n") << "subnet";
    QTest::newRow("element description too long")
        << element << with(elementJson(), "description", QString(201, QLatin1Char('d')))
        << "description";
    QTest::newRow("element place null")
        << element << with(elementJson(), "placeId", QJsonValue()) << "placeId";

    QTest::newRow("call without place and number")
        << call << with(with(testCallJson(), "placeId", ""), "number", "") << "placeId";
    QTest::newRow("call number not E.164")
        << call << with(testCallJson(), "number", "2065550100") << "number";
    QTest::newRow("call result unknown")
        << call << with(testCallJson(), "result", "passed") << "result";
    QTest::newRow("call recordedBy not an object")
        << call << with(testCallJson(), "recordedBy", "ana@contoso.com") << "recordedBy";
    QTest::newRow("call recordedBy without email")
        << call
        << with(testCallJson(), "recordedBy",
                QJsonObject{{QStringLiteral("id"), QStringLiteral("u-1")}})
        << "recordedBy.email";
    QTest::newRow("call address etag not an etag")
        << call << with(testCallJson(), "addressEtag", "a4") << "addressEtag";
    QTest::newRow("call calledBy empty")
        << call << with(testCallJson(), "calledBy", "  ") << "calledBy";
    QTest::newRow("call calledAt garbage")
        << call << with(testCallJson(), "calledAt", "yesterday") << "calledAt";

    QTest::newRow("policy mode unknown")
        << policy << with(policyJson(), "notificationMode", "conference") << "notificationMode";
    QTest::newRow("policy group not an array")
        << policy << with(policyJson(), "notificationGroup", "security@contoso.com")
        << "notificationGroup";
    QTest::newRow("policy group entry not a mailbox")
        << policy << with(policyJson(), "notificationGroup", QJsonArray{QStringLiteral("security")})
        << "notificationGroup[0]";
    QTest::newRow("policy group entry a number")
        << policy << with(policyJson(), "notificationGroup", QJsonArray{QStringLiteral("a@b.c"), 5})
        << "notificationGroup[1]";
    QJsonArray tooMany;
    for (int i = 0; i < 51; ++i)
        tooMany.append(QStringLiteral("user%1@contoso.com").arg(i));
    QTest::newRow("policy group of 51")
        << policy << with(policyJson(), "notificationGroup", tooMany) << "notificationGroup";
    QTest::newRow("policy dial-out not E.164")
        << policy << with(policyJson(), "notificationDialOutNumber", "911")
        << "notificationDialOutNumber";
    QTest::newRow("policy etag missing") << policy << with(policyJson(), "etag", missing) << "etag";
}

void TestLisDecoders::hostileJsonIsRefusedNamingTheField()
{
    QFETCH(Decoder, decode);
    QFETCH(QJsonObject, json);
    QFETCH(QString, field);
    QList<FieldError> errors;
    QVERIFY(!decode(json, errors));
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().field, field);
}

void TestLisDecoders::nonObjectsAreRefused()
{
    for (const QJsonValue &value :
         {QJsonValue(), QJsonValue(1), QJsonValue(QStringLiteral("place")),
          QJsonValue(QJsonArray())}) {
        QList<FieldError> errors;
        QVERIFY(!Place::fromJson(value, errors, QStringLiteral("items[0]")));
        QVERIFY(!NetworkElement::fromJson(value, errors));
        QVERIFY(!TestCall::fromJson(value, errors));
        QVERIFY(!EmergencyPolicy::fromJson(value, errors));
        QCOMPARE(errors.size(), 4);
        QCOMPARE(errors.first().field, QStringLiteral("items[0]"));
    }
}

QTEST_GUILESS_MAIN(TestLisDecoders)
#include "tst_lis_decoders.moc"
