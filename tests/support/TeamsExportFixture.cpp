// The Teams export files and the tenant of the comparison tests; see TeamsExportFixture.h.
#include "TeamsExportFixture.h"

#include "CivicTestData.h"

using namespace Qt::StringLiterals;

namespace teamsfixture {

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

QByteArray automationCsv()
{
    // The columns in the order the module writes them; Description is the company's name.
    return "\"CompanyName\",\"CompanyTaxId\",\"Description\",\"Location\",\"Address\",\"City\","
           "\"StateOrProvince\",\"PostalCode\",\"CountryOrRegion\",\"Latitude\",\"Longitude\","
           "\"ELIN\",\"NetworkDescription\",\"NetworkObjectType\",\"NetworkObjectIdentifier\","
           "\"SkipMapsLookup\",\"EntryHash\",\"Warning\"\r\n"
           "\"Contoso\",\"\",\"Contoso\",\"Floor 3\",\"1 Microsoft Way\",\"Redmond\",\"WA\","
           "\"98052\",\"US\",\"47.63963\",\"-122.13061\",\"\",\"Floor 3 wired\",\"Subnet\","
           "\"10.10.10.128\",\"True\",\"3f1c\",\"\"\r\n"
           "\"Contoso\",\"\",\"Contoso\",\"Lobby\",\"1 Microsoft Way\",\"Redmond\",\"WA\","
           "\"98052\",\"US\",\"47.63963\",\"-122.13061\",\"\",\"Lobby\",\"Subnet\","
           "\"10.10.20.0\",\"True\",\"9a0e\",\"\"\r\n"
           "\"Fabrikam\",\"\",\"Fabrikam\",\"Suite 200\",\"8 City Blvd\",\"Nashville\",\"TN\","
           "\"37209\",\"US\",\"\",\"\",\"\",\"Suite\",\"Subnet\",\"2001:db8:1::\",\"False\","
           "\"77b2\",\"\"\r\n"
           "\"Contoso\",\"\",\"Contoso\",\"\",\"500 Elm St\",\"Springfield\",\"IL\","
           "\"62701\",\"US\",\"\",\"\",\"\",\"\",\"Unknown\",\"\",\"False\",\"c41d\",\"\"\r\n";
}

namespace {
using testdata::address;
using testdata::civic;

Place place(const QString &id, const QString &addressId, const QString &floor)
{
    return testdata::place(id, addressId, {}, floor, {});
}

} // namespace

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

} // namespace teamsfixture
