// Reading Teams PowerShell export files: what Export-Csv (Windows PowerShell 5.1 and
// PowerShell 7) and ConvertTo-Json write - the #TYPE line, a BOM or UTF-16, every field quoted
// with quotes doubled and line breaks inside, $null written as nothing, JSON objects, arrays and
// numbers - and files that are cut off, edited, empty or of another kind, each with its reason.
// The rows of each cmdlet are tested in tst_teams_rows.cpp.
//
// moc 6.4 stops reading a file at a multi-line raw string that holds an apostrophe (and then
// writes an empty .moc: "undefined reference to vtable"): keep apostrophes out of the raw string
// literals, as Windows PowerShell does itself by writing \u0027.
#include "TeamsIssueCheck.h"
#include "teams/TeamsTenantSnapshot.h"

#include <QStringEncoder>
#include <QtTest>

using namespace Qt::StringLiterals;
using teams::ExportKind;

namespace {
// Windows PowerShell 5.1: Export-Csv -Encoding UTF8 (BOM) without -NoTypeInformation. Every
// field quoted, quotes doubled, a line break kept inside its quotes; a property that is $null
// written as nothing at all (row 3). Columns Dispatchable does not read (CityAlias,
// NumberOfVoiceUsers) are ignored.
const QByteArray civicAddressCsv =
    "\xEF\xBB\xBF#TYPE Deserialized.Microsoft.Teams.ConfigAPI.Cmdlets.Generated.Models."
    "LisCivicAddress\r\n"
    "\"CivicAddressId\",\"HouseNumber\",\"HouseNumberSuffix\",\"PreDirectional\",\"StreetName\","
    "\"StreetSuffix\",\"PostDirectional\",\"City\",\"CityAlias\",\"PostalCode\","
    "\"StateOrProvince\",\"CountryOrRegion\",\"Description\",\"CompanyName\",\"CompanyTaxId\","
    "\"Latitude\",\"Longitude\",\"Elin\",\"ValidationStatus\",\"NumberOfVoiceUsers\","
    "\"DefaultLocationId\"\r\n"
    // 1: Microsoft's example: the whole street in StreetName, the state by name; a description
    // with doubled quotes, a comma and a line break.
    "\"51a8a6e3-dae4-4653-9a99-a6e71c4c24ac\",\"1\",\"\",\"\",\"Microsoft Way\",\"\",\"\","
    "\"Redmond\",\"\",\"98052\",\"Washington\",\"US\","
    "\"West Coast \"\"HQ\"\", main lobby\r\nUse the north door\",\"Contoso\",\"\","
    "\"47.63952\",\"-122.12781\",\"MICROSOFT_ELIN\",\"Valid\",\"0\","
    "\"75301b5d-3609-458e-a379-da9a1ab33228\"\r\n"
    // 2: Canada: GUIDs in braces and upper case, the province by its French name, a country
    // in lower case.
    "\"{A363A9B8-1ACD-41DE-916A-296C7998A024}\",\"1200\",\"A\",\"\",\"Sherbrooke\",\"St\","
    "\"W\",\"Montr\xC3\xA9"
    "al\",\"\",\"H3A 1H6\",\"Qu\xC3\xA9"
    "bec\",\"ca\",\"\",\"Contoso, Ltd.\",\"\",\"45.5048\",\"-73.5772\",\"\",\"Valid\",\"3\","
    "\"{B39FF77D-DB51-4CE5-8D50-9E9C778E1617}\"\r\n"
    // 3: Germany: $null properties written as nothing; the all-zero GUID for no location.
    "\"0c9b3f1e-2d4a-4b5c-8d6e-7f8091a2b3c4\",\"12\",,,\"Unter den Linden\",,,\"Berlin\",,"
    "\"10117\",\"Berlin\",\"DE\",,\"Contoso GmbH\",\"DE123456789\",\"52.5170365\","
    "\"13.3888599\",,\"NotValidated\",,\"00000000-0000-0000-0000-000000000000\"\r\n"
    // 4: not a GUID
    "\"not-a-guid\",\"5\",\"\",\"\",\"Elm\",\"St\",\"\",\"Springfield\",\"\",\"62701\",\"IL\","
    "\"US\",\"\",\"Contoso\",\"\",\"39.8\",\"-89.6\",\"\",\"Valid\",\"0\",\"\"\r\n"
    // 5: the malformed ID of Microsoft's Get-CsOnlineLisCivicAddress example
    "\"235678321ee38d9a5-33dc-4a32-9fb8-f234cedb91ac\",\"5\",\"\",\"\",\"Elm\",\"St\",\"\","
    "\"Springfield\",\"\",\"62701\",\"IL\",\"US\",\"\",\"Contoso\",\"\",\"39.8\",\"-89.6\",\"\","
    "\"Valid\",\"0\",\"\"\r\n"
    // 6: a GUID with text after it
    "\"51a8a6e3-dae4-4653-9a99-a6e71c4c24ac-2\",\"5\",\"\",\"\",\"Elm\",\"St\",\"\","
    "\"Springfield\",\"\",\"62701\",\"IL\",\"US\",\"\",\"Contoso\",\"\",\"39.8\",\"-89.6\",\"\","
    "\"Valid\",\"0\",\"\"\r\n"
    // 7: no CivicAddressId at all
    "\"\",\"5\",\"\",\"\",\"Elm\",\"St\",\"\",\"Springfield\",\"\",\"62701\",\"IL\",\"US\",\"\","
    "\"Contoso\",\"\",\"39.8\",\"-89.6\",\"\",\"Valid\",\"0\",\"\"\r\n"
    // 8: no street, no country; a latitude that is no coordinate
    "\"0f2b7c1e-5d3a-4e8b-9c6d-7a1b2c3d4e5f\",\"7\",\"\",\"\",\"\",\"\",\"\",\"Austin\",\"\","
    "\"78701\",\"TX\",\"\",\"\",\"Contoso\",\"\",\"north\",\"-97.74\",\"\",\"Valid\",\"0\",\"\""
    "\r\n"
    // 9: usable, but DefaultLocationId is no GUID and the latitude is out of range
    "\"6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f\",\"8\",\"\",\"\",\"City\",\"Blvd\",\"\","
    "\"Nashville\",\"\",\"37209\",\"TN\",\"US\",\"\",\"Contoso\",\"\",\"136.1\",\"-86.8\",\"\","
    "\"Valid\",\"0\",\"n/a\"\r\n"
    // 10: row 1's address again, its ID in upper case
    "\"51A8A6E3-DAE4-4653-9A99-A6E71C4C24AC\",\"1\",\"\",\"\",\"Microsoft Way\",\"\",\"\","
    "\"Redmond\",\"\",\"98052\",\"WA\",\"US\",\"\",\"Contoso\",\"\",\"\",\"\",\"\",\"Valid\","
    "\"0\",\"\"\r\n";
} // namespace

class TestTeamsExport : public QObject
{
    Q_OBJECT

private slots:
    void kindIsToldFromTheColumns_data();
    void kindIsToldFromTheColumns();
    void civicAddressesFromWindowsPowerShell51ReadRowByRow();
    void civicAddressesGiveAReasonForEveryBadRow();
    void utf16FileFromOutFileIsRead();
    void jsonWrappedInValueAndCountIsRead();
    void jsonNumbersReadAsPowerShellWroteThem();
    void fileCutOffInsideAQuoteKeepsTheRowsBefore();
    void rowsThatDoNotLineUpWithTheHeaderAreReported();
    void fileOfUnknownKindGetsOneMessage();
    void emptyAndBrokenFilesGetOneMessage();
    void headerOnlyFileHasNothingToReport();
    void separatorsOfUseCultureAndDelimiterAreRead_data();
    void separatorsOfUseCultureAndDelimiterAreRead();
    void trustedIpsReadWithAReasonForEveryBadRow();
    void trustedIpsFromConvertToJson();
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
    QTest::newRow("port") << QStringList{u"PortID"_s, u"ChassisID"_s, u"LocationId"_s}
                          << ExportKind::Port;
    QTest::newRow("number") << QStringList{u"TelephoneNumber"_s, u"NumberType"_s}
                            << ExportKind::NumberAssignment;
    QTest::newRow("policy") << QStringList{u"Identity"_s, u"NotificationMode"_s}
                            << ExportKind::EmergencyCallingPolicy;
    QTest::newRow("trusted ip") << QStringList{u"Identity"_s, u"MaskBits"_s, u"Description"_s,
                                               u"IPAddress"_s}
                                << ExportKind::TrustedIpAddress;
    QTest::newRow("other") << QStringList{u"Identity"_s, u"AllowCalling"_s} << ExportKind::Unknown;
}

void TestTeamsExport::kindIsToldFromTheColumns()
{
    QFETCH(QStringList, columns);
    QFETCH(ExportKind, kind);
    QCOMPARE(teams::detectExportKind(columns), kind);
}

void TestTeamsExport::civicAddressesFromWindowsPowerShell51ReadRowByRow()
{
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"addresses.csv"_s, civicAddressCsv), ExportKind::CivicAddress);
    QCOMPARE(s.addresses().size(), 4);

    const TeamsCivicAddress &hq = s.addresses().at(0);
    QCOMPARE(hq.civicAddressId, u"51a8a6e3-dae4-4653-9a99-a6e71c4c24ac"_s);
    QCOMPARE(hq.defaultLocationId, u"75301b5d-3609-458e-a379-da9a1ab33228"_s);
    QCOMPARE(hq.civic.addNumber, u"1"_s);
    QCOMPARE(hq.civic.addNumSuf, QString());
    QCOMPARE(hq.civic.stPreDir, QString());
    QCOMPARE(hq.civic.stName, u"Microsoft Way"_s);
    QCOMPARE(hq.civic.stPosTyp, QString());
    QCOMPARE(hq.civic.postalCommunity, u"Redmond"_s);
    QCOMPARE(hq.civic.postalCode, u"98052"_s);
    QCOMPARE(hq.civic.state, u"WA"_s); // "Washington" as Teams kept it
    QCOMPARE(hq.civic.country, u"US"_s);
    QCOMPARE(hq.description, u"West Coast \"HQ\", main lobby\r\nUse the north door"_s);
    QCOMPARE(hq.companyName, u"Contoso"_s);
    QCOMPARE(hq.companyTaxId, QString());
    QCOMPARE(hq.elin, u"MICROSOFT_ELIN"_s);
    QCOMPARE(hq.validationStatus, u"Valid"_s);
    QCOMPARE(hq.latitude, std::optional<double>(47.63952));
    QCOMPARE(hq.longitude, std::optional<double>(-122.12781));

    const TeamsCivicAddress &montreal = s.addresses().at(1);
    QCOMPARE(montreal.civicAddressId, u"a363a9b8-1acd-41de-916a-296c7998a024"_s);
    QCOMPARE(montreal.defaultLocationId, u"b39ff77d-db51-4ce5-8d50-9e9c778e1617"_s);
    QCOMPARE(montreal.civic.addNumber, u"1200"_s);
    QCOMPARE(montreal.civic.addNumSuf, u"A"_s);
    QCOMPARE(montreal.civic.stName, u"Sherbrooke"_s);
    QCOMPARE(montreal.civic.stPosTyp, u"St"_s);
    QCOMPARE(montreal.civic.stPosDir, u"W"_s);
    QCOMPARE(montreal.civic.postalCommunity, u"Montr\u00e9al"_s);
    QCOMPARE(montreal.civic.postalCode, u"H3A 1H6"_s);
    QCOMPARE(montreal.civic.state, u"QC"_s);
    QCOMPARE(montreal.civic.country, u"CA"_s);
    QCOMPARE(montreal.description, QString());
    QCOMPARE(montreal.companyName, u"Contoso, Ltd."_s);
    QCOMPARE(montreal.latitude, std::optional<double>(45.5048));
    QCOMPARE(montreal.longitude, std::optional<double>(-73.5772));

    const TeamsCivicAddress &berlin = s.addresses().at(2);
    QCOMPARE(berlin.civicAddressId, u"0c9b3f1e-2d4a-4b5c-8d6e-7f8091a2b3c4"_s);
    QCOMPARE(berlin.defaultLocationId, QString()); // the all-zero GUID: none
    QCOMPARE(berlin.civic.addNumber, u"12"_s);
    QCOMPARE(berlin.civic.addNumSuf, QString());
    QCOMPARE(berlin.civic.stName, u"Unter den Linden"_s);
    QCOMPARE(berlin.civic.stPosTyp, QString());
    QCOMPARE(berlin.civic.postalCommunity, u"Berlin"_s);
    QCOMPARE(berlin.civic.postalCode, u"10117"_s);
    QCOMPARE(berlin.civic.state, u"Berlin"_s); // outside the US and Canada: as written
    QCOMPARE(berlin.civic.country, u"DE"_s);
    QCOMPARE(berlin.description, QString());
    QCOMPARE(berlin.companyName, u"Contoso GmbH"_s);
    QCOMPARE(berlin.companyTaxId, u"DE123456789"_s);
    QCOMPARE(berlin.elin, QString());
    QCOMPARE(berlin.validationStatus, u"NotValidated"_s);
    QCOMPARE(berlin.latitude, std::optional<double>(52.5170365));
    QCOMPARE(berlin.longitude, std::optional<double>(13.3888599));

    const TeamsCivicAddress &nashville = s.addresses().at(3);
    QCOMPARE(nashville.civicAddressId, u"6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"_s);
    QCOMPARE(nashville.defaultLocationId, QString());
    QCOMPARE(nashville.civic.stName, u"City"_s);
    QCOMPARE(nashville.civic.stPosTyp, u"Blvd"_s);
    QCOMPARE(nashville.latitude, std::nullopt);
    QCOMPARE(nashville.longitude, std::optional<double>(-86.8));
}

void TestTeamsExport::civicAddressesGiveAReasonForEveryBadRow()
{
    TeamsTenantSnapshot s;
    s.addFile(u"addresses.csv"_s, civicAddressCsv);
    const QString diff = teamsIssueDifferences(
        s, u"addresses.csv"_s,
        {
            {4, true, u"CivicAddressId \"not-a-guid\" is not a Teams ID"_s},
            {5, true, u"\"235678321ee38d9a5-33dc-4a32-9fb8-f234cedb91ac\""_s},
            {6, true, u"\"51a8a6e3-dae4-4653-9a99-a6e71c4c24ac-2\""_s},
            {7, true, u"No CivicAddressId"_s},
            {8, true, u"No CountryOrRegion"_s},
            {8, true, u"No StreetName"_s},      // a warning, on a row left out
            {8, true, u"Latitude \"north\""_s}, // a warning, on a row left out
            {9, false, u"DefaultLocationId \"n/a\""_s},
            {9, false, u"Latitude \"136.1\""_s},
            {10, true, u"51a8a6e3-dae4-4653-9a99-a6e71c4c24ac was already read"_s},
        });
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestTeamsExport::utf16FileFromOutFileIsRead()
{
    const QString text =
        u"\"CivicAddressId\",\"LocationId\",\"Location\",\"HouseNumber\",\"StreetName\","
        u"\"City\",\"CountryOrRegion\",\"Elin\"\r\n"
        u"\"51a8a6e3-dae4-4653-9a99-a6e71c4c24ac\",\"5aa884e8-d548-4b8e-a289-52bfd5265a6e\","
        u"\"Caf\u00e9, 3rd Floor\",\"1\",\"Microsoft Way\",\"Redmond\",\"US\",\"ELIN_3\"\r\n"
        u"\"51a8a6e3-dae4-4653-9a99-a6e71c4c24ac\",\"75301b5d-3609-458e-a379-da9a1ab33228\","
        u"\"\",\"1\",\"Microsoft Way\",\"Redmond\",\"US\",\"\"\r\n"
        u"\"51a8a6e3-dae4-4653-9a99-a6e71c4c24ac\",\"\",\"Lobby\",\"1\",\"Microsoft Way\","
        u"\"Redmond\",\"US\",\"\"\r\n"_s;
    QByteArray data("\xFF\xFE");
    data += QStringEncoder(QStringEncoder::Utf16LE)(text);
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"locations.csv"_s, data), ExportKind::Location);
    QCOMPARE(s.locations().size(), 2);
    const TeamsLocation &cafe = s.locations().at(0);
    QCOMPARE(cafe.name, u"Caf\u00e9, 3rd Floor"_s);
    QCOMPARE(cafe.locationId, u"5aa884e8-d548-4b8e-a289-52bfd5265a6e"_s);
    QCOMPARE(cafe.civicAddressId, u"51a8a6e3-dae4-4653-9a99-a6e71c4c24ac"_s);
    QCOMPARE(cafe.civic.stName, u"Microsoft Way"_s);
    QCOMPARE(cafe.civic.postalCommunity, u"Redmond"_s);
    QCOMPARE(cafe.elin, u"ELIN_3"_s);
    QVERIFY(!cafe.isDefaultLocation());
    QCOMPARE(s.locations().at(1).locationId, u"75301b5d-3609-458e-a379-da9a1ab33228"_s);
    QVERIFY(s.locations().at(1).isDefaultLocation());
    const QString diff =
        teamsIssueDifferences(s, u"locations.csv"_s, {{3, true, u"No LocationId"_s}});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestTeamsExport::jsonWrappedInValueAndCountIsRead()
{
    const QByteArray wrapped = R"({
  "value": [
    {"Subnet": "10.10.10.128", "LocationId": "f037a9ad-4334-455a-a1c5-3838ec0f5d02", "Description": "Subnet 10.10.10.128"},
    {"Subnet": "10.10.11.0", "LocationId": "f037a9ad-4334-455a-a1c5-3838ec0f5d02", "Description": "Floor 2"}
  ],
  "Count": 2
})";
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"subnets.json"_s, wrapped), ExportKind::Subnet);
    QCOMPARE(s.networkElements().size(), 2);
    QCOMPARE(s.networkElements().at(0).element.subnet, u"10.10.10.128/32"_s);
    QCOMPARE(s.networkElements().at(0).element.description, u"Subnet 10.10.10.128"_s);
    QCOMPARE(s.networkElements().at(1).element.subnet, u"10.10.11.0/32"_s);
    QCOMPARE(s.issues(), QList<TeamsRowIssue>());
}

void TestTeamsExport::jsonNumbersReadAsPowerShellWroteThem()
{
    // Coordinates given as JSON numbers (a hand-made file, or -AsArray of numbers) and an item
    // that is not an object at all.
    const QByteArray json = R"([
  {"CivicAddressId": "51a8a6e3-dae4-4653-9a99-a6e71c4c24ac", "StreetName": "Microsoft Way", "CountryOrRegion": "US", "Latitude": 47.63963, "Longitude": -122.13061, "HouseNumber": 1, "Elin": true},
  {"CivicAddressId": "a363a9b8-1acd-41de-916a-296c7998a024", "StreetName": "Sherbrooke", "CountryOrRegion": "CA", "Latitude": 1e300, "Longitude": -73.5772},
  "just text"
])";
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"addresses.json"_s, json), ExportKind::CivicAddress);
    QCOMPARE(s.addresses().size(), 2);
    QCOMPARE(s.addresses().at(0).latitude, std::optional<double>(47.63963));
    QCOMPARE(s.addresses().at(0).longitude, std::optional<double>(-122.13061));
    QCOMPARE(s.addresses().at(0).civic.addNumber, u"1"_s); // not "1.0"
    QCOMPARE(s.addresses().at(0).elin, u"True"_s);         // as PowerShell writes a bool
    QCOMPARE(s.addresses().at(1).latitude, std::nullopt);
    const QString diff = teamsIssueDifferences(s, u"addresses.json"_s,
                                               {
                                                   {2, false, u"Latitude \"1e+300\""_s},
                                                   {3, true, u"The row holds no values"_s},
                                               });
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestTeamsExport::fileCutOffInsideAQuoteKeepsTheRowsBefore()
{
    const QByteArray cut = "\"Subnet\",\"LocationId\",\"Description\"\r\n"
                           "\"10.0.1.0\",\"d26a4935-5997-4bcf-b0db-6ae5a88805fd\",\"Floor 1\"\r\n"
                           "\"10.0.2.0\",\"d26a4935-5997-4bcf-b0db-6ae5a88805fd\",\"Floor 2\"\r\n"
                           "\"10.0.3.0\",\"d26a4935-5997-4bcf-b0db-6ae5a88805fd\",\"Floor";
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"cut.csv"_s, cut), ExportKind::Subnet);
    QCOMPARE(s.networkElements().size(), 2);
    QCOMPARE(s.networkElements().at(0).element.subnet, u"10.0.1.0/32"_s);
    QCOMPARE(s.networkElements().at(1).element.subnet, u"10.0.2.0/32"_s);
    const QString diff = teamsIssueDifferences(s, u"cut.csv"_s, {{3, true, u"was cut off"_s}});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestTeamsExport::rowsThatDoNotLineUpWithTheHeaderAreReported()
{
    const QByteArray ragged = "\"Subnet\",\"LocationId\",\"Description\"\n"
                              "\"10.0.1.0\",\"d26a4935-5997-4bcf-b0db-6ae5a88805fd\",\"Floor 1\"\n"
                              // cut off after its second value
                              "\"10.0.2.0\",\"d26a4935-5997-4bcf-b0db-6ae5a88805fd\"\n"
                              // edited by hand: a comma outside quotes
                              "\"10.0.3.0\",\"d26a4935-5997-4bcf-b0db-6ae5a88805fd\",Floor 3, "
                              "east\n"
                              "\"10.0.4.0\",\"d26a4935-5997-4bcf-b0db-6ae5a88805fd\",\"\"\n";
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"ragged.csv"_s, ragged), ExportKind::Subnet);
    QCOMPARE(s.networkElements().size(), 2);
    QCOMPARE(s.networkElements().at(0).element.subnet, u"10.0.1.0/32"_s);
    QCOMPARE(s.networkElements().at(0).element.description, u"Floor 1"_s);
    QCOMPARE(s.networkElements().at(1).element.subnet, u"10.0.4.0/32"_s);
    QCOMPARE(s.networkElements().at(1).element.description, QString());
    const QString diff = teamsIssueDifferences(s, u"ragged.csv"_s,
                                               {
                                                   {2, true, u"values (2)"_s},
                                                   {3, true, u"values (4)"_s},
                                               });
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestTeamsExport::fileOfUnknownKindGetsOneMessage()
{
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"users.csv"_s, "\"UserPrincipalName\",\"DisplayName\"\n\"a@b\",\"A\"\n"),
             ExportKind::Unknown);
    const QString diff = teamsIssueDifferences(
        s, u"users.csv"_s, {{0, true, u"its columns (UserPrincipalName, DisplayName)"_s}});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY(s.issues().at(0).reason.contains(u"Get-CsOnlineLisCivicAddress"_s));
    QVERIFY(s.addresses().isEmpty());
}

void TestTeamsExport::emptyAndBrokenFilesGetOneMessage()
{
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"empty.csv"_s, "\xEF\xBB\xBF"), ExportKind::Unknown);
    QCOMPARE(s.addFile(u"blank.csv"_s, " \r\n\r\n"), ExportKind::Unknown);
    QCOMPARE(s.addFile(u"type-only.csv"_s, "#TYPE System.Management.Automation.PSCustomObject\r\n"),
             ExportKind::Unknown);
    QCOMPARE(s.addFile(u"broken.json"_s, "[{\"Subnet\": "), ExportKind::Unknown);
    QCOMPARE(s.addFile(u"cut-header.csv"_s, "\"Subnet\",\"Locat"), ExportKind::Unknown);
    for (const auto &[file, says] : {std::pair{u"empty.csv"_s, u"The file is empty"_s},
                                     std::pair{u"blank.csv"_s, u"The file is empty"_s},
                                     std::pair{u"type-only.csv"_s, u"no rows to read"_s},
                                     std::pair{u"broken.json"_s, u"not valid JSON"_s},
                                     std::pair{u"cut-header.csv"_s, u"never closed"_s}}) {
        const QString diff = teamsIssueDifferences(s, file, {{0, true, says}});
        QVERIFY2(diff.isEmpty(), qPrintable(file + diff));
    }
    QCOMPARE(s.issues().size(), 5);
    QVERIFY(s.networkElements().isEmpty());
}

void TestTeamsExport::headerOnlyFileHasNothingToReport()
{
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"none.csv"_s, "\"BSSID\",\"LocationId\",\"Description\"\r\n"),
             ExportKind::WirelessAccessPoint);
    QCOMPARE(s.issues(), QList<TeamsRowIssue>());
    QVERIFY(s.networkElements().isEmpty());
}

void TestTeamsExport::separatorsOfUseCultureAndDelimiterAreRead_data()
{
    QTest::addColumn<QByteArray>("separator");
    QTest::addColumn<bool>("typeLine");
    QTest::newRow("comma") << QByteArray(",") << false;
    // Export-Csv -UseCulture on a German or French Windows.
    QTest::newRow("semicolon (-UseCulture)") << QByteArray(";") << true;
    QTest::newRow("tab (-Delimiter)") << QByteArray("\t") << false;
    QTest::newRow("pipe (-Delimiter)") << QByteArray("|") << true;
}

void TestTeamsExport::separatorsOfUseCultureAndDelimiterAreRead()
{
    QFETCH(QByteArray, separator);
    QFETCH(bool, typeLine);
    const QList<QByteArrayList> records{
        {"\"CivicAddressId\"", "\"HouseNumber\"", "\"StreetName\"", "\"City\"",
         "\"CountryOrRegion\"", "\"CompanyName\"", "\"Description\""},
        {"\"51a8a6e3-dae4-4653-9a99-a6e71c4c24ac\"", "\"1\"", "\"Microsoft Way\"", "\"Redmond\"",
         "\"US\"", "\"Contoso; Ltd.\"", "\"Lobby, north door\""},
        // PowerShell 7 quotes only as needed: bare values.
        {"0c9b3f1e-2d4a-4b5c-8d6e-7f8091a2b3c4", "12", "Unter den Linden", "Berlin", "DE",
         "Contoso GmbH", ""},
    };
    QByteArray csv = typeLine ? QByteArray("#TYPE Deserialized.Microsoft.Teams.LisCivicAddress\r\n")
                              : QByteArray();
    for (const QByteArrayList &record : records)
        csv += record.join(separator) + "\r\n";
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"addresses.csv"_s, csv), ExportKind::CivicAddress);
    QCOMPARE(s.issues(), QList<TeamsRowIssue>());
    QCOMPARE(s.addresses().size(), 2);
    QCOMPARE(s.addresses().at(0).civic.stName, u"Microsoft Way"_s);
    QCOMPARE(s.addresses().at(0).companyName, u"Contoso; Ltd."_s);
    QCOMPARE(s.addresses().at(0).description, u"Lobby, north door"_s);
    QCOMPARE(s.addresses().at(1).civic.postalCommunity, u"Berlin"_s);
    QCOMPARE(s.addresses().at(1).companyName, u"Contoso GmbH"_s);
}

void TestTeamsExport::trustedIpsReadWithAReasonForEveryBadRow()
{
    // Windows PowerShell 5.1: #TYPE line, every field quoted; a description with doubled quotes,
    // a comma and a line break; $null written as nothing.
    const QByteArray csv =
        "#TYPE Deserialized.Microsoft.Rtc.Management.WritableConfig.Policy.Voice.TrustedIP\r\n"
        "\"Identity\",\"MaskBits\",\"Description\",\"IPAddress\"\r\n"
        "\"203.0.113.0\",\"24\",\"HQ \"\"egress\"\", north\r\nside\",\"203.0.113.0\"\r\n"
        // 2: no mask: Teams's default, 32; no description.
        "\"198.51.100.7\",,,\"198.51.100.7\"\r\n"
        // 3: IPv6 in upper case, written back as QHostAddress writes it.
        "\"2001:DB8:10::\",\"48\",\"v6\",\"2001:DB8:10::\"\r\n"
        "\"203.0.113.300\",\"24\",\"\",\"203.0.113.300\"\r\n"
        "\"192.0.2.1\",\"33\",\"\",\"192.0.2.1\"\r\n"
        "\"\",\"24\",\"\",\"\"\r\n"
        "\"fe80::1%eth0\",\"64\",\"\",\"fe80::1%eth0\"\r\n"
        "\"192.0.2.9\",\"32\"\r\n"
        "\"203.0.113.0\",\"24\",\"again\",\"203.0.113.0\"\r\n"
        "\"2001:db8:20::\",\"all\",\"\",\"2001:db8:20::\"\r\n";
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"trusted-ips.csv"_s, csv), ExportKind::TrustedIpAddress);
    QVERIFY(s.hasRead(ExportKind::TrustedIpAddress));
    QCOMPARE(s.networkElements().size(), 3);
    const NetworkElement &hq = s.networkElements().at(0).element;
    QCOMPARE(hq.kind, NetworkElementKind::TrustedIp);
    QCOMPARE(hq.subnet, u"203.0.113.0/24"_s);
    QCOMPARE(hq.description, u"HQ \"egress\", north\r\nside"_s);
    QCOMPARE(s.networkElements().at(0).locationId, QString());
    QCOMPARE(s.networkElements().at(1).element.subnet, u"198.51.100.7/32"_s);
    QCOMPARE(s.networkElements().at(1).element.description, QString());
    QCOMPARE(s.networkElements().at(2).element.subnet, u"2001:db8:10::/48"_s);
    const QString diff = teamsIssueDifferences(
        s, u"trusted-ips.csv"_s,
        {
            {4, true, u"IPAddress \"203.0.113.300\" is not an IPv4 or IPv6 address"_s},
            {5, true, u"MaskBits \"33\" is not a mask length from 0 to 32"_s},
            {6, true, u"No IPAddress"_s},
            {7, true, u"\"fe80::1%eth0\""_s},
            {8, true, u"do not line up"_s},
            {9, true, u"203.0.113.0/24 was already read"_s},
            {10, true, u"MaskBits \"all\" is not a mask length from 0 to 128"_s},
        });
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestTeamsExport::trustedIpsFromConvertToJson()
{
    // ConvertTo-Json: MaskBits as a number; one object bare, several as an array.
    TeamsTenantSnapshot s;
    QCOMPARE(s.addFile(u"one.json"_s, "{\"Identity\": \"203.0.113.0\", \"MaskBits\": 24, "
                                      "\"Description\": \"HQ \\u0027main\\u0027\", \"IPAddress\": "
                                      "\"203.0.113.0\"}"),
             ExportKind::TrustedIpAddress);
    QCOMPARE(s.addFile(u"several.json"_s,
                       "[{\"Identity\": \"2001:db8::\", \"MaskBits\": 32, \"Description\": null, "
                       "\"IPAddress\": \"2001:db8::\"}, {\"Identity\": \"198.51.100.0\", "
                       "\"MaskBits\": 24}]"),
             ExportKind::TrustedIpAddress);
    QCOMPARE(s.issues(), QList<TeamsRowIssue>());
    QCOMPARE(s.networkElements().size(), 3);
    QCOMPARE(s.networkElements().at(0).element.subnet, u"203.0.113.0/24"_s);
    QCOMPARE(s.networkElements().at(0).element.description, u"HQ 'main'"_s);
    QCOMPARE(s.networkElements().at(1).element.subnet, u"2001:db8::/32"_s);
    // Identity alone names the address.
    QCOMPARE(s.networkElements().at(2).element.subnet, u"198.51.100.0/24"_s);
}

QTEST_GUILESS_MAIN(TestTeamsExport)
#include "tst_teams_export.moc"
