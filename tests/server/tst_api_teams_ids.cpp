// Teams's own ids over HTTPS (issue 17): an address's teamsCivicAddressId and a place's
// teamsLocationId are stored in canonical form, kept by an edit that leaves them out, changed and
// cleared by one that names them, unique within a tenant (409 naming the other), free across
// tenants, refused when malformed, and carried by the change feed. Keeping a Teams id on an
// address does not send its numbers back to the 911 provider; editing the address does.
#include "LisApiFixture.h"

#include <QJsonArray>
#include <QUuid>
#include <QtTest>

using namespace api;
using namespace lis_api;

class TestApiTeamsIds : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void addressIdIsCanonicalKeptChangedAndCleared();
    void placeIdIsCanonicalKeptChangedAndCleared();
    void anIdNamesOneAddressPerTenant();
    void anIdNamesOnePlacePerTenant();
    void malformedIdsAreRefused_data();
    void malformedIdsAreRefused();
    void keepingAnIdLeavesRegisteredNumbersAlone();

private:
    // A new address of `tenant` with these extra members; the reply of the POST.
    TestReply postAddress(const QString &tenant, const QJsonObject &extra);
    QJsonObject placeBody(const QJsonObject &extra) const;

    LisApiFixture m_f;
    QString m_otherTenant;
};

namespace {
const QString civicId = QStringLiteral("5aa884e8-d548-4b8e-a289-52bfd5265a6e");
const QString locationId = QStringLiteral("9f3a1c2b-0d4e-4f5a-8b6c-7d8e9f0a1b2c");
// Each test takes its own ids: the rows of earlier tests stay in the tenant.
QString freshId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject with(QJsonObject o, const char *key, const QJsonValue &value)
{
    o.insert(QLatin1StringView(key), value);
    return o;
}
} // namespace

void TestApiTeamsIds::initTestCase()
{
    QVERIFY(m_f.start());
    for (const QString &t : tenantIds(m_f.backend(), m_f.staff()))
        if (t != m_f.tenant())
            m_otherTenant = t;
    QVERIFY(!m_otherTenant.isEmpty());
}

TestReply TestApiTeamsIds::postAddress(const QString &tenant, const QJsonObject &extra)
{
    QJsonObject body{{QStringLiteral("civic"), validCivic()}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return m_f.post(QStringLiteral("/v1/tenants/%1/addresses").arg(tenant), body);
}

QJsonObject TestApiTeamsIds::placeBody(const QJsonObject &extra) const
{
    QJsonObject body = obj({{"addressId", m_f.addressId()}, {"building", QStringLiteral("B7")}});
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

void TestApiTeamsIds::addressIdIsCanonicalKeptChangedAndCleared()
{
    const QString since = m_f.changeToken();
    // PowerShell prints GUIDs in either case, sometimes braced: the server keeps one form.
    const TestReply created = postAddress(
        m_f.tenant(),
        {{QStringLiteral("teamsCivicAddressId"), QString(u'{' + civicId.toUpper() + u'}')}});
    QVERIFY2(created.status == 201, describe(created));
    QCOMPARE(str(created.json(), "teamsCivicAddressId"), civicId);
    const QString id = str(created.json(), "id");
    const QString one = m_f.path(QStringLiteral("addresses/") + id);
    QCOMPARE(m_f.backend().get(one, m_f.staff()).json(), created.json());
    const QHash<QString, QJsonObject> changes = m_f.changesSince(since);
    QCOMPARE(changes.value(QStringLiteral("address:") + id)
                 .value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("teamsCivicAddressId")),
             QJsonValue(civicId));

    // An edit that leaves the id out (an app that predates it) keeps it.
    const QJsonObject plain{{QStringLiteral("civic"), validCivic()},
                            {QStringLiteral("companyName"), QStringLiteral("Renamed Co")}};
    const TestReply kept = m_f.put(one, plain, str(created.json(), "etag"));
    QVERIFY2(kept.status == 200, describe(kept));
    QCOMPARE(str(kept.json(), "teamsCivicAddressId"), civicId);

    const QString other = freshId();
    const QString beforeChange = m_f.changeToken();
    const TestReply changed =
        m_f.put(one, with(plain, "teamsCivicAddressId", other), str(kept.json(), "etag"));
    QVERIFY2(changed.status == 200, describe(changed));
    QCOMPARE(str(changed.json(), "teamsCivicAddressId"), other);
    QVERIFY(str(changed.json(), "etag") != str(kept.json(), "etag"));
    QCOMPARE(changed.header("etag"), str(changed.json(), "etag").toLatin1());
    QCOMPARE(m_f.changesSince(beforeChange)
                 .value(QStringLiteral("address:") + id)
                 .value(QStringLiteral("data"))
                 .toObject(),
             changed.json());

    const TestReply cleared =
        m_f.put(one, with(plain, "teamsCivicAddressId", QJsonValue()), str(changed.json(), "etag"));
    QVERIFY2(cleared.status == 200, describe(cleared));
    QVERIFY(cleared.json().contains(QStringLiteral("teamsCivicAddressId")));
    QVERIFY(cleared.json().value(QStringLiteral("teamsCivicAddressId")).isNull());
    // Cleared, the id is free for another address of the tenant.
    const TestReply reused =
        postAddress(m_f.tenant(), {{QStringLiteral("teamsCivicAddressId"), civicId}});
    QVERIFY2(reused.status == 201, describe(reused));

    // An address made without one answers null, never leaves the member out.
    const TestReply none = postAddress(m_f.tenant(), {});
    QVERIFY2(none.status == 201, describe(none));
    QVERIFY(none.json().value(QStringLiteral("teamsCivicAddressId")).isNull());
    QVERIFY(none.json().contains(QStringLiteral("teamsCivicAddressId")));
}

void TestApiTeamsIds::placeIdIsCanonicalKeptChangedAndCleared()
{
    const QString since = m_f.changeToken();
    const TestReply created =
        m_f.post(m_f.path(QStringLiteral("places")),
                 placeBody({{QStringLiteral("teamsLocationId"),
                             QString(QStringLiteral(" ") + locationId.toUpper())}}));
    QVERIFY2(created.status == 201, describe(created));
    QCOMPARE(str(created.json(), "teamsLocationId"), locationId);
    const QString id = str(created.json(), "id");
    const QString one = m_f.path(QStringLiteral("places/") + id);
    QCOMPARE(m_f.backend().get(one, m_f.staff()).json(), created.json());
    QCOMPARE(m_f.changesSince(since)
                 .value(QStringLiteral("place:") + id)
                 .value(QStringLiteral("data"))
                 .toObject(),
             created.json());

    const TestReply kept = m_f.put(one, placeBody({{QStringLiteral("floor"), QStringLiteral("2")}}),
                                   str(created.json(), "etag"));
    QVERIFY2(kept.status == 200, describe(kept));
    QCOMPARE(str(kept.json(), "teamsLocationId"), locationId);

    const QString other = freshId();
    const TestReply changed = m_f.put(one, placeBody({{QStringLiteral("teamsLocationId"), other}}),
                                      str(kept.json(), "etag"));
    QVERIFY2(changed.status == 200, describe(changed));
    QCOMPARE(str(changed.json(), "teamsLocationId"), other);
    QVERIFY(str(changed.json(), "etag") != str(kept.json(), "etag"));

    const QString beforeClear = m_f.changeToken();
    const TestReply cleared =
        m_f.put(one, placeBody({{QStringLiteral("teamsLocationId"), QJsonValue()}}),
                str(changed.json(), "etag"));
    QVERIFY2(cleared.status == 200, describe(cleared));
    QVERIFY(cleared.json().value(QStringLiteral("teamsLocationId")).isNull());
    QVERIFY(cleared.json().contains(QStringLiteral("teamsLocationId")));
    QCOMPARE(m_f.changesSince(beforeClear)
                 .value(QStringLiteral("place:") + id)
                 .value(QStringLiteral("data"))
                 .toObject(),
             cleared.json());
}

void TestApiTeamsIds::anIdNamesOneAddressPerTenant()
{
    const QString teamsId = freshId();
    const TestReply first =
        postAddress(m_f.tenant(), {{QStringLiteral("teamsCivicAddressId"), teamsId}});
    QVERIFY2(first.status == 201, describe(first));
    const int addresses = m_f.count(QStringLiteral("addresses"));

    // Written differently, it is still the same id.
    const TestReply second =
        postAddress(m_f.tenant(), {{QStringLiteral("teamsCivicAddressId"), teamsId.toUpper()}});
    QVERIFY2(problemMismatch(second, 409, QStringLiteral("teams-id-in-use")).isEmpty(),
             describe(second));
    QCOMPARE(str(second.json(), "existingId"), str(first.json(), "id"));
    QVERIFY(str(second.json(), "detail").contains(str(first.json(), "id")));
    QCOMPARE(m_f.count(QStringLiteral("addresses")), addresses);

    // An edit may not take another address's id, but may keep its own.
    const TestReply plain = postAddress(m_f.tenant(), {});
    QVERIFY2(plain.status == 201, describe(plain));
    const QString plainPath = m_f.path(QStringLiteral("addresses/") + str(plain.json(), "id"));
    const QJsonObject taking{{QStringLiteral("civic"), validCivic()},
                             {QStringLiteral("teamsCivicAddressId"), teamsId}};
    const TestReply taken = m_f.put(plainPath, taking, str(plain.json(), "etag"));
    QVERIFY2(problemMismatch(taken, 409, QStringLiteral("teams-id-in-use")).isEmpty(),
             describe(taken));
    QCOMPARE(str(taken.json(), "existingId"), str(first.json(), "id"));
    QCOMPARE(m_f.backend().get(plainPath, m_f.staff()).json(), plain.json());
    const QString firstPath = m_f.path(QStringLiteral("addresses/") + str(first.json(), "id"));
    const TestReply own = m_f.put(firstPath, taking, str(first.json(), "etag"));
    QVERIFY2(own.status == 200, describe(own));

    // Another tenant is another Teams tenant: the same id is no conflict there.
    const TestReply elsewhere =
        postAddress(m_otherTenant, {{QStringLiteral("teamsCivicAddressId"), teamsId}});
    QVERIFY2(elsewhere.status == 201, describe(elsewhere));
    QCOMPARE(str(elsewhere.json(), "teamsCivicAddressId"), teamsId);
}

void TestApiTeamsIds::anIdNamesOnePlacePerTenant()
{
    const QString teamsId = freshId();
    const TestReply first = m_f.post(m_f.path(QStringLiteral("places")),
                                     placeBody({{QStringLiteral("teamsLocationId"), teamsId}}));
    QVERIFY2(first.status == 201, describe(first));
    const int places = m_f.count(QStringLiteral("places"));
    const TestReply second =
        m_f.post(m_f.path(QStringLiteral("places")),
                 placeBody({{QStringLiteral("teamsLocationId"), QString(u'{' + teamsId + u'}')}}));
    QVERIFY2(problemMismatch(second, 409, QStringLiteral("teams-id-in-use")).isEmpty(),
             describe(second));
    QCOMPARE(str(second.json(), "existingId"), str(first.json(), "id"));
    QCOMPARE(m_f.count(QStringLiteral("places")), places);

    const QString plainId = m_f.createPlace(QStringLiteral("B8"));
    QVERIFY(!plainId.isEmpty());
    const QString plainPath = m_f.path(QStringLiteral("places/") + plainId);
    const QJsonObject plain = m_f.backend().get(plainPath, m_f.staff()).json();
    const TestReply taken = m_f.put(
        plainPath, placeBody({{QStringLiteral("teamsLocationId"), teamsId}}), str(plain, "etag"));
    QVERIFY2(problemMismatch(taken, 409, QStringLiteral("teams-id-in-use")).isEmpty(),
             describe(taken));
    QCOMPARE(str(taken.json(), "existingId"), str(first.json(), "id"));

    // The other tenant needs an address of its own to hold a place.
    const TestReply address = postAddress(m_otherTenant, {});
    QVERIFY2(address.status == 201, describe(address));
    const TestReply elsewhere =
        m_f.post(QStringLiteral("/v1/tenants/%1/places").arg(m_otherTenant),
                 QJsonObject{{QStringLiteral("addressId"), str(address.json(), "id")},
                             {QStringLiteral("building"), QStringLiteral("B7")},
                             {QStringLiteral("teamsLocationId"), teamsId}});
    QVERIFY2(elsewhere.status == 201, describe(elsewhere));
    QCOMPARE(str(elsewhere.json(), "teamsLocationId"), teamsId);
}

void TestApiTeamsIds::malformedIdsAreRefused_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("a name") << QJsonValue(QStringLiteral("Contoso HQ")) << "invalid";
    QTest::newRow("empty") << QJsonValue(QStringLiteral("")) << "invalid";
    QTest::newRow("trailing text")
        << QJsonValue(QString(civicId + QStringLiteral("-extra"))) << "invalid";
    QTest::newRow("no hyphens") << QJsonValue(QString(civicId).remove(u'-')) << "invalid";
    QTest::newRow("one brace") << QJsonValue(QString(u'{' + civicId)) << "invalid";
    QTest::newRow("nil GUID") << QJsonValue(QStringLiteral("00000000-0000-0000-0000-000000000000"))
                              << "invalid";
    QTest::newRow("a number") << QJsonValue(17) << "wrong_type";
    QTest::newRow("an object") << QJsonValue(QJsonObject{{QStringLiteral("id"), civicId}})
                               << "wrong_type";
}

void TestApiTeamsIds::malformedIdsAreRefused()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    const int addresses = m_f.count(QStringLiteral("addresses"));
    const TestReply address =
        postAddress(m_f.tenant(), {{QStringLiteral("teamsCivicAddressId"), value}});
    QVERIFY2(problemMismatch(address, 422, QStringLiteral("invalid-field")).isEmpty(),
             describe(address));
    QCOMPARE(firstError(address).value(QStringLiteral("field")).toString(),
             QStringLiteral("teamsCivicAddressId"));
    QCOMPARE(firstError(address).value(QStringLiteral("code")).toString(), code);
    QCOMPARE(m_f.count(QStringLiteral("addresses")), addresses);

    const QString placePath = m_f.path(QStringLiteral("places/") + m_f.placeId());
    const QJsonObject place = m_f.backend().get(placePath, m_f.staff()).json();
    const TestReply edit = m_f.put(
        placePath, placeBody({{QStringLiteral("teamsLocationId"), value}}), str(place, "etag"));
    QVERIFY2(problemMismatch(edit, 422, QStringLiteral("invalid-field")).isEmpty(), describe(edit));
    QCOMPARE(problemFields(edit), QStringList{QStringLiteral("teamsLocationId")});
    QCOMPARE(m_f.backend().get(placePath, m_f.staff()).json(), place);
}

void TestApiTeamsIds::keepingAnIdLeavesRegisteredNumbersAlone()
{
    const TestReply address = postAddress(m_f.tenant(), {});
    QVERIFY2(address.status == 201, describe(address));
    const QString one = m_f.path(QStringLiteral("addresses/") + str(address.json(), "id"));
    const QStringList basic = basicUsNumbers(m_f.backend(), m_f.tenant(), m_f.staff());
    QVERIFY(!basic.isEmpty());
    const QString number = basic.first();
    const QString didUrl = didPath(m_f.tenant(), number);
    const TestReply did = m_f.backend().get(didUrl, m_f.staff());
    QVERIFY2(did.status == 200, describe(did));
    const TestReply on =
        putE911(m_f.backend(), m_f.staff(), m_f.tenant(), number,
                enableBody(str(address.json(), "id")), did.header("etag"), newIdempotencyKey());
    QVERIFY2(on.status == 202, describe(on));
    const auto stateOf = [&] {
        const TestReply now = m_f.backend().get(didUrl, m_f.staff());
        return now.json().value(QStringLiteral("e911")).toObject().value(u"state").toString();
    };
    QTRY_COMPARE(stateOf(), QStringLiteral("registered"));
    const QByteArray registeredEtag = m_f.backend().get(didUrl, m_f.staff()).header("etag");

    // Keeping the Teams id: the number stays as the provider has it.
    const QString since = m_f.changeToken();
    const QJsonObject body{{QStringLiteral("civic"), validCivic()}};
    const TestReply kept =
        m_f.put(one, with(body, "teamsCivicAddressId", freshId()), str(address.json(), "etag"));
    QVERIFY2(kept.status == 200, describe(kept));
    QCOMPARE(m_f.backend().get(didUrl, m_f.staff()).header("etag"), registeredEtag);
    QVERIFY(!m_f.changesSince(since).contains(QStringLiteral("did:") + number));

    // A note for the call taker goes to the provider: the number is registered again.
    const TestReply noted =
        m_f.put(one, with(body, "locationNote", QStringLiteral("Reception, ground floor")),
                str(kept.json(), "etag"));
    QVERIFY2(noted.status == 200, describe(noted));
    QVERIFY(m_f.backend().get(didUrl, m_f.staff()).header("etag") != registeredEtag);
    QVERIFY(m_f.changesSince(since).contains(QStringLiteral("did:") + number));
}

QTEST_GUILESS_MAIN(TestApiTeamsIds)
#include "tst_api_teams_ids.moc"
