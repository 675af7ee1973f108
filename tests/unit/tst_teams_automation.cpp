// The TeamsE911Automation export (Get-CsE911OnlineConfiguration | Export-Csv) as a Teams
// snapshot without ids: it gives the same comparison as the Get-CsOnlineLis files of the same
// tenant, except that nothing shows as only in Dispatchable (the export lists only what has an
// element or a user on it); its rows are read with a reason for each bad one; the files with ids
// take its place when given; and neither the script, the id keeping nor the adoption ever sends
// the ids the snapshot made up for it.
#include "TeamsExportFixture.h"
#include "teams/TeamsAdoptionPlan.h"
#include "teams/TeamsAutomationRow.h"
#include "teams/TeamsComparison.h"
#include "teams/TeamsDifferencePlan.h"
#include "teams/TeamsIdKeeping.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
using namespace teamsfixture;

const QByteArray header =
    "\"CompanyName\",\"CompanyTaxId\",\"Description\",\"Location\",\"Address\",\"City\","
    "\"StateOrProvince\",\"PostalCode\",\"CountryOrRegion\",\"Latitude\",\"Longitude\",\"ELIN\","
    "\"NetworkDescription\",\"NetworkObjectType\",\"NetworkObjectIdentifier\",\"SkipMapsLookup\","
    "\"EntryHash\",\"Warning\"\r\n";

TeamsTenantSnapshot automationOnly()
{
    TeamsTenantSnapshot teams;
    teams.addFile(u"e911.csv"_s, automationCsv());
    return teams;
}

// "side teamsId → dispatchableId [differences]"; an id made up for the export shows as "-".
QStringList summary(const QList<TeamsComparisonRow> &rows, TeamsObjectKind kind)
{
    QStringList out;
    for (const TeamsComparisonRow &row : rows) {
        if (row.kind != kind)
            continue;
        const QString id = teams::isWithoutTeamsId(row.teamsId) ? u"-"_s : row.teamsId;
        out.append(u"%1 %2 → %3 [%4]"_s.arg(teamsSideName(row.side), id, row.dispatchableId,
                                            row.differences.join(u',')));
    }
    return out;
}

QStringList reasons(const TeamsTenantSnapshot &teams)
{
    QStringList out;
    for (const TeamsRowIssue &issue : teams.issues())
        out.append(u"%1:%2 %3 %4"_s.arg(issue.file)
                       .arg(issue.row)
                       .arg(issue.skipped ? u"skipped"_s : u"kept"_s, issue.reason));
    return out;
}
} // namespace

class TestTeamsAutomation : public QObject
{
    Q_OBJECT
private slots:
    void streetLinesSplitAsTheModuleJoinsThem_data();
    void streetLinesSplitAsTheModuleJoinsThem();
    void comparesLikeTheFilesWithIds();
    void matchesObjectsThatKeepTeamsIds();
    void readsEveryNetworkObjectForm();
    void badRowsAreLeftOutWithAReason();
    void idsStayTheSameInAnyRowOrder();
    void filesWithIdsTakeItsPlace();
    void scriptAndIdKeepingLeaveItAlone();
    void adoptionKeepsNoMadeUpId();
};

void TestTeamsAutomation::streetLinesSplitAsTheModuleJoinsThem_data()
{
    // The line as the module joins it; the parts as "number|suffix|predir|name|type|postdir".
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("parts");
    QTest::newRow("plain") << u"1 Microsoft Way"_s << u"1|||Microsoft|Way|"_s;
    QTest::newRow("suffix letter") << u"425 A Main St"_s << u"425|A||Main|St|"_s;
    QTest::newRow("directional") << u"425 N Main St"_s << u"425||N|Main|St|"_s;
    QTest::newRow("lettered street") << u"1250 H St NW"_s << u"1250|||H|St|NW"_s;
    QTest::newRow("lettered street, type spelled") << u"100 B Street"_s << u"100|||B|Street|"_s;
    QTest::newRow("fraction") << u"12 1/2 Elm St"_s << u"12|1/2||Elm|St|"_s;
    QTest::newRow("joined suffix") << u"12B Elm St"_s << u"12B|||Elm|St|"_s;
    QTest::newRow("no number") << u"Microsoft Way"_s << u"|||Microsoft|Way|"_s;
    QTest::newRow("letter street") << u"7 K"_s << u"7|||K||"_s;
    QTest::newRow("spaces") << u"  5   Hauptstraße "_s << u"5|||Hauptstraße||"_s;
    QTest::newRow("empty") << QString() << u"|||||"_s;
}

void TestTeamsAutomation::streetLinesSplitAsTheModuleJoinsThem()
{
    QFETCH(QString, line);
    QFETCH(QString, parts);
    const CivicAddress c = teams::civicFromStreetLine(line);
    QCOMPARE(QStringList({c.addNumber, c.addNumSuf, c.stPreDir, c.stName, c.stPosTyp, c.stPosDir})
                 .join(u'|'),
             parts);
}

void TestTeamsAutomation::comparesLikeTheFilesWithIds()
{
    const TeamsTenantSnapshot teams = automationOnly();
    QCOMPARE(reasons(teams), QStringList());
    QVERIFY(teams.readWithoutIds());
    QVERIFY(!teams.hasRead(teams::ExportKind::CivicAddress));
    QVERIFY(teams.covers(teams::ExportKind::CivicAddress));
    QCOMPARE(teams.addresses().size(), 3);
    // Floor 3, Lobby and Suite 200, and each address's default location.
    QCOMPARE(teams.locations().size(), 6);
    QCOMPARE(teams.networkElements().size(), 3);

    const QList<TeamsComparisonRow> rows = compareWithTeams(teams, ours());
    const QList<TeamsComparisonRow> withIds = compareWithTeams(allFiles(), ours());
    // The same as the files with ids, without the ids, and without Boise and Floor 4: only in
    // Dispatchable there, but the export cannot say they are not in Teams.
    QCOMPARE(
        summary(rows, TeamsObjectKind::Address),
        (QStringList{u"In both, equal - → a-hq []"_s,
                     u"In both, different - → a-bna [CompanyName]"_s, u"Only in Teams - →  []"_s}));
    QStringList addressesWithIds = summary(withIds, TeamsObjectKind::Address);
    addressesWithIds.removeLast();
    for (QString &line : addressesWithIds)
        line.replace(QRegularExpression(u"[0-9a-f]{8}-[0-9a-f-]{27}"_s), u"-"_s);
    QCOMPARE(summary(rows, TeamsObjectKind::Address), addressesWithIds);
    QCOMPARE(summary(rows, TeamsObjectKind::Place),
             (QStringList{u"In both, equal - → p-f3 []"_s, u"Only in Teams - →  []"_s,
                          u"In both, equal - → p-suite []"_s}));
    // Network elements are listed whole, so what only Dispatchable has shows.
    QCOMPARE(summary(rows, TeamsObjectKind::Subnet), summary(withIds, TeamsObjectKind::Subnet));
    QCOMPARE(summary(rows, TeamsObjectKind::Number), QStringList());
}

void TestTeamsAutomation::matchesObjectsThatKeepTeamsIds()
{
    // Ids kept from an earlier comparison do not stop the export's rows from matching by street
    // and name.
    DispatchableTenantState state = ours();
    state.map.addresses[0].teamsCivicAddressId = hqId;
    state.map.places[0].teamsLocationId = floor3Id;
    const QList<TeamsComparisonRow> rows = compareWithTeams(automationOnly(), state);
    QCOMPARE(summary(rows, TeamsObjectKind::Address).constFirst(), u"In both, equal - → a-hq []"_s);
    QCOMPARE(summary(rows, TeamsObjectKind::Place).constFirst(), u"In both, equal - → p-f3 []"_s);
}

void TestTeamsAutomation::readsEveryNetworkObjectForm()
{
    // Windows PowerShell 5.1: a #TYPE line, a BOM, every field quoted; a company name with a
    // comma and quotes; a German address; a port, a wildcard BSSID, a switch and an IPv6 subnet.
    const QByteArray csv =
        "\xEF\xBB\xBF#TYPE System.Management.Automation.PSCustomObject\r\n" + header +
        "\"Contoso, \"\"West\"\"\",\"\",\"Contoso\",\"Floor 3\",\"1 Microsoft Way\",\"Redmond\","
        "\"Washington\",\"98052\",\"US\",\"\",\"\",\"\",\"Desk 12\",\"Port\","
        "\"aa:bb:cc:dd:ee:ff;Gi1/0/24\",\"False\",\"\",\"\"\r\n"
        "\"Contoso, \"\"West\"\"\",\"\",\"Contoso\",\"Floor 3\",\"1 Microsoft Way\",\"Redmond\","
        "\"Washington\",\"98052\",\"US\",\"\",\"\",\"\",\"AP 3\",\"WirelessAccessPoint\","
        "\"aa-bb-cc-dd-ee-1*\",\"False\",\"\",\"\"\r\n"
        "\"Contoso, \"\"West\"\"\",\"\",\"Contoso\",\"\",\"1 Microsoft Way\",\"Redmond\","
        "\"Washington\",\"98052\",\"US\",\"\",\"\",\"\",\"Core\",\"Switch\","
        "\"AA-BB-CC-DD-EE-02\",\"False\",\"\",\"\"\r\n"
        "\"Contoso GmbH\",\"\",\"Contoso GmbH\",\"2. OG\",\"5 Hauptstraße\",\"Berlin\",\"\","
        "\"10115\",\"DE\",\"52.52\",\"13.40\",\"\",\"\",\"Subnet\",\"2001:db8:2::\",\"True\","
        "\"\",\"\"\r\n";
    TeamsTenantSnapshot teams;
    QCOMPARE(teams.addFile(u"e911.csv"_s, csv), teams::ExportKind::E911Automation);
    QCOMPARE(reasons(teams), QStringList());
    QCOMPARE(teams.addresses().size(), 2);
    const TeamsCivicAddress &redmond = teams.addresses().at(0);
    QCOMPARE(redmond.companyName, u"Contoso, \"West\""_s);
    QCOMPARE(redmond.civic.state, u"WA"_s); // the state's name read as its code
    const TeamsCivicAddress &berlin = teams.addresses().at(1);
    QCOMPARE(berlin.civic.country, u"DE"_s);
    QCOMPARE(berlin.civic.addNumber, u"5"_s);
    QCOMPARE(berlin.civic.stName, u"Hauptstraße"_s);
    // The street in its parts, as Dispatchable keeps it.
    QCOMPARE(redmond.civic.stName, u"Microsoft"_s);
    QCOMPARE(redmond.civic.stPosTyp, u"Way"_s);
    QCOMPARE(berlin.latitude, std::optional<double>(52.52));

    QStringList elements;
    for (const TeamsNetworkElement &e : teams.networkElements()) {
        const auto place =
            std::find_if(teams.locations().cbegin(), teams.locations().cend(),
                         [&e](const TeamsLocation &l) { return l.locationId == e.locationId; });
        QVERIFY(place != teams.locations().cend());
        elements.append(
            u"%1 @%2 (%3)"_s.arg(e.element.identifier(), place->name, e.element.description));
    }
    QCOMPARE(elements,
             (QStringList{u"AA-BB-CC-DD-EE-FF / Gi1/0/24 @Floor 3 (Desk 12)"_s,
                          u"AA-BB-CC-DD-EE-1* @Floor 3 (AP 3)"_s, u"AA-BB-CC-DD-EE-02 @ (Core)"_s,
                          // Teams keeps no mask: read as one host, as from
                          // Get-CsOnlineLisSubnet; matched by network ID.
                          u"2001:db8:2::/128 @2. OG ()"_s}));
    // The switch is on Redmond's default location: the address itself.
    QCOMPARE(teams.networkElements().at(2).locationId, redmond.defaultLocationId);
}

void TestTeamsAutomation::badRowsAreLeftOutWithAReason()
{
    const QByteArray csv =
        header +
        // 1: a kind the module never writes
        "\"Contoso\",\"\",\"\",\"\",\"1 Microsoft Way\",\"Redmond\",\"WA\",\"98052\",\"US\","
        "\"\",\"\",\"\",\"\",\"Router\",\"10.0.0.1\",\"False\",\"\",\"\"\r\n"
        // 2: a port without its chassis
        "\"Contoso\",\"\",\"\",\"\",\"1 Microsoft Way\",\"Redmond\",\"WA\",\"98052\",\"US\","
        "\"\",\"\",\"\",\"\",\"Port\",\"Gi1/0/24\",\"False\",\"\",\"\"\r\n"
        // 3: an element Teams holds at no location (-IncludeOrphanedConfiguration)
        "\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"Old\",\"Subnet\","
        "\"10.1.0.0\",\"False\",\"\",\"ORPHANED\"\r\n"
        // 4: a BSSID that is none
        "\"Contoso\",\"\",\"\",\"\",\"1 Microsoft Way\",\"Redmond\",\"WA\",\"98052\",\"US\","
        "\"\",\"\",\"\",\"\",\"WirelessAccessPoint\",\"not-a-mac\",\"False\",\"\",\"\"\r\n"
        // 5: fine, 6: the same subnet again
        "\"Contoso\",\"\",\"\",\"\",\"1 Microsoft Way\",\"Redmond\",\"WA\",\"98052\",\"US\","
        "\"\",\"\",\"\",\"\",\"Subnet\",\"10.2.0.0\",\"False\",\"\",\"\"\r\n"
        "\"Contoso\",\"\",\"\",\"Lobby\",\"1 Microsoft Way\",\"Redmond\",\"WA\",\"98052\","
        "\"US\",\"\",\"\",\"\",\"\",\"Subnet\",\"10.2.0.0\",\"False\",\"\",\"\"\r\n"
        // 7: too few values
        "\"Contoso\",\"\"\r\n";
    TeamsTenantSnapshot teams;
    teams.addFile(u"e911.csv"_s, csv);
    QList<int> rows;
    for (const TeamsRowIssue &issue : teams.issues()) {
        QVERIFY2(!issue.reason.isEmpty(), qPrintable(QString::number(issue.row)));
        rows.append(issue.row);
    }
    QCOMPARE(rows, (QList<int>{1, 2, 3, 4, 6, 7}));
    QVERIFY(teams.issues().at(0).reason.contains(u"Router"_s));
    QVERIFY(teams.issues().at(1).reason.contains(u"ChassisID;PortID"_s));
    QVERIFY(teams.issues().at(2).reason.contains(u"orphaned"_s));
    QCOMPARE(teams.issues().at(2).row, 3);
    QVERIFY(teams.issues().at(2).skipped);
    // Row 6's location is kept; only its element, read before, is left out.
    QVERIFY(!teams.issues().at(4).skipped);
    QCOMPARE(teams.networkElements().size(), 1);
    QCOMPARE(teams.addresses().size(), 1);
}

void TestTeamsAutomation::idsStayTheSameInAnyRowOrder()
{
    // The module writes rows in hashtable order: a new export of the same tenant may shuffle
    // them, and the adoption in progress follows rows by their ids.
    QList<QByteArray> lines = automationCsv().split('\n');
    lines.removeAll(QByteArray());
    const QByteArray head = lines.takeFirst() + '\n';
    std::reverse(lines.begin(), lines.end());
    TeamsTenantSnapshot reversed;
    reversed.addFile(u"e911.csv"_s, head + lines.join('\n') + '\n');
    QCOMPARE(reasons(reversed), QStringList());
    const TeamsTenantSnapshot teams = automationOnly();
    QSet<QString> ids;
    QSet<QString> reversedIds;
    for (const TeamsLocation &l : teams.locations())
        ids.insert(l.locationId + l.civicAddressId);
    for (const TeamsLocation &l : reversed.locations())
        reversedIds.insert(l.locationId + l.civicAddressId);
    QCOMPARE(reversedIds, ids);
    QCOMPARE(ids.size(), 6);
}

void TestTeamsAutomation::filesWithIdsTakeItsPlace()
{
    for (const bool automationFirst : {true, false}) {
        TeamsTenantSnapshot teams;
        if (automationFirst)
            teams.addFile(u"e911.csv"_s, automationCsv());
        teams.addFile(u"addresses.csv"_s, addressesCsv());
        if (!automationFirst)
            teams.addFile(u"e911.csv"_s, automationCsv());
        QVERIFY(!teams.readWithoutIds());
        QCOMPARE(teams.addresses().size(), 3);
        for (const TeamsCivicAddress &a : teams.addresses())
            QVERIFY(!teams::isWithoutTeamsId(a.civicAddressId));
        QVERIFY(teams.locations().isEmpty());
        QVERIFY(teams.networkElements().isEmpty());
        QCOMPARE(teams.issues().size(), 1);
        QCOMPARE(teams.issues().constFirst().file, u"e911.csv"_s);
        QCOMPARE(teams.issues().constFirst().row, 0);
        QVERIFY(teams.issues().constFirst().reason.contains(u"Teams ids"_s));
    }
}

void TestTeamsAutomation::scriptAndIdKeepingLeaveItAlone()
{
    TeamsTenantSnapshot teams = automationOnly();
    teams.addFile(u"numbers.csv"_s, numbersCsv());
    const DispatchableTenantState state = ours();
    const TeamsDifferencePlan plan = planTeamsDifference(teams, state);
    // Not even the numbers: their steps need the Teams ids of addresses and locations.
    QCOMPARE(plan.steps.size(), 0);
    // One note says why; none claims an export was not given.
    int why = 0;
    for (const TeamsPlanNote &n : plan.notes) {
        why += n.reason.contains(u"TeamsE911Automation"_s);
        QVERIFY2(!n.reason.contains(u"was not given"_s), qPrintable(n.reason));
    }
    QCOMPARE(why, 1);
    const QList<TeamsComparisonRow> rows = compareWithTeams(teams, state);
    QHash<QString, QString> confirmed;
    for (const TeamsComparisonRow &row : rows)
        if (row.kind == TeamsObjectKind::Address && !row.dispatchableId.isEmpty())
            confirmed.insert(row.teamsId, row.dispatchableId);
    QCOMPARE(teamsIdsToKeep(rows, state.map, confirmed).size(), 0);
}

void TestTeamsAutomation::adoptionKeepsNoMadeUpId()
{
    const TeamsTenantSnapshot teams = automationOnly();
    const QList<TeamsComparisonRow> rows = compareWithTeams(teams, ours());
    QList<TeamsComparisonRow> chosen;
    for (const TeamsComparisonRow &row : rows)
        if (isTeamsAdoptable(row))
            chosen.append(row);
    // Springfield, the Lobby and its subnet.
    QCOMPARE(chosen.size(), 3);
    const QList<TeamsAdoption> plan = planTeamsAdoption(chosen, rows, teams, {});
    QCOMPARE(plan.size(), 3);
    for (const TeamsAdoption &a : plan) {
        QVERIFY2(a.isSent(), qPrintable(a.label + u": "_s + a.reasons.join(u' ')));
        QVERIFY(a.address.teamsCivicAddressId.isEmpty());
        QVERIFY(a.place.teamsLocationId.isEmpty());
    }
    QCOMPARE(plan.at(0).address.civic.stName, u"Elm"_s);
    QCOMPARE(plan.at(0).address.civic.stPosTyp, u"St"_s);
    QCOMPARE(plan.at(1).place.label(), u"Lobby"_s);
}

QTEST_GUILESS_MAIN(TestTeamsAutomation)
#include "tst_teams_automation.moc"
