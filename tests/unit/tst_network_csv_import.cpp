// The network map import: each of the three forms (simple, Teams' own exports,
// TeamsE911Automation) is detected from its header, and a file of good and bad rows gets the
// right action per row with every reason (and overlap warnings that do not block the row).
#include "lis/NetworkImportPlan.h"

#include <QtTest>

using namespace csvimport;
using namespace Qt::StringLiterals;

namespace {
const QString hqPlaceId = u"9905bca0-6fb0-11ec-84a4-25019013784a"_s;

CivicAddress civic(const QString &number, const QString &street, const QString &type,
                   const QString &city, const QString &state, const QString &zip)
{
    CivicAddress c;
    c.addNumber = number;
    c.stName = street;
    c.stPosTyp = type;
    c.postalCommunity = city;
    c.state = state;
    c.postalCode = zip;
    c.country = u"US"_s;
    return c;
}

struct Tenant
{
    QList<EmergencyAddress> addresses;
    QList<Place> places;
    QList<NetworkElement> elements;
};

Tenant tenant()
{
    Tenant t;
    EmergencyAddress hq;
    hq.id = u"addr-hq"_s;
    hq.civic = civic(u"1"_s, u"Microsoft"_s, u"Way"_s, u"Redmond"_s, u"WA"_s, u"98052"_s);
    hq.validationStatus = AddressValidationStatus::Valid;
    EmergencyAddress nashville;
    nashville.id = u"addr-bna"_s;
    nashville.civic = civic(u"8"_s, u"City"_s, u"Boulevard"_s, u"Nashville"_s, u"TN"_s, u"37209"_s);
    t.addresses = {hq, nashville};

    auto place = [](const QString &id, const QString &addressId, const QString &building,
                    const QString &floor, const QString &room) {
        Place p;
        p.id = id;
        p.addressId = addressId;
        p.building = building;
        p.floor = floor;
        p.room = room;
        return p;
    };
    t.places = {place(hqPlaceId, u"addr-hq"_s, u"Building 92"_s, u"Floor 3"_s, {}),
                place(u"pl-suite"_s, u"addr-bna"_s, {}, u"Floor 1"_s, u"Suite 403"_s),
                place(u"pl-closet"_s, u"addr-bna"_s, {}, {}, u"GS108T"_s)};

    auto element = [](const QString &id, NetworkElementKind kind, const QString &value,
                      const QString &port, const QString &description) {
        NetworkElement e;
        e.id = id;
        e.kind = kind;
        e.placeId = hqPlaceId;
        e.description = description;
        if (kind == NetworkElementKind::Subnet)
            e.subnet = value;
        else if (kind == NetworkElementKind::AccessPoint)
            e.bssid = value;
        else
            e.chassisId = value;
        e.portId = port;
        return e;
    };
    t.elements = {
        element(u"e1"_s, NetworkElementKind::Subnet, u"10.0.0.0/16"_s, {}, u"Floor 3 LAN"_s),
        element(u"e2"_s, NetworkElementKind::AccessPoint, u"F0-6E-0B-C2-03-*"_s, {}, {}),
        element(u"e3"_s, NetworkElementKind::Switch, u"B8-BE-BF-4A-A3-00"_s, {}, u"DKSwitch1"_s),
        element(u"e4"_s, NetworkElementKind::Port, u"B8-BE-BF-4A-A3-00"_s, u"G1/0/30"_s, {})};
    return t;
}

// One expected row: its action and a word of each reason, in order.
struct Expected
{
    NetworkRowAction action;
    QStringList reasons;
    QString warning = {}; // a word of a warning, when one is expected
};

void verifyPlan(const QByteArray &csv, NetworkCsvForm form, const QList<Expected> &expected)
{
    const NetworkCsvFile file = readNetworkCsv(csv);
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QCOMPARE(file.columns.form, form);
    const Tenant t = tenant();
    const NetworkImportPlan plan = planNetworkImport(file.rows, t.addresses, t.places, t.elements);
    QCOMPARE(plan.rows.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const PlannedNetworkRow &row = plan.rows.at(i);
        const Expected &e = expected.at(i);
        const QString where = u"row %1: %2 | %3"_s.arg(row.record)
                                  .arg(row.reasons.join(u" | "_s), row.warnings.join(u" | "_s));
        QVERIFY2(row.action == e.action, qPrintable(where));
        QVERIFY2(row.reasons.size() == e.reasons.size(), qPrintable(where));
        for (qsizetype r = 0; r < e.reasons.size(); ++r)
            QVERIFY2(row.reasons.at(r).contains(e.reasons.at(r)), qPrintable(where));
        if (!e.warning.isEmpty())
            QVERIFY2(row.warnings.join(u' ').contains(e.warning), qPrintable(where));
    }
}
} // namespace

class TestNetworkCsvImport : public QObject
{
    Q_OBJECT
private slots:
    void simpleForm()
    {
        const QByteArray csv =
            "kind,identifier,port,address,building,floor,room,description\n"
            "subnet,10.0.5.0/24,,\"1 Microsoft Way, Redmond, WA 98052\",Building 92,Floor 3,,East\n"
            "subnet,10.0.0.0/16,,\"1 MICROSOFT WAY, REDMOND, WA 98052\",building 92,floor  3,,"
            "Floor 3 LAN\n"
            "wap,f0-6e-0b-c2-03-44,,\"1 Microsoft Way, Redmond, WA 98052\",Building 92,Floor 3,,\n"
            "wap,aa:bb:cc:dd:ee:01,,\"1 Microsoft Way, Redmond, WA 98052\",Building 92,Floor 4,,\n"
            "switch,11-22-33-44-55-66,,\"1 Microsoft Way, Redmond, WA 98052\",Building 92,"
            "Floor 4,,\n"
            "port,core-sw-1,Gi1/0/24,\"8 City Boulevard, Nashville, TN 37209\",,Floor 1,Suite "
            "403,\n"
            "subnet,10.9.9.300/24,,\"1 Microsoft Way, Redmond, WA 98052\",Building 92,,,\n"
            "subnet,10.7.0.0/24,,\"99 Nowhere Rd, Springfield, IL 62701\",Lab,,,\n"
            "subnet,10.0.5.9/24,,\"1 Microsoft Way, Redmond, WA 98052\",Building 92,Floor 3,,\n"
            "trusted_ip,203.0.113.0/24,,,,,,HQ egress\n"
            "trusted_ip,192.168.0.0/16,,,,,,\n"
            "switch,B8:BE:BF:4A:A3:00,,\"1 Microsoft Way, Redmond, WA 98052\",Building 92,"
            "Floor 3,,Other name\n"
            "router,10.1.1.1,,\"1 Microsoft Way, Redmond, WA 98052\",Building 92,,,\n"
            "subnet,10.8.0.0/24,,\"1 Microsoft Way, Redmond, WA 98052\",,,,\n"
            ",,,,,,,\n"
            "wap,F0-6E-0B-C2-0*,,,,,,\n";
        verifyPlan(
            csv, NetworkCsvForm::Simple,
            {{NetworkRowAction::Create, {}, u"inside 10.0.0.0/16"_s},
             {NetworkRowAction::NoChange, {}},
             {NetworkRowAction::Refused, {u"inside the wildcard F0-6E-0B-C2-03-*"_s}},
             {NetworkRowAction::CreatePlace, {}},
             {NetworkRowAction::CreatePlace, {}},
             {NetworkRowAction::Create, {}},
             {NetworkRowAction::Refused, {u"not an IP subnet"_s}},
             {NetworkRowAction::Refused, {u"is not in Dispatchable"_s}},
             {NetworkRowAction::Refused, {u"already in row 1"_s}},
             {NetworkRowAction::Create, {}},
             {NetworkRowAction::Refused, {u"private or reserved"_s}},
             {NetworkRowAction::Refused, {u"already in the network map"_s}},
             {NetworkRowAction::Refused, {u"Kind \"router\""_s}},
             {NetworkRowAction::Refused, {u"No building, floor or room"_s}},
             {NetworkRowAction::Skip, {}},
             {NetworkRowAction::Refused, {u"No address"_s, u"No building"_s, u"not a BSSID"_s}}});
    }

    void newPlacesAreGroupedAndCarryTheirAddress()
    {
        const QByteArray csv =
            "Kind,Identifier,Port,Address,Building,Floor,Room,Description\n"
            "wap,aa:bb:cc:dd:ee:01,,\"1 Microsoft Way, Redmond, WA 98052\",Building 92,Floor 4,,\n"
            "switch,11-22-33-44-55-66,,\"1 Microsoft Way, Redmond, WA 98052\",BUILDING 92,"
            "floor 4,,\n";
        const Tenant t = tenant();
        const NetworkImportPlan plan =
            planNetworkImport(readNetworkCsv(csv).rows, t.addresses, t.places, t.elements);
        QCOMPARE(plan.newPlaces.size(), 1);
        QCOMPARE(plan.newPlaces.at(0).addressId, u"addr-hq"_s);
        QCOMPARE(plan.newPlaces.at(0).place.floor, u"Floor 4"_s);
        QCOMPARE(plan.newPlaces.at(0).records, (QList<int>{1, 2}));
        QCOMPARE(plan.rows.at(1).newPlace, 0);
        QCOMPARE(plan.rows.at(0).element.bssid, u"AA-BB-CC-DD-EE-01"_s);
        QCOMPARE(plan.elementsToCreate(), 2);
    }

    void teamsExportForms()
    {
        // Windows PowerShell's Export-Csv: a #TYPE line, every field quoted.
        const QByteArray ports =
            "#TYPE Selected.System.Management.Automation.PSCustomObject\r\n"
            "\"PortID\",\"ChassisID\",\"LocationId\",\"Description\"\r\n"
            "\"G1/0/30\",\"B8-BE-BF-4A-A3-00\",\"9905BCA0-6FB0-11EC-84A4-25019013784A\",\"\"\r\n"
            "\"G1/0/31\",\"B8-BE-BF-4A-A3-00\",\"{9905bca0-6fb0-11ec-84a4-25019013784a}\","
            "\"Desk 31\"\r\n"
            "\"S2/0/25\",\"F6-26-79-B5-3D-49\",\"d7714269-ee52-4635-97b0-d7c228801d24\",\"\"\r\n"
            "\"\",\"F6-26-79-B5-3D-49\",\"9905bca0-6fb0-11ec-84a4-25019013784a\",\"\"\r\n";
        verifyPlan(ports, NetworkCsvForm::TeamsExport,
                   {{NetworkRowAction::NoChange, {}},
                    {NetworkRowAction::Create, {}},
                    {NetworkRowAction::Refused, {u"LocationId d7714269"_s}},
                    {NetworkRowAction::Refused, {u"port ID is empty"_s}}});

        const QByteArray subnets = "Subnet,Description,LocationId\n"
                                   "10.0.0.128,Printers,9905bca0-6fb0-11ec-84a4-25019013784a\n"
                                   "2001:db8:5::,,9905bca0-6fb0-11ec-84a4-25019013784a\n"
                                   "10.1.0.0,,\n";
        verifyPlan(subnets, NetworkCsvForm::TeamsExport,
                   {{NetworkRowAction::Create, {}, u"inside 10.0.0.0/16"_s},
                    {NetworkRowAction::Create, {}},
                    {NetworkRowAction::Refused, {u"No LocationId"_s}}});

        const QByteArray aps = "BSSID,LocationId,Description\n"
                               "F0-6E-0B-C2-03-23,9905bca0-6fb0-11ec-84a4-25019013784a,USWAP1\n"
                               "34-E3-80-D5-AB-*,9905bca0-6fb0-11ec-84a4-25019013784a,\n"
                               "34-E3-80-D5-AB-60,9905bca0-6fb0-11ec-84a4-25019013784a,DKWAP1\n";
        verifyPlan(aps, NetworkCsvForm::TeamsExport,
                   {{NetworkRowAction::Refused, {u"inside the wildcard"_s}},
                    {NetworkRowAction::Create, {}},
                    {NetworkRowAction::Refused, {u"row 2 of this file"_s}}});
    }

    void teamsE911AutomationForm()
    {
        const QByteArray csv =
            "CompanyName,CompanyTaxId,Description,Location,Address,City,StateOrProvince,"
            "PostalCode,CountryOrRegion,Latitude,Longitude,ELIN,NetworkDescription,"
            "NetworkObjectType,NetworkObjectIdentifier,SkipMapsLookup,EntryHash,Warning\n"
            "Nashville,,Nashville,\"Suite 403, Floor 1\",8 City Boulevard,Nashville,TN,37209,USA,"
            "36.15109,-86.82015,,,Subnet,10.0.30.0,true,,\n"
            "Nashville,,Nashville,\"Suite 403, Floor 2\",8 City Boulevard,Nashville,TN,37209,US,"
            ",,,,Subnet,10.0.32.0,,,\n"
            "Cincinnati,,Cincinnati,GS108T Port 1,4445 Lake Forest Drive,Blue Ash,OH,45242,US,"
            ",,,Port 1,Port,10-da-43-02-f9-ef;g1,,,\n"
            "Nashville,,Nashville,GS108T,8 City Boulevard,Nashville,TN,37209,US,,,,Switch 1,"
            "Switch,10da4302f9ef,,,\n"
            "Nashville,,Nashville,GS108T,8 City Boulevard,Nashville,TN,37209,US,,,,Port 7,Port,"
            "10da4302f9ef,,,\n"
            "Nashville,,Nashville,,8 City Boulevard,Nashville,TN,37209,US,,,,,,,,,\n"
            "Nashville,,Nashville,,8 City Boulevard,Nashville,TN,37209,US,,,,,Subnet,10.0.3.0,,,\n"
            "Nashville,,Nashville,Suite 403,8 City Boulevard,Nashville,TN,37209,US,,,,,Router,"
            "10.0.4.0,,,\n"
            "Nashville,,Nashville,\"Suite 403, Floor 1\",8 City Boulevard,Nashville,TN,37209,US,"
            ",,,,WirelessAccessPoint,F0-6E-0B-C2-03-*,,,\n";
        verifyPlan(
            csv, NetworkCsvForm::TeamsE911Automation,
            {{NetworkRowAction::Create, {}},
             {NetworkRowAction::CreatePlace, {}},
             {NetworkRowAction::Refused, {u"4445 Lake Forest Drive"_s}},
             {NetworkRowAction::Create, {}},
             {NetworkRowAction::Refused, {u"\";\""_s}},
             {NetworkRowAction::Skip, {}},
             {NetworkRowAction::Refused, {u"No Location"_s}},
             {NetworkRowAction::Refused, {u"NetworkObjectType \"Router\""_s}},
             {NetworkRowAction::Refused, {u"already in the network map (at Building 92"_s}}});

        // The rows carry normalised identifiers and their places.
        const Tenant t = tenant();
        const NetworkImportPlan plan =
            planNetworkImport(readNetworkCsv(csv).rows, t.addresses, t.places, t.elements);
        QCOMPARE(plan.rows.at(0).element.subnet, u"10.0.30.0/32"_s);
        QCOMPARE(plan.rows.at(0).element.placeId, u"pl-suite"_s);
        QCOMPARE(plan.rows.at(3).element.chassisId, u"10-DA-43-02-F9-EF"_s);
        QCOMPARE(plan.rows.at(3).element.description, u"Switch 1"_s);
        QCOMPARE(plan.rows.at(3).element.placeId, u"pl-closet"_s);
        QCOMPARE(plan.newPlaces.at(0).place.room, u"Suite 403"_s);
        QCOMPARE(plan.newPlaces.at(0).place.floor, u"Floor 2"_s);
    }

    void unknownHeaderIsAFileError()
    {
        const NetworkCsvFile file = readNetworkCsv("number,street\n+12065550100,Main\n");
        QCOMPARE(file.columns.form, NetworkCsvForm::Unknown);
        QVERIFY(file.error.contains(u"kind,identifier"_s));
        QVERIFY(!readNetworkCsv("").error.isEmpty());
        QVERIFY(!readNetworkCsv("kind,identifier\n\"open").error.isEmpty());
    }

    void placeFromTeamsLocationName()
    {
        const Place p = placeFromLocationText(u"Bldg 2, Floor 3, Room 301"_s);
        QCOMPARE(p.building, u"Bldg 2"_s);
        QCOMPARE(p.floor, u"Floor 3"_s);
        QCOMPARE(p.room, u"Room 301"_s);
        QCOMPARE(placeFromLocationText(u"Floral wing"_s).room, u"Floral wing"_s);
    }
};

QTEST_APPLESS_MAIN(TestNetworkCsvImport)
#include "tst_network_csv_import.moc"
