// The three-way view of a tenant, row by row, from export files as Teams PowerShell 7 writes
// them (Export-Csv quotes every field) beside Dispatchable's addresses, places, network map,
// policy and numbers: only in Teams, only in Dispatchable, in both and different (which
// columns), in both and equal; a kind whose file was not given is left out; a number that Teams
// gives another location than its E911 registration is flagged.
#include "TeamsExportFixture.h"
#include "teams/TeamsComparison.h"
#include "teams/TeamsDifferencePlan.h"
#include "teams/TeamsExportCommands.h"
#include "teams/TeamsNumberCheck.h"
#include "teams/TeamsNumberLocations.h"

#include <QJsonArray>

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
using namespace teamsfixture;

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
    void routingPoliciesAreCheckedForWhatE911Needs();
    void aRecordedReadingIsJudgedTheSameWay();
    void aRecordedReadingDecodesStrictly();
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

void TestTeamsComparison::routingPoliciesAreCheckedForWhatE911Needs()
{
    TeamsTenantSnapshot snapshot = allFiles();
    QCOMPARE(snapshot.addFile(u"routing.json"_s, R"([
      {"Identity": "Global", "AllowEnhancedEmergencyServices": false, "EmergencyNumbers": []},
      {"Identity": "Tag:US", "AllowEnhancedEmergencyServices": true, "EmergencyNumbers": [
        {"EmergencyDialString": "911", "EmergencyDialMask": "9911", "OnlinePSTNUsage": "E911"},
        {"EmergencyDialString": "933", "EmergencyDialMask": "", "OnlinePSTNUsage": "E911"}]},
      {"Identity": "Tag:No usage", "AllowEnhancedEmergencyServices": true, "EmergencyNumbers": [
        {"EmergencyDialString": "112", "EmergencyDialMask": "911", "OnlinePSTNUsage": ""}]}
    ])"),
             teams::ExportKind::EmergencyCallRoutingPolicy);
    const DispatchableTenantState state = ours();
    const auto rows = ofKind(compareWithTeams(snapshot, state), TeamsObjectKind::Routing);
    QCOMPARE(summary(rows), (QStringList{
                                u"In both, different Global →  [AllowEnhancedEmergencyServices,"
                                u"EmergencyNumbers]"_s,
                                u"In both, equal Tag:US →  []"_s,
                                u"In both, different Tag:No usage →  [OnlinePSTNUsage]"_s,
                            }));
    QVERIFY2(rows.at(0).note.contains(u"sends no location"_s), qPrintable(rows.at(0).note));
    QVERIFY2(!rows.at(1).note.contains(u"933"_s), qPrintable(rows.at(1).note));
    // 911 routed through a mask counts; 933 missing is said, not counted as a difference.
    QVERIFY2(rows.at(2).note.contains(u"933 is not routed"_s), qPrintable(rows.at(2).note));

    // The script changes no routing policy; its preview says what to set in Teams.
    const TeamsDifferencePlan plan = planTeamsDifference(snapshot, state);
    QVERIFY(std::none_of(plan.steps.cbegin(), plan.steps.cend(), [](const TeamsDifferenceStep &s) {
        return s.kind == TeamsObjectKind::Routing;
    }));
    const auto global = std::find_if(plan.notes.cbegin(), plan.notes.cend(),
                                     [](const TeamsPlanNote &n) { return n.label == u"Global"_s; });
    QVERIFY(global != plan.notes.cend());
    QCOMPARE(int(global->why), int(TeamsNoteReason::NotByScript));
    QVERIFY2(global->reason.contains(u"-AllowEnhancedEmergencyServices $true"_s),
             qPrintable(global->reason));
}

void TestTeamsComparison::aRecordedReadingIsJudgedTheSameWay()
{
    const TeamsTenantSnapshot teams = allFiles();
    const DispatchableTenantState state = ours();
    const QString tenant = u"0b5f1b0e-8d2c-4b8a-9c55-2f1f3f4a5b6c"_s;
    const QDateTime readAt(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    const TeamsNumberLocations reading = teamsNumberLocationsOf(teams, state, tenant, readAt);
    QCOMPARE(reading.tenantId, tenant);
    QCOMPARE(reading.readAt, readAt);
    // The tenant's numbers that Teams lists; not Teams's own, not those Teams does not list.
    QStringList listed;
    for (const TeamsNumberLocationEntry &e : reading.numbers)
        listed.append(e.number);
    QCOMPARE(listed, (QStringList{u"+14255550100"_s, u"+14255550101"_s, u"+14255550102"_s}));
    QCOMPARE(reading.entry(u"+14255550101"_s)->civicAddressId, bnaId);
    QVERIFY(reading.entry(u"+14255550101"_s)
                ->teamsAddress.contains(u"NASHVILLE"_s, Qt::CaseInsensitive));
    QVERIFY(reading.entry(u"+14255550102"_s)->civicAddressId.isEmpty());

    // The recorded reading gives every number the state the files give it.
    const QHash<QString, QStringList> candidates =
        addressesOfCivicAddress(teams, state.map.addresses);
    for (const Did &did : state.numbers) {
        const TeamsNumberCheck fromFiles = checkTeamsNumber(did, teams, candidates);
        const TeamsNumberCheck recorded =
            checkRecordedTeamsNumber(did, reading.entry(did.number), readAt, {});
        QCOMPARE(int(recorded.state), int(fromFiles.state));
        QCOMPARE(recorded.readAt, readAt);
    }

    // The registration moves after the reading: the verdict follows it.
    Did moved = state.numbers.at(0);
    const TeamsNumberLocationEntry *hq = reading.entry(moved.number);
    QVERIFY(hq && !hq->addressIds.isEmpty());
    moved.e911.addressId = u"somewhere-else"_s;
    QVERIFY(checkRecordedTeamsNumber(moved, hq, readAt, {}).isFlagged());
    // ... to an address that now keeps the Teams id: it agrees.
    QVERIFY(
        !checkRecordedTeamsNumber(moved, hq, readAt, {{hq->civicAddressId, {u"somewhere-else"_s}}})
             .isFlagged());
    moved.e911 = E911Status();
    QCOMPARE(int(checkRecordedTeamsNumber(moved, hq, readAt, {}).state),
             int(TeamsNumberLocation::TeamsOnly));
    QCOMPARE(int(checkRecordedTeamsNumber(moved, nullptr, readAt, {}).state),
             int(TeamsNumberLocation::NotInTeams));
}

void TestTeamsComparison::aRecordedReadingDecodesStrictly()
{
    TeamsNumberLocations reading =
        teamsNumberLocationsOf(allFiles(), ours(), u"0b5f1b0e-8d2c-4b8a-9c55-2f1f3f4a5b6c"_s,
                               QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC));
    // As the backend answers: the request's members and its own.
    QJsonObject answer = reading.requestBody();
    answer.insert(u"tenantId"_s, reading.tenantId);
    answer.insert(u"etag"_s, u"\"v2\""_s);
    answer.insert(u"updatedAt"_s, u"2026-12-01T09:31:00Z"_s);
    QList<FieldError> errors;
    const std::optional<TeamsNumberLocations> decoded =
        TeamsNumberLocations::fromJson(answer, errors);
    QVERIFY2(decoded, qPrintable(errors.isEmpty() ? QString() : errors.first().field));
    QCOMPARE(decoded->numbers, reading.numbers);
    QCOMPARE(decoded->readAt, reading.readAt);

    // Never recorded: readAt null.
    answer.insert(u"readAt"_s, QJsonValue());
    answer.insert(u"numbers"_s, QJsonArray());
    const auto none = TeamsNumberLocations::fromJson(answer, errors);
    QVERIFY(none && !none->readAt.isValid() && none->numbers.isEmpty());

    // A malformed entry refuses the whole reading, naming the field.
    QJsonArray numbers = reading.requestBody().value(u"numbers"_s).toArray();
    QJsonObject bad = numbers.at(1).toObject();
    bad.insert(u"civicAddressId"_s, u"HQ"_s);
    numbers.replace(1, bad);
    answer.insert(u"numbers"_s, numbers);
    answer.insert(u"readAt"_s, u"2026-12-01T09:30:00Z"_s);
    errors.clear();
    QVERIFY(!TeamsNumberLocations::fromJson(answer, errors));
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().field, u"numbers[1].civicAddressId"_s);
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
          u"Get-CsOnlineLisSwitch"_s, u"Get-CsOnlineLisPort"_s, u"Get-CsTenantTrustedIPAddress"_s,
          u"Get-CsTeamsEmergencyCallingPolicy"_s,
          u"Get-CsTeamsEmergencyCallRoutingPolicy | ConvertTo-Json -Depth 3"_s,
          u"Get-CsPhoneNumberAssignment -Top 1000 -Skip $skip"_s})
        QVERIFY2(teams::exportCommands().contains(cmdlet), qPrintable(cmdlet));
}

QTEST_GUILESS_MAIN(TestTeamsComparison)
#include "tst_teams_comparison.moc"
