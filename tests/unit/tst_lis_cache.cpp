// The network map in the offline cache: a version 1 file migrates keeping its rows; list pages
// and the policy are written whole or not at all; a delta page upserts every new kind and
// applies tombstones; a full sync's sweep and a deleted tenant take the network map with them.
#include "store/Cache.h"
#include "store/CacheMigrations.h"
#include "sync/SyncPageWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestLisCache : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void aVersionOneCacheMigratesKeepingItsRows();
    void aVersionThreeCacheMigratesAndAsksForAFullSync();
    void teamsIdsComeBackFromSyncAndDelta();
    void listPagesAndThePolicyAreReadBack();
    void aMalformedOrForeignPageWritesNothing();
    void aRawPageMustHoldTheCursorAlreadyUsed();
    void deltaUpsertsEveryKindAndAppliesTombstones();
    void sweepAndTenantDeletionTakeTheNetworkMap();
    void tenThousandElementsComeBackInIdOrder();
    void anyDescriptionSurvivesThePackedRow();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_serial = 0;
};

namespace {
const QString tenantA = QStringLiteral("0f8e3c2a-1b4d-4e6f-9a7b-2c3d4e5f6a7b");
const QString tenantB = QStringLiteral("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
const QString stamp = QStringLiteral("2026-03-01T10:00:00Z");

QJsonObject placeJson(const QString &id, const QString &tenant = tenantA)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("tenantId"), tenant},
            {QStringLiteral("addressId"), QStringLiteral("addr-1")},
            {QStringLiteral("building"), QStringLiteral("HQ")},
            {QStringLiteral("floor"), QStringLiteral("2")},
            {QStringLiteral("room"), QString()},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("etag"), QStringLiteral("\"p1\"")},
            {QStringLiteral("updatedAt"), stamp}};
}

QJsonObject subnetJson(const QString &id, const QString &subnet, const QString &tenant = tenantA)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("tenantId"), tenant},
            {QStringLiteral("kind"), QStringLiteral("subnet")},
            {QStringLiteral("placeId"), QStringLiteral("pl-1")},
            {QStringLiteral("subnet"), subnet},
            {QStringLiteral("bssid"), QString()},
            {QStringLiteral("chassisId"), QString()},
            {QStringLiteral("portId"), QString()},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("etag"), QStringLiteral("\"n1\"")},
            {QStringLiteral("updatedAt"), stamp}};
}

QJsonObject testCallJson(const QString &id, const QString &calledAt)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("tenantId"), tenantA},
            {QStringLiteral("placeId"), QStringLiteral("pl-1")},
            {QStringLiteral("number"), QString()},
            {QStringLiteral("addressId"), QStringLiteral("addr-1")},
            {QStringLiteral("addressEtag"), QStringLiteral("\"a1\"")},
            {QStringLiteral("calledBy"), QStringLiteral("Ana Silva")},
            {QStringLiteral("calledAt"), calledAt},
            {QStringLiteral("readBack"), QStringLiteral("1 Main St")},
            {QStringLiteral("result"), QStringLiteral("fail")},
            {QStringLiteral("note"), QStringLiteral("wrong floor")},
            {QStringLiteral("recordedBy"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("u-1")},
                         {QStringLiteral("email"), QStringLiteral("ana@contoso.com")}}},
            {QStringLiteral("recordedAt"), stamp}};
}

QJsonObject policyJson(const QString &tenant = tenantA)
{
    return {{QStringLiteral("tenantId"), tenant},
            {QStringLiteral("notificationMode"), QStringLiteral("conference_unmuted")},
            {QStringLiteral("notificationGroup"), QJsonArray{QStringLiteral("soc@contoso.com")}},
            {QStringLiteral("notificationDialOutNumber"), QString()},
            {QStringLiteral("etag"), QStringLiteral("\"e1\"")},
            {QStringLiteral("updatedAt"), stamp}};
}

QJsonDocument page(const QJsonArray &items)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), items},
                                     {QStringLiteral("nextCursor"), QJsonValue()}});
}

QJsonObject change(const char *kind, const QString &id, const QJsonValue &data,
                   const QString &tenant = tenantA)
{
    QJsonObject c{{QStringLiteral("kind"), QLatin1StringView(kind)},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("tenantId"), tenant},
                  {QStringLiteral("deleted"), data.isNull()}};
    if (!data.isNull())
        c.insert(QStringLiteral("data"), data);
    return c;
}

QJsonDocument changes(const QJsonArray &list, const QString &token)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("changes"), list},
                                     {QStringLiteral("nextToken"), token},
                                     {QStringLiteral("hasMore"), false}});
}

qint64 count(Cache &cache, const char *table)
{
    QSqlQuery q(cache.database());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1StringView(table))) &&
                   q.next()
               ? q.value(0).toLongLong()
               : -1;
}

using Kind = SyncPageWriter::ListKind;
} // namespace

void TestLisCache::init()
{
    m_path = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_serial));
}

void TestLisCache::aVersionOneCacheMigratesKeepingItsRows()
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : cacheMigration1Initial())
            QVERIFY2(q.exec(sql), qPrintable(sql));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO tenants VALUES ('%1', 'Contoso', 0, '\"t\"', 0, 1)")
                       .arg(tenantA)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    Cache cache(m_path);
    QVERIFY2(cache.open(), qPrintable(cache.lastError()));
    QSqlQuery q(cache.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), CacheMigrations::latestVersion());
    QVERIFY(CacheMigrations::latestVersion() >= 2);
    QCOMPARE(cache.tenants().size(), 1);
    QCOMPARE(count(cache, "places"), 0);
    QCOMPARE(count(cache, "network_elements"), 0);
    QCOMPARE(count(cache, "test_calls"), 0);
    QCOMPARE(count(cache, "emergency_policies"), 0);
}

void TestLisCache::aVersionThreeCacheMigratesAndAsksForAFullSync()
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : cacheMigration1Initial() + cacheMigration2NetworkMap() +
                                      cacheMigration3EmergencyCalls())
            QVERIFY2(q.exec(sql), qPrintable(sql));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO places VALUES ('pl-1', '%1', 'addr-1', 'HQ',"
                                      " '2', '', '', '\"p1\"', 0, 1)")
                           .arg(tenantA)));
        QVERIFY(q.exec(QStringLiteral("UPDATE sync_state SET change_token = 'tok',"
                                      " full_sync_complete = 1")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));

    Cache cache(m_path);
    QVERIFY2(cache.open(), qPrintable(cache.lastError()));
    QVERIFY(CacheMigrations::latestVersion() >= 4);
    const auto place = cache.place(QStringLiteral("pl-1"));
    QVERIFY(place);
    QCOMPARE(place->label(), QStringLiteral("HQ, 2"));
    QCOMPARE(place->teamsLocationId, QString());
    // Rows from before this version lack the Teams ids: the next sync is a full one.
    QVERIFY(!cache.syncState().canSyncDelta());
}

void TestLisCache::teamsIdsComeBackFromSyncAndDelta()
{
    Cache cache(m_path);
    QVERIFY(cache.open());
    const QString locationId = QStringLiteral("9f3a1c2b-0d4e-4f5a-8b6c-7d8e9f0a1b2c");
    const QString civicId = QStringLiteral("5aa884e8-d548-4b8e-a289-52bfd5265a6e");
    QJsonObject matched = placeJson(QStringLiteral("pl-1"));
    matched.insert(QStringLiteral("teamsLocationId"), locationId);
    QJsonObject unmatched = placeJson(QStringLiteral("pl-2"));
    unmatched.insert(QStringLiteral("teamsLocationId"), QJsonValue());
    QVERIFY(
        SyncPageWriter::writeListPage(cache, Kind::Places, page({matched, unmatched}), 1, tenantA)
            .ok);
    QCOMPARE(cache.place(QStringLiteral("pl-1"))->teamsLocationId, locationId);
    QCOMPARE(cache.place(QStringLiteral("pl-2"))->teamsLocationId, QString());

    const QJsonObject address = QJsonDocument::fromJson(R"({"id": "addr-1",
        "tenantId": "0f8e3c2a-1b4d-4e6f-9a7b-2c3d4e5f6a7b", "companyName": "Contoso",
        "civic": {"addNumber": "1", "stName": "Microsoft", "stPosTyp": "Way",
                  "postalCommunity": "Redmond", "state": "WA", "postalCode": "98052",
                  "country": "US"},
        "locationNote": "", "teamsCivicAddressId": "5aa884e8-d548-4b8e-a289-52bfd5265a6e",
        "validation": {"status": "unvalidated", "normalized": null, "problems": [],
                       "geocode": null},
        "usage": {"dids": 0}, "etag": "\"v1\"", "updatedAt": "2026-03-01T10:00:00Z"})")
                                    .object();
    QVERIFY(!address.isEmpty());
    QVERIFY(SyncPageWriter::writeListPage(cache, Kind::Addresses, page({address}), 1, tenantA).ok);
    QCOMPARE(cache.address(QStringLiteral("addr-1"))->teamsCivicAddressId, civicId);
    QCOMPARE(cache.addresses(tenantA).value(0).teamsCivicAddressId, civicId);

    // A delta that clears one id and sets the other.
    matched.insert(QStringLiteral("teamsLocationId"), QJsonValue());
    unmatched.insert(QStringLiteral("teamsLocationId"), locationId.toUpper());
    QVERIFY(SyncPageWriter::applyChanges(
                cache, changes({change("place", QStringLiteral("pl-1"), matched),
                                change("place", QStringLiteral("pl-2"), unmatched)},
                               QStringLiteral("t2")))
                .ok);
    QCOMPARE(cache.place(QStringLiteral("pl-1"))->teamsLocationId, QString());
    QCOMPARE(cache.place(QStringLiteral("pl-2"))->teamsLocationId, locationId);
}

void TestLisCache::listPagesAndThePolicyAreReadBack()
{
    Cache cache(m_path);
    QVERIFY(cache.open());
    QVERIFY(SyncPageWriter::writeListPage(cache, Kind::Places,
                                          page({placeJson(QStringLiteral("pl-1"))}), 1, tenantA)
                .ok);
    QVERIFY(SyncPageWriter::writeListPage(
                cache, Kind::NetworkElements,
                page({subnetJson(QStringLiteral("ne-2"), QStringLiteral("10.0.2.0/24")),
                      subnetJson(QStringLiteral("ne-1"), QStringLiteral("10.0.1.0/24"))}),
                1, tenantA)
                .ok);
    QVERIFY(
        SyncPageWriter::writeListPage(
            cache, Kind::TestCalls,
            page({testCallJson(QStringLiteral("tc-2"), QStringLiteral("2026-03-02T10:00:00Z")),
                  testCallJson(QStringLiteral("tc-1"), QStringLiteral("2026-03-01T09:00:00Z"))}),
            1, tenantA)
            .ok);
    const auto policyWrite =
        SyncPageWriter::writeEmergencyPolicy(cache, QJsonDocument(policyJson()), 1, tenantA);
    QVERIFY2(policyWrite.ok, qPrintable(policyWrite.error));

    const QList<Place> places = cache.places(tenantA);
    QCOMPARE(places.size(), 1);
    QCOMPARE(places.first().label(), QStringLiteral("HQ, 2"));
    QCOMPARE(cache.place(QStringLiteral("pl-1")), places.first());
    QVERIFY(!cache.place(QStringLiteral("pl-9")));

    const QList<NetworkElement> elements = cache.networkElements(tenantA);
    QCOMPARE(elements.size(), 2);
    QCOMPARE(elements.at(0).id, QStringLiteral("ne-1")); // id order, not arrival order
    QCOMPARE(elements.at(0).subnet, QStringLiteral("10.0.1.0/24"));
    QList<FieldError> errors;
    QCOMPARE(elements.at(1), *NetworkElement::fromJson(
                                 subnetJson(QStringLiteral("ne-2"), QStringLiteral("10.0.2.0/24")),
                                 errors)); // every field survives the round trip
    QCOMPARE(cache.networkElement(QStringLiteral("ne-2")), elements.at(1));

    const QList<TestCall> calls = cache.testCalls(tenantA);
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).id, QStringLiteral("tc-1")); // oldest call first
    QCOMPARE(calls.at(1), *TestCall::fromJson(testCallJson(QStringLiteral("tc-2"),
                                                           QStringLiteral("2026-03-02T10:00:00Z")),
                                              errors));

    const auto policy = cache.emergencyPolicy(tenantA);
    QVERIFY(policy);
    QCOMPARE(*policy, *EmergencyPolicy::fromJson(policyJson(), errors));
    QVERIFY(!cache.emergencyPolicy(tenantB));
    QVERIFY(cache.networkElements(tenantB).isEmpty());
}

void TestLisCache::aMalformedOrForeignPageWritesNothing()
{
    Cache cache(m_path);
    QVERIFY(cache.open());
    QJsonObject bad = subnetJson(QStringLiteral("ne-2"), QString()); // a subnet without a subnet
    const auto malformed = SyncPageWriter::writeListPage(
        cache, Kind::NetworkElements,
        page({subnetJson(QStringLiteral("ne-1"), QStringLiteral("10.0.1.0/24")), bad}), 1, tenantA);
    QVERIFY(!malformed.ok);
    QVERIFY(malformed.decodeError);
    QCOMPARE(malformed.fieldErrors.first().field, QStringLiteral("items[1].subnet"));
    const auto foreign = SyncPageWriter::writeListPage(
        cache, Kind::Places, page({placeJson(QStringLiteral("pl-1"), tenantB)}), 1, tenantA);
    QVERIFY(!foreign.ok);
    const auto foreignPolicy =
        SyncPageWriter::writeEmergencyPolicy(cache, QJsonDocument(policyJson(tenantB)), 1, tenantA);
    QVERIFY(!foreignPolicy.ok);
    QCOMPARE(count(cache, "network_elements"), 0);
    QCOMPARE(count(cache, "places"), 0);
    QCOMPARE(count(cache, "emergency_policies"), 0);
}

void TestLisCache::aRawPageMustHoldTheCursorAlreadyUsed()
{
    // Sync sends the next request with the cursor peeked off the page's end, then parses the
    // page on its worker: a page whose real cursor differs is refused, and writes nothing.
    Cache cache(m_path);
    QVERIFY(cache.open());
    QJsonObject object = page({placeJson(QStringLiteral("pl-1"))}).object();
    object.insert(QStringLiteral("nextCursor"), QStringLiteral("c2"));
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const SyncPageResult mismatch = SyncPageWriter::writeRawListPage(
        cache, Kind::Places, bytes, QStringLiteral("c9"), 1, tenantA);
    QVERIFY(!mismatch.ok);
    QVERIFY(mismatch.decodeError);
    QCOMPARE(count(cache, "places"), 0);
    const SyncPageResult broken = SyncPageWriter::writeRawListPage(
        cache, Kind::Places, bytes.left(bytes.size() - 3), QStringLiteral("c2"), 1, tenantA);
    QVERIFY(!broken.ok);
    QVERIFY(broken.decodeError);
    QCOMPARE(count(cache, "places"), 0);
    const SyncPageResult written = SyncPageWriter::writeRawListPage(
        cache, Kind::Places, bytes, QStringLiteral("c2"), 1, tenantA);
    QVERIFY2(written.ok, qPrintable(written.error));
    QCOMPARE(count(cache, "places"), 1);
}

void TestLisCache::deltaUpsertsEveryKindAndAppliesTombstones()
{
    Cache cache(m_path);
    QVERIFY(cache.open());
    const auto first = SyncPageWriter::applyChanges(
        cache, changes({change("place", QStringLiteral("pl-1"), placeJson(QStringLiteral("pl-1"))),
                        change("network_element", QStringLiteral("ne-1"),
                               subnetJson(QStringLiteral("ne-1"), QStringLiteral("10.0.1.0/24"))),
                        change("test_call", QStringLiteral("tc-1"),
                               testCallJson(QStringLiteral("tc-1"), stamp)),
                        change("emergency_policy", tenantA, policyJson())},
                       QStringLiteral("t1")));
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.items, 4);
    QCOMPARE(first.changes.placeTenants, QSet<QString>{tenantA});
    QCOMPARE(first.changes.networkElementTenants, QSet<QString>{tenantA});
    QCOMPARE(first.changes.testCallTenants, QSet<QString>{tenantA});
    QCOMPARE(first.changes.emergencyPolicyTenants, QSet<QString>{tenantA});
    QCOMPARE(cache.places(tenantA).size(), 1);
    QCOMPARE(cache.networkElements(tenantA).size(), 1);
    QCOMPARE(cache.testCalls(tenantA).size(), 1);
    QVERIFY(cache.emergencyPolicy(tenantA));
    QCOMPARE(cache.syncState().changeToken, QStringLiteral("t1"));

    const auto second = SyncPageWriter::applyChanges(
        cache, changes({change("network_element", QStringLiteral("ne-1"), QJsonValue()),
                        change("place", QStringLiteral("pl-1"), QJsonValue())},
                       QStringLiteral("t2")));
    QVERIFY(second.ok);
    QVERIFY(cache.places(tenantA).isEmpty());
    QVERIFY(cache.networkElements(tenantA).isEmpty());
    QCOMPARE(cache.testCalls(tenantA).size(), 1); // test calls keep their history
    QCOMPARE(second.changes.networkElementTenants, QSet<QString>{tenantA});

    // A change whose data names another element is refused whole, token included.
    const auto inconsistent = SyncPageWriter::applyChanges(
        cache, changes({change("network_element", QStringLiteral("ne-7"),
                               subnetJson(QStringLiteral("ne-8"), QStringLiteral("10.0.8.0/24")))},
                       QStringLiteral("t3")));
    QVERIFY(!inconsistent.ok);
    QCOMPARE(cache.syncState().changeToken, QStringLiteral("t2"));
    QVERIFY(!cache.networkElement(QStringLiteral("ne-8")));
}

void TestLisCache::sweepAndTenantDeletionTakeTheNetworkMap()
{
    Cache cache(m_path);
    QVERIFY(cache.open());
    QList<FieldError> errors;
    const auto old = *NetworkElement::fromJson(
        subnetJson(QStringLiteral("ne-old"), QStringLiteral("10.9.0.0/16")), errors);
    const auto kept = *NetworkElement::fromJson(
        subnetJson(QStringLiteral("ne-kept"), QStringLiteral("10.8.0.0/16")), errors);
    const auto otherTenant = *NetworkElement::fromJson(
        subnetJson(QStringLiteral("ne-b"), QStringLiteral("10.7.0.0/16"), tenantB), errors);
    QVERIFY(cache.begin());
    QVERIFY(cache.upsertNetworkElement(old, 1));
    QVERIFY(cache.upsertNetworkElement(kept, 2));
    QVERIFY(cache.upsertNetworkElement(otherTenant, 2));
    QVERIFY(cache.upsertPlace(*Place::fromJson(placeJson(QStringLiteral("pl-old")), errors), 1));
    QVERIFY(cache.upsertEmergencyPolicy(*EmergencyPolicy::fromJson(policyJson(), errors), 1));
    QVERIFY(
        cache.upsertEmergencyPolicy(*EmergencyPolicy::fromJson(policyJson(tenantB), errors), 2));
    QVERIFY(cache.sweepOlderThan(2));
    QVERIFY(cache.commit());
    QCOMPARE(cache.networkElements(tenantA), QList<NetworkElement>{kept});
    QVERIFY(cache.places(tenantA).isEmpty());
    QVERIFY(!cache.emergencyPolicy(tenantA));

    QVERIFY(cache.begin() && cache.deleteTenant(tenantB) && cache.commit());
    QVERIFY(cache.networkElements(tenantB).isEmpty());
    QVERIFY(!cache.emergencyPolicy(tenantB));
    QCOMPARE(cache.networkElements(tenantA).size(), 1);
}

void TestLisCache::tenThousandElementsComeBackInIdOrder()
{
    Cache cache(m_path);
    QVERIFY(cache.open());
    QVERIFY(cache.begin());
    NetworkElement e;
    e.tenantId = tenantA;
    e.kind = NetworkElementKind::AccessPoint;
    e.placeId = QStringLiteral("pl-1");
    e.etag = QStringLiteral("\"n1\"");
    e.updatedAt = QDateTime::currentDateTimeUtc();
    for (int i = 9999; i >= 0; --i) {
        e.id = QStringLiteral("ne-%1").arg(i, 5, 10, QLatin1Char('0'));
        e.bssid = QStringLiteral("AA-BB-CC-%1-%2-%3")
                      .arg(i >> 16 & 0xff, 2, 16, QLatin1Char('0'))
                      .arg(i >> 8 & 0xff, 2, 16, QLatin1Char('0'))
                      .arg(i & 0xff, 2, 16, QLatin1Char('0'))
                      .toUpper();
        QVERIFY(cache.upsertNetworkElement(e, 1));
    }
    QVERIFY(cache.commit());
    const QList<NetworkElement> all = cache.networkElements(tenantA);
    QCOMPARE(all.size(), 10000);
    QCOMPARE(all.first().id, QStringLiteral("ne-00000"));
    QCOMPARE(all.last().id, QStringLiteral("ne-09999"));
    QCOMPARE(all.last().bssid, QStringLiteral("AA-BB-CC-00-27-0F"));
    QCOMPARE(all.last().kind, NetworkElementKind::AccessPoint);
}

void TestLisCache::anyDescriptionSurvivesThePackedRow()
{
    Cache cache(m_path);
    QVERIFY(cache.open());
    QList<FieldError> errors;
    auto element = *NetworkElement::fromJson(
        subnetJson(QStringLiteral("ne-1"), QStringLiteral("2001:db8::/32")), errors);
    // The separator itself, a tab, a newline and non-Latin text, all in the free-text field.
    element.description =
        QString(QStringLiteral("a") + QChar(0x1f) + QStringLiteral("b\tc\nÜ ☎") + QChar(0x1f));
    QVERIFY(cache.begin() && cache.upsertNetworkElement(element, 1) && cache.commit());
    QCOMPARE(cache.networkElements(tenantA), QList<NetworkElement>{element});
    QCOMPARE(cache.networkElement(QStringLiteral("ne-1")), element);
    // A row that is not one of ours is skipped, not half-read.
    QVERIFY(!Cache::networkElementFromListRow(
        QString(QStringLiteral("9") + QChar(0x1f) + QStringLiteral("0")), tenantA));
    QVERIFY(!Cache::networkElementFromListRow(QString(), tenantA));
}

QTEST_GUILESS_MAIN(TestLisCache)
#include "tst_lis_cache.moc"
