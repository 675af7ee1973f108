#include "AddressValidationCases.h"

#include <QStringList>
#include <QVariantMap>
#include <QtTest>

#include <initializer_list>
#include <limits>
#include <utility>

CivicAddress civic(CivicPairs fields)
{
    CivicAddress a;
    for (const auto &[name, value] : fields) {
        if (!a.setValue(QString::fromUtf8(name), QString::fromUtf8(value)))
            qFatal("test table names an unknown field: %s", name);
    }
    return a;
}

namespace {
QVariantMap expect(CivicPairs fields)
{
    QVariantMap map;
    for (const auto &[name, value] : fields)
        map.insert(QString::fromUtf8(name), QString::fromUtf8(value));
    return map;
}

const QStringList none;
const QStringList noDetail{QStringLiteral("location_detail_missing")};
constexpr double noGeocode = std::numeric_limits<double>::quiet_NaN();

} // namespace

// Addresses a person would type: a whole street line in stName, lower case, punctuation.
CivicAddress us(const char *number, const char *street, const char *city, const char *state,
                const char *zip)
{
    return civic({{"addNumber", number},
                  {"stName", street},
                  {"postalCommunity", city},
                  {"state", state},
                  {"postalCode", zip},
                  {"country", "US"}});
}

void addAddressValidationCases()
{
    QTest::addColumn<CivicAddress>("typed");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QVariantMap>("normalized"); // only the fields listed are compared
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<QStringList>("warnings");
    QTest::addColumn<double>("latitude"); // NaN: no geocode expected
    QTest::addColumn<double>("longitude");

    // --- Valid US addresses
    QTest::newRow("microsoft hq") << us("1", "Microsoft Way", "Redmond", "WA", "98052") << true
                                  << expect({{"addNumber", "1"},
                                             {"stName", "MICROSOFT"},
                                             {"stPosTyp", "WAY"},
                                             {"postalCommunity", "REDMOND"},
                                             {"state", "WA"},
                                             {"postalCode", "98052"},
                                             {"country", "US"}})
                                  << none << noDetail << 47.6718 << -122.1232;
    QTest::newRow("microsoft hq building 92")
        << civic({{"addNumber", "1"},
                  {"stName", "Microsoft"},
                  {"stPosTyp", "Way"},
                  {"building", "Building 92"},
                  {"postalCommunity", "Redmond"},
                  {"state", "wa"},
                  {"postalCode", "98052"},
                  {"country", "us"}})
        << true << expect({{"stName", "MICROSOFT"}, {"stPosTyp", "WAY"}, {"building", "92"}})
        << none << none << 47.6718 << -122.1232;
    QTest::newRow("white house, street line in one field")
        << us("1600", "Pennsylvania Avenue Northwest", "Washington", "DC", "20500") << true
        << expect({{"stName", "PENNSYLVANIA"},
                   {"stPosTyp", "AVE"},
                   {"stPosDir", "NW"},
                   {"stPreDir", ""},
                   {"postalCommunity", "WASHINGTON"}})
        << none << noDetail << 38.8946 << -77.0355;
    QTest::newRow("white house, CLDXF fields") << civic({{"addNumber", "1600"},
                                                         {"stName", "pennsylvania"},
                                                         {"stPosTyp", "Avenue"},
                                                         {"stPosDir", "Northwest"},
                                                         {"postalCommunity", "Washington"},
                                                         {"state", "District of Columbia"},
                                                         {"postalCode", "20500"},
                                                         {"country", "United States"}})
                                               << true
                                               << expect({{"stName", "PENNSYLVANIA"},
                                                          {"stPosTyp", "AVE"},
                                                          {"stPosDir", "NW"},
                                                          {"state", "DC"},
                                                          {"country", "US"}})
                                               << none << noDetail << 38.8946 << -77.0355;
    QTest::newRow("empire state building, floor and suite")
        << civic({{"addNumber", "350"},
                  {"stName", "Fifth Avenue"},
                  {"floor", "86th Floor"},
                  {"unit", "Suite #8600"},
                  {"postalCommunity", "New York"},
                  {"state", "NY"},
                  {"postalCode", "10118"},
                  {"country", "USA"}})
        << true
        << expect({{"stName", "FIFTH"},
                   {"stPosTyp", "AVE"},
                   {"floor", "86"},
                   {"unit", "STE 8600"},
                   {"country", "US"}})
        << none << none << 40.749 << -73.9865;
    QTest::newRow("lower case with punctuation")
        << us("742", "evergreen terr.", "springfield,", "il.", "62704") << true
        << expect({{"stName", "EVERGREEN"},
                   {"stPosTyp", "TER"},
                   {"postalCommunity", "SPRINGFIELD"},
                   {"state", "IL"}})
        << none << noDetail << 39.7725 << -89.6889;
    QTest::newRow("north main street apartment 4b")
        << us("123", "North Main Street Apartment 4B", "Seattle", "WA", "98101") << true
        << expect({{"stPreDir", "N"}, {"stName", "MAIN"}, {"stPosTyp", "ST"}, {"unit", "APT 4B"}})
        << none << none << 47.6114 << -122.3305;
    QTest::newRow("pound sign unit, abbreviations with periods")
        << us("500", "N. Main St. #12", "Seattle", "WA", "98101") << true
        << expect({{"stPreDir", "N"}, {"stName", "MAIN"}, {"stPosTyp", "ST"}, {"unit", "# 12"}})
        << none << none << 47.6114 << -122.3305;
    QTest::newRow("zip+4") << us("1", "Microsoft Way", "Redmond", "WA", "98052-6399") << true
                           << expect({{"postalCode", "98052-6399"}}) << none << noDetail << 47.6718
                           << -122.1232;
    QTest::newRow("zip+4 without hyphen")
        << us("1", "Microsoft Way", "Redmond", "WA", "98052 6399") << true
        << expect({{"postalCode", "98052-6399"}}) << none << noDetail << 47.6718 << -122.1232;
    QTest::newRow("queens hyphenated house number")
        << us("107-18", "Queens Blvd", "Forest Hills", "NY", "11375") << true
        << expect({{"addNumber", "107-18"}, {"stName", "QUEENS"}, {"stPosTyp", "BLVD"}}) << none
        << noDetail << 40.7229 << -73.8473;
    QTest::newRow("fractional house number")
        << us("123 1/2", "Main Street", "Seattle", "WA", "98101") << true
        << expect({{"addNumber", "123"}, {"addNumSuf", "1/2"}, {"stName", "MAIN"}}) << none
        << noDetail << 47.6114 << -122.3305;
    QTest::newRow("apostrophe, state name")
        << us("450", "O'Farrell Street", "San Francisco", "California", "94102") << true
        << expect({{"stName", "OFARRELL"}, {"stPosTyp", "ST"}, {"state", "CA"}, {"country", "US"}})
        << none << noDetail << 37.7813 << -122.4167;
    QTest::newRow("accents removed under usps rules")
        << us("1010", "Calle Río Grande", "Española", "NM", "87532") << true
        << expect({{"stName", "CALLE RIO GRANDE"}, {"postalCommunity", "ESPANOLA"}}) << none
        << noDetail << 35.9872 << -106.0717;
    QTest::newRow("state name instead of code")
        << us("1", "Microsoft Way", "Redmond", "Washington", "98052") << true
        << expect({{"state", "WA"}}) << none << noDetail << 47.6718 << -122.1232;

    // --- US territories and freely associated states
    QTest::newRow("puerto rico, street type first")
        << us("63", "Calle Fortaleza", "San Juan", "PR", "00901") << true
        << expect({{"stPreTyp", "CALLE"}, {"stName", "FORTALEZA"}, {"state", "PR"}}) << none
        << noDetail << 18.4 << -66.06;
    QTest::newRow("puerto rico as country") << civic({{"addNumber", "63"},
                                                      {"stName", "Calle Fortaleza"},
                                                      {"postalCommunity", "San Juan"},
                                                      {"postalCode", "00901"},
                                                      {"country", "Puerto Rico"}})
                                            << true << expect({{"state", "PR"}, {"country", "US"}})
                                            << none << noDetail << 18.4 << -66.06;
    QTest::newRow("guam") << us("120", "W O'Brien Drive", "Hagatna", "GU", "96910") << true
                          << expect({{"stPreDir", "W"}, {"stName", "OBRIEN"}, {"stPosTyp", "DR"}})
                          << none << noDetail << 13.47 << 144.74;
    QTest::newRow("us virgin islands")
        << us("5049", "Norre Gade", "St Thomas", "VI", "00802") << true << expect({{"state", "VI"}})
        << none << noDetail << 18.35 << -64.93;
    QTest::newRow("micronesia usps code")
        << us("1", "Main Road", "Pohnpei", "FM", "96941") << true
        << expect({{"state", "FM"}, {"stPosTyp", "RD"}}) << none << noDetail << 6.85 << 158.26;

    // --- Canada: Canada Post conventions, accents kept
    QTest::newRow("toronto") << civic({{"addNumber", "290"},
                                       {"stName", "Bremner Boulevard"},
                                       {"postalCommunity", "Toronto"},
                                       {"state", "Ontario"},
                                       {"postalCode", "m5v 3l9"},
                                       {"country", "Canada"}})
                             << true
                             << expect({{"stName", "BREMNER"},
                                        {"stPosTyp", "BLVD"},
                                        {"state", "ON"},
                                        {"postalCode", "M5V 3L9"},
                                        {"country", "CA"}})
                             << none << noDetail << 43.6525 << -79.3686;
    QTest::newRow("montreal in french") << civic({{"addNumber", "1000"},
                                                  {"stName", "rue De La Gauchetière Ouest"},
                                                  {"postalCommunity", "Montréal"},
                                                  {"state", "Québec"},
                                                  {"postalCode", "H3B 4W5"},
                                                  {"country", "CA"}})
                                        << true
                                        << expect({{"stPreTyp", "RUE"},
                                                   {"stName", "DE LA GAUCHETIÈRE"},
                                                   {"stPosDir", "O"},
                                                   {"postalCommunity", "MONTRÉAL"},
                                                   {"state", "QC"}})
                                        << none << noDetail << 45.5058 << -73.5672;
    QTest::newRow("canadian postal code without space")
        << civic({{"addNumber", "290"},
                  {"stName", "Bremner Blvd"},
                  {"unit", "Suite 200"},
                  {"postalCommunity", "Toronto"},
                  {"state", "ON"},
                  {"postalCode", "M5V3L9"},
                  {"country", "CA"}})
        << true << expect({{"postalCode", "M5V 3L9"}, {"unit", "SUITE 200"}}) << none << none
        << 43.6525 << -79.3686;

    // --- Problems that make an address invalid
    QTest::newRow("zip in the wrong state")
        << us("1", "Microsoft Way", "Redmond", "OR", "98052") << false << expect({})
        << QStringList{QStringLiteral("zip_state_mismatch")} << noDetail << noGeocode << noGeocode;
    QTest::newRow("unknown zip") << us("1", "Main St", "Nowhere", "WA", "99999") << false
                                 << expect({}) << QStringList{QStringLiteral("unknown_postal_code")}
                                 << noDetail << noGeocode << noGeocode;
    QTest::newRow("malformed zip")
        << us("1", "Main St", "Redmond", "WA", "9805") << false << expect({})
        << QStringList{QStringLiteral("invalid_postal_code")} << noDetail << noGeocode << noGeocode;
    QTest::newRow("unknown state code")
        << us("1", "Microsoft Way", "Redmond", "XX", "98052") << false << expect({})
        << QStringList{QStringLiteral("unknown_state")} << noDetail << noGeocode << noGeocode;
    QTest::newRow("house number without digits")
        << us("One", "Microsoft Way", "Redmond", "WA", "98052") << false << expect({})
        << QStringList{QStringLiteral("invalid_house_number")} << noDetail << noGeocode
        << noGeocode;
    const QStringList poBox{QStringLiteral("po_box_not_dispatchable")};
    QTest::newRow("po box") << us("", "PO Box 123", "Redmond", "WA", "98052") << false
                            << expect({{"stName", "PO BOX 123"}}) << poBox << noDetail << noGeocode
                            << noGeocode;
    QTest::newRow("p.o. box") << us("", "P.O. Box 123", "Redmond", "WA", "98052") << false
                              << expect({}) << poBox << noDetail << noGeocode << noGeocode;
    QTest::newRow("p. o. box") << us("", "p. o. box 123", "Redmond", "WA", "98052") << false
                               << expect({}) << poBox << noDetail << noGeocode << noGeocode;
    QTest::newRow("p.o.box") << us("", "P.O.Box 123", "Redmond", "WA", "98052") << false
                             << expect({}) << poBox << noDetail << noGeocode << noGeocode;
    QTest::newRow("post office box")
        << us("", "Post Office Box 123", "Redmond", "WA", "98052") << false << expect({}) << poBox
        << noDetail << noGeocode << noGeocode;
    QTest::newRow("box as street") << us("", "Box 12", "Redmond", "WA", "98052") << false
                                   << expect({}) << poBox << noDetail << noGeocode << noGeocode;
    QTest::newRow("po box in the unit field")
        << civic({{"addNumber", "1"},
                  {"stName", "Microsoft Way"},
                  {"unit", "PO Box 99"},
                  {"postalCommunity", "Redmond"},
                  {"state", "WA"},
                  {"postalCode", "98052"},
                  {"country", "US"}})
        << false << expect({}) << poBox << none << noGeocode << noGeocode;
    QTest::newRow("private mailbox")
        << civic({{"addNumber", "2200"},
                  {"stName", "Main St"},
                  {"unit", "PMB 123"},
                  {"postalCommunity", "Seattle"},
                  {"state", "WA"},
                  {"postalCode", "98101"},
                  {"country", "US"}})
        << false << expect({}) << poBox << none << noGeocode << noGeocode;
    QTest::newRow("box elder drive is a street")
        << us("45", "Box Elder Drive", "Redmond", "WA", "98052") << true
        << expect({{"stName", "BOX ELDER"}, {"stPosTyp", "DR"}}) << none << noDetail << 47.6718
        << -122.1232;
    QTest::newRow("rural route box")
        << us("", "RR 2 Box 152", "Redmond", "WA", "98052") << false << expect({})
        << QStringList{QStringLiteral("rural_route_not_dispatchable")} << noDetail << noGeocode
        << noGeocode;
    const QStringList military{QStringLiteral("military_address_not_dispatchable")};
    QTest::newRow("apo ae") << us("", "Unit 2050 Box 4190", "APO", "AE", "09001") << false
                            << expect({{"state", "AE"}}) << military << noDetail << noGeocode
                            << noGeocode;
    QTest::newRow("fpo ap") << us("", "PSC 455 Box 1", "FPO", "AP", "96540") << false << expect({})
                            << military << noDetail << noGeocode << noGeocode;
    QTest::newRow("military zip with a civilian state")
        << us("12", "Main St", "Springfield", "NY", "09001") << false << expect({}) << military
        << noDetail << noGeocode << noGeocode;
    QTest::newRow("wrong province for the fsa")
        << civic({{"addNumber", "290"},
                  {"stName", "Bremner Blvd"},
                  {"postalCommunity", "Toronto"},
                  {"state", "QC"},
                  {"postalCode", "M5V 3L9"},
                  {"country", "CA"}})
        << false << expect({}) << QStringList{QStringLiteral("postal_code_province_mismatch")}
        << noDetail << noGeocode << noGeocode;
    QTest::newRow("letter canada post never uses")
        << civic({{"addNumber", "290"},
                  {"stName", "Bremner Blvd"},
                  {"postalCommunity", "Toronto"},
                  {"state", "ON"},
                  {"postalCode", "M5V 3O9"},
                  {"country", "CA"}})
        << false << expect({}) << QStringList{QStringLiteral("invalid_postal_code")} << noDetail
        << noGeocode << noGeocode;
    QTest::newRow("unknown province")
        << civic({{"addNumber", "290"},
                  {"stName", "Bremner Blvd"},
                  {"postalCommunity", "Toronto"},
                  {"state", "WA"},
                  {"postalCode", "M5V 3L9"},
                  {"country", "CA"}})
        << false << expect({}) << QStringList{QStringLiteral("unknown_state")} << noDetail
        << noGeocode << noGeocode;
    QTest::newRow("missing required fields")
        << civic({{"stName", "Microsoft Way"}}) << false << expect({{"stName", "MICROSOFT"}})
        << QStringList(5, QStringLiteral("required")) << noDetail << noGeocode << noGeocode;
    QTest::newRow("empty address")
        << CivicAddress() << false << expect({}) << QStringList(6, QStringLiteral("required"))
        << noDetail << noGeocode << noGeocode;
    QTest::newRow("united kingdom")
        << civic({{"addNumber", "10"},
                  {"stName", "Downing Street"},
                  {"postalCommunity", "London"},
                  {"state", "England"},
                  {"postalCode", "SW1A 2AA"},
                  {"country", "GB"}})
        << false << expect({{"country", "GB"}})
        << QStringList{QStringLiteral("unsupported_country")} << noDetail << noGeocode << noGeocode;
    QTest::newRow("mexico by name, no state or zip asked for")
        << civic({{"addNumber", "1"},
                  {"stName", "Paseo de la Reforma"},
                  {"postalCommunity", "Ciudad de Mexico"},
                  {"country", "Mexico"}})
        << false << expect({{"country", "MEXICO"}})
        << QStringList{QStringLiteral("unsupported_country")} << noDetail << noGeocode << noGeocode;
}
