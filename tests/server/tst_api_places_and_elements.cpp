// Places and network elements over HTTPS (issue 9), one at a time: create, read, edit and
// delete with ETags, every validation rule refused with its field and code, normalised values
// answered, duplicates, and BSSIDs inside wildcards.
#include "LisApiFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

using namespace api;
using namespace lis_api;

class TestApiPlacesAndElements : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_f.start()); }
    void placeLifecycleUsesEtags();
    void badPlacesAreRefused_data();
    void badPlacesAreRefused();
    void badElementsAreRefused_data();
    void badElementsAreRefused();
    void identifiersAreNormalised_data();
    void identifiersAreNormalised();
    void duplicatesConflictButOverlapsAreAllowed();
    void bssidInsideWildcardIsRefused();

private:
    LisApiFixture m_f;
};

void TestApiPlacesAndElements::placeLifecycleUsesEtags()
{
    const TestReply created = m_f.post(m_f.path(QStringLiteral("places")),
                                       obj({{"addressId", m_f.addressId()},
                                            {"building", QStringLiteral(" Building 2 ")},
                                            {"room", QStringLiteral("301")}}));
    QVERIFY2(created.status == 201, describe(created));
    const QJsonObject place = created.json();
    QCOMPARE(str(place, "building"), QStringLiteral("Building 2"));
    QCOMPARE(str(place, "floor"), QStringLiteral(""));
    QCOMPARE(str(place, "tenantId"), m_f.tenant());
    QCOMPARE(created.header("etag"), str(place, "etag").toLatin1());
    const QString one = m_f.path(QStringLiteral("places/") + str(place, "id"));
    QCOMPARE(QString::fromLatin1(created.header("location")), one);
    QCOMPARE(m_f.backend().get(one, m_f.staff()).json(), place);

    const QJsonObject edit = obj({{"addressId", m_f.addressId()},
                                  {"building", QStringLiteral("Building 2")},
                                  {"floor", QStringLiteral("3")},
                                  {"description", QStringLiteral("Next to the lifts")}});
    QVERIFY(problemMismatch(m_f.backend().sendJson("PUT", one, m_f.staff(), edit), 428,
                            QStringLiteral("precondition-required"))
                .isEmpty());
    const TestReply edited = m_f.put(one, edit, str(place, "etag"));
    QVERIFY2(edited.status == 200, describe(edited));
    QCOMPARE(str(edited.json(), "floor"), QStringLiteral("3"));
    QVERIFY(str(edited.json(), "etag") != str(place, "etag"));
    const TestReply stale = m_f.put(one, edit, str(place, "etag"));
    QVERIFY(problemMismatch(stale, 412, QStringLiteral("precondition-failed")).isEmpty());
    QCOMPARE(stale.json().value(QStringLiteral("current")).toObject(), edited.json());

    const QString filtered = m_f.path(QStringLiteral("places?addressId=") + m_f.addressId());
    QVERIFY(listAll(m_f.backend(), filtered, m_f.staff()).contains(edited.json()));
    QVERIFY(listAll(m_f.backend(), m_f.path(QStringLiteral("places?addressId=nope")), m_f.staff())
                .isEmpty());

    const TestReply gone = m_f.backend().request(
        "DELETE", one, m_f.staff(), {}, {{"If-Match", str(edited.json(), "etag").toLatin1()}});
    QCOMPARE(gone.status, 204);
    QCOMPARE(m_f.backend().get(one, m_f.staff()).status, 404);
    const QStringList created_ = m_f.auditTargets(QStringLiteral("place.create"));
    QVERIFY(created_.contains(str(place, "id")));
    QVERIFY(m_f.auditTargets(QStringLiteral("place.update")).contains(str(place, "id")));
    QVERIFY(m_f.auditTargets(QStringLiteral("place.delete")).contains(str(place, "id")));
}

void TestApiPlacesAndElements::badPlacesAreRefused_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("no building, floor or room") << QJsonObject{} << 422 << "building";
    QTest::newRow("building too long")
        << obj({{"building", QString(61, QLatin1Char('b'))}}) << 422 << "building";
    QTest::newRow("room too long")
        << obj({{"room", QString(61, QLatin1Char('r'))}}) << 422 << "room";
    QTest::newRow("description too long")
        << obj({{"floor", QStringLiteral("1")}, {"description", QString(201, QLatin1Char('d'))}})
        << 422 << "description";
    QTest::newRow("unknown field")
        << obj({{"floor", QStringLiteral("1")}, {"wing", QStringLiteral("E")}}) << 400 << "wing";
}

void TestApiPlacesAndElements::badPlacesAreRefused()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    body.insert(QStringLiteral("addressId"), m_f.addressId());
    const TestReply reply = m_f.post(m_f.path(QStringLiteral("places")), body);
    QCOMPARE(reply.status, status);
    QCOMPARE(problemFields(reply), QStringList{field});

    const TestReply unknownAddress = m_f.post(
        m_f.path(QStringLiteral("places")),
        obj({{"addressId", QStringLiteral("no-such-address")}, {"floor", QStringLiteral("1")}}));
    QVERIFY(problemMismatch(unknownAddress, 422, QStringLiteral("invalid-field")).isEmpty());
    QCOMPARE(problemFields(unknownAddress), QStringList{QStringLiteral("addressId")});
}

void TestApiPlacesAndElements::badElementsAreRefused_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    const QString place = QStringLiteral("{place}");
    QTest::newRow("unknown kind") << obj({{"kind", QStringLiteral("router")}}) << "kind"
                                  << "invalid";
    QTest::newRow("bad octet") << obj({{"kind", QStringLiteral("subnet")},
                                       {"placeId", place},
                                       {"subnet", QStringLiteral("10.0.0.300/24")}})
                               << "subnet"
                               << "invalid";
    QTest::newRow("prefix too long") << obj({{"kind", QStringLiteral("subnet")},
                                             {"placeId", place},
                                             {"subnet", QStringLiteral("2001:db8::/129")}})
                                     << "subnet"
                                     << "invalid";
    QTest::newRow("subnet without place")
        << obj({{"kind", QStringLiteral("subnet")}, {"subnet", QStringLiteral("10.0.0.0/24")}})
        << "placeId"
        << "required";
    QTest::newRow("unknown place") << obj({{"kind", QStringLiteral("subnet")},
                                           {"placeId", QStringLiteral("nowhere")},
                                           {"subnet", QStringLiteral("10.9.0.0/24")}})
                                   << "placeId"
                                   << "unknown";
    QTest::newRow("private trusted ip") << obj({{"kind", QStringLiteral("trusted_ip")},
                                                {"subnet", QStringLiteral("192.168.10.0/24")}})
                                        << "subnet"
                                        << "not_public";
    QTest::newRow("link-local v6 trusted ip")
        << obj({{"kind", QStringLiteral("trusted_ip")}, {"subnet", QStringLiteral("fe80::/64")}})
        << "subnet"
        << "not_public";
    QTest::newRow("trusted ip with place") << obj({{"kind", QStringLiteral("trusted_ip")},
                                                   {"placeId", place},
                                                   {"subnet", QStringLiteral("203.0.113.0/24")}})
                                           << "placeId"
                                           << "invalid";
    QTest::newRow("five pairs") << obj({{"kind", QStringLiteral("wap")},
                                        {"placeId", place},
                                        {"bssid", QStringLiteral("AA-BB-CC-DD-EE")}})
                                << "bssid"
                                << "invalid";
    QTest::newRow("wildcard in the middle") << obj({{"kind", QStringLiteral("wap")},
                                                    {"placeId", place},
                                                    {"bssid", QStringLiteral("AA-BB-CC-*D-EE-FF")}})
                                            << "bssid"
                                            << "invalid";
    QTest::newRow("bssid on a subnet") << obj({{"kind", QStringLiteral("subnet")},
                                               {"placeId", place},
                                               {"subnet", QStringLiteral("10.8.0.0/24")},
                                               {"bssid", QStringLiteral("AA-BB-CC-DD-EE-FF")}})
                                       << "bssid"
                                       << "invalid";
    QTest::newRow("empty chassis") << obj({{"kind", QStringLiteral("switch")},
                                           {"placeId", place},
                                           {"chassisId", QStringLiteral(" ")}})
                                   << "chassisId"
                                   << "required";
    QTest::newRow("chassis too long") << obj({{"kind", QStringLiteral("switch")},
                                              {"placeId", place},
                                              {"chassisId", QString(65, QLatin1Char('c'))}})
                                      << "chassisId"
                                      << "too_long";
    QTest::newRow("port without port id") << obj({{"kind", QStringLiteral("port")},
                                                  {"placeId", place},
                                                  {"chassisId", QStringLiteral("sw-1")}})
                                          << "portId"
                                          << "required";
}

void TestApiPlacesAndElements::badElementsAreRefused()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    QFETCH(QString, code);
    if (body.value(QStringLiteral("placeId")).toString() == QLatin1StringView("{place}"))
        body.insert(QStringLiteral("placeId"), m_f.placeId());
    const int before = m_f.count(QStringLiteral("network-elements"));
    const TestReply reply = m_f.post(m_f.path(QStringLiteral("network-elements")), body);
    QVERIFY2(problemMismatch(reply, 422, QStringLiteral("invalid-field")).isEmpty(),
             describe(reply));
    const QJsonArray errors = reply.json().value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(str(errors.at(0).toObject(), "field"), field);
    QCOMPARE(errors.at(0).toObject().value(QStringLiteral("code")).toString(), code);
    QCOMPARE(m_f.count(QStringLiteral("network-elements")), before);
}

void TestApiPlacesAndElements::identifiersAreNormalised_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("v4 host bits") << obj({{"kind", QStringLiteral("subnet")},
                                          {"subnet", QStringLiteral("10.10.10.150/25")}})
                                  << "subnet"
                                  << "10.10.10.128/25";
    QTest::newRow("v6") << obj({{"kind", QStringLiteral("subnet")},
                                {"subnet", QStringLiteral("2001:DB8:1:2::5/48")}})
                        << "subnet"
                        << "2001:db8:1::/48";
    QTest::newRow("plain trusted ip")
        << obj({{"kind", QStringLiteral("trusted_ip")}, {"subnet", QStringLiteral("203.0.113.7")}})
        << "subnet"
        << "203.0.113.7/32";
    QTest::newRow("bssid colons") << obj({{"kind", QStringLiteral("wap")},
                                          {"bssid", QStringLiteral("aa:bb:cc:dd:ee:0f")}})
                                  << "bssid"
                                  << "AA-BB-CC-DD-EE-0F";
    QTest::newRow("chassis mac") << obj({{"kind", QStringLiteral("switch")},
                                         {"chassisId", QStringLiteral("00:11:22:aa:bb:cc")}})
                                 << "chassisId"
                                 << "00-11-22-AA-BB-CC";
    QTest::newRow("chassis name") << obj({{"kind", QStringLiteral("port")},
                                          {"chassisId", QStringLiteral("core-sw-01")},
                                          {"portId", QStringLiteral("Gi1/0/24")}})
                                  << "chassisId"
                                  << "core-sw-01";
}

void TestApiPlacesAndElements::identifiersAreNormalised()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    if (body.value(QStringLiteral("kind")).toString() != QLatin1StringView("trusted_ip"))
        body.insert(QStringLiteral("placeId"), m_f.placeId());
    const TestReply reply = m_f.post(m_f.path(QStringLiteral("network-elements")), body);
    QVERIFY2(reply.status == 201, describe(reply));
    const QJsonObject element = reply.json();
    QCOMPARE(element.value(field).toString(), expected);
    // Every identifying field is present; the unused ones are empty.
    for (const char *key : {"subnet", "bssid", "chassisId", "portId", "description", "placeId"})
        QVERIFY2(element.value(QLatin1StringView(key)).isString(), key);
    QCOMPARE(
        m_f.backend()
            .get(m_f.path(QStringLiteral("network-elements/") + str(element, "id")), m_f.staff())
            .json(),
        element);
}

void TestApiPlacesAndElements::duplicatesConflictButOverlapsAreAllowed()
{
    const auto subnet = [this](const QString &value) {
        return m_f.post(m_f.path(QStringLiteral("network-elements")),
                        obj({{"kind", QStringLiteral("subnet")},
                             {"placeId", m_f.placeId()},
                             {"subnet", value}}));
    };
    const TestReply first = subnet(QStringLiteral("10.77.1.0/24"));
    QVERIFY2(first.status == 201, describe(first));
    // Written differently, the same network after normalisation.
    const TestReply again = subnet(QStringLiteral("10.77.1.99/24"));
    QVERIFY(problemMismatch(again, 409, QStringLiteral("duplicate-element")).isEmpty());
    QCOMPARE(str(again.json(), "existingId"), str(first.json(), "id"));
    QCOMPARE(subnet(QStringLiteral("10.77.0.0/16")).status, 201);
    QCOMPARE(subnet(QStringLiteral("10.77.1.128/25")).status, 201);
    // The same value as another kind is another element.
    const TestReply trusted = m_f.post(m_f.path(QStringLiteral("network-elements")),
                                       obj({{"kind", QStringLiteral("trusted_ip")},
                                            {"subnet", QStringLiteral("198.51.100.0/24")}}));
    QCOMPARE(trusted.status, 201);
    QVERIFY(problemMismatch(m_f.post(m_f.path(QStringLiteral("network-elements")),
                                     obj({{"kind", QStringLiteral("trusted_ip")},
                                          {"subnet", QStringLiteral("198.51.100.1/24")}})),
                            409, QStringLiteral("duplicate-element"))
                .isEmpty());
}

void TestApiPlacesAndElements::bssidInsideWildcardIsRefused()
{
    const auto wap = [this](const QString &bssid) {
        return m_f.post(
            m_f.path(QStringLiteral("network-elements")),
            obj({{"kind", QStringLiteral("wap")}, {"placeId", m_f.placeId()}, {"bssid", bssid}}));
    };
    QCOMPARE(wap(QStringLiteral("12-34-56-78-9A-B*")).status, 201);
    for (const char *inside : {"12-34-56-78-9a-bc", "12:34:56:78:9A:B0"}) {
        const TestReply reply = wap(QLatin1StringView(inside));
        QVERIFY2(problemMismatch(reply, 422, QStringLiteral("invalid-field")).isEmpty(),
                 describe(reply));
        const QJsonObject error =
            reply.json().value(QStringLiteral("errors")).toArray().at(0).toObject();
        QCOMPARE(str(error, "field"), QStringLiteral("bssid"));
        QCOMPARE(str(error, "code"), QStringLiteral("inside_wildcard"));
    }
    QCOMPARE(wap(QStringLiteral("12-34-56-78-9A-CB")).status, 201); // outside: fine
    QCOMPARE(wap(QStringLiteral("12-34-56-78-9C-01")).status, 201);
    const TestReply covering = wap(QStringLiteral("12-34-56-78-9C-*"));
    QCOMPARE(
        str(covering.json().value(QStringLiteral("errors")).toArray().at(0).toObject(), "code"),
        QStringLiteral("inside_wildcard"));
    // A wider wildcard over a narrower one is refused too.
    QCOMPARE(covering.status, 422);
    QCOMPARE(wap(QStringLiteral("12-34-56-78-9A-*")).status, 422);
}

QTEST_MAIN(TestApiPlacesAndElements)
#include "tst_api_places_and_elements.moc"
