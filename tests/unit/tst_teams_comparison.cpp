// The three-way view of a tenant, row by row, from export files as Teams PowerShell 7 writes
// them (Export-Csv quotes every field) beside Dispatchable's addresses, places, network map,
// policy and numbers: only in Teams, only in Dispatchable, in both and different (which
// columns), in both and equal; a kind whose file was not given is left out; a number that Teams
// gives another location than its E911 registration is flagged.
#include "CivicTestData.h"
#include "teams/TeamsComparison.h"
#include "teams/TeamsExportCommands.h"
#include "teams/TeamsNumberCheck.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString hqId = u"51a8a6e3-dae4-4653-9a99-a6e71c4c24ac"_s;
const QString bnaId = u"a363a9b8-1acd-41de-916a-296c7998a024"_s;
const QString springId = u"0c9f2b43-5d1e-4c53-8e0a-7b6f3d2a1e90"_s;
const QString floor3Id = u"5aa884e8-d548-4b8e-a289-52bfd5265a6e"_s;
const QString lobbyId = u"f037a9ad-4334-455a-a1c5-3838ec0f5d02"_s;
const QString suiteId = u"b39ff77d-db51-4ce5-8d50-9e9c778e1617"_s;
const QString hqDefaultId = u"75301b5d-3609-458e-a379-da9a1ab33228"_s;

QByteArray addressesCsv()
{
    return "\"CivicAddressId\",\"HouseNumber\",\"StreetName\",\"StreetSuffix\",\"City\","
           "\"PostalCode\",\"StateOrProvince\",\"CountryOrRegion\",\"CompanyName\",\"Latitude\","
           "\"Longitude\",\"DefaultLocationId\"\r\n"
           "\"" +
           hqId.toLatin1() +
           "\",\"1\",\"Microsoft Way\",\"\",\"Redmond\",\"98052\",\"WA\","
           "\"US\",\"Contoso\",\"47.63963\",\"-122.13061\",\"" +
           hqDefaultId.toLatin1() +
           "\"\r\n"
           "\"" +
           bnaId.toLatin1() +
           "\",\"8\",\"City\",\"Blvd\",\"Nashville\",\"37209\",\"TN\","
           "\"US\",\"Fabrikam\",\"\",\"\",\"\"\r\n"
           "\"" +
           springId.toLatin1() +
           "\",\"500\",\"Elm\",\"St\",\"Springfield\",\"62701\","
           "\"IL\",\"US\",\"Contoso\",\"\",\"\",\"\"\r\n";
}

QByteArray locationsCsv()
{
    const auto row = [](const QString &id, const QString &address, const char *name,
                        const char *street) -> QByteArray {
        return "\"" + id.toLatin1() + "\",\"" + address.toLatin1() + "\",\"" + name + "\",\"" +
               street + "\",\"US\"\r\n";
    };
    return QByteArray("\"LocationId\",\"CivicAddressId\",\"Location\",\"StreetName\","
                      "\"CountryOrRegion\"\r\n") +
           row(hqDefaultId, hqId, "", "Microsoft Way") +
           row(floor3Id, hqId, "Floor 3", "Microsoft Way") +
           row(lobbyId, hqId, "Lobby", "Microsoft Way") + row(suiteId, bnaId, "Suite 200", "City");
}

QByteArray subnetsCsv()
{
    // Teams keeps a subnet's network ID without its mask.
    return "\"Subnet\",\"LocationId\",\"Description\"\r\n"
           "\"10.10.10.128\",\"" +
           floor3Id.toLatin1() +
           "\",\"Floor 3 wired\"\r\n"
           "\"10.10.20.0\",\"" +
           lobbyId.toLatin1() +
           "\",\"Lobby\"\r\n"
           "\"2001:db8:1::\",\"" +
           suiteId.toLatin1() + "\",\"Suite\"\r\n";
}

QByteArray numbersCsv()
{
    return "\"TelephoneNumber\",\"NumberType\",\"ActivationState\",\"CivicAddressId\","
           "\"LocationId\",\"IsoCountryCode\"\r\n"
           // At the registered address.
           "\"+14255550100\",\"OperatorConnect\",\"Activated\",\"" +
           hqId.toLatin1() + "\",\"" + floor3Id.toLatin1() +
           "\",\"US\"\r\n"
           // Teams gives it Nashville; Dispatchable registered it at Redmond.
           "\"+14255550101\",\"OperatorConnect\",\"Activated\",\"" +
           bnaId.toLatin1() + "\",\"" + suiteId.toLatin1() +
           "\",\"US\"\r\n"
           // Direct Routing: no location on the number.
           "\"+14255550102\",\"DirectRouting\",\"Activated\","
           "\"00000000-0000-0000-0000-000000000000\",\"00000000-0000-0000-0000-000000000000\","
           "\"US\"\r\n"
           // Only in Teams.
           "\"+14255550199\",\"DirectRouting\",\"Activated\",\"\",\"\",\"US\"\r\n";
}

QByteArray policiesCsv()
{
    return "\"Identity\",\"NotificationGroup\",\"NotificationDialOutNumber\","
           "\"NotificationMode\"\r\n"
           "\"Global\",\"\",\"\",\"NotificationOnly\"\r\n"
           "\"Tag:Dispatchable\",\"Security@Contoso.com;desk@contoso.com\",\"+14255550111\","
           "\"ConferenceMuted\"\r\n";
}

using testdata::address;
using testdata::civic;

Place place(const QString &id, const QString &addressId, const QString &floor)
{
    return testdata::place(id, addressId, {}, floor, {});
}

NetworkElement subnet(const QString &id, const QString &value, const QString &placeId,
                      const QString &description)
{
    NetworkElement e;
    e.id = id;
    e.kind = NetworkElementKind::Subnet;
    e.subnet = value;
    e.placeId = placeId;
    e.description = description;
    return e;
}

Did number(const QString &e164, E911State state, const QString &addressId)
{
    Did d;
    d.number = e164;
    d.e911.state = state;
    d.e911.addressId = addressId;
    return d;
}

DispatchableTenantState ours()
{
    DispatchableTenantState s;
    EmergencyAddress hq = address(
        u"a-hq"_s, civic(u"1"_s, u"Microsoft"_s, u"Way"_s, u"Redmond"_s, u"WA"_s, u"98052"_s),
        u"Contoso"_s);
    hq.geocode = Geocode{QGeoCoordinate(47.63963, -122.13061), GeocodePrecision::Rooftop};
    s.map.addresses = {
        hq,
        address(u"a-bna"_s,
                civic(u"8"_s, u"City"_s, u"Blvd"_s, u"Nashville"_s, u"TN"_s, u"37209"_s),
                u"Contoso"_s),
        address(u"a-boise"_s, civic(u"100"_s, u"Main"_s, u"St"_s, u"Boise"_s, u"ID"_s, u"83702"_s),
                u"Contoso"_s),
    };
    s.map.places = {place(u"p-f3"_s, u"a-hq"_s, u"Floor 3"_s),
                    place(u"p-suite"_s, u"a-bna"_s, u"Suite 200"_s),
                    place(u"p-f4"_s, u"a-hq"_s, u"Floor 4"_s)};
    s.map.elements = {subnet(u"n-1"_s, u"10.10.10.128/25"_s, u"p-f3"_s, u"Floor 3 wired"_s),
                      subnet(u"n-2"_s, u"2001:db8:1::/48"_s, u"p-f3"_s, u"Suite"_s),
                      subnet(u"n-3"_s, u"10.99.0.0/16"_s, u"p-f4"_s, {})};
    s.map.policy.notificationGroup = {u"desk@contoso.com"_s, u"security@contoso.com"_s};
    s.map.policy.notificationDialOutNumber = u"+14255550111"_s;
    s.map.policy.notificationMode = NotificationMode::ConferenceMuted;
    s.numbers = {number(u"+14255550100"_s, E911State::Registered, u"a-hq"_s),
                 number(u"+14255550101"_s, E911State::Registered, u"a-hq"_s),
                 number(u"+14255550102"_s, E911State::Registered, u"a-hq"_s),
                 number(u"+14255550103"_s, E911State::Basic, {})};
    return s;
}

TeamsTenantSnapshot allFiles()
{
    TeamsTenantSnapshot teams;
    teams.addFile(u"addresses.csv"_s, addressesCsv());
    teams.addFile(u"locations.csv"_s, locationsCsv());
    teams.addFile(u"subnets.csv"_s, subnetsCsv());
    teams.addFile(u"numbers.csv"_s, numbersCsv());
    teams.addFile(u"policies.csv"_s, policiesCsv());
    return teams;
}

QList<TeamsComparisonRow> ofKind(const QList<TeamsComparisonRow> &rows, TeamsObjectKind kind)
{
    QList<TeamsComparisonRow> out;
    for (const TeamsComparisonRow &row : rows) {
        if (row.kind == kind)
            out.append(row);
    }
    return out;
}

// "side teamsId → dispatchableId [differences]" per row, to compare whole kinds at once.
QStringList summary(const QList<TeamsComparisonRow> &rows)
{
    QStringList out;
    for (const TeamsComparisonRow &row : rows)
        out.append(u"%1 %2 → %3 [%4]"_s.arg(teamsSideName(row.side), row.teamsId,
                                            row.dispatchableId, row.differences.join(u',')));
    return out;
}
} // namespace

class TestTeamsComparison : public QObject
{
    Q_OBJECT
private slots:
    void filesReadWithoutIssues();
    void addressesRowByRow();
    void placesRowByRow();
    void subnetsMatchByNetworkIdAndComparePlaces();
    void policyComparesNotificationSettings();
    void numbersAreCheckedAgainstTheirRegistration();
    void kindsNotGivenAreLeftOut();
    void theDocsGiveTheCommandsTheWindowShows();
};

void TestTeamsComparison::filesReadWithoutIssues()
{
    const TeamsTenantSnapshot teams = allFiles();
    QVERIFY2(teams.issues().isEmpty(),
             qPrintable(teams.issues().isEmpty() ? QString() : teams.issues().first().reason));
    QCOMPARE(teams.addresses().size(), 3);
    QCOMPARE(teams.locations().size(), 4);
    QCOMPARE(teams.networkElements().size(), 3);
    QCOMPARE(teams.numbers().size(), 4);
    QCOMPARE(teams.policies().size(), 2);
}

void TestTeamsComparison::addressesRowByRow()
{
    const auto rows = ofKind(compareWithTeams(allFiles(), ours()), TeamsObjectKind::Address);
    QCOMPARE(summary(rows), (QStringList{
                                u"In both, equal %1 → a-hq []"_s.arg(hqId),
                                u"In both, different %1 → a-bna [CompanyName]"_s.arg(bnaId),
                                u"Only in Teams %1 →  []"_s.arg(springId),
                                u"Only in Dispatchable  → a-boise []"_s,
                            }));
    QVERIFY2(rows.at(2).label.contains(u"SPRINGFIELD"_s, Qt::CaseInsensitive),
             qPrintable(rows.at(2).label));
    QVERIFY2(rows.at(3).label.contains(u"Boise"_s, Qt::CaseInsensitive),
             qPrintable(rows.at(3).label));
}

void TestTeamsComparison::placesRowByRow()
{
    const auto rows = ofKind(compareWithTeams(allFiles(), ours()), TeamsObjectKind::Place);
    // The default location stands for the address and is no place.
    QCOMPARE(summary(rows), (QStringList{
                                u"In both, equal %1 → p-f3 []"_s.arg(floor3Id),
                                u"Only in Teams %1 →  []"_s.arg(lobbyId),
                                u"In both, equal %1 → p-suite []"_s.arg(suiteId),
                                u"Only in Dispatchable  → p-f4 []"_s,
                            }));
    QVERIFY2(rows.at(1).label.startsWith(u"Lobby · "_s), qPrintable(rows.at(1).label));
}

void TestTeamsComparison::subnetsMatchByNetworkIdAndComparePlaces()
{
    const auto rows = ofKind(compareWithTeams(allFiles(), ours()), TeamsObjectKind::Subnet);
    QCOMPARE(summary(rows),
             (QStringList{
                 // Teams's 10.10.10.128 is Dispatchable's 10.10.10.128/25, at the same place.
                 u"In both, equal 10.10.10.128 → n-1 []"_s,
                 u"Only in Teams 10.10.20.0 →  []"_s,
                 // Teams points it at Suite 200, Dispatchable at Floor 3.
                 u"In both, different 2001:db8:1:: → n-2 [LocationId]"_s,
                 u"Only in Dispatchable  → n-3 []"_s,
             }));
}

void TestTeamsComparison::policyComparesNotificationSettings()
{
    DispatchableTenantState state = ours();
    auto rows = ofKind(compareWithTeams(allFiles(), state), TeamsObjectKind::Policy);
    // Upper case in Teams's group is the same address.
    QCOMPARE(summary(rows), QStringList{u"In both, equal Tag:Dispatchable → Dispatchable []"_s});
    state.map.policy.notificationGroup.removeLast();
    state.map.policy.notificationDialOutNumber.clear();
    state.map.policy.notificationMode = NotificationMode::ConferenceUnmuted;
    rows = ofKind(compareWithTeams(allFiles(), state), TeamsObjectKind::Policy);
    QCOMPARE(summary(rows),
             QStringList{u"In both, different Tag:Dispatchable → Dispatchable "
                         u"[NotificationGroup,NotificationDialOutNumber,NotificationMode]"_s});
}

void TestTeamsComparison::numbersAreCheckedAgainstTheirRegistration()
{
    const auto rows = ofKind(compareWithTeams(allFiles(), ours()), TeamsObjectKind::Number);
    QCOMPARE(summary(rows), (QStringList{
                                u"In both, equal %1 → +14255550100 []"_s.arg(hqId),
                                u"In both, different %1 → +14255550101 [LocationId]"_s.arg(bnaId),
                                u"In both, equal  → +14255550102 []"_s,
                                u"Only in Dispatchable  → +14255550103 []"_s,
                                u"Only in Teams  →  []"_s,
                            }));
    QVERIFY2(rows.at(1).note.contains(u"another location"_s) &&
                 rows.at(1).note.contains(u"NASHVILLE"_s, Qt::CaseInsensitive),
             qPrintable(rows.at(1).note));
    QVERIFY2(rows.at(2).note.contains(u"no emergency location"_s), qPrintable(rows.at(2).note));
    QCOMPARE(rows.at(4).label, u"+14255550199"_s);

    // The rule on its own: a number without E911 that Teams places somewhere.
    const TeamsTenantSnapshot teams = allFiles();
    const QHash<QString, QStringList> addressOf{{hqId, {u"a-hq"_s}}, {bnaId, {u"a-bna"_s}}};
    const TeamsNumberCheck basic =
        checkTeamsNumber(number(u"+14255550100"_s, E911State::Basic, {}), teams, addressOf);
    QCOMPARE(basic.state, TeamsNumberLocation::TeamsOnly);
    QVERIFY(!basic.isFlagged());
    const TeamsNumberCheck moved = checkTeamsNumber(
        number(u"+14255550101"_s, E911State::Registered, u"a-hq"_s), teams, addressOf);
    QVERIFY(moved.isFlagged());
    QCOMPARE(moved.teamsAddressIds, QStringList{u"a-bna"_s});
    // Still to confirm between two addresses, one of them the registered one: no flag.
    QVERIFY(!checkTeamsNumber(number(u"+14255550101"_s, E911State::Registered, u"a-hq"_s), teams,
                              {{bnaId, {u"a-bna"_s, u"a-hq"_s}}})
                 .isFlagged());
    // A Teams address Dispatchable did not match is another location too.
    QVERIFY(checkTeamsNumber(number(u"+14255550101"_s, E911State::Registered, u"a-hq"_s), teams, {})
                .isFlagged());
}

void TestTeamsComparison::kindsNotGivenAreLeftOut()
{
    TeamsTenantSnapshot onlyAddresses;
    onlyAddresses.addFile(u"addresses.csv"_s, addressesCsv());
    const auto rows = compareWithTeams(onlyAddresses, ours());
    QCOMPARE(rows.size(), 4);
    for (const TeamsComparisonRow &row : rows)
        QCOMPARE(row.kind, TeamsObjectKind::Address);
    // An empty file of a kind still counts as given: everything of ours is only ours.
    TeamsTenantSnapshot emptySubnets;
    emptySubnets.addFile(u"subnets.csv"_s, "\"Subnet\",\"LocationId\",\"Description\"\r\n");
    QCOMPARE(summary(compareWithTeams(emptySubnets, ours())),
             (QStringList{u"Only in Dispatchable  → n-1 []"_s, u"Only in Dispatchable  → n-2 []"_s,
                          u"Only in Dispatchable  → n-3 []"_s}));
}

void TestTeamsComparison::theDocsGiveTheCommandsTheWindowShows()
{
    QFile doc(QStringLiteral(DISPATCHABLE_DOCS_DIR "/teams-round-trip.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    QVERIFY2(text.contains(u"```powershell\n"_s + teams::exportCommands() + u"```"_s),
             "docs/teams-round-trip.md must show exactly the commands the window copies");
    // Every cmdlet the readers know, and the paging that gets past 1,000 numbers.
    for (const QString &cmdlet :
         {u"Get-CsOnlineLisCivicAddress"_s, u"Get-CsOnlineLisLocation"_s,
          u"Get-CsOnlineLisSubnet"_s, u"Get-CsOnlineLisWirelessAccessPoint"_s,
          u"Get-CsOnlineLisSwitch"_s, u"Get-CsOnlineLisPort"_s,
          u"Get-CsTeamsEmergencyCallingPolicy"_s,
          u"Get-CsPhoneNumberAssignment -Top 1000 -Skip $skip"_s})
        QVERIFY2(teams::exportCommands().contains(cmdlet), qPrintable(cmdlet));
}

QTEST_GUILESS_MAIN(TestTeamsComparison)
#include "tst_teams_comparison.moc"
