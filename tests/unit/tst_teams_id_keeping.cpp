// Keep the Teams Ids (issue 17): which addresses and places are given which Teams id after a
// comparison, and the edits that store them. Matched rows and confirmed ambiguous ones are
// kept; an object that already holds an id, a row only on one side, a choice that is not a
// candidate, a second row naming the same object and other kinds are not.
#include "teams/TeamsIdKeeping.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

EmergencyAddress address(const QString &id, const QString &teamsId = {})
{
    EmergencyAddress a;
    a.id = id;
    a.tenantId = QStringLiteral("tenant-1");
    a.companyName = QStringLiteral("Contoso");
    a.civic.addNumber = QStringLiteral("1");
    a.civic.stName = QStringLiteral("Main");
    a.civic.postalCommunity = QStringLiteral("Springfield");
    a.civic.state = QStringLiteral("IL");
    a.civic.postalCode = QStringLiteral("62701");
    a.civic.country = QStringLiteral("US");
    a.teamsCivicAddressId = teamsId;
    a.etag = QStringLiteral("\"a-") + id + QLatin1Char('"');
    return a;
}

Place place(const QString &id, const QString &teamsId = {})
{
    Place p;
    p.id = id;
    p.tenantId = QStringLiteral("tenant-1");
    p.addressId = QStringLiteral("a1");
    p.floor = QStringLiteral("3");
    p.teamsLocationId = teamsId;
    p.etag = QStringLiteral("\"p-") + id + QLatin1Char('"');
    return p;
}

TeamsComparisonRow row(TeamsObjectKind kind, TeamsSide side, const QString &teamsId,
                       const QString &ours, const QStringList &candidates = {})
{
    TeamsComparisonRow r;
    r.kind = kind;
    r.side = side;
    r.label = teamsId;
    r.teamsId = teamsId;
    r.dispatchableId = ours;
    r.candidates = candidates;
    return r;
}

QJsonObject bodyOf(const OutboxRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

} // namespace

class TestTeamsIdKeeping : public QObject
{
    Q_OBJECT
private slots:
    void matchedAndConfirmedRowsAreKept();
    void editsStoreTheIdAndKeepTheRest();
};

void TestTeamsIdKeeping::matchedAndConfirmedRowsAreKept()
{
    TeamsScriptInput ours;
    ours.addresses = {address(QStringLiteral("a1")),
                      address(QStringLiteral("a2"), QStringLiteral("held")),
                      address(QStringLiteral("a3")), address(QStringLiteral("a4"))};
    ours.places = {place(QStringLiteral("p1")), place(QStringLiteral("p2"))};
    using K = TeamsObjectKind;
    using S = TeamsSide;
    const QList<TeamsComparisonRow> rows = {
        row(K::Address, S::Equal, QStringLiteral("t1"), QStringLiteral("a1")),
        row(K::Address, S::Different, QStringLiteral("t2"), QStringLiteral("a2")), // holds one
        row(K::Address, S::Ambiguous, QStringLiteral("t3"), {},
            {QStringLiteral("a3"), QStringLiteral("a4")}),
        row(K::Address, S::Ambiguous, QStringLiteral("t4"), {},
            {QStringLiteral("a3"), QStringLiteral("a4")}), // chose a non-candidate
        row(K::Address, S::Ambiguous, QStringLiteral("t5"), {},
            {QStringLiteral("a3"), QStringLiteral("a4")}), // not confirmed
        row(K::Address, S::OnlyInTeams, QStringLiteral("t6"), {}),
        row(K::Address, S::OnlyInDispatchable, {}, QStringLiteral("a3")),
        row(K::Place, S::Different, QStringLiteral("l1"), QStringLiteral("p1")),
        row(K::Place, S::Equal, QStringLiteral("l9"), QStringLiteral("p1")),   // p1 given one above
        row(K::Place, S::Equal, QStringLiteral("l2"), QStringLiteral("gone")), // no such place
        row(K::Subnet, S::Equal, QStringLiteral("10.0.0.0"), QStringLiteral("e1")),
    };
    const QHash<QString, QString> confirmed{{QStringLiteral("t3"), QStringLiteral("a4")},
                                            {QStringLiteral("t4"), QStringLiteral("a1")}};
    const QList<TeamsIdToKeep> kept = teamsIdsToKeep(rows, ours, confirmed);
    const QList<TeamsIdToKeep> expected = {
        {K::Address, QStringLiteral("a1"), QStringLiteral("t1"), QStringLiteral("t1")},
        {K::Address, QStringLiteral("a4"), QStringLiteral("t3"), QStringLiteral("t3")},
        {K::Place, QStringLiteral("p1"), QStringLiteral("l1"), QStringLiteral("l1")},
    };
    QCOMPARE(kept, expected);
    // Nothing confirmed: the ambiguous rows wait.
    QCOMPARE(teamsIdsToKeep(rows, ours, {}).size(), 2);
}

void TestTeamsIdKeeping::editsStoreTheIdAndKeepTheRest()
{
    TeamsScriptInput ours;
    EmergencyAddress a1 = address(QStringLiteral("a1"));
    a1.locationNote = QStringLiteral("Reception");
    ours.addresses = {a1};
    ours.places = {place(QStringLiteral("p1"))};
    const QList<OutboxRequest> edits = teamsIdKeepingRequests(
        {{TeamsObjectKind::Address, QStringLiteral("a1"), QStringLiteral("t1"), {}},
         {TeamsObjectKind::Place, QStringLiteral("p1"), QStringLiteral("l1"), {}},
         {TeamsObjectKind::Place, QStringLiteral("missing"), QStringLiteral("l2"), {}}},
        ours);
    QCOMPARE(edits.size(), 2);

    const OutboxRequest &addressEdit = edits.at(0);
    QCOMPARE(addressEdit.method, QByteArray("PUT"));
    QVERIFY2(addressEdit.path.endsWith(QStringLiteral("/tenants/tenant-1/addresses/a1")),
             qPrintable(addressEdit.path));
    QCOMPARE(addressEdit.ifMatch, QByteArray("\"a-a1\""));
    const QJsonObject body = bodyOf(addressEdit);
    QCOMPARE(body.value(u"teamsCivicAddressId").toString(), QStringLiteral("t1"));
    // The rest of the address is sent as it is: a PUT replaces it whole.
    QCOMPARE(body.value(u"locationNote").toString(), QStringLiteral("Reception"));
    QCOMPARE(body.value(u"companyName").toString(), QStringLiteral("Contoso"));
    QCOMPARE(body.value(u"civic").toObject().value(u"state").toString(), QStringLiteral("IL"));

    const OutboxRequest &placeEdit = edits.at(1);
    QCOMPARE(placeEdit.method, QByteArray("PUT"));
    QVERIFY2(placeEdit.path.endsWith(QStringLiteral("/places/p1")), qPrintable(placeEdit.path));
    QCOMPARE(placeEdit.ifMatch, QByteArray("\"p-p1\""));
    QCOMPARE(bodyOf(placeEdit).value(u"teamsLocationId").toString(), QStringLiteral("l1"));
    QCOMPARE(bodyOf(placeEdit).value(u"floor").toString(), QStringLiteral("3"));
}

QTEST_GUILESS_MAIN(TestTeamsIdKeeping)
#include "tst_teams_id_keeping.moc"
