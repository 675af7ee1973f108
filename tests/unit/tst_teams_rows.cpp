// Reading each Teams cmdlet's rows as Microsoft's cmdlet reference documents them
// (Get-CsPhoneNumberAssignment, Get-CsOnlineLisSubnet, -WirelessAccessPoint, -Switch, -Port,
// Get-CsTeamsEmergencyCallingPolicy): values checked row by row, with the reason for every row
// left out or read in part. The file formats are tested in tst_teams_export.cpp.
//
// moc 6.4 stops reading a file at a multi-line raw string that holds an apostrophe (and then
// writes an empty .moc: "undefined reference to vtable"): keep apostrophes out of the raw string
// literals, as Windows PowerShell does itself by writing \u0027.
#include "TeamsIssueCheck.h"
#include "teams/TeamsFieldValues.h"
#include "teams/TeamsTenantSnapshot.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using teams::ExportKind;

namespace {
const QString hqLocation = u"d26a4935-5997-4bcf-b0db-6ae5a88805fd"_s;

// PowerShell 7, Export-Csv -UseQuotes AsNeeded: no #TYPE line, no quotes; a list column written
// as its type name.
const QByteArray numberCsv =
    "TelephoneNumber,OperatorId,NumberType,ActivationState,AssignedPstnTargetId,"
    "AssignmentCategory,Capability,City,CivicAddressId,IsoCountryCode,IsoSubdivision,"
    "LocationId,LocationUpdateSupported,NetworkSiteId,PortInOrderStatus,PstnAssignmentStatus,"
    "PstnPartnerId,PstnPartnerName,NumberSource\n"
    // 1 and 2: Microsoft's two examples
    "+14025551234,2b24d246-a9ee-428b-96bc-fb9d9a053c8d,CallingPlan,Activated,"
    "dc13d97b-7897-494e-bc28-6b469bf7a70e,Primary,System.Collections.Generic.List`1[System.String],"
    "Omaha,703b30e5-dbdd-4132-9809-4c6160a6acc7,US,Nebraska,"
    "407c17ae-8c41-431e-894a-38787c682f68,True,,,UserAssigned,"
    "7fc2f2eb-89aa-41d7-93de-73d015d22ff0,Microsoft,Online\n"
    "+12065551000;ext=524,83d289bc-a4d3-41e6-8a3f-cff260a3f091,DirectRouting,Activated,"
    "2713551e-ed63-415d-9175-fc4ff825a0be,Primary,System.Collections.Generic.List`1[System.String],"
    ",00000000-0000-0000-0000-000000000000,,,00000000-0000-0000-0000-000000000000,True,,,"
    "UserAssigned,,,OnPremises\n"
    // 3: no phone number
    "call me,,DirectRouting,Activated,,,,,,,,,,,,Unassigned,,,OnPremises\n"
    // 4: a LocationId that is no GUID: the number is kept without it
    "+14025559876,,OperatorConnect,AssignmentPending,,,,,,US,,somewhere,False,,,Unassigned,,,"
    "Online\n"
    // 5: a shared-calling emergency number: its target is a policy instance, not a GUID
    "+12065550100,,DirectRouting,Activated,TeamsSharedCallingRoutingPolicy|Tag:SC1,Primary,,"
    "Seattle,{703B30E5-DBDD-4132-9809-4C6160A6ACC7},us,Washington,,False,,,PolicyAssigned,,,"
    "Online\n"
    // 6: row 1's number again, without its "+" (Teams always writes it; a hand-made file may not)
    "14025551234,,CallingPlan,Activated,,,,,,US,,,True,,,Unassigned,,,Online\n";

// ConvertTo-Json of several objects: an array; null for a missing value.
const QByteArray subnetJson = R"([
  {"Subnet": "10.106.89.0", "Description": "Floor 3 wired", "LocationId": "d26a4935-5997-4bcf-b0db-6ae5a88805fd"},
  {"Subnet": "2001:4898:e8:6c:90d2:28d4:76a4:ec5e", "Description": "", "LocationId": "d26a4935-5997-4bcf-b0db-6ae5a88805fd"},
  {"Subnet": "2001:DB8:10::", "Description": "v6 network ID", "LocationId": "{D26A4935-5997-4BCF-B0DB-6AE5A88805FD}"},
  {"Subnet": "10.106.89.999", "Description": "typo", "LocationId": "d26a4935-5997-4bcf-b0db-6ae5a88805fd"},
  {"Subnet": "10.106.90.0", "Description": null, "LocationId": null},
  {"Subnet": "fe80::1%12", "Description": "with a zone", "LocationId": "d26a4935-5997-4bcf-b0db-6ae5a88805fd"}
])";

// Get-CsOnlineLisWirelessAccessPoint's documented rows, and some that are not BSSIDs.
const QByteArray wapCsv =
    "#TYPE System.Management.Automation.PSCustomObject\n"
    "\"BSSID\",\"LocationId\",\"Description\"\n"
    "\"F0-6E-0B-C2-03-*\",\"b2804a1a-e4cf-47df-8964-3eaf6fe1ae3a\",\"SEWAPs\"\n"
    "\"F0-E1-D2-C3-B4-A*\",\"b2804a1a-e4cf-47df-8964-3eaf6fe1ae3a\",\"\"\n"
    "\"f0:6e:0b:c2:03:23\",\"d7714269-ee52-4635-97b0-d7c228801d24\",\"USWAP1\"\n"
    "\"F0-E4-A2-9C-*\",\"d7714269-ee52-4635-97b0-d7c228801d24\",\"five pairs\"\n"
    "\"F0-E4-A*-9C-5B-11\",\"d7714269-ee52-4635-97b0-d7c228801d24\",\"star inside\"\n"
    "\"F0-6E-0B-C2-03-23\",\"d7714269-ee52-4635-97b0-d7c228801d24\",\"again\"\n";

// ConvertTo-Json of a single object: no array around it (Get-CsOnlineLisPort's example).
const QByteArray portJson = R"({
  "PortID": "G1/0/30",
  "ChassisID": "B8-BE-BF-4A-A3-00",
  "LocationId": "9905bca0-6fb0-11ec-84a4-25019013784a",
  "Description": null
})";

const QByteArray switchCsv =
    "\"ChassisID\",\"LocationId\",\"Description\"\n"
    "\"B8-BE-BF-4A-A3-00\",\"9905bca0-6fb0-11ec-84a4-25019013784a\","
    "\"DKSwitch1\"\n"
    "\"core-sw-01.contoso.local\",\"d26a4935-5997-4bcf-b0db-6ae5a88805fd\","
    "\"Core\"\n"
    "\"\",\"d26a4935-5997-4bcf-b0db-6ae5a88805fd\",\"no chassis\"\n";

// ConvertTo-Json writes the NotificationMode enum as a number; Windows PowerShell 5.1 writes an
// apostrophe as \u0027.
const QByteArray policyJson = R"([
  {"Identity": "Global", "Description": "", "NotificationGroup": "", "NotificationDialOutNumber": "", "NotificationMode": 0, "ExternalLocationLookupMode": "Disabled"},
  {"Identity": "Tag:Security desk", "Description": "Kari\u0027s Law", "NotificationGroup": "alert@contoso.com;security@contoso.com", "NotificationDialOutNumber": "4253214567", "NotificationMode": 1, "ExternalLocationLookupMode": "Enabled"},
  {"Identity": "Tag:Broken", "NotificationGroup": "front desk", "NotificationDialOutNumber": "call 911", "NotificationMode": "Loud"}
])";
// Get-CsTeamsEmergencyCallRoutingPolicy | ConvertTo-Json -Depth 3 (the properties of
// New-CsTeamsEmergencyNumber's objects), and the same policies through Export-Csv, which writes
// the list's type name.
const QByteArray routingJson = R"([
  {"Identity": "Global", "Description": "", "AllowEnhancedEmergencyServices": false, "EmergencyNumbers": []},
  {"Identity": "Tag:US Direct Routing", "Description": "E911", "AllowEnhancedEmergencyServices": true,
   "EmergencyNumbers": [
     {"EmergencyDialString": "911", "EmergencyDialMask": "9911;112", "OnlinePSTNUsage": "US E911"},
     {"EmergencyDialString": "933", "EmergencyDialMask": "", "OnlinePSTNUsage": "US E911"},
     {"EmergencyDialString": "9-1-1", "EmergencyDialMask": "", "OnlinePSTNUsage": "US E911"},
     {"EmergencyDialString": "911", "EmergencyDialMask": "abc", "OnlinePSTNUsage": ""}
   ]},
  {"Description": "no identity", "AllowEnhancedEmergencyServices": "maybe"}
])";
const QByteArray routingCsv =
    "\"Identity\",\"Description\",\"AllowEnhancedEmergencyServices\",\"EmergencyNumbers\"\n"
    "\"Tag:US Direct Routing\",\"E911\",\"True\","
    "\"System.Collections.Generic.List`1[Microsoft.Teams.Policy.Administration.Cmdlets.Core."
    "TeamsEmergencyNumber]\"\n";
} // namespace

class TestTeamsRows : public QObject
{
    Q_OBJECT

private slots:
    void guidsAreReadWhole_data();
    void guidsAreReadWhole();
    void numberAssignmentsReadExtensionsAndTheNoneGuid();
    void subnetsFromJsonArrayIncludeIpv6();
    void accessPointsKeepDocumentedWildcardsOnly();
    void switchesAndPortsReadTheirIdentifiers();
    void policiesReadEnumNumbersAndGroupLists();
    void routingPoliciesReadTheirEmergencyNumbers();
};

void TestTeamsRows::guidsAreReadWhole_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("guid"); // empty: none
    QTest::addColumn<bool>("error");
    const QString g = u"5aa884e8-d548-4b8e-a289-52bfd5265a6e"_s;
    QTest::newRow("bare") << g << g << false;
    QTest::newRow("upper case") << g.toUpper() << g << false;
    QTest::newRow("braces") << u"{"_s + g + u"}"_s << g << false;
    QTest::newRow("spaces around") << u"  "_s + g + u" "_s << g << false;
    QTest::newRow("empty") << QString() << QString() << false;
    QTest::newRow("all zero") << u"00000000-0000-0000-0000-000000000000"_s << QString() << false;
    QTest::newRow("all zero, braces")
        << u"{00000000-0000-0000-0000-000000000000}"_s << QString() << false;
    QTest::newRow("words") << u"not-a-guid"_s << QString() << true;
    QTest::newRow("text after it") << g + u"-2"_s << QString() << true;
    QTest::newRow("brace not closed") << u"{"_s + g << QString() << true;
    QTest::newRow("no dashes") << u"5aa884e8d5484b8ea28952bfd5265a6e"_s << QString() << true;
    QTest::newRow("one digit short") << g.chopped(1) << QString() << true;
    QTest::newRow("not hex") << u"5aa884e8-d548-4b8e-a289-52bfd5265a6g"_s << QString() << true;
}

void TestTeamsRows::guidsAreReadWhole()
{
    QFETCH(QString, text);
    QFETCH(QString, guid);
    QFETCH(bool, error);
    QStringList errors;
    QCOMPARE(teams::readGuid(text, u"LocationId"_s, errors), guid);
    QCOMPARE(errors.size(), error ? 1 : 0);
    if (error) {
        QVERIFY2(errors.constFirst().contains(u"LocationId \""_s + text.trimmed() + u'"'),
                 qPrintable(errors.constFirst()));
    }
}

void TestTeamsRows::numberAssignmentsReadExtensionsAndTheNoneGuid()
{
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"numbers.csv"_s, numberCsv), ExportKind::NumberAssignment);
    QCOMPARE(s.numbers().size(), 4);

    const TeamsNumberAssignment &omaha = s.numbers().at(0);
    QCOMPARE(omaha.telephoneNumber, u"+14025551234"_s);
    QCOMPARE(omaha.e164, u"+14025551234"_s);
    QCOMPARE(omaha.extension, QString());
    QCOMPARE(omaha.numberType, u"CallingPlan"_s);
    QCOMPARE(omaha.activationState, u"Activated"_s);
    QCOMPARE(omaha.assignedPstnTargetId, u"dc13d97b-7897-494e-bc28-6b469bf7a70e"_s);
    QCOMPARE(omaha.pstnAssignmentStatus, u"UserAssigned"_s);
    QCOMPARE(omaha.civicAddressId, u"703b30e5-dbdd-4132-9809-4c6160a6acc7"_s);
    QCOMPARE(omaha.locationId, u"407c17ae-8c41-431e-894a-38787c682f68"_s);
    QCOMPARE(omaha.isoCountryCode, u"US"_s);
    QCOMPARE(omaha.locationUpdateSupported, std::optional<bool>(true));

    const TeamsNumberAssignment &direct = s.numbers().at(1);
    QCOMPARE(direct.telephoneNumber, u"+12065551000;ext=524"_s);
    QCOMPARE(direct.e164, u"+12065551000"_s);
    QCOMPARE(direct.extension, u"524"_s);
    QCOMPARE(direct.numberType, u"DirectRouting"_s);
    QCOMPARE(direct.civicAddressId, QString()); // the all-zero GUID: no emergency location
    QCOMPARE(direct.locationId, QString());
    QCOMPARE(direct.isoCountryCode, QString());

    const TeamsNumberAssignment &pending = s.numbers().at(2);
    QCOMPARE(pending.e164, u"+14025559876"_s);
    QCOMPARE(pending.numberType, u"OperatorConnect"_s);
    QCOMPARE(pending.activationState, u"AssignmentPending"_s);
    QCOMPARE(pending.pstnAssignmentStatus, u"Unassigned"_s);
    QCOMPARE(pending.locationId, QString());
    QCOMPARE(pending.locationUpdateSupported, std::optional<bool>(false));

    const TeamsNumberAssignment &shared = s.numbers().at(3);
    QCOMPARE(shared.e164, u"+12065550100"_s);
    QCOMPARE(shared.assignedPstnTargetId, u"TeamsSharedCallingRoutingPolicy|Tag:SC1"_s);
    QCOMPARE(shared.pstnAssignmentStatus, u"PolicyAssigned"_s);
    QCOMPARE(shared.civicAddressId, u"703b30e5-dbdd-4132-9809-4c6160a6acc7"_s);
    QCOMPARE(shared.locationId, QString());
    QCOMPARE(shared.isoCountryCode, u"US"_s);

    const QString diff = teamsIssueDifferences(s, u"numbers.csv"_s,
                                               {
                                                   {3, true, u"TelephoneNumber \"call me\""_s},
                                                   {4, false, u"LocationId \"somewhere\""_s},
                                                   {6, true, u"14025551234 was already read"_s},
                                               });
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestTeamsRows::subnetsFromJsonArrayIncludeIpv6()
{
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"subnets.json"_s, subnetJson), ExportKind::Subnet);
    QCOMPARE(s.networkElements().size(), 3);
    for (const TeamsNetworkElement &e : s.networkElements()) {
        QCOMPARE(e.element.kind, NetworkElementKind::Subnet);
        QCOMPARE(e.locationId, hqLocation);
    }
    // Teams keeps a network ID without its mask: read as a single address (docs/network-map.md).
    QCOMPARE(s.networkElements().at(0).element.subnet, u"10.106.89.0/32"_s);
    QCOMPARE(s.networkElements().at(0).element.description, u"Floor 3 wired"_s);
    QCOMPARE(s.networkElements().at(1).element.subnet,
             u"2001:4898:e8:6c:90d2:28d4:76a4:ec5e/128"_s);
    QCOMPARE(s.networkElements().at(1).element.description, QString());
    QCOMPARE(s.networkElements().at(2).element.subnet, u"2001:db8:10::/128"_s);
    QCOMPARE(s.networkElements().at(2).element.description, u"v6 network ID"_s);
    const QString diff =
        teamsIssueDifferences(s, u"subnets.json"_s,
                              {
                                  {4, true, u"\"10.106.89.999\" is not an IP subnet"_s},
                                  {5, true, u"No LocationId"_s},
                                  {6, true, u"\"fe80::1%12\" names a network interface"_s},
                              });
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestTeamsRows::accessPointsKeepDocumentedWildcardsOnly()
{
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"waps.csv"_s, wapCsv), ExportKind::WirelessAccessPoint);
    QCOMPARE(s.networkElements().size(), 3);
    // "*" for the last one or two characters (Get-CsOnlineLisWirelessAccessPoint).
    QCOMPARE(s.networkElements().at(0).element.kind, NetworkElementKind::AccessPoint);
    QCOMPARE(s.networkElements().at(0).element.bssid, u"F0-6E-0B-C2-03-*"_s);
    QCOMPARE(s.networkElements().at(0).element.description, u"SEWAPs"_s);
    QCOMPARE(s.networkElements().at(0).locationId, u"b2804a1a-e4cf-47df-8964-3eaf6fe1ae3a"_s);
    QCOMPARE(s.networkElements().at(1).element.bssid, u"F0-E1-D2-C3-B4-A*"_s);
    QCOMPARE(s.networkElements().at(1).element.description, QString());
    QCOMPARE(s.networkElements().at(2).element.bssid, u"F0-6E-0B-C2-03-23"_s);
    QCOMPARE(s.networkElements().at(2).locationId, u"d7714269-ee52-4635-97b0-d7c228801d24"_s);
    const QString diff = teamsIssueDifferences(
        s, u"waps.csv"_s,
        {
            {4, true, u"\"F0-E4-A2-9C-*\" is not a BSSID"_s},
            {5, true, u"In \"F0-E4-A*-9C-5B-11\" the \"*\" is misplaced"_s},
            {6, true, u"F0-6E-0B-C2-03-23 was already read"_s}, // spelt otherwise
        });
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestTeamsRows::switchesAndPortsReadTheirIdentifiers()
{
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"port.json"_s, portJson), ExportKind::Port);
    QCOMPARE(s.addFile(u"switches.csv"_s, switchCsv), ExportKind::Switch);
    QCOMPARE(s.networkElements().size(), 3);
    const TeamsNetworkElement &port = s.networkElements().at(0);
    QCOMPARE(port.element.kind, NetworkElementKind::Port);
    QCOMPARE(port.element.chassisId, u"B8-BE-BF-4A-A3-00"_s);
    QCOMPARE(port.element.portId, u"G1/0/30"_s);
    QCOMPARE(port.element.description, QString());
    QCOMPARE(port.locationId, u"9905bca0-6fb0-11ec-84a4-25019013784a"_s);
    const TeamsNetworkElement &dk = s.networkElements().at(1);
    QCOMPARE(dk.element.kind, NetworkElementKind::Switch);
    QCOMPARE(dk.element.chassisId, u"B8-BE-BF-4A-A3-00"_s);
    QCOMPARE(dk.element.description, u"DKSwitch1"_s);
    const TeamsNetworkElement &core = s.networkElements().at(2);
    QCOMPARE(core.element.chassisId, u"core-sw-01.contoso.local"_s); // an LLDP name, as written
    QCOMPARE(core.locationId, hqLocation);
    QVERIFY2(teamsIssueDifferences(s, u"port.json"_s, {}).isEmpty(),
             qPrintable(teamsIssueDifferences(s, u"port.json"_s, {})));
    const QString diff =
        teamsIssueDifferences(s, u"switches.csv"_s, {{3, true, u"The chassis ID is empty"_s}});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestTeamsRows::policiesReadEnumNumbersAndGroupLists()
{
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"policies.json"_s, policyJson), ExportKind::EmergencyCallingPolicy);
    QCOMPARE(s.policies().size(), 3);
    const TeamsEmergencyPolicy &global = s.policies().at(0);
    QCOMPARE(global.name(), u"Global"_s);
    QCOMPARE(global.notificationMode, std::optional(NotificationMode::NotificationOnly));
    QCOMPARE(global.notificationGroup, QStringList());
    QCOMPARE(global.notificationDialOutNumber, QString());
    QCOMPARE(global.externalLocationLookupMode, u"Disabled"_s);
    const TeamsEmergencyPolicy &desk = s.policies().at(1);
    QCOMPARE(desk.name(), u"Security desk"_s);
    QCOMPARE(desk.description, u"Kari's Law"_s);
    QCOMPARE(desk.notificationGroup,
             QStringList({u"alert@contoso.com"_s, u"security@contoso.com"_s}));
    QCOMPARE(desk.notificationDialOutNumber, u"+14253214567"_s);
    QCOMPARE(desk.notificationMode, std::optional(NotificationMode::ConferenceMuted));
    QCOMPARE(desk.externalLocationLookupMode, u"Enabled"_s);
    const TeamsEmergencyPolicy &broken = s.policies().at(2);
    QCOMPARE(broken.name(), u"Broken"_s);
    QCOMPARE(broken.notificationGroup, QStringList());
    QCOMPARE(broken.notificationDialOutNumber, QString());
    QCOMPARE(broken.notificationMode, std::nullopt);
    const QString diff =
        teamsIssueDifferences(s, u"policies.json"_s,
                              {
                                  {3, false, u"NotificationGroup entry \"front\""_s},
                                  {3, false, u"NotificationGroup entry \"desk\""_s},
                                  {3, false, u"NotificationDialOutNumber \"call 911\""_s},
                                  {3, false, u"NotificationMode \"Loud\""_s},
                              });
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestTeamsRows::routingPoliciesReadTheirEmergencyNumbers()
{
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"routing.json"_s, routingJson), ExportKind::EmergencyCallRoutingPolicy);
    QCOMPARE(s.routingPolicies().size(), 2);
    const TeamsEmergencyRoutingPolicy &global = s.routingPolicies().at(0);
    QCOMPARE(global.name(), u"Global"_s);
    QCOMPARE(global.allowEnhancedEmergencyServices, std::optional(false));
    QVERIFY(global.emergencyNumbersRead);
    QVERIFY(global.emergencyNumbers.isEmpty());
    const TeamsEmergencyRoutingPolicy &us = s.routingPolicies().at(1);
    QCOMPARE(us.name(), u"US Direct Routing"_s);
    QCOMPARE(us.allowEnhancedEmergencyServices, std::optional(true));
    QCOMPARE(us.emergencyNumbers.size(), 3); // "9-1-1" is not a dial string
    QCOMPARE(us.emergencyNumbers.at(0).dialMask, (QStringList{u"9911"_s, u"112"_s}));
    QCOMPARE(us.routeFor(u"9911")->pstnUsage, u"US E911"_s);
    QCOMPARE(us.routeFor(u"933")->dialString, u"933"_s);
    QVERIFY(!us.routeFor(u"999"));
    QString diff = teamsIssueDifferences(
        s, u"routing.json"_s,
        {
            {2, false, u"EmergencyNumbers item 3: the dial string \"9-1-1\""_s},
            {2, false, u"EmergencyNumbers item 4: the dial mask entry \"abc\""_s},
            {3, true, u"No Identity"_s},
        });
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // Through Export-Csv the numbers are gone: the policy is read, and the file says why not.
    TeamsTenantSnapshot csv;
    QCOMPARE(csv.addFile(u"routing.csv"_s, routingCsv), ExportKind::EmergencyCallRoutingPolicy);
    QCOMPARE(csv.routingPolicies().size(), 1);
    QVERIFY(!csv.routingPolicies().at(0).emergencyNumbersRead);
    QCOMPARE(csv.routingPolicies().at(0).allowEnhancedEmergencyServices, std::optional(true));
    diff = teamsIssueDifferences(csv, u"routing.csv"_s,
                                 {{1, false, u"EmergencyNumbers holds no numbers"_s}});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

QTEST_GUILESS_MAIN(TestTeamsRows)
#include "tst_teams_rows.moc"
