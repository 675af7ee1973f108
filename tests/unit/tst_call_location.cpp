// A number's last call through Teams against its registration (issue 16): the latest call that
// says something about the location decides; a difference flags the number until the
// registration changes or a later call matches. Calls reach the cache through the change feed
// and the full sync's list, whole or not at all, and leave with their tenant; a version 2 cache
// migrates, keeps its test calls as people's records, and asks for a full sync.
#include "calls/CallLocationCheck.h"
#include "calls/CallLocationQuery.h"
#include "calls/CallLocationText.h"
#include "calls/CallPlaceCheck.h"
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

class TestCallLocation : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void latestCallWithAVerdictDecides();
    void aChangedRegistrationClearsTheFlag();
    void theSentenceSaysWhatDiffered();
    void aPlaceIsJudgedByItsLatestNamingCall();
    void aStreetsPartsReadAsOneLine();
    void callsArriveThroughTheChangeFeedWholeOrNotAtAll();
    void listPagesSweepAndTenantDeletionTakeCalls();
    void cachedChecksJudgeAgainstTheRegistrationOnFile();
    void aVersionTwoCacheMigratesAndAsksForAFullSync();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_serial = 0;
};

namespace {
const QString tenantA = QStringLiteral("0f8e3c2a-1b4d-4e6f-9a7b-2c3d4e5f6a7b");
const QString tenantB = QStringLiteral("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
const QString number = QStringLiteral("+12065550100");

QJsonObject callJson(const QString &id, const QString &startedAt, const char *verdict,
                     const QString &tenant = tenantA,
                     const QString &etag = QStringLiteral("\"a1\""))
{
    QJsonArray differences;
    if (QLatin1StringView(verdict) == QLatin1StringView("differs"))
        differences.append(QJsonObject{{QStringLiteral("field"), QStringLiteral("addNumber")},
                                       {QStringLiteral("sent"), QStringLiteral("742")},
                                       {QStringLiteral("registered"), QStringLiteral("1")}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("tenantId"), tenant},
            {QStringLiteral("kind"), QStringLiteral("emergency")},
            {QStringLiteral("dialed"), QStringLiteral("911")},
            {QStringLiteral("number"), number},
            {QStringLiteral("caller"),
             QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Ana Silva")},
                         {QStringLiteral("upn"), QStringLiteral("ana@contoso.com")}}},
            {QStringLiteral("startedAt"), startedAt},
            {QStringLiteral("endedAt"), QJsonValue()},
            {QStringLiteral("locationSent"),
             QJsonObject{{QStringLiteral("houseNumber"), QStringLiteral("742")}}},
            {QStringLiteral("registered"),
             QJsonObject{{QStringLiteral("addressId"), QStringLiteral("addr-1")},
                         {QStringLiteral("addressEtag"), etag}}},
            {QStringLiteral("location"),
             QJsonObject{{QStringLiteral("verdict"), QLatin1StringView(verdict)},
                         {QStringLiteral("differences"), differences}}},
            {QStringLiteral("events"), QJsonArray{QJsonObject{{QStringLiteral("id"), id}}}}};
}

EmergencyCall call(const QString &id, const QString &startedAt, const char *verdict)
{
    return *EmergencyCall::fromJson(callJson(id, startedAt, verdict));
}

QJsonObject change(const QString &id, const QJsonValue &data)
{
    QJsonObject c{{QStringLiteral("kind"), QStringLiteral("emergency_call")},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("tenantId"), tenantA},
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

const RegistrationOnFile onFile{QStringLiteral("addr-1"), QStringLiteral("\"a1\"")};
} // namespace

void TestCallLocation::init()
{
    m_path = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_serial));
}

void TestCallLocation::latestCallWithAVerdictDecides()
{
    QJsonObject anonymous =
        callJson(QStringLiteral("c9"), QStringLiteral("2026-12-01T12:00:00Z"), "differs");
    anonymous.insert(QStringLiteral("number"), QJsonValue());
    const QList<EmergencyCall> calls{
        call(QStringLiteral("c1"), QStringLiteral("2026-12-01T09:00:00Z"), "differs"),
        call(QStringLiteral("c2"), QStringLiteral("2026-12-01T10:00:00Z"), "matches"),
        // Later, but says nothing about the location: it does not decide.
        call(QStringLiteral("c3"), QStringLiteral("2026-12-01T11:00:00Z"), "not_registered"),
        call(QStringLiteral("c4"), QStringLiteral("2026-12-01T11:00:00Z"), "cannot_compare"),
        *EmergencyCall::fromJson(anonymous),
    };
    const auto latest = latestCallPerNumber(calls);
    QCOMPARE(latest.size(), 1);
    QCOMPARE(latest.value(number).id, QStringLiteral("c2"));
    QCOMPARE(checkCallLocation(latest.value(number), onFile).state,
             CallLocationCheck::State::Matches);

    // Input order does not matter; the later differing call flags the number.
    const QList<EmergencyCall> later{
        call(QStringLiteral("c6"), QStringLiteral("2026-12-02T08:00:00Z"), "differs"),
        call(QStringLiteral("c5"), QStringLiteral("2026-12-01T08:00:00Z"), "matches")};
    const CallLocationCheck check =
        checkCallLocation(latestCallPerNumber(later).value(number), onFile);
    QCOMPARE(check.state, CallLocationCheck::State::Differs);
    QVERIFY(check.isFlagged());
    QCOMPARE(checkCallLocation(call(QStringLiteral("c7"), QStringLiteral("2026-12-02T08:00:00Z"),
                                    "no_location_sent"),
                               onFile)
                 .state,
             CallLocationCheck::State::NoLocationSent);
}

void TestCallLocation::aChangedRegistrationClearsTheFlag()
{
    const EmergencyCall differing =
        call(QStringLiteral("c1"), QStringLiteral("2026-12-01T09:00:00Z"), "differs");
    QVERIFY(checkCallLocation(differing, onFile).isFlagged());
    // The address was edited after the call (its ETag moved on).
    const CallLocationCheck edited = checkCallLocation(
        differing, RegistrationOnFile{QStringLiteral("addr-1"), QStringLiteral("\"a2\"")});
    QCOMPARE(edited.state, CallLocationCheck::State::RegistrationChanged);
    QVERIFY(!edited.isFlagged());
    // The number was moved to another address, or its E911 turned off.
    QVERIFY(!checkCallLocation(
                 differing, RegistrationOnFile{QStringLiteral("addr-2"), QStringLiteral("\"a1\"")})
                 .isFlagged());
    QVERIFY(!checkCallLocation(differing, RegistrationOnFile{}).isFlagged());
}

void TestCallLocation::theSentenceSaysWhatDiffered()
{
    const CallLocationCheck check = checkCallLocation(
        call(QStringLiteral("c1"), QStringLiteral("2026-12-01T09:00:00Z"), "differs"), onFile);
    const QString sentence = callLocationSentence(check);
    QVERIFY2(sentence.contains(QStringLiteral("differs")) &&
                 sentence.contains(QStringLiteral("house number")) &&
                 sentence.contains(QStringLiteral("emergency call")),
             qPrintable(sentence));
    const QHash<QString, QString> flagged = calllocation::flaggedNumbers({{number, check}});
    QCOMPARE(flagged.value(number), sentence);
    QVERIFY(calllocation::flaggedNumbers(
                {{number, checkCallLocation(check.call, RegistrationOnFile{})}})
                .isEmpty());
}

void TestCallLocation::aPlaceIsJudgedByItsLatestNamingCall()
{
    // The place each call named, with its verdict ("" for a call that named none).
    const auto named = [](const QString &id, const QString &startedAt, const char *placeVerdict) {
        QJsonObject json = callJson(id, startedAt, "matches");
        if (*placeVerdict)
            json.insert(
                QStringLiteral("place"),
                QJsonObject{{QStringLiteral("placeId"), QStringLiteral("p-7")},
                            {QStringLiteral("label"), QStringLiteral("Floor 7")},
                            {QStringLiteral("addressId"), QStringLiteral("addr-1")},
                            {QStringLiteral("addressEtag"), QStringLiteral("\"a1\"")},
                            {QStringLiteral("verdict"), QLatin1StringView(placeVerdict)},
                            {QStringLiteral("differences"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("field"), QStringLiteral("postalCode")},
                                 {QStringLiteral("sent"), QStringLiteral("97477")},
                                 {QStringLiteral("registered"), QStringLiteral("98052")}}}}});
        else
            json.insert(QStringLiteral("place"), QJsonValue());
        return *EmergencyCall::fromJson(json);
    };
    const QList<EmergencyCall> calls{
        named(QStringLiteral("c1"), QStringLiteral("2026-12-01T09:00:00Z"), "matches"),
        named(QStringLiteral("c2"), QStringLiteral("2026-12-02T09:00:00Z"), "differs"),
        // Later, but names no place, or cannot be compared: says nothing of the place.
        named(QStringLiteral("c3"), QStringLiteral("2026-12-03T09:00:00Z"), ""),
        named(QStringLiteral("c4"), QStringLiteral("2026-12-04T09:00:00Z"), "cannot_compare"),
    };
    QVERIFY(!calls.at(2).place);
    const QHash<QString, EmergencyCall> latest = latestCallPerPlace(calls);
    QCOMPARE(latest.keys(), QStringList{QStringLiteral("p-7")});
    QCOMPARE(latest.value(QStringLiteral("p-7")).id, QStringLiteral("c2"));

    const CallLocationCheck check = checkCallPlace(latest.value(QStringLiteral("p-7")), onFile);
    QVERIFY(check.isFlagged());
    const QString sentence = callPlaceSentence(check);
    QVERIFY2(sentence.contains(QStringLiteral("ZIP code")) &&
                 sentence.contains(QStringLiteral("another address")),
             qPrintable(sentence));
    QCOMPARE(
        calllocation::flaggedPlaces({{QStringLiteral("p-7"), check}}).value(QStringLiteral("p-7")),
        sentence);
    // The place's address edited since, or the place moved to another address: no flag.
    QCOMPARE(checkCallPlace(latest.value(QStringLiteral("p-7")),
                            RegistrationOnFile{QStringLiteral("addr-1"), QStringLiteral("\"a2\"")})
                 .state,
             CallLocationCheck::State::RegistrationChanged);
    QVERIFY(!checkCallPlace(latest.value(QStringLiteral("p-7")),
                            RegistrationOnFile{QStringLiteral("addr-2"), QStringLiteral("\"a1\"")})
                 .isFlagged());
    // A later call that sends the place with its own address clears it.
    QVERIFY(!checkCallPlace(calls.at(0), onFile).isFlagged());
}

void TestCallLocation::aStreetsPartsReadAsOneLine()
{
    EmergencyCall differing =
        call(QStringLiteral("c1"), QStringLiteral("2026-12-01T09:00:00Z"), "differs");
    differing.differences = {
        {QStringLiteral("addNumber"), QStringLiteral("742"), QStringLiteral("410")},
        {QStringLiteral("stName"), QStringLiteral("EVERGREEN"), QStringLiteral("TERRY")},
        {QStringLiteral("stPosTyp"), QStringLiteral("TER"), QStringLiteral("AVE")},
        {QStringLiteral("stPosDir"), QString(), QStringLiteral("N")},
        {QStringLiteral("postalCode"), QStringLiteral("97477"), QString()},
    };
    QCOMPARE(
        CallLocationText::differences(differing),
        (QStringList{QStringLiteral("house number: Teams sent 742, registered 410"),
                     QStringLiteral("street: Teams sent EVERGREEN TER, registered TERRY AVE N"),
                     QStringLiteral("ZIP code: Teams sent 97477, registered (none)")}));
    QCOMPARE(CallLocationText::verdict(differing),
             QStringLiteral("Differs: house number, street, ZIP code"));
}

void TestCallLocation::callsArriveThroughTheChangeFeedWholeOrNotAtAll()
{
    Cache cache(m_path);
    QVERIFY(cache.open());
    const auto first = SyncPageWriter::applyChanges(
        cache, changes({change(QStringLiteral("c1"),
                               callJson(QStringLiteral("c1"),
                                        QStringLiteral("2026-12-01T09:00:00Z"), "differs"))},
                       QStringLiteral("t1")));
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.changes.emergencyCallTenants, QSet<QString>{tenantA});
    const QList<EmergencyCall> stored = cache.emergencyCalls(tenantA);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().verdict, EmergencyCall::Verdict::Differs);
    QCOMPARE(stored.first().differences.size(), 1);
    QCOMPARE(stored.first().callerName, QStringLiteral("Ana Silva"));
    QSqlQuery q(cache.database());
    QVERIFY(q.exec(QStringLiteral("SELECT json FROM emergency_calls")) && q.next());
    QVERIFY2(!q.value(0).toByteArray().contains("\"events\""), "the event list is not kept");

    // A later state of the same call replaces it.
    const auto second = SyncPageWriter::applyChanges(
        cache, changes({change(QStringLiteral("c1"),
                               callJson(QStringLiteral("c1"),
                                        QStringLiteral("2026-12-01T09:00:00Z"), "matches"))},
                       QStringLiteral("t2")));
    QVERIFY(second.ok);
    QCOMPARE(cache.emergencyCalls(tenantA).size(), 1);
    QCOMPARE(cache.emergencyCalls(tenantA).first().verdict, EmergencyCall::Verdict::Matches);

    // A malformed call (no verdict, a number that is not E.164) refuses the page, token too.
    QJsonObject noVerdict =
        callJson(QStringLiteral("c2"), QStringLiteral("2026-12-01T10:00:00Z"), "matches");
    noVerdict.insert(QStringLiteral("location"), QJsonObject());
    QJsonObject badNumber =
        callJson(QStringLiteral("c3"), QStringLiteral("2026-12-01T10:00:00Z"), "matches");
    badNumber.insert(QStringLiteral("number"), QStringLiteral("206-555-0100"));
    for (const QJsonObject &bad : {noVerdict, badNumber}) {
        const auto refused = SyncPageWriter::applyChanges(
            cache, changes({change(QStringLiteral("c4"),
                                   callJson(QStringLiteral("c4"),
                                            QStringLiteral("2026-12-01T11:00:00Z"), "matches")),
                            change(bad.value(QStringLiteral("id")).toString(), bad)},
                           QStringLiteral("t3")));
        QVERIFY(!refused.ok);
        QVERIFY(refused.decodeError);
        QCOMPARE(cache.syncState().changeToken, QStringLiteral("t2"));
        QCOMPARE(cache.emergencyCalls(tenantA).size(), 1);
    }

    // A tombstone is honoured.
    QVERIFY(SyncPageWriter::applyChanges(
                cache, changes({change(QStringLiteral("c1"), QJsonValue())}, QStringLiteral("t4")))
                .ok);
    QVERIFY(cache.emergencyCalls(tenantA).isEmpty());
}

void TestCallLocation::listPagesSweepAndTenantDeletionTakeCalls()
{
    Cache cache(m_path);
    QVERIFY(cache.open());
    const auto page = [](const QJsonArray &items) {
        return QJsonDocument(QJsonObject{{QStringLiteral("items"), items},
                                         {QStringLiteral("nextCursor"), QJsonValue()}});
    };
    using Kind = SyncPageWriter::ListKind;
    QVERIFY(
        SyncPageWriter::writeListPage(
            cache, Kind::EmergencyCalls,
            page({callJson(QStringLiteral("c2"), QStringLiteral("2026-12-02T09:00:00Z"), "matches"),
                  callJson(QStringLiteral("c1"), QStringLiteral("2026-12-01T09:00:00Z"),
                           "differs")}),
            1, tenantA)
            .ok);
    // Oldest first; `since` leaves the earlier out.
    QCOMPARE(cache.emergencyCalls(tenantA).first().id, QStringLiteral("c1"));
    QCOMPARE(
        cache.emergencyCalls(tenantA, QDateTime(QDate(2026, 12, 2), QTime(0, 0), Qt::UTC)).size(),
        1);
    // Every item must be the tenant's.
    QVERIFY(!SyncPageWriter::writeListPage(
                 cache, Kind::EmergencyCalls,
                 page({callJson(QStringLiteral("c3"), QStringLiteral("2026-12-01T09:00:00Z"),
                                "matches", tenantB)}),
                 1, tenantA)
                 .ok);
    QVERIFY(SyncPageWriter::writeListPage(
                cache, Kind::EmergencyCalls,
                page({callJson(QStringLiteral("c3"), QStringLiteral("2026-12-01T09:00:00Z"),
                               "matches", tenantB)}),
                2, tenantB)
                .ok);
    QVERIFY(cache.sweepOlderThan(2));
    QVERIFY(cache.emergencyCalls(tenantA).isEmpty());
    QCOMPARE(cache.emergencyCalls(tenantB).size(), 1);
    QVERIFY(cache.deleteTenant(tenantB));
    QVERIFY(cache.emergencyCalls(tenantB).isEmpty());
}

void TestCallLocation::cachedChecksJudgeAgainstTheRegistrationOnFile()
{
    Cache cache(m_path);
    QVERIFY(cache.open());
    EmergencyAddress address;
    address.id = QStringLiteral("addr-1");
    address.tenantId = tenantA;
    address.companyName = QStringLiteral("Contoso");
    address.civic.postalCommunity = QStringLiteral("Seattle");
    address.civic.state = QStringLiteral("WA");
    address.civic.postalCode = QStringLiteral("98101");
    address.etag = QStringLiteral("\"a1\"");
    address.updatedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(cache.upsertAddress(address, QByteArray("{}"), 1));
    Did did;
    did.number = number;
    did.tenantId = tenantA;
    did.nationalFormat = QStringLiteral("(206) 555-0100");
    did.country = QStringLiteral("US");
    did.e911.state = E911State::Registered;
    did.e911.addressId = address.id;
    did.e911.since = address.updatedAt;
    did.etag = QStringLiteral("\"d1\"");
    did.updatedAt = address.updatedAt;
    QVERIFY(cache.upsertDid(did, 1));
    QVERIFY(
        SyncPageWriter::applyChanges(
            cache, changes({change(QStringLiteral("c1"),
                                   callJson(QStringLiteral("c1"),
                                            QStringLiteral("2026-12-01T09:00:00Z"), "differs"))},
                           QStringLiteral("t1")))
            .ok);
    auto checks = calllocation::load(cache, tenantA);
    QCOMPARE(checks.size(), 1);
    QVERIFY(checks.value(number).isFlagged());
    QCOMPARE(calllocation::flaggedNumbers(checks).keys(), QStringList{number});

    // The admin fixes the address: the call no longer speaks for the registration.
    address.etag = QStringLiteral("\"a2\"");
    QVERIFY(cache.upsertAddress(address, QByteArray("{}"), 1));
    checks = calllocation::load(cache, tenantA);
    QCOMPARE(checks.value(number).state, CallLocationCheck::State::RegistrationChanged);
    QVERIFY(calllocation::flaggedNumbers(checks).isEmpty());
    QVERIFY(calllocation::load(cache, tenantB).isEmpty());
}

void TestCallLocation::aVersionTwoCacheMigratesAndAsksForAFullSync()
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : cacheMigration1Initial() + cacheMigration2NetworkMap())
            QVERIFY2(q.exec(sql), qPrintable(sql));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO test_calls VALUES ('tc-1', '%1', 'pl-1', '', "
                                      "'addr-1', '\"a1\"', 'Ana',"
                                      " 0, '1 Main St', 0, '', 'u-1', 'ana@contoso.com', 0, 1)")
                           .arg(tenantA)));
        QVERIFY(q.exec(QStringLiteral("UPDATE sync_state SET change_token = 'tok',"
                                      " full_sync_complete = 1")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));

    Cache cache(m_path);
    QVERIFY2(cache.open(), qPrintable(cache.lastError()));
    QVERIFY(CacheMigrations::latestVersion() >= 3);
    const QList<TestCall> calls = cache.testCalls(tenantA);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().source, TestCallSource::Manual);
    // The cache lacks every call before this version: the next sync is a full one.
    QVERIFY(!cache.syncState().canSyncDelta());
    QVERIFY(cache.emergencyCalls(tenantA).isEmpty());
}

QTEST_GUILESS_MAIN(TestCallLocation)
#include "tst_call_location.moc"
