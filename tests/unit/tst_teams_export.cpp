// Reading Teams PowerShell exports: files built from the output formats in Microsoft's cmdlet
// reference (Get-CsOnlineLis*, Get-CsPhoneNumberAssignment, Get-CsTeamsEmergencyCallingPolicy)
// as Export-Csv (Windows PowerShell 5.1 and PowerShell 7) and ConvertTo-Json write them, with
// the reason for every bad or partial row.
#include "teams/TeamsTenantSnapshot.h"

#include <QStringEncoder>
#include <QtTest>

using namespace Qt::StringLiterals;
using teams::ExportKind;

namespace {
// Windows PowerShell 5.1: Export-Csv -Encoding UTF8 (BOM) without -NoTypeInformation.
const QByteArray civicAddressCsv =
    "\xEF\xBB\xBF#TYPE Deserialized.Microsoft.Teams.ConfigAPI.Cmdlets.Generated.Models."
    "LisCivicAddress\r\n"
    "\"CivicAddressId\",\"HouseNumber\",\"HouseNumberSuffix\",\"PreDirectional\",\"StreetName\","
    "\"StreetSuffix\",\"PostDirectional\",\"City\",\"PostalCode\",\"StateOrProvince\","
    "\"CountryOrRegion\",\"Description\",\"CompanyName\",\"CompanyTaxId\",\"Latitude\","
    "\"Longitude\",\"Elin\",\"ValidationStatus\",\"DefaultLocationId\"\r\n"
    // 1: a US address, a description with quotes and a comma
    "\"51a8a6e3-dae4-4653-9a99-a6e71c4c24ac\",\"1\",\"\",\"\",\"Microsoft\",\"Way\",\"\","
    "\"Redmond\",\"98052\",\"WA\",\"US\",\"HQ, \"\"main\"\" lobby\",\"Contoso\",\"\","
    "\"47.63963\",\"-122.13061\",\"\",\"Valid\",\"75301b5a-9b1d-4b9c-8d0e-2f7a3e3c8a11\"\r\n"
    // 2: a Canadian address, braces and upper case in the GUID, a French city name
    "\"{A363A9B8-1ACD-41DE-916A-296C7998A024}\",\"1200\",\"\",\"\",\"Sherbrooke\",\"St\",\"W\","
    "\"Montr\xC3\xA9"
    "al\",\"H3A 1H6\",\"QC\",\"ca\",\"\",\"Contoso, Ltd.\",\"\",\"45.5048\","
    "\"-73.5772\",\"\",\"Valid\",\"\"\r\n"
    // 3: not a GUID
    "\"not-a-guid\",\"5\",\"\",\"\",\"Elm\",\"St\",\"\",\"Springfield\",\"62701\",\"IL\",\"US\","
    "\"\",\"Contoso\",\"\",\"39.8\",\"-89.6\",\"\",\"Valid\",\"\"\r\n"
    // 4: no street; a latitude that is no coordinate
    "\"0f2b7c1e-5d3a-4e8b-9c6d-7a1b2c3d4e5f\",\"7\",\"\",\"\",\"\",\"\",\"\",\"Austin\","
    "\"78701\",\"TX\",\"US\",\"\",\"Contoso\",\"\",\"north\",\"-97.74\",\"\",\"Valid\",\"\"\r\n"
    // 5: usable, but the latitude is out of range
    "\"6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f\",\"8\",\"\",\"\",\"City\",\"Blvd\",\"\","
    "\"Nashville\",\"37209\",\"TN\",\"US\",\"\",\"Contoso\",\"\",\"136.1\",\"-86.8\",\"\","
    "\"Valid\",\"\"\r\n";

// PowerShell 7: no #TYPE line; a list column written as its type name.
const QByteArray numberCsv =
    "\"TelephoneNumber\",\"OperatorId\",\"NumberType\",\"ActivationState\","
    "\"AssignedPstnTargetId\",\"AssignmentCategory\",\"Capability\",\"City\",\"CivicAddressId\","
    "\"IsoCountryCode\",\"IsoSubdivision\",\"LocationId\",\"LocationUpdateSupported\","
    "\"NetworkSiteId\",\"PortInOrderStatus\",\"PstnAssignmentStatus\",\"PstnPartnerId\","
    "\"PstnPartnerName\",\"NumberSource\"\n"
    "\"+14025551234\",\"2b24d246-a9ee-428b-96bc-fb9d9a053c8d\",\"CallingPlan\",\"Activated\","
    "\"dc13d97b-7897-494e-bc28-6b469bf7a70e\",\"Primary\","
    "\"System.Collections.Generic.List`1[System.String]\",\"Omaha\","
    "\"703b30e5-dbdd-4132-9809-4c6160a6acc7\",\"US\",\"Nebraska\","
    "\"407c17ae-8c41-431e-894a-38787c682f68\",\"True\",\"\",\"\",\"UserAssigned\","
    "\"7fc2f2eb-89aa-41d7-93de-73d015d22ff0\",\"Microsoft\",\"Online\"\n"
    "\"+12065551000;ext=524\",\"83d289bc-a4d3-41e6-8a3f-cff260a3f091\",\"DirectRouting\","
    "\"Activated\",\"2713551e-ed63-415d-9175-fc4ff825a0be\",\"Primary\","
    "\"System.Collections.Generic.List`1[System.String]\",\"\","
    "\"00000000-0000-0000-0000-000000000000\",\"\",\"\",\"00000000-0000-0000-0000-000000000000\","
    "\"True\",\"\",\"\",\"UserAssigned\",\"\",\"\",\"OnPremises\"\n"
    "\"call me\",\"\",\"DirectRouting\",\"Activated\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\","
    "\"\",\"\",\"\",\"Unassigned\",\"\",\"\",\"OnPremises\"\n"
    "\"+14025559876\",\"\",\"OperatorConnect\",\"AssignmentPending\",\"\",\"\",\"\",\"\","
    "\"\",\"US\",\"\",\"somewhere\",\"\",\"\",\"\",\"Unassigned\",\"\",\"\",\"Online\"\n";

const QByteArray subnetJson = R"([
  {"Subnet": "10.106.89.0", "Description": "Floor 3 wired", "LocationId": "d26a4935-5997-4bcf-b0db-6ae5a88805fd"},
  {"Subnet": "2001:4898:e8:6c:90d2:28d4:76a4:ec5e", "Description": "", "LocationId": "d26a4935-5997-4bcf-b0db-6ae5a88805fd"},
  {"Subnet": "10.106.89.999", "Description": "typo", "LocationId": "d26a4935-5997-4bcf-b0db-6ae5a88805fd"},
  {"Subnet": "10.106.90.0", "Description": null, "LocationId": null}
])";

const QByteArray wapCsv =
    "#TYPE System.Management.Automation.PSCustomObject\n"
    "\"BSSID\",\"Description\",\"LocationId\"\n"
    "\"F0-E4-A2-9C-5B-*\",\"Floor 3 APs\",\"d26a4935-5997-4bcf-b0db-6ae5a88805fd\"\n"
    "\"f0-e4-a2-9c-5c-a*\",\"\",\"d26a4935-5997-4bcf-b0db-6ae5a88805fd\"\n"
    "\"0b:23:cd:16:bb:cc\",\"Lobby\",\"d26a4935-5997-4bcf-b0db-6ae5a88805fd\"\n"
    "\"F0-E4-A2-9C-*\",\"too wide\",\"d26a4935-5997-4bcf-b0db-6ae5a88805fd\"\n"
    "\"0B-23-CD-16-BB-CC\",\"again\",\"d26a4935-5997-4bcf-b0db-6ae5a88805fd\"\n";

// ConvertTo-Json of a single object: no array around it.
const QByteArray portJson = R"({
  "ChassisID": "0B-23-CD-16-AA-CC",
  "PortID": "12174",
  "Description": "Desk 12",
  "LocationId": "D26A4935-5997-4BCF-B0DB-6AE5A88805FD"
})";

const QByteArray switchCsv = "\"ChassisID\",\"Description\",\"LocationId\"\n"
                             "\"core-sw-01.contoso.local\",\"Core\","
                             "\"d26a4935-5997-4bcf-b0db-6ae5a88805fd\"\n";

// ConvertTo-Json writes the NotificationMode enum as a number.
const QByteArray policyJson = R"([
  {"Identity": "Global", "Description": "", "NotificationGroup": "", "NotificationDialOutNumber": "", "NotificationMode": 0, "ExternalLocationLookupMode": "Disabled"},
  {"Identity": "Tag:Security desk", "Description": "Kari's Law", "NotificationGroup": "alert@contoso.com;security@contoso.com", "NotificationDialOutNumber": "4253214567", "NotificationMode": 1, "ExternalLocationLookupMode": "Enabled"},
  {"Identity": "Tag:Broken", "NotificationGroup": "front desk", "NotificationDialOutNumber": "call 911", "NotificationMode": "Loud"}
])";

QList<TeamsRowIssue> issuesOf(const TeamsTenantSnapshot &s, const QString &file)
{
    QList<TeamsRowIssue> out;
    for (const TeamsRowIssue &i : s.issues())
        if (i.file == file)
            out.append(i);
    return out;
}
} // namespace

class TestTeamsExport : public QObject
{
    Q_OBJECT

private slots:
    void kindIsToldFromTheColumns_data();
    void kindIsToldFromTheColumns();
    void civicAddressesKeepGoodRowsAndSayWhyOthersAreNot();
    void numberAssignmentsReadExtensionsAndTheNoneGuid();
    void subnetsFromJsonArrayIncludeIpv6();
    void accessPointsKeepDocumentedWildcardsOnly();
    void singleJsonObjectIsOneRow();
    void policiesReadEnumNumbersAndGroupLists();
    void utf16FileFromOutFileIsRead();
    void fileOfUnknownKindGetsOneMessage();
    void emptyAndBrokenFilesGetOneMessage();
};

void TestTeamsExport::kindIsToldFromTheColumns_data()
{
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<ExportKind>("kind");
    QTest::newRow("address") << QStringList{u"CivicAddressId"_s, u"StreetName"_s}
                             << ExportKind::CivicAddress;
    QTest::newRow("location") << QStringList{u"CivicAddressId"_s, u"LocationId"_s, u"Location"_s,
                                             u"StreetName"_s}
                              << ExportKind::Location;
    QTest::newRow("subnet") << QStringList{u"Subnet"_s, u"LocationId"_s} << ExportKind::Subnet;
    QTest::newRow("wap") << QStringList{u"bssid"_s, u"location id"_s}
                         << ExportKind::WirelessAccessPoint;
    QTest::newRow("switch") << QStringList{u"ChassisID"_s, u"LocationId"_s} << ExportKind::Switch;
    QTest::newRow("port") << QStringList{u"ChassisID"_s, u"PortID"_s, u"LocationId"_s}
                          << ExportKind::Port;
    QTest::newRow("number") << QStringList{u"TelephoneNumber"_s, u"NumberType"_s}
                            << ExportKind::NumberAssignment;
    QTest::newRow("policy") << QStringList{u"Identity"_s, u"NotificationMode"_s}
                            << ExportKind::EmergencyCallingPolicy;
    QTest::newRow("other") << QStringList{u"Identity"_s, u"AllowCalling"_s} << ExportKind::Unknown;
}

void TestTeamsExport::kindIsToldFromTheColumns()
{
    QFETCH(QStringList, columns);
    QFETCH(ExportKind, kind);
    QCOMPARE(teams::detectExportKind(columns), kind);
}

void TestTeamsExport::civicAddressesKeepGoodRowsAndSayWhyOthersAreNot()
{
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"addresses.csv"_s, civicAddressCsv), ExportKind::CivicAddress);
    QCOMPARE(s.addresses().size(), 3);

    const TeamsCivicAddress &hq = s.addresses().at(0);
    QCOMPARE(hq.civicAddressId, u"51a8a6e3-dae4-4653-9a99-a6e71c4c24ac"_s);
    QCOMPARE(hq.civic.addNumber, u"1"_s);
    QCOMPARE(hq.civic.stName, u"Microsoft"_s);
    QCOMPARE(hq.civic.stPosTyp, u"Way"_s);
    QCOMPARE(hq.civic.postalCommunity, u"Redmond"_s);
    QCOMPARE(hq.description, u"HQ, \"main\" lobby"_s);
    QCOMPARE(hq.defaultLocationId, u"75301b5a-9b1d-4b9c-8d0e-2f7a3e3c8a11"_s);
    QCOMPARE(hq.latitude, std::optional<double>(47.63963));
    QCOMPARE(hq.longitude, std::optional<double>(-122.13061));
    QVERIFY(hq.civic.addNumSuf.isEmpty());

    const TeamsCivicAddress &montreal = s.addresses().at(1);
    QCOMPARE(montreal.civicAddressId, u"a363a9b8-1acd-41de-916a-296c7998a024"_s);
    QCOMPARE(montreal.civic.postalCommunity, u"Montr\u00e9al"_s);
    QCOMPARE(montreal.civic.country, u"CA"_s);
    QCOMPARE(montreal.civic.stPosDir, u"W"_s);
    QCOMPARE(montreal.companyName, u"Contoso, Ltd."_s);
    QVERIFY(montreal.defaultLocationId.isEmpty());

    const TeamsCivicAddress &nashville = s.addresses().at(2);
    QVERIFY(!nashville.latitude);
    QCOMPARE(nashville.longitude, std::optional<double>(-86.8));

    const QList<TeamsRowIssue> issues = issuesOf(s, u"addresses.csv"_s);
    QCOMPARE(issues.size(), 4);
    QCOMPARE(issues.at(0).row, 3);
    QVERIFY(issues.at(0).skipped);
    QVERIFY2(issues.at(0).reason.contains(u"not-a-guid"_s), qPrintable(issues.at(0).reason));
    QCOMPARE(issues.at(1).row, 4);
    QVERIFY(issues.at(1).skipped);
    QVERIFY2(issues.at(1).reason.contains(u"StreetName"_s), qPrintable(issues.at(1).reason));
    QCOMPARE(issues.at(2).row, 4); // its warning, on a row that was left out anyway
    QVERIFY(issues.at(2).skipped);
    QCOMPARE(issues.at(3).row, 5);
    QVERIFY(!issues.at(3).skipped);
    QVERIFY2(issues.at(3).reason.contains(u"136.1"_s), qPrintable(issues.at(3).reason));
}

void TestTeamsExport::numberAssignmentsReadExtensionsAndTheNoneGuid()
{
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"numbers.csv"_s, numberCsv), ExportKind::NumberAssignment);
    QCOMPARE(s.numbers().size(), 3);
    const TeamsNumberAssignment &omaha = s.numbers().at(0);
    QCOMPARE(omaha.e164, u"+14025551234"_s);
    QCOMPARE(omaha.numberType, u"CallingPlan"_s);
    QCOMPARE(omaha.activationState, u"Activated"_s);
    QCOMPARE(omaha.assignedPstnTargetId, u"dc13d97b-7897-494e-bc28-6b469bf7a70e"_s);
    QCOMPARE(omaha.civicAddressId, u"703b30e5-dbdd-4132-9809-4c6160a6acc7"_s);
    QCOMPARE(omaha.locationId, u"407c17ae-8c41-431e-894a-38787c682f68"_s);
    QCOMPARE(omaha.locationUpdateSupported, std::optional<bool>(true));

    const TeamsNumberAssignment &direct = s.numbers().at(1);
    QCOMPARE(direct.telephoneNumber, u"+12065551000;ext=524"_s);
    QCOMPARE(direct.e164, u"+12065551000"_s);
    QCOMPARE(direct.extension, u"524"_s);
    QVERIFY(direct.civicAddressId.isEmpty()); // the all-zero GUID: no emergency location
    QVERIFY(direct.locationId.isEmpty());

    const TeamsNumberAssignment &pending = s.numbers().at(2);
    QCOMPARE(pending.activationState, u"AssignmentPending"_s);
    QVERIFY(pending.locationId.isEmpty());

    const QList<TeamsRowIssue> issues = issuesOf(s, u"numbers.csv"_s);
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0).row, 3);
    QVERIFY(issues.at(0).skipped);
    QVERIFY2(issues.at(0).reason.contains(u"call me"_s), qPrintable(issues.at(0).reason));
    QCOMPARE(issues.at(1).row, 4);
    QVERIFY(!issues.at(1).skipped);
    QVERIFY2(issues.at(1).reason.contains(u"somewhere"_s), qPrintable(issues.at(1).reason));
}

void TestTeamsExport::subnetsFromJsonArrayIncludeIpv6()
{
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"subnets.json"_s, subnetJson), ExportKind::Subnet);
    QCOMPARE(s.networkElements().size(), 2);
    QCOMPARE(s.networkElements().at(0).element.kind, NetworkElementKind::Subnet);
    QCOMPARE(s.networkElements().at(0).element.subnet, u"10.106.89.0/32"_s);
    QCOMPARE(s.networkElements().at(0).element.description, u"Floor 3 wired"_s);
    QCOMPARE(s.networkElements().at(0).locationId, u"d26a4935-5997-4bcf-b0db-6ae5a88805fd"_s);
    QCOMPARE(s.networkElements().at(1).element.subnet,
             u"2001:4898:e8:6c:90d2:28d4:76a4:ec5e/128"_s);
    const QList<TeamsRowIssue> issues = issuesOf(s, u"subnets.json"_s);
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0).row, 3);
    QVERIFY2(issues.at(0).reason.contains(u"10.106.89.999"_s), qPrintable(issues.at(0).reason));
    QCOMPARE(issues.at(1).row, 4);
    QVERIFY2(issues.at(1).reason.contains(u"LocationId"_s), qPrintable(issues.at(1).reason));
}

void TestTeamsExport::accessPointsKeepDocumentedWildcardsOnly()
{
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"waps.csv"_s, wapCsv), ExportKind::WirelessAccessPoint);
    QCOMPARE(s.networkElements().size(), 3);
    QCOMPARE(s.networkElements().at(0).element.bssid, u"F0-E4-A2-9C-5B-*"_s);
    QCOMPARE(s.networkElements().at(1).element.bssid, u"F0-E4-A2-9C-5C-A*"_s);
    QCOMPARE(s.networkElements().at(2).element.bssid, u"0B-23-CD-16-BB-CC"_s);
    const QList<TeamsRowIssue> issues = issuesOf(s, u"waps.csv"_s);
    QCOMPARE(issues.size(), 2);
    // "*" only in the last one or two characters (Set-CsOnlineLisWirelessAccessPoint).
    QCOMPARE(issues.at(0).row, 4);
    QVERIFY2(issues.at(0).reason.contains(u"F0-E4-A2-9C-*"_s), qPrintable(issues.at(0).reason));
    // The same BSSID, spelt differently, twice.
    QCOMPARE(issues.at(1).row, 5);
    QVERIFY2(issues.at(1).reason.contains(u"0B-23-CD-16-BB-CC"_s), qPrintable(issues.at(1).reason));
}

void TestTeamsExport::singleJsonObjectIsOneRow()
{
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"port.json"_s, portJson), ExportKind::Port);
    QCOMPARE(s.addFile(u"switches.csv"_s, switchCsv), ExportKind::Switch);
    QCOMPARE(s.networkElements().size(), 2);
    const NetworkElement &port = s.networkElements().at(0).element;
    QCOMPARE(port.kind, NetworkElementKind::Port);
    QCOMPARE(port.chassisId, u"0B-23-CD-16-AA-CC"_s);
    QCOMPARE(port.portId, u"12174"_s);
    QCOMPARE(s.networkElements().at(0).locationId, u"d26a4935-5997-4bcf-b0db-6ae5a88805fd"_s);
    const NetworkElement &sw = s.networkElements().at(1).element;
    QCOMPARE(sw.kind, NetworkElementKind::Switch);
    QCOMPARE(sw.chassisId, u"core-sw-01.contoso.local"_s);
    QVERIFY(s.issues().isEmpty());
}

void TestTeamsExport::policiesReadEnumNumbersAndGroupLists()
{
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"policies.json"_s, policyJson), ExportKind::EmergencyCallingPolicy);
    QCOMPARE(s.policies().size(), 3);
    const TeamsEmergencyPolicy &global = s.policies().at(0);
    QCOMPARE(global.name(), u"Global"_s);
    QCOMPARE(global.notificationMode, std::optional(NotificationMode::NotificationOnly));
    QVERIFY(global.notificationGroup.isEmpty());
    const TeamsEmergencyPolicy &desk = s.policies().at(1);
    QCOMPARE(desk.name(), u"Security desk"_s);
    QCOMPARE(desk.notificationGroup,
             QStringList({u"alert@contoso.com"_s, u"security@contoso.com"_s}));
    QCOMPARE(desk.notificationDialOutNumber, u"+14253214567"_s);
    QCOMPARE(desk.notificationMode, std::optional(NotificationMode::ConferenceMuted));
    QCOMPARE(desk.externalLocationLookupMode, u"Enabled"_s);
    const TeamsEmergencyPolicy &broken = s.policies().at(2);
    QVERIFY(broken.notificationGroup.isEmpty());
    QVERIFY(broken.notificationDialOutNumber.isEmpty());
    QVERIFY(!broken.notificationMode);
    const QList<TeamsRowIssue> issues = issuesOf(s, u"policies.json"_s);
    QCOMPARE(issues.size(), 4); // "front" and "desk", the number, the mode
    for (const TeamsRowIssue &issue : issues) {
        QCOMPARE(issue.row, 3);
        QVERIFY(!issue.skipped);
    }
}

void TestTeamsExport::utf16FileFromOutFileIsRead()
{
    const QString text =
        u"\"CivicAddressId\",\"LocationId\",\"Location\",\"HouseNumber\",\"StreetName\","
        u"\"City\",\"CountryOrRegion\"\r\n"
        u"\"51a8a6e3-dae4-4653-9a99-a6e71c4c24ac\",\"5aa884e8-d548-4b8e-a289-52bfd5265a6e\","
        u"\"Caf\u00e9, 3rd Floor\",\"1\",\"Microsoft\",\"Redmond\",\"US\"\r\n"
        u"\"51a8a6e3-dae4-4653-9a99-a6e71c4c24ac\",\"75301b5a-9b1d-4b9c-8d0e-2f7a3e3c8a11\","
        u"\"\",\"1\",\"Microsoft\",\"Redmond\",\"US\"\r\n"_s;
    QByteArray data("\xFF\xFE");
    data += QStringEncoder(QStringEncoder::Utf16LE)(text);
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"locations.csv"_s, data), ExportKind::Location);
    QCOMPARE(s.locations().size(), 2);
    QCOMPARE(s.locations().at(0).name, u"Caf\u00e9, 3rd Floor"_s);
    QCOMPARE(s.locations().at(0).locationId, u"5aa884e8-d548-4b8e-a289-52bfd5265a6e"_s);
    QCOMPARE(s.locations().at(0).civicAddressId, u"51a8a6e3-dae4-4653-9a99-a6e71c4c24ac"_s);
    QCOMPARE(s.locations().at(0).civic.stName, u"Microsoft"_s);
    QVERIFY(s.locations().at(1).isDefaultLocation());
    QVERIFY(s.issues().isEmpty());
}

void TestTeamsExport::fileOfUnknownKindGetsOneMessage()
{
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"users.csv"_s, "\"UserPrincipalName\",\"DisplayName\"\n\"a@b\",\"A\"\n"),
             ExportKind::Unknown);
    QCOMPARE(s.issues().size(), 1);
    QCOMPARE(s.issues().at(0).row, 0);
    QVERIFY(s.issues().at(0).reason.contains(u"UserPrincipalName"_s));
    QVERIFY(s.issues().at(0).reason.contains(u"Get-CsOnlineLisCivicAddress"_s));
    QVERIFY(s.addresses().isEmpty());
}

void TestTeamsExport::emptyAndBrokenFilesGetOneMessage()
{
    TeamsTenantSnapshot s;
    s.addFile(u"empty.csv"_s, "\xEF\xBB\xBF");
    s.addFile(u"broken.json"_s, "[{\"Subnet\": ");
    s.addFile(u"open-quote.csv"_s, "\"Subnet\",\"LocationId\"\n\"10.0.0.0,\"x\n");
    QCOMPARE(s.issues().size(), 3);
    for (const TeamsRowIssue &issue : s.issues()) {
        QCOMPARE(issue.row, 0);
        QVERIFY(issue.skipped);
    }
    QVERIFY(s.networkElements().isEmpty());
}

QTEST_GUILESS_MAIN(TestTeamsExport)
#include "tst_teams_export.moc"
