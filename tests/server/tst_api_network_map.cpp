// A tenant's network map over HTTPS (issue 9) beyond single writes: an element's kind is fixed
// and a deletion leaves a tombstone in delta sync, places and addresses in use are kept, the
// bulk import writes only good items and its replay writes nothing, roles and tenants are
// enforced, and the demo tenants come with a map.
#include "LisApiFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

using namespace api;
using namespace lis_api;

class TestApiNetworkMap : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_f.start()); }
    void elementEditKeepsKindAndDeleteLeavesTombstone();
    void placesInUseAreNotDeleted();
    void bulkWritesOnlyGoodItemsAndReplaysWriteNothing();
    void rolesAndTenantsAreEnforced();
    void demoTenantsHaveANetworkMap();

private:
    LisApiFixture m_f;
};

void TestApiNetworkMap::elementEditKeepsKindAndDeleteLeavesTombstone()
{
    const QString since =
        str(m_f.backend().get(QStringLiteral("/v1/changes"), m_f.staff()).json(), "nextToken");
    const TestReply created = m_f.post(m_f.path(QStringLiteral("network-elements")),
                                       obj({{"kind", QStringLiteral("switch")},
                                            {"placeId", m_f.placeId()},
                                            {"chassisId", QStringLiteral("edge-sw-9")}}));
    QVERIFY2(created.status == 201, describe(created));
    const QString one = m_f.path(QStringLiteral("network-elements/") + str(created.json(), "id"));
    const QString etag = str(created.json(), "etag");
    const TestReply kind = m_f.put(one,
                                   obj({{"kind", QStringLiteral("port")},
                                        {"placeId", m_f.placeId()},
                                        {"chassisId", QStringLiteral("edge-sw-9")},
                                        {"portId", QStringLiteral("1")}}),
                                   etag);
    QCOMPARE(kind.status, 422);
    QCOMPARE(problemFields(kind), QStringList{QStringLiteral("kind")});
    const QJsonObject edit = obj({{"kind", QStringLiteral("switch")},
                                  {"placeId", m_f.placeId()},
                                  {"chassisId", QStringLiteral("edge-sw-10")},
                                  {"description", QStringLiteral("Renamed")}});
    const TestReply edited = m_f.put(one, edit, etag);
    QVERIFY2(edited.status == 200, describe(edited));
    QCOMPARE(str(edited.json(), "chassisId"), QStringLiteral("edge-sw-10"));
    QCOMPARE(m_f.put(one, edit, etag).status, 412);
    QCOMPARE(m_f.backend()
                 .request("DELETE", one, m_f.staff(), {}, {{"If-Match", etag.toLatin1()}})
                 .status,
             412);
    QCOMPARE(m_f.backend()
                 .request("DELETE", one, m_f.staff(), {},
                          {{"If-Match", str(edited.json(), "etag").toLatin1()}})
                 .status,
             204);
    QVERIFY(m_f.auditTargets(QStringLiteral("network.update")).contains(str(created.json(), "id")));
    QVERIFY(m_f.auditTargets(QStringLiteral("network.delete")).contains(str(created.json(), "id")));

    const QString place = m_f.createPlace(QStringLiteral("Annex"));
    const TestReply changes =
        m_f.backend().get(QStringLiteral("/v1/changes?since=") + since, m_f.staff());
    bool tombstone = false, placeUpsert = false;
    for (const QJsonValue &v : changes.json().value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        if (str(c, "kind") == QLatin1StringView("network_element") &&
            str(c, "id") == str(created.json(), "id"))
            tombstone =
                c.value(QStringLiteral("deleted")).toBool() && !c.contains(QStringLiteral("data"));
        if (str(c, "kind") == QLatin1StringView("place") && str(c, "id") == place)
            placeUpsert = !c.value(QStringLiteral("deleted")).toBool() &&
                          str(c.value(QStringLiteral("data")).toObject(), "building") ==
                              QLatin1StringView("Annex");
    }
    QVERIFY(tombstone);
    QVERIFY(placeUpsert);
}

void TestApiNetworkMap::placesInUseAreNotDeleted()
{
    const QString place = m_f.createPlace(QStringLiteral("In use"));
    for (const char *port : {"1", "2"})
        QCOMPARE(m_f.post(m_f.path(QStringLiteral("network-elements")),
                          obj({{"kind", QStringLiteral("port")},
                               {"placeId", place},
                               {"chassisId", QStringLiteral("inuse-sw")},
                               {"portId", QLatin1StringView(port)}}))
                     .status,
                 201);
    const QString one = m_f.path(QStringLiteral("places/") + place);
    const TestReply reply =
        m_f.backend().request("DELETE", one, m_f.staff(), {}, {{"If-Match", "\"v1\""}});
    QVERIFY(problemMismatch(reply, 409, QStringLiteral("place-in-use")).isEmpty());
    QCOMPARE(reply.json()
                 .value(QStringLiteral("usedBy"))
                 .toObject()
                 .value(QStringLiteral("networkElements"))
                 .toInt(),
             2);
    QCOMPARE(listAll(m_f.backend(), m_f.path(QStringLiteral("network-elements?placeId=") + place),
                     m_f.staff())
                 .size(),
             2);
    QCOMPARE(listAll(m_f.backend(),
                     m_f.path(QStringLiteral("network-elements?placeId=%1&kind=wap").arg(place)),
                     m_f.staff())
                 .size(),
             0);

    const TestReply address =
        m_f.backend().request("DELETE", addressPath(m_f.tenant(), m_f.addressId()), m_f.staff(), {},
                              {{"If-Match", "\"v1\""}});
    QVERIFY(problemMismatch(address, 409, QStringLiteral("address-in-use")).isEmpty());
    QVERIFY(address.json().value(QStringLiteral("usedByPlaces")).toArray().contains(place));
}

void TestApiNetworkMap::bulkWritesOnlyGoodItemsAndReplaysWriteNothing()
{
    const QString existing = QStringLiteral("10.88.0.0/24");
    QCOMPARE(m_f.post(m_f.path(QStringLiteral("network-elements")),
                      obj({{"kind", QStringLiteral("subnet")},
                           {"placeId", m_f.placeId()},
                           {"subnet", existing}}))
                 .status,
             201);
    const QJsonArray items{
        obj({{"kind", QStringLiteral("subnet")},
             {"placeId", m_f.placeId()},
             {"subnet", QStringLiteral("10.88.1.7/24")}}),
        obj({{"kind", QStringLiteral("subnet")},
             {"placeId", m_f.placeId()},
             {"subnet", QStringLiteral("10.88.2.0/33")}}),
        obj({{"kind", QStringLiteral("subnet")}, {"placeId", m_f.placeId()}, {"subnet", existing}}),
        obj({{"kind", QStringLiteral("wap")},
             {"placeId", m_f.placeId()},
             {"bssid", QStringLiteral("66-55-44-33-22-11")},
             {"colour", QStringLiteral("red")}}),
        obj({{"kind", QStringLiteral("trusted_ip")}, {"subnet", QStringLiteral("10.0.0.1")}}),
        obj({{"kind", QStringLiteral("subnet")},
             {"placeId", QStringLiteral("elsewhere")},
             {"subnet", QStringLiteral("10.88.3.0/24")}}),
        obj({{"kind", QStringLiteral("wap")},
             {"placeId", m_f.placeId()},
             {"bssid", QStringLiteral("66-55-44-33-22-10")}}),
        obj({{"kind", QStringLiteral("subnet")},
             {"placeId", m_f.placeId()},
             {"subnet", QStringLiteral("10.88.1.0/24")},
             {"description", QStringLiteral("other")}}),
        QJsonValue(42),
    };
    const QStringList expected =
        QStringLiteral("created rejected unchanged rejected rejected rejected created rejected "
                       "rejected")
            .split(QLatin1Char(' '));
    const int before = m_f.count(QStringLiteral("network-elements"));
    const QByteArray key = newIdempotencyKey().toLatin1();
    const QString bulk = m_f.path(QStringLiteral("network-elements-bulk"));
    const QJsonObject body{{QStringLiteral("elements"), items}};
    const TestReply reply =
        m_f.backend().sendJson("POST", bulk, m_f.staff(), body, {{"Idempotency-Key", key}});
    QVERIFY2(reply.status == 200, describe(reply));
    const QJsonArray results = reply.json().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), items.size());
    for (int i = 0; i < results.size(); ++i) {
        const QJsonObject r = results.at(i).toObject();
        QCOMPARE(r.value(QStringLiteral("index")).toInt(), i);
        QVERIFY2(str(r, "outcome") == expected.at(i),
                 qPrintable(QStringLiteral("%1: %2").arg(i).arg(
                     QString::fromUtf8(QJsonDocument(r).toJson()))));
        QCOMPARE(r.contains(QStringLiteral("problem")),
                 expected.at(i) == QLatin1StringView("rejected"));
    }
    QCOMPARE(str(results.at(0).toObject().value(QStringLiteral("element")).toObject(), "subnet"),
             QStringLiteral("10.88.1.0/24"));
    QCOMPARE(results.at(3)
                 .toObject()
                 .value(QStringLiteral("problem"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toInt(),
             400);
    QCOMPARE(
        str(results.at(7).toObject().value(QStringLiteral("problem")).toObject(), "existingId"),
        str(results.at(0).toObject().value(QStringLiteral("element")).toObject(), "id"));
    QCOMPARE(m_f.count(QStringLiteral("network-elements")), before + 2);

    const TestReply replay =
        m_f.backend().sendJson("POST", bulk, m_f.staff(), body, {{"Idempotency-Key", key}});
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(replay.json(), reply.json());
    QCOMPARE(m_f.count(QStringLiteral("network-elements")), before + 2);
    QVERIFY(problemMismatch(m_f.backend().sendJson("POST", bulk, m_f.staff(), body), 428,
                            QStringLiteral("idempotency-key-required"))
                .isEmpty());
    QCOMPARE(m_f.post(bulk, QJsonObject{{QStringLiteral("elements"), QJsonArray{}}}).status, 422);
}

void TestApiNetworkMap::rolesAndTenantsAreEnforced()
{
    const QJsonObject place = obj({{"addressId", m_f.addressId()}, {"floor", QStringLiteral("9")}});
    const QString auditor = m_f.backend().token(QStringLiteral("auditor"));
    QVERIFY(problemMismatch(m_f.post(m_f.path(QStringLiteral("places")), place, auditor), 403,
                            QStringLiteral("forbidden"))
                .isEmpty());
    QVERIFY(
        problemMismatch(m_f.post(m_f.path(QStringLiteral("network-elements-bulk")),
                                 QJsonObject{{QStringLiteral("elements"), QJsonArray{}}}, auditor),
                        403, QStringLiteral("forbidden"))
            .isEmpty());
    QCOMPARE(m_f.backend().get(m_f.path(QStringLiteral("places")), auditor).status, 200);
    const QString admin = m_f.backend().token(QStringLiteral("admin"));
    QVERIFY(problemMismatch(m_f.backend().get(m_f.path(QStringLiteral("places")), admin), 404,
                            QStringLiteral("not-found"))
                .isEmpty());
    QCOMPARE(m_f.backend().get(m_f.path(QStringLiteral("network-elements")), admin).status, 404);
    QCOMPARE(m_f.post(m_f.path(QStringLiteral("places")), place, admin).status, 404);
    QCOMPARE(m_f.backend().get(m_f.path(QStringLiteral("places/") + m_f.placeId()), admin).status,
             404);
}

void TestApiNetworkMap::demoTenantsHaveANetworkMap()
{
    int mapped = 0;
    for (const QString &tenant : tenantIds(m_f.backend(), m_f.staff())) {
        if (tenant == m_f.tenant())
            continue;
        const QJsonArray elements =
            listAll(m_f.backend(), QStringLiteral("/v1/tenants/%1/network-elements").arg(tenant),
                    m_f.staff());
        QSet<QString> kinds;
        for (const QJsonValue &e : elements)
            kinds.insert(str(e.toObject(), "kind"));
        if (elements.size() >= 100 && kinds.size() == 5)
            ++mapped;
    }
    QCOMPARE(mapped, 3);
}

QTEST_MAIN(TestApiNetworkMap)
#include "tst_api_network_map.moc"
