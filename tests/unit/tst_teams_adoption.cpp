// Adopting what is only in Teams (issue 17), the dry run: what each chosen row creates, in which
// order, with which Teams id and which parent, and every reason a row is refused (no street, a
// country without E911 here, a parent neither in Dispatchable nor chosen, an address still to
// confirm, a default location). A Teams location's name becomes building, floor and room so that
// the place's label gives the name back unchanged.
#include "teams/TeamsAdoptionPlan.h"

#include "TeamsExportFixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString extraAddressId = u"6f1c3c7e-2b8d-4a52-9d41-3f0a7c9b1e22"_s;
const QString extraLocationId = u"c2d5e8f1-7a34-4b69-8e10-5d2c9f4b7a31"_s;
const QString londonId = u"9e7d1a55-4c2b-4f0e-a3d8-61b0c2e4f7a9"_s;

TeamsTenantSnapshot snapshotWithExtras()
{
    TeamsTenantSnapshot teams = teamsfixture::allFiles();
    teams.addFile(
        u"more-addresses.csv"_s,
        "\"CivicAddressId\",\"HouseNumber\",\"StreetName\",\"StreetSuffix\",\"City\","
        "\"PostalCode\","
        "\"StateOrProvince\",\"CountryOrRegion\",\"CompanyName\",\"Latitude\",\"Longitude\"\r\n"
        "\"" +
            extraAddressId.toLatin1() +
            "\",\"742\",\"Evergreen\",\"Ter\",\"Springfield\",\"62704\",\"IL\",\"US\",\"Contoso\","
            "\"39.7817\",\"-89.6501\"\r\n"
            "\"" +
            londonId.toLatin1() +
            "\",\"10\",\"Downing\",\"St\",\"London\",\"SW1A "
            "2AA\",\"\",\"GB\",\"Contoso\",\"\",\"\"\r\n");
    teams.addFile(u"more-locations.csv"_s, "\"LocationId\",\"CivicAddressId\",\"Location\"\r\n"
                                           "\"" +
                                               extraLocationId.toLatin1() + "\",\"" +
                                               extraAddressId.toLatin1() +
                                               "\",\"Building 2, Floor 1\"\r\n");
    teams.addFile(u"more-subnets.csv"_s, "\"Subnet\",\"LocationId\",\"Description\"\r\n"
                                         "\"10.77.1.0\",\"" +
                                             extraLocationId.toLatin1() +
                                             "\",\"Evergreen wired\"\r\n"
                                             "\"10.77.3.0\",\"" +
                                             teamsfixture::hqDefaultId.toLatin1() + "\",\"\"\r\n");
    return teams;
}

QList<TeamsComparisonRow> rowsOf(const TeamsTenantSnapshot &teams)
{
    return compareWithTeams(teams, teamsfixture::ours());
}

const TeamsComparisonRow &rowOf(const QList<TeamsComparisonRow> &rows, TeamsObjectKind kind,
                                const QString &teamsId)
{
    static const TeamsComparisonRow none;
    for (const TeamsComparisonRow &row : rows) {
        if (row.kind == kind && row.teamsId == teamsId)
            return row;
    }
    return none;
}

const TeamsAdoption *adoptionOf(const QList<TeamsAdoption> &plan, const QString &teamsId)
{
    for (const TeamsAdoption &a : plan) {
        if (a.teamsId == teamsId)
            return &a;
    }
    return nullptr;
}
} // namespace

class TestTeamsAdoption : public QObject
{
    Q_OBJECT
private slots:
    void onlyInTeamsRowsOfMapKindsAreAdoptable();
    void aChainIsCreatedParentFirstWithTeamsIds();
    void aPlaceUnderAMatchedAddressIsCreatedAtOnce();
    void aMissingParentIsAReasonNotAnExtraRow();
    void refusedRowsSayWhy();
    void anAddressToConfirmHoldsItsPlacesUntilConfirmed();
    void aTrustedIpNeedsNoPlace();
    void namesThatWouldComeBackChangedAreRefused();
    void placeNamesSplitAndReadBackUnchanged_data();
    void placeNamesSplitAndReadBackUnchanged();
};

void TestTeamsAdoption::onlyInTeamsRowsOfMapKindsAreAdoptable()
{
    const QList<TeamsComparisonRow> rows = rowsOf(snapshotWithExtras());
    QStringList adoptable;
    for (const TeamsComparisonRow &row : rows) {
        if (isTeamsAdoptable(row))
            adoptable.append(teamsObjectKindName(row.kind) + u':' + row.teamsId);
    }
    // Springfield, the new Evergreen address and London; the lobby and the new location; the
    // lobby's subnet and the two new subnets. Not the number only in Teams, nor matched rows.
    QCOMPARE(adoptable, (QStringList{u"Addresses:"_s + teamsfixture::springId,
                                     u"Addresses:"_s + extraAddressId, u"Addresses:"_s + londonId,
                                     u"Places:"_s + teamsfixture::lobbyId,
                                     u"Places:"_s + extraLocationId, u"Subnets:10.10.20.0"_s,
                                     u"Subnets:10.77.1.0"_s, u"Subnets:10.77.3.0"_s}));
}

void TestTeamsAdoption::aChainIsCreatedParentFirstWithTeamsIds()
{
    const TeamsTenantSnapshot teams = snapshotWithExtras();
    const QList<TeamsComparisonRow> rows = rowsOf(teams);
    // Chosen child first: the plan still puts the address, then the place, then the subnet.
    const QList<TeamsComparisonRow> chosen{rowOf(rows, TeamsObjectKind::Subnet, u"10.77.1.0"_s),
                                           rowOf(rows, TeamsObjectKind::Place, extraLocationId),
                                           rowOf(rows, TeamsObjectKind::Address, extraAddressId)};
    const QList<TeamsAdoption> plan = planTeamsAdoption(chosen, rows, teams, {});
    QCOMPARE(plan.size(), 3);
    QCOMPARE(plan.at(0).kind, TeamsObjectKind::Address);
    QCOMPARE(plan.at(0).action, TeamsAdoptAction::Create);
    QCOMPARE(plan.at(0).address.teamsCivicAddressId, extraAddressId);
    QCOMPARE(plan.at(0).address.civic.addNumber, u"742"_s);
    QCOMPARE(plan.at(0).address.civic.stName, u"Evergreen"_s);
    QCOMPARE(plan.at(0).address.civic.stPosTyp, u"Ter"_s);
    QCOMPARE(plan.at(0).address.companyName, u"Contoso"_s);
    QVERIFY(plan.at(0).address.pinOverride.isValid());
    QCOMPARE(plan.at(0).address.pinOverride.latitude(), 39.7817);
    QCOMPARE(plan.at(0).warnings, QStringList());

    QCOMPARE(plan.at(1).kind, TeamsObjectKind::Place);
    QCOMPARE(plan.at(1).action, TeamsAdoptAction::CreateAfter);
    QCOMPARE(plan.at(1).after, extraAddressId);
    QCOMPARE(plan.at(1).place.addressId, QString()); // filled by the run
    QCOMPARE(plan.at(1).place.teamsLocationId, extraLocationId);
    QCOMPARE(plan.at(1).place.building, u"Building 2"_s);
    QCOMPARE(plan.at(1).place.floor, u"Floor 1"_s);

    QCOMPARE(plan.at(2).kind, TeamsObjectKind::Subnet);
    QCOMPARE(plan.at(2).action, TeamsAdoptAction::CreateAfter);
    QCOMPARE(plan.at(2).after, extraLocationId);
    QCOMPARE(plan.at(2).element.subnet, u"10.77.1.0/32"_s);
    QCOMPARE(plan.at(2).element.description, u"Evergreen wired"_s);
    // Teams keeps no mask: said, not hidden.
    QCOMPARE(plan.at(2).warnings.size(), 1);
}

void TestTeamsAdoption::aPlaceUnderAMatchedAddressIsCreatedAtOnce()
{
    const TeamsTenantSnapshot teams = snapshotWithExtras();
    const QList<TeamsComparisonRow> rows = rowsOf(teams);
    const QList<TeamsAdoption> plan =
        planTeamsAdoption({rowOf(rows, TeamsObjectKind::Place, teamsfixture::lobbyId),
                           rowOf(rows, TeamsObjectKind::Subnet, u"10.10.20.0"_s)},
                          rows, teams, {});
    QCOMPARE(plan.size(), 2);
    // The lobby is at Redmond, which Dispatchable holds as a-hq.
    QCOMPARE(plan.at(0).action, TeamsAdoptAction::Create);
    QCOMPARE(plan.at(0).place.addressId, u"a-hq"_s);
    QCOMPARE(plan.at(0).place.room, u"Lobby"_s);
    QCOMPARE(plan.at(0).place.label(), u"Lobby"_s);
    QCOMPARE(plan.at(1).action, TeamsAdoptAction::CreateAfter);
    QCOMPARE(plan.at(1).after, teamsfixture::lobbyId);
    // Each says where it goes, as the comparison names the parent.
    QCOMPARE(plan.at(0).parentLabel,
             rowOf(rows, TeamsObjectKind::Address, teamsfixture::hqId).label);
    QCOMPARE(plan.at(1).parentLabel,
             rowOf(rows, TeamsObjectKind::Place, teamsfixture::lobbyId).label);
    QVERIFY(!plan.at(1).parentLabel.isEmpty());
}

void TestTeamsAdoption::aMissingParentIsAReasonNotAnExtraRow()
{
    const TeamsTenantSnapshot teams = snapshotWithExtras();
    const QList<TeamsComparisonRow> rows = rowsOf(teams);
    const QList<TeamsAdoption> plan =
        planTeamsAdoption({rowOf(rows, TeamsObjectKind::Subnet, u"10.77.1.0"_s),
                           rowOf(rows, TeamsObjectKind::Place, extraLocationId)},
                          rows, teams, {});
    QCOMPARE(plan.size(), 2);
    QCOMPARE(plan.at(0).action, TeamsAdoptAction::Refused);
    QVERIFY2(plan.at(0).reasons.join(u' ').contains(u"address is only in Teams"),
             qPrintable(plan.at(0).reasons.join(u' ')));
    // Its place is refused, so the subnet cannot wait for it.
    QCOMPARE(plan.at(1).action, TeamsAdoptAction::Refused);
    QVERIFY2(plan.at(1).reasons.join(u' ').contains(u"place cannot be adopted"),
             qPrintable(plan.at(1).reasons.join(u' ')));

    const QList<TeamsAdoption> alone =
        planTeamsAdoption({rowOf(rows, TeamsObjectKind::Subnet, u"10.10.20.0"_s)}, rows, teams, {});
    QCOMPARE(alone.size(), 1);
    QCOMPARE(alone.at(0).action, TeamsAdoptAction::Refused);
    QVERIFY2(alone.at(0).reasons.join(u' ').contains(u"choose it too (Lobby"),
             qPrintable(alone.at(0).reasons.join(u' ')));
}

void TestTeamsAdoption::refusedRowsSayWhy()
{
    TeamsTenantSnapshot teams = snapshotWithExtras();
    teams.addFile(u"streetless.csv"_s,
                  "\"CivicAddressId\",\"HouseNumber\",\"StreetName\",\"City\",\"PostalCode\","
                  "\"StateOrProvince\",\"CountryOrRegion\",\"CompanyName\"\r\n"
                  "\"1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a8b\",\"\",\"\",\"\",\"\",\"\",\"US\","
                  "\"Contoso\"\r\n");
    QCOMPARE(teams.addresses().size(), 6);
    const QList<TeamsComparisonRow> rows = rowsOf(teams);
    const QList<TeamsAdoption> plan = planTeamsAdoption(
        {rowOf(rows, TeamsObjectKind::Address, londonId),
         rowOf(rows, TeamsObjectKind::Address, u"1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a8b"_s),
         rowOf(rows, TeamsObjectKind::Address, teamsfixture::springId),
         rowOf(rows, TeamsObjectKind::Subnet, u"10.77.3.0"_s)},
        rows, teams, {});
    QCOMPARE(plan.size(), 4);
    const TeamsAdoption *london = adoptionOf(plan, londonId);
    QCOMPARE(london->action, TeamsAdoptAction::Refused);
    QVERIFY2(london->reasons.join(u' ').contains(u"outside the US and Canada"),
             qPrintable(london->reasons.join(u' ')));
    const TeamsAdoption *streetless = adoptionOf(plan, u"1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a8b"_s);
    QCOMPARE(streetless->action, TeamsAdoptAction::Refused);
    QVERIFY(streetless->reasons.join(u' ').contains(u"StreetName"));
    // Springfield is adopted, with a word on its missing coordinates.
    const TeamsAdoption *spring = adoptionOf(plan, teamsfixture::springId);
    QCOMPARE(spring->action, TeamsAdoptAction::Create);
    QVERIFY(!spring->address.pinOverride.isValid());
    QCOMPARE(spring->warnings.size(), 1);
    QVERIFY(spring->warnings.constFirst().contains(u"coordinates"));
    // A subnet at an address's default location has no place to go to.
    const TeamsAdoption *atDefault = adoptionOf(plan, u"10.77.3.0"_s);
    QCOMPARE(atDefault->action, TeamsAdoptAction::Refused);
    QVERIFY2(atDefault->reasons.join(u' ').contains(u"default location"),
             qPrintable(atDefault->reasons.join(u' ')));
}

void TestTeamsAdoption::anAddressToConfirmHoldsItsPlacesUntilConfirmed()
{
    const TeamsTenantSnapshot teams = snapshotWithExtras();
    QList<TeamsComparisonRow> rows = rowsOf(teams);
    // Make Redmond undecided, as when two addresses of Dispatchable share its street.
    for (TeamsComparisonRow &row : rows) {
        if (row.kind == TeamsObjectKind::Address && row.teamsId == teamsfixture::hqId) {
            row.side = TeamsSide::Ambiguous;
            row.candidates = {u"a-hq"_s, u"a-hq2"_s};
            row.dispatchableId.clear();
        }
    }
    const TeamsComparisonRow lobby = rowOf(rows, TeamsObjectKind::Place, teamsfixture::lobbyId);
    const QList<TeamsAdoption> waiting = planTeamsAdoption({lobby}, rows, teams, {});
    QCOMPARE(waiting.constFirst().action, TeamsAdoptAction::Refused);
    QVERIFY(waiting.constFirst().reasons.join(u' ').contains(u"Confirm its address"));
    const QList<TeamsAdoption> confirmed =
        planTeamsAdoption({lobby}, rows, teams, {{teamsfixture::hqId, u"a-hq2"_s}});
    QCOMPARE(confirmed.constFirst().action, TeamsAdoptAction::Create);
    QCOMPARE(confirmed.constFirst().place.addressId, u"a-hq2"_s);
}

void TestTeamsAdoption::aTrustedIpNeedsNoPlace()
{
    TeamsTenantSnapshot teams = snapshotWithExtras();
    QCOMPARE(teams.addFile(u"trusted-ips.csv"_s,
                           "\"Identity\",\"MaskBits\",\"Description\",\"IPAddress\"\r\n"
                           "\"203.0.113.0\",\"24\",\"HQ egress\",\"203.0.113.0\"\r\n"),
             teams::ExportKind::TrustedIpAddress);
    const QList<TeamsComparisonRow> rows = rowsOf(teams);
    const TeamsComparisonRow &row = rowOf(rows, TeamsObjectKind::TrustedIp, u"203.0.113.0"_s);
    QVERIFY(isTeamsAdoptable(row));
    const QList<TeamsAdoption> plan = planTeamsAdoption({row}, rows, teams, {});
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan.at(0).action, TeamsAdoptAction::Create);
    QCOMPARE(plan.at(0).element.kind, NetworkElementKind::TrustedIp);
    QCOMPARE(plan.at(0).element.subnet, u"203.0.113.0/24"_s);
    QCOMPARE(plan.at(0).element.placeId, QString());
    QCOMPARE(plan.at(0).element.description, u"HQ egress"_s);
    QCOMPARE(plan.at(0).warnings, QStringList());
}

void TestTeamsAdoption::placeNamesSplitAndReadBackUnchanged_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("building");
    QTest::addColumn<QString>("floor");
    QTest::addColumn<QString>("room");
    QTest::newRow("all three") << u"Building 2, Floor 3, Room 301"_s << u"Building 2"_s
                               << u"Floor 3"_s << u"Room 301"_s;
    QTest::newRow("floor alone") << u"Floor 3"_s << QString() << u"Floor 3"_s << QString();
    QTest::newRow("a word for a floor")
        << u"3rd Floor Cafe"_s << QString() << u"3rd Floor Cafe"_s << QString();
    QTest::newRow("nothing named") << u"Lobby"_s << QString() << QString() << u"Lobby"_s;
    QTest::newRow("floor then wing")
        << u"Level 2, East Wing"_s << QString() << u"Level 2"_s << u"East Wing"_s;
    // A wing before a floor cannot keep its words' fields in order: the parts go in order.
    QTest::newRow("out of order") << u"North Wing, Floor 2"_s << u"North Wing"_s << u"Floor 2"_s
                                  << QString();
    QTest::newRow("more than three")
        << u"HQ, Tower A, Floor 9, Desk 12"_s << u"HQ"_s << u"Tower A"_s << u"Floor 9, Desk 12"_s;
}

void TestTeamsAdoption::namesThatWouldComeBackChangedAreRefused()
{
    // Each would be given back to Teams otherwise, and the difference script would rename it.
    for (const QString &name :
         {u"Bldg A,Floor 2"_s, u"Floor 2, , Room 3"_s, u" Lobby"_s, u"Lobby "_s, u","_s,
          QString(61, u'x'),
          QString(u"A, B, "_s + QString(40, u'c') + u", "_s + QString(40, u'd'))})
        QVERIFY2(!placeFromTeamsName(name), qPrintable(name));
}

void TestTeamsAdoption::placeNamesSplitAndReadBackUnchanged()
{
    QFETCH(QString, name);
    const std::optional<Place> place = placeFromTeamsName(name);
    QVERIFY(place);
    QTEST(place->building, "building");
    QTEST(place->floor, "floor");
    QTEST(place->room, "room");
    QCOMPARE(place->label(), name);
}

QTEST_GUILESS_MAIN(TestTeamsAdoption)
#include "tst_teams_adoption.moc"
