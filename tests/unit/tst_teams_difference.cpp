// The difference script (issue 17): from export files as Teams PowerShell writes them and
// Dispatchable's tenant, the plan changes only what differs, in a safe order, with the Teams ids
// the files gave; applied to a simulated tenant built from the same files and exported again,
// nothing differs any more, and a second plan is empty. A dial-out number cleared in
// Dispatchable is cleared in Teams; what is only in Teams is left; what is still to confirm gets
// no step; hostile names stay literal under the same PowerShell grammar check as the script of
// the whole configuration (tst_teams_script).
//
// Escaped string literals only: moc 6.4 stops at some raw string literals.
#include "PowerShellScriptCheck.h"
#include "TeamsExportFixture.h"
#include "TeamsTenantSimulator.h"
#include "teams/TeamsDifferencePlan.h"
#include "teams/TeamsDifferenceScript.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace teamsfixture;

namespace {

// The fixture's tenant, with every address validated and located, as the script requires.
DispatchableTenantState validated(DispatchableTenantState s)
{
    s.map.tenantId = u"2f0c6b5e-1d2a-4c55-9a61-0c7f9e0b1a11"_s;
    s.map.tenantName = u"Contoso"_s;
    s.map.appVersion = u"1.2.3"_s;
    s.map.generatedAt = QDateTime(QDate(2026, 12, 7), QTime(3, 0), Qt::UTC);
    for (EmergencyAddress &a : s.map.addresses) {
        a.validationStatus = AddressValidationStatus::Valid;
        if (!a.geocode)
            a.geocode = Geocode{QGeoCoordinate(36.15, -86.8), GeocodePrecision::Rooftop};
    }
    return s;
}

Place *placeOf(DispatchableTenantState &s, const QString &id)
{
    for (Place &p : s.map.places) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

// "cmdlet dispatchableId" per step, to compare a plan at once.
QStringList summary(const TeamsDifferencePlan &plan)
{
    QStringList out;
    for (const TeamsDifferenceStep &step : plan.steps)
        out.append(QString(step.cmdlet + u' ' + step.dispatchableId));
    return out;
}

// The rows still to act on: different or only in Dispatchable. A number Teams does not have is
// not the script's to acquire.
QStringList openRows(const QList<TeamsComparisonRow> &rows)
{
    QStringList out;
    for (const TeamsComparisonRow &row : rows) {
        if (row.kind == TeamsObjectKind::Number && row.side == TeamsSide::OnlyInDispatchable)
            continue;
        if (row.side == TeamsSide::Different || row.side == TeamsSide::OnlyInDispatchable)
            out.append(u"%1 %2 [%3]"_s.arg(teamsObjectKindName(row.kind), row.label,
                                           row.differences.join(u',')));
    }
    return out;
}

QList<TeamsPlanNote> notesOf(const TeamsDifferencePlan &plan, TeamsNoteReason why)
{
    QList<TeamsPlanNote> out;
    for (const TeamsPlanNote &note : plan.notes) {
        if (note.why == why)
            out.append(note);
    }
    return out;
}

// The fixture's tenant with a place changed: Floor 3 keeps its Teams id and gets a new name.
DispatchableTenantState withRenamedPlace()
{
    DispatchableTenantState s = validated(ours());
    Place *floor3 = placeOf(s, u"p-f3"_s);
    floor3->teamsLocationId = floor3Id;
    floor3->floor = u"Floor 3 East"_s;
    return s;
}

// Get-CsTenantTrustedIPAddress | Export-Csv (PowerShell 7): the address is also the Identity.
QByteArray trustedIpsCsv()
{
    return "\"Identity\",\"MaskBits\",\"Description\",\"IPAddress\"\r\n"
           "\"203.0.113.0\",\"24\",\"HQ egress\",\"203.0.113.0\"\r\n"
           "\"198.51.100.0\",\"24\",\"Old egress\",\"198.51.100.0\"\r\n"
           "\"2001:db8:abcd::\",\"48\",\"\",\"2001:db8:abcd::\"\r\n";
}

NetworkElement trusted(const QString &id, const QString &value, const QString &description)
{
    NetworkElement e = subnet(id, value, {}, description);
    e.kind = NetworkElementKind::TrustedIp;
    return e;
}

// Dispatchable's trusted IPs: one as in Teams, one with another mask and description, one Teams
// lacks (described `branch`), and a private range no script sends.
DispatchableTenantState withTrustedIps(DispatchableTenantState s, const QString &branch)
{
    s.map.elements +=
        {trusted(u"t-1"_s, u"203.0.113.0/24"_s, u"HQ egress"_s),
         trusted(u"t-2"_s, u"2001:db8:abcd::/56"_s, u"v6 egress"_s),
         trusted(u"t-3"_s, u"192.0.2.0/24"_s, branch), trusted(u"t-4"_s, u"10.1.0.0/16"_s, {})};
    return s;
}

} // namespace

class TestTeamsDifference : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // For a look at the scripts: DISPATCHABLE_KEEP_SCRIPTS=1 keeps them and says where.
        if (qEnvironmentVariableIsSet("DISPATCHABLE_KEEP_SCRIPTS")) {
            m_dir.setAutoRemove(false);
            qInfo("scripts kept in %s", qPrintable(m_dir.path()));
        }
    }
    void onlyTheDifferenceInASafeOrder();
    void knownTeamsIdsAreUsedAndNewOnesPassedOn();
    void roundTripLeavesNoDifference();
    void clearedDialOutNumberIsCleared();
    void onlyInTeamsIsLeftAlone();
    void toConfirmGetsNoStep();
    void streetDifferencesAreSaidNotScripted();
    void kindsWithoutTheFilesTheyNeedAreNotPlanned();
    void simulatorRefusesWhatTeamsWould();
    void numberAtANewAddressGetsItsDefaultLocation();
    void numbersNoScriptMayChangeAreNoted();
    void trustedIpsAreAddedAndSetNeverRemoved();
    void trustedIpsWithoutTheirExportAreNotPlanned();
    void scriptRunsEveryStepOfThePreview();
    void hostileNamesStayLiteral();
};

void TestTeamsDifference::onlyTheDifferenceInASafeOrder()
{
    const TeamsDifferencePlan plan = planTeamsDifference(allFiles(), withRenamedPlace());
    // Addresses, then places, then the subnets that point at them, then the number Teams places
    // elsewhere. Equal objects (a-hq, p-suite, n-1, the policy, the numbers at their address)
    // get no step.
    QCOMPARE(summary(plan), (QStringList{
                                u"Set-CsOnlineLisCivicAddress a-bna"_s,
                                u"New-CsOnlineLisCivicAddress a-boise"_s,
                                u"Set-CsOnlineLisLocation p-f3"_s,
                                u"New-CsOnlineLisLocation p-f4"_s,
                                u"Set-CsOnlineLisSubnet n-2"_s,
                                u"Set-CsOnlineLisSubnet n-3"_s,
                                u"Set-CsPhoneNumberAssignment +14255550101"_s,
                            }));
    // Create before reference: every step refers only to steps before it that create.
    for (int i = 0; i < int(plan.steps.size()); ++i) {
        for (const TeamsStepArgument &a : plan.steps.at(i).arguments) {
            if (a.fromStep < 0)
                continue;
            QVERIFY2(a.fromStep < i, qPrintable(summary(plan).at(i)));
            QVERIFY(plan.steps.at(a.fromStep).creates());
            QVERIFY(!plan.steps.at(a.fromStep).variable.isEmpty());
        }
    }
    // Nothing is removed, and each step says why.
    for (const TeamsDifferenceStep &step : plan.steps) {
        QVERIFY2(!step.cmdlet.startsWith(u"Remove-"_s), qPrintable(step.cmdlet));
        QVERIFY2(!step.reason.isEmpty(), qPrintable(step.cmdlet));
        QVERIFY2(!step.label.isEmpty(), qPrintable(step.cmdlet));
    }
    QCOMPARE(plan.creates(), 2);
    // a-bna: the company name and the coordinates Teams lacks; the street is the same.
    QCOMPARE(plan.steps.at(0).value(u"CompanyName"), u"Contoso"_s);
    QCOMPARE(plan.steps.at(0).value(u"Latitude"), u"36.150000"_s);
    QVERIFY(plan.steps.at(0).value(u"StreetName").isEmpty());
    QCOMPARE(plan.steps.at(2).value(u"Location"), u"Floor 3 East"_s);
}

void TestTeamsDifference::knownTeamsIdsAreUsedAndNewOnesPassedOn()
{
    const TeamsDifferencePlan plan = planTeamsDifference(allFiles(), withRenamedPlace());
    // Known ids go in as values: no run-time lookup.
    QCOMPARE(plan.steps.at(0).value(u"CivicAddressId"), bnaId);
    QCOMPARE(plan.steps.at(2).value(u"LocationId"), floor3Id);
    QCOMPARE(plan.steps.at(3).value(u"CivicAddressId"), hqId); // p-f4 under Redmond
    QCOMPARE(plan.steps.at(4).value(u"LocationId"), floor3Id); // n-2 back to Floor 3
    // n-3 points at the place the plan creates, by its variable.
    const TeamsDifferenceStep &n3 = plan.steps.at(5);
    QCOMPARE(n3.arguments.at(1).parameter, u"LocationId"_s);
    QCOMPARE(n3.arguments.at(1).fromStep, 3);
    QCOMPARE(plan.steps.at(3).variable, u"place1"_s);
    QCOMPARE(teamsStepCommand(plan, 5),
             u"Set-CsOnlineLisSubnet -Subnet '10.99.0.0' -LocationId $place1 -Description ''"_s);
    QCOMPARE(teamsStepCommand(plan, 3),
             u"New-CsOnlineLisLocation -CivicAddressId '%1' -Location 'Floor 4'"_s.arg(hqId));
    // The number registered at Redmond goes to Redmond's default location: the LocationUpdate
    // parameter set, without -PhoneNumberType (which needs -Identity and assigns the number).
    QCOMPARE(teamsStepCommand(plan, 6),
             u"Set-CsPhoneNumberAssignment -PhoneNumber '+14255550101' -LocationId '%1'"_s.arg(
                 hqDefaultId));
}

void TestTeamsDifference::roundTripLeavesNoDifference()
{
    const TeamsTenantSnapshot teams = allFiles();
    const DispatchableTenantState ours = withRenamedPlace();
    const QList<TeamsComparisonRow> before = compareWithTeams(teams, ours);
    QVERIFY(!openRows(before).isEmpty());

    TeamsTenantSimulator tenant(teams);
    QString error;
    QVERIFY2(tenant.apply(planTeamsDifference(teams, ours), &error), qPrintable(error));
    QCOMPARE(tenant.created(), 2);
    QCOMPARE(tenant.changed(), 5);
    const TeamsTenantSnapshot again = tenant.exported();
    QVERIFY2(again.issues().isEmpty(), qPrintable(again.issues().value(0).reason));

    const QList<TeamsComparisonRow> after = compareWithTeams(again, ours);
    QCOMPARE(openRows(after), QStringList());
    // What only Teams had is still there, and a second plan has nothing to do.
    QCOMPARE(again.addresses().size(), teams.addresses().size() + 1);
    const TeamsDifferencePlan second = planTeamsDifference(again, ours);
    QCOMPARE(summary(second), QStringList());
    QCOMPARE(notesOf(second, TeamsNoteReason::LeftInTeams).size(),
             notesOf(planTeamsDifference(teams, ours), TeamsNoteReason::LeftInTeams).size());
}

void TestTeamsDifference::clearedDialOutNumberIsCleared()
{
    DispatchableTenantState ours = validated(teamsfixture::ours());
    ours.map.policy.notificationDialOutNumber.clear();
    const TeamsTenantSnapshot teams = allFiles();
    const TeamsDifferencePlan plan = planTeamsDifference(teams, ours);
    // The policy's step, just before the numbers'.
    const int policy = int(plan.steps.size()) - 2;
    const TeamsDifferenceStep &step = plan.steps.at(policy);
    QCOMPARE(step.kind, TeamsObjectKind::Policy);
    QCOMPARE(plan.steps.last().kind, TeamsObjectKind::Number);
    QCOMPARE(teamsStepCommand(plan, policy),
             u"Set-CsTeamsEmergencyCallingPolicy -Identity 'Dispatchable' "
             u"-NotificationDialOutNumber ''"_s);
    QCOMPARE(step.checkCleared, u"NotificationDialOutNumber"_s);
    QVERIFY2(step.reason.contains(u"cleared"_s), qPrintable(step.reason));

    TeamsTenantSimulator tenant(teams);
    QString error;
    QVERIFY2(tenant.apply(plan, &error), qPrintable(error));
    const TeamsTenantSnapshot again = tenant.exported();
    for (const TeamsComparisonRow &row : compareWithTeams(again, ours)) {
        if (row.kind == TeamsObjectKind::Policy)
            QCOMPARE(row.side, TeamsSide::Equal);
    }
    const QString script = teamsDifferenceScript(ours.map, plan);
    QVERIFY(script.contains(u"if ([string](Get-CsTeamsEmergencyCallingPolicy -Identity "
                            u"'Dispatchable').NotificationDialOutNumber) {"_s));
}

void TestTeamsDifference::onlyInTeamsIsLeftAlone()
{
    const TeamsDifferencePlan plan = planTeamsDifference(allFiles(), withRenamedPlace());
    for (const TeamsDifferenceStep &step : plan.steps) {
        QVERIFY(step.teamsId != springId);
        QVERIFY(step.teamsId != lobbyId);
        QVERIFY(step.teamsId != u"10.10.20.0"_s);
    }
    QStringList left;
    for (const TeamsPlanNote &note : notesOf(plan, TeamsNoteReason::LeftInTeams))
        left.append(teamsObjectKindName(*note.kind));
    QCOMPARE(left, (QStringList{teamsObjectKindName(TeamsObjectKind::Address),
                                teamsObjectKindName(TeamsObjectKind::Place),
                                teamsObjectKindName(TeamsObjectKind::Subnet)}));
    QVERIFY(notesOf(plan, TeamsNoteReason::LeftInTeams)
                .at(0)
                .label.contains(u"SPRINGFIELD"_s, Qt::CaseInsensitive));
}

void TestTeamsDifference::toConfirmGetsNoStep()
{
    // Two suites of Dispatchable on Springfield's street: which one is Teams's is the admin's call.
    DispatchableTenantState ours = validated(teamsfixture::ours());
    for (const QString &id : {u"a-spring-a"_s, u"a-spring-b"_s}) {
        EmergencyAddress a = ours.map.addresses.first();
        a.id = id;
        a.civic.addNumber = u"500"_s;
        a.civic.stName = u"Elm"_s;
        a.civic.stPosTyp = u"St"_s;
        a.civic.postalCommunity = u"Springfield"_s;
        a.civic.state = u"IL"_s;
        a.civic.postalCode = u"62701"_s;
        ours.map.addresses.append(a);
    }
    Place suite;
    suite.id = u"p-spring"_s;
    suite.addressId = u"a-spring-a"_s;
    suite.room = u"Suite A"_s;
    ours.map.places.append(suite);
    const TeamsDifferencePlan plan = planTeamsDifference(allFiles(), ours);
    for (const TeamsDifferenceStep &step : plan.steps) {
        QVERIFY(!step.dispatchableId.startsWith(u"a-spring"_s));
        QVERIFY(step.dispatchableId != u"p-spring"_s);
        QVERIFY(step.teamsId != springId);
    }
    const QList<TeamsPlanNote> confirm = notesOf(plan, TeamsNoteReason::ConfirmFirst);
    QCOMPARE(confirm.size(), 2);
    QCOMPARE(*confirm.at(0).kind, TeamsObjectKind::Address);
    QCOMPARE(*confirm.at(1).kind, TeamsObjectKind::Place);
    QVERIFY2(confirm.at(1).reason.contains(u"address is still to confirm"_s),
             qPrintable(confirm.at(1).reason));
}

void TestTeamsDifference::streetDifferencesAreSaidNotScripted()
{
    // Redmond keeps its Teams id; Dispatchable has another postal code and company name.
    DispatchableTenantState ours = validated(teamsfixture::ours());
    ours.map.addresses[0].teamsCivicAddressId = hqId;
    ours.map.addresses[0].civic.postalCode = u"98053"_s;
    ours.map.addresses[0].companyName = u"Contoso HQ"_s;
    const TeamsDifferencePlan plan = planTeamsDifference(allFiles(), ours);
    const TeamsDifferenceStep &hq = plan.steps.at(0);
    QCOMPARE(hq.cmdlet, u"Set-CsOnlineLisCivicAddress"_s);
    QCOMPARE(hq.value(u"CompanyName"), u"Contoso HQ"_s);
    QVERIFY(hq.value(u"PostalCode").isEmpty());
    const QList<TeamsPlanNote> notes = notesOf(plan, TeamsNoteReason::NotByScript);
    QVERIFY(!notes.isEmpty());
    QVERIFY2(notes.at(0).reason.contains(u"PostalCode"_s), qPrintable(notes.at(0).reason));
    // Outside the countries Microsoft lists, no address is changed by script.
    QVERIFY(teamsAddressEditableIn(u"us"_s));
    QVERIFY(!teamsAddressEditableIn(u"DE"_s));
}

void TestTeamsDifference::kindsWithoutTheFilesTheyNeedAreNotPlanned()
{
    // Subnets without the locations: the script would not know where they point.
    TeamsTenantSnapshot teams;
    teams.addFile(u"addresses.csv"_s, addressesCsv());
    teams.addFile(u"subnets.csv"_s, subnetsCsv());
    const TeamsDifferencePlan plan = planTeamsDifference(teams, withRenamedPlace());
    for (const TeamsDifferenceStep &step : plan.steps)
        QCOMPARE(step.kind, TeamsObjectKind::Address);
    bool said = false;
    for (const TeamsPlanNote &note : notesOf(plan, TeamsNoteReason::LeftOut))
        said =
            said || (note.kind == TeamsObjectKind::Subnet && note.reason.contains(u"not given"_s));
    QVERIFY(said);
}

void TestTeamsDifference::simulatorRefusesWhatTeamsWould()
{
    TeamsDifferencePlan plan;
    TeamsDifferenceStep suffix;
    suffix.cmdlet = u"Set-CsOnlineLisCivicAddress"_s;
    suffix.arguments = {{u"CivicAddressId"_s, hqId, -1, {}}, {u"StreetSuffix"_s, u"Way"_s, -1, {}}};
    plan.steps = {suffix};
    TeamsTenantSimulator tenant(allFiles());
    QString error;
    QVERIFY(!tenant.apply(plan, &error));
    QVERIFY2(error.contains(u"reserved"_s), qPrintable(error));

    TeamsDifferenceStep early;
    early.cmdlet = u"New-CsOnlineLisLocation"_s;
    early.arguments = {{u"CivicAddressId"_s, {}, 1, {}}, {u"Location"_s, u"Lab"_s, -1, {}}};
    plan.steps = {early};
    QVERIFY(!tenant.apply(plan, &error));
    QVERIFY2(error.contains(u"refers to step 2"_s), qPrintable(error));
}

void TestTeamsDifference::numberAtANewAddressGetsItsDefaultLocation()
{
    // +14255550101 is registered at Boise, which Teams does not have: the script creates the
    // address, then gives the number the default location Teams made with it.
    DispatchableTenantState ours = withRenamedPlace();
    ours.numbers[1].e911.addressId = u"a-boise"_s;
    const TeamsTenantSnapshot teams = allFiles();
    const TeamsDifferencePlan plan = planTeamsDifference(teams, ours);
    const TeamsDifferenceStep &number = plan.steps.last();
    QCOMPARE(number.cmdlet, u"Set-CsPhoneNumberAssignment"_s);
    QCOMPARE(number.arguments.at(1).fromStep, 1);
    QCOMPARE(number.arguments.at(1).fromProperty, u"DefaultLocationId"_s);
    QCOMPARE(teamsStepCommand(plan, int(plan.steps.size()) - 1),
             u"Set-CsPhoneNumberAssignment -PhoneNumber '+14255550101' -LocationId "
             u"(Get-DispatchableDefaultLocation $address1)"_s);

    TeamsTenantSimulator tenant(teams);
    QString error;
    QVERIFY2(tenant.apply(plan, &error), qPrintable(error));
    const TeamsTenantSnapshot again = tenant.exported();
    QCOMPARE(openRows(compareWithTeams(again, ours)), QStringList());
    QCOMPARE(summary(planTeamsDifference(again, ours)), QStringList());

    const QString script = teamsDifferenceScript(ours.map, plan);
    QVERIFY(script.contains(u"function Get-DispatchableDefaultLocation {"_s));
    const PowerShellCheckResult result = checkPowerShellScript(
        QStringLiteral(DISPATCHABLE_PS_PARSE_DIR), m_dir.path(), script, {u"Contoso"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
}

void TestTeamsDifference::numbersNoScriptMayChangeAreNoted()
{
    // +14255550101: Teams will not update its location. +14255550103: Teams gives it one,
    // Dispatchable registers it nowhere; clearing it would leave no location at all.
    TeamsTenantSnapshot teams;
    teams.addFile(u"addresses.csv"_s, addressesCsv());
    teams.addFile(u"locations.csv"_s, locationsCsv());
    teams.addFile(u"numbers.csv"_s,
                  "\"TelephoneNumber\",\"NumberType\",\"CivicAddressId\",\"LocationId\","
                  "\"LocationUpdateSupported\"\r\n"
                  "\"+14255550101\",\"CallingPlan\",\"" +
                      bnaId.toLatin1() + "\",\"" + suiteId.toLatin1() +
                      "\",\"False\"\r\n"
                      "\"+14255550103\",\"OperatorConnect\",\"" +
                      bnaId.toLatin1() + "\",\"" + suiteId.toLatin1() + "\",\"True\"\r\n");
    QVERIFY2(teams.issues().isEmpty(), qPrintable(teams.issues().value(0).reason));
    const TeamsDifferencePlan plan = planTeamsDifference(teams, validated(ours()));
    for (const TeamsDifferenceStep &step : plan.steps) {
        QVERIFY2(step.kind != TeamsObjectKind::Number, qPrintable(step.label));
        QVERIFY2(!step.cmdlet.startsWith(u"Remove-"_s), qPrintable(step.cmdlet));
    }
    QStringList noted;
    for (const TeamsPlanNote &note : notesOf(plan, TeamsNoteReason::NotByScript)) {
        if (note.kind == TeamsObjectKind::Number)
            noted.append(note.label);
    }
    QCOMPARE(noted, (QStringList{u"+14255550101"_s, u"+14255550103"_s}));
    const QList<TeamsPlanNote> notes = notesOf(plan, TeamsNoteReason::NotByScript);
    QVERIFY(std::any_of(notes.cbegin(), notes.cend(), [](const TeamsPlanNote &n) {
        return n.reason.contains(u"LocationUpdateSupported"_s);
    }));
    QVERIFY(std::any_of(notes.cbegin(), notes.cend(), [](const TeamsPlanNote &n) {
        return n.reason.contains(u"Remove-CsPhoneNumberAssignment"_s);
    }));

    // The simulated tenant refuses the Assignment parameter set without -Identity.
    TeamsDifferencePlan typed;
    TeamsDifferenceStep step;
    step.cmdlet = u"Set-CsPhoneNumberAssignment"_s;
    step.arguments = {{u"PhoneNumber"_s, u"+14255550100"_s, -1, {}},
                      {u"PhoneNumberType"_s, u"OperatorConnect"_s, -1, {}},
                      {u"LocationId"_s, floor3Id, -1, {}}};
    typed.steps = {step};
    TeamsTenantSimulator tenant(allFiles());
    QString error;
    QVERIFY(!tenant.apply(typed, &error));
    QVERIFY2(error.contains(u"PhoneNumberType"_s), qPrintable(error));
}

void TestTeamsDifference::trustedIpsAreAddedAndSetNeverRemoved()
{
    TeamsTenantSnapshot teams = allFiles();
    teams.addFile(u"trusted-ips.csv"_s, trustedIpsCsv());
    QVERIFY2(teams.issues().isEmpty(), qPrintable(teams.issues().value(0).reason));
    const DispatchableTenantState ours = withTrustedIps(withRenamedPlace(), u"Branch"_s);

    // Matched by address: equal, another mask and description, only in Dispatchable, only in
    // Teams. The private range is Dispatchable's own rules' to leave out.
    QStringList rows;
    for (const TeamsComparisonRow &row : compareWithTeams(teams, ours)) {
        if (row.kind == TeamsObjectKind::TrustedIp)
            rows.append(u"%1 %2 %3 [%4]"_s.arg(teamsSideName(row.side), row.label, row.teamsId,
                                               row.differences.join(u',')));
    }
    QCOMPARE(rows, (QStringList{
                       u"In both, equal 203.0.113.0/24 203.0.113.0 []"_s,
                       u"Only in Teams 198.51.100.0/24 198.51.100.0 []"_s,
                       u"In both, different 2001:db8:abcd::/48 2001:db8:abcd:: "
                       u"[MaskBits,Description]"_s,
                       u"Only in Dispatchable 192.0.2.0/24  []"_s,
                       u"Only in Dispatchable 10.1.0.0/16  []"_s,
                   }));

    const TeamsDifferencePlan plan = planTeamsDifference(teams, ours);
    QStringList trusted;
    for (int i = 0; i < int(plan.steps.size()); ++i) {
        if (plan.steps.at(i).kind == TeamsObjectKind::TrustedIp)
            trusted.append(teamsStepCommand(plan, i));
    }
    QCOMPARE(trusted, (QStringList{
                          u"Set-CsTenantTrustedIPAddress -Identity '2001:db8:abcd::' "
                          u"-MaskBits '56' -Description 'v6 egress'"_s,
                          u"New-CsTenantTrustedIPAddress -IPAddress '192.0.2.0' -MaskBits '24' "
                          u"-Description 'Branch'"_s,
                      }));
    // After the network elements, before the number.
    QCOMPARE(summary(plan).mid(6), (QStringList{u"Set-CsTenantTrustedIPAddress t-2"_s,
                                                u"New-CsTenantTrustedIPAddress t-3"_s,
                                                u"Set-CsPhoneNumberAssignment +14255550101"_s}));
    QStringList leftInTeams;
    for (const TeamsPlanNote &note : notesOf(plan, TeamsNoteReason::LeftInTeams)) {
        if (note.kind == TeamsObjectKind::TrustedIp)
            leftInTeams.append(note.label);
    }
    QCOMPARE(leftInTeams, QStringList{u"198.51.100.0/24"_s});

    TeamsTenantSimulator tenant(teams);
    QString error;
    QVERIFY2(tenant.apply(plan, &error), qPrintable(error));
    const TeamsTenantSnapshot again = tenant.exported();
    QVERIFY2(again.issues().isEmpty(), qPrintable(again.issues().value(0).reason));
    // Only the private range stays open: no script sends it (said as left out).
    QCOMPARE(openRows(compareWithTeams(again, ours)), QStringList{u"Trusted IPs 10.1.0.0/16 []"_s});
    QCOMPARE(summary(planTeamsDifference(again, ours)), QStringList());

    // A second run looks the new address up first; hostile text stays literal.
    const QString hostile = u"Egress '1' $(calc) `n \u2019x\u2018 <# #>"_s;
    const DispatchableTenantState hostileOurs = withTrustedIps(withRenamedPlace(), hostile);
    const TeamsDifferencePlan hostilePlan = planTeamsDifference(teams, hostileOurs);
    const QString script = teamsDifferenceScript(hostileOurs.map, hostilePlan);
    QVERIFY(script.contains(u"try { $existing = Get-CsTenantTrustedIPAddress -Identity "
                            u"'192.0.2.0' }"_s));
    const PowerShellCheckResult result = checkPowerShellScript(
        QStringLiteral(DISPATCHABLE_PS_PARSE_DIR), m_dir.path(), script, {u"Contoso"_s, hostile});
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));

    // Set- has no -IPAddress; New- refuses an address Teams trusts already.
    TeamsDifferencePlan wrong;
    TeamsDifferenceStep step;
    step.cmdlet = u"Set-CsTenantTrustedIPAddress"_s;
    step.arguments = {{u"IPAddress"_s, u"203.0.113.0"_s, -1, {}}};
    wrong.steps = {step};
    TeamsTenantSimulator fresh(teams);
    QVERIFY(!fresh.apply(wrong, &error));
    QVERIFY2(error.contains(u"-IPAddress"_s), qPrintable(error));
    step.cmdlet = u"New-CsTenantTrustedIPAddress"_s;
    wrong.steps = {step};
    QVERIFY(!fresh.apply(wrong, &error));
    QVERIFY2(error.contains(u"new"_s), qPrintable(error));
}

void TestTeamsDifference::trustedIpsWithoutTheirExportAreNotPlanned()
{
    const DispatchableTenantState ours = withTrustedIps(withRenamedPlace(), u"Branch"_s);
    const TeamsDifferencePlan plan = planTeamsDifference(allFiles(), ours);
    for (const TeamsDifferenceStep &step : plan.steps)
        QVERIFY2(step.kind != TeamsObjectKind::TrustedIp, qPrintable(step.label));
    bool said = false;
    for (const TeamsPlanNote &note : notesOf(plan, TeamsNoteReason::LeftOut))
        said = said || (note.kind == TeamsObjectKind::TrustedIp &&
                        note.reason.contains(u"Get-CsTenantTrustedIPAddress"_s));
    QVERIFY(said);
}

void TestTeamsDifference::scriptRunsEveryStepOfThePreview()
{
    const DispatchableTenantState ours = withRenamedPlace();
    const TeamsDifferencePlan plan = planTeamsDifference(allFiles(), ours);
    const QString script = teamsDifferenceScript(ours.map, plan);
    QVERIFY(script.startsWith(QChar(0xFEFF)));
    QVERIFY(script.contains(u"if ([string]$connectedTenant.TenantId -ne $tenantId) {"_s));
    for (int i = 0; i < int(plan.steps.size()); ++i) {
        QVERIFY2(script.contains(teamsStepCommand(plan, i)), qPrintable(teamsStepCommand(plan, i)));
        QVERIFY(script.contains(u"# Step %1 of 7 ("_s.arg(i + 1)));
    }
    // Creates look first, so a second run finds what the first one made.
    QVERIFY(script.contains(u"$address1 = Find-DispatchableCivicAddress @{ CompanyName = "
                            u"'Contoso'; HouseNumber = '100'"_s));
    QVERIFY(script.contains(u"$place1 = Find-DispatchableLocation '%1' 'Floor 4'"_s.arg(hqId)));
    QVERIFY(script.contains(u"$place1 = [string](New-CsOnlineLisLocation"_s));
    QVERIFY(!script.contains(u"Remove-"_s));
    // An old MicrosoftTeams module without the LocationUpdate parameter set stops the script
    // before it changes anything.
    QVERIFY(script.indexOf(u"-notcontains 'LocationUpdate'"_s) <
            script.indexOf(u"# Step 1 of 7"_s));
    const PowerShellCheckResult result = checkPowerShellScript(
        QStringLiteral(DISPATCHABLE_PS_PARSE_DIR), m_dir.path(), script, {u"Contoso"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
}

void TestTeamsDifference::hostileNamesStayLiteral()
{
    const QString tenantName = u"Contoso 'Ltd' \u2018Q\u2019 $(Remove-Item C:\\) `whoami` \"dq\""_s;
    const QString company = u"O'Brien $env:USERNAME ${x} @(1)"_s;
    const QString floor = u"Floor '4'; $(calc) `n \u201Bx\u201A\r\nnext\u202Egnp"_s;
    const QString description = u"Subnet $(Invoke-Expression 'x') \u2019 <# #>"_s;
    DispatchableTenantState ours = withRenamedPlace();
    ours.map.tenantName = tenantName;
    ours.map.addresses[2].companyName = company; // a-boise, created
    placeOf(ours, u"p-f4"_s)->floor = floor;     // created
    ours.map.elements[2].description = description;
    ours.map.policy.notificationDialOutNumber.clear();
    const TeamsDifferencePlan plan = planTeamsDifference(allFiles(), ours);
    QCOMPARE(plan.steps.size(), 8);
    const QString script = teamsDifferenceScript(ours.map, plan);
    const PowerShellCheckResult result =
        checkPowerShellScript(QStringLiteral(DISPATCHABLE_PS_PARSE_DIR), m_dir.path(), script,
                              {tenantName, company, floor, description});
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    QVERIFY(result.output.startsWith(u"ok:"_s));
    // The simulated tenant takes the same values whole.
    TeamsTenantSimulator tenant(allFiles());
    QString error;
    QVERIFY2(tenant.apply(plan, &error), qPrintable(error));
    QCOMPARE(openRows(compareWithTeams(tenant.exported(), ours)), QStringList());
}

QTEST_GUILESS_MAIN(TestTeamsDifference)
#include "tst_teams_difference.moc"
