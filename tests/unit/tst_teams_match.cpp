// The three-way match of Teams addresses and locations with Dispatchable's, row by row:
// matched (with the fields that differ), ambiguous (candidates for the admin to confirm), only
// in Teams, only in Dispatchable.
#include "CivicTestData.h"
#include "teams/TeamsMatch.h"
#include "teams/TeamsTenantSnapshot.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using State = TeamsMatchState;

namespace {
using testdata::civic;
using testdata::place;

EmergencyAddress ours(const QString &id, const CivicAddress &c, const QString &company)
{
    return testdata::address(id, c, company);
}

TeamsCivicAddress theirs(const QString &id, const CivicAddress &c, const QString &company)
{
    TeamsCivicAddress t;
    t.civicAddressId = id;
    t.civic = c;
    t.companyName = company;
    return t;
}

TeamsLocation location(const QString &id, const QString &addressId, const QString &name)
{
    TeamsLocation l;
    l.locationId = id;
    l.civicAddressId = addressId;
    l.name = name;
    return l;
}

struct Fixture
{
    QList<EmergencyAddress> addresses;
    QList<TeamsCivicAddress> teams;
};

Fixture fixture()
{
    Fixture f;
    CivicAddress hq = civic(u"1"_s, u"Microsoft"_s, u"Way"_s, u"Redmond"_s, u"WA"_s, u"98052"_s);
    EmergencyAddress a0 = ours(u"a-hq"_s, hq, u"Contoso"_s);
    a0.geocode = Geocode{QGeoCoordinate(47.63963, -122.13061), GeocodePrecision::Rooftop};
    // Validated form: Teams holds the USPS spelling, Dispatchable also the typed one.
    EmergencyAddress a1 = ours(u"a-mtl"_s,
                               civic(u"1200"_s, u"Sherbrooke"_s, u"Street"_s, u"Montreal"_s,
                                     u"QC"_s, u"H3A 1H6"_s, u"CA"_s),
                               u"Contoso"_s);
    a1.normalized =
        civic(u"1200"_s, u"SHERBROOKE"_s, u"ST"_s, u"MONTREAL"_s, u"QC"_s, u"H3A 1H6"_s, u"CA"_s);
    const CivicAddress nashville =
        civic(u"8"_s, u"City"_s, u"Blvd"_s, u"Nashville"_s, u"TN"_s, u"37209"_s);
    EmergencyAddress a2 = ours(u"a-bna-1"_s, nashville, u"Contoso"_s);
    CivicAddress nashvilleSuite = nashville;
    nashvilleSuite.unit = u"Suite 200"_s; // a floor or suite is no part of the match
    EmergencyAddress a3 = ours(u"a-bna-2"_s, nashvilleSuite, u"Contoso"_s);
    EmergencyAddress a4 =
        ours(u"a-only"_s, civic(u"100"_s, u"Main"_s, u"St"_s, u"Boise"_s, u"ID"_s, u"83702"_s), {});
    f.addresses = {a0, a1, a2, a3, a4};

    TeamsCivicAddress t0 = theirs(u"t-hq"_s, hq, u"contoso"_s);
    t0.latitude = 47.639631;
    t0.longitude = -122.130612;
    TeamsCivicAddress t1 = theirs(
        u"t-mtl"_s,
        civic(u"1200"_s, u"Sherbrooke"_s, u"St"_s, u"Montreal"_s, u"QC"_s, u"H3A 1H6"_s, u"CA"_s),
        u"Contoso, Ltd."_s);
    t1.latitude = 45.5048;
    t1.longitude = -73.5772;
    TeamsCivicAddress t2 = theirs(u"t-bna"_s, nashville, u"Contoso"_s);
    TeamsCivicAddress t3 = theirs(
        u"t-only"_s, civic(u"500"_s, u"Elm"_s, u"St"_s, u"Springfield"_s, u"IL"_s, u"62701"_s),
        u"Contoso"_s);
    f.teams = {t0, t1, t2, t3};
    return f;
}
} // namespace

class TestTeamsMatch : public QObject
{
    Q_OBJECT

private slots:
    void addressesMatchRowByRow();
    void locationsMatchByNameWithinTheirAddress();
    void twoTeamsAddressesForOneOfOursAreAmbiguous();
    void wholeStreetInStreetNameAndStateByNameStillMatch();
    void keptTeamsIdsDecideBeforeTheStreetOrName();
    void houseNumbersTypedWholeAndCityAliasesStillMatch();
    void anAddressWithoutAStreetMatchesByItsIdAlone();
};

void TestTeamsMatch::addressesMatchRowByRow()
{
    const Fixture f = fixture();
    const QList<TeamsMatch> m = matchTeamsAddresses(f.teams, f.addresses);
    QCOMPARE(m.size(), 5);
    // Same street; the company differs only in case, the coordinates by less than a metre.
    QCOMPARE(m.at(0), (TeamsMatch{State::Matched, 0, {0}, {}}));
    // Matched through the validated (USPS) form; Dispatchable has no geocode for it yet.
    QCOMPARE(
        m.at(1),
        (TeamsMatch{State::Matched, 1, {1}, {u"CompanyName"_s, u"Latitude"_s, u"Longitude"_s}}));
    // Two of ours on that street (one with a suite): the admin picks.
    QCOMPARE(m.at(2), (TeamsMatch{State::Ambiguous, 2, {2, 3}, {}}));
    QCOMPARE(m.at(3), (TeamsMatch{State::OnlyInTeams, 3, {}, {}}));
    QCOMPARE(m.at(4), (TeamsMatch{State::OnlyInDispatchable, -1, {4}, {}}));
}

void TestTeamsMatch::locationsMatchByNameWithinTheirAddress()
{
    const Fixture f = fixture();
    const QList<TeamsMatch> addressMatches = matchTeamsAddresses(f.teams, f.addresses);
    const QList<Place> places{
        place(u"p-hq-b2f3"_s, u"a-hq"_s, u"Building 2"_s, u"Floor 3"_s, {}),
        place(u"p-hq-f1"_s, u"a-hq"_s, {}, u"Floor 1"_s, {}),
        place(u"p-mtl"_s, u"a-mtl"_s, {}, {}, u"Suite 403"_s),
        place(u"p-bna"_s, u"a-bna-1"_s, {}, {}, u"Lobby"_s),
        place(u"p-only"_s, u"a-only"_s, {}, u"Floor 2"_s, {}),
    };
    const QList<TeamsLocation> locations{
        location(u"l-default"_s, u"t-hq"_s, {}),
        location(u"l-b2f3"_s, u"t-hq"_s, u"building 2,  floor 3"_s),
        location(u"l-cafe"_s, u"t-hq"_s, u"Cafe"_s),
        location(u"l-mtl"_s, u"t-mtl"_s, u"Suite 403"_s),
        location(u"l-bna"_s, u"t-bna"_s, u"Lobby"_s),
        location(u"l-only"_s, u"t-only"_s, u"Lobby"_s),
    };
    const QList<TeamsMatch> m =
        matchTeamsLocations(locations, places, f.teams, f.addresses, addressMatches);
    QCOMPARE(m.size(), 7);
    // The default location stands for the address: not a row.
    QCOMPARE(m.at(0), (TeamsMatch{State::Matched, 1, {0}, {u"Location"_s}}));
    QCOMPARE(m.at(1), (TeamsMatch{State::OnlyInTeams, 2, {}, {}}));
    QCOMPARE(m.at(2), (TeamsMatch{State::Matched, 3, {2}, {}}));
    // One place by that name, but its address is not confirmed yet.
    QCOMPARE(m.at(3), (TeamsMatch{State::Ambiguous, 4, {3}, {}}));
    QCOMPARE(m.at(4), (TeamsMatch{State::OnlyInTeams, 5, {}, {}}));
    QCOMPARE(m.at(5), (TeamsMatch{State::OnlyInDispatchable, -1, {1}, {}}));
    QCOMPARE(m.at(6), (TeamsMatch{State::OnlyInDispatchable, -1, {4}, {}}));
}

void TestTeamsMatch::twoTeamsAddressesForOneOfOursAreAmbiguous()
{
    const Fixture f = fixture();
    const QList<TeamsCivicAddress> twice{f.teams.at(0), f.teams.at(0)};
    const QList<TeamsMatch> m = matchTeamsAddresses(twice, {f.addresses.at(0)});
    QCOMPARE(m.size(), 2);
    QCOMPARE(m.at(0), (TeamsMatch{State::Ambiguous, 0, {0}, {}}));
    QCOMPARE(m.at(1), (TeamsMatch{State::Ambiguous, 1, {0}, {}}));
}

void TestTeamsMatch::wholeStreetInStreetNameAndStateByNameStillMatch()
{
    // Microsoft's own New-CsOnlineLisCivicAddress example: -StreetName 'Microsoft Way'
    // -StateorProvince Washington, as Get-CsOnlineLisCivicAddress | Export-Csv writes it back.
    const QByteArray csv =
        "\"CivicAddressId\",\"HouseNumber\",\"StreetName\",\"StreetSuffix\",\"City\","
        "\"PostalCode\",\"StateOrProvince\",\"CountryOrRegion\",\"CompanyName\",\"Latitude\","
        "\"Longitude\"\r\n"
        "\"51a8a6e3-dae4-4653-9a99-a6e71c4c24ac\",\"1\",\"Microsoft Way\",\"\",\"Redmond\","
        "\"98052\",\"Washington\",\"US\",\"Contoso\",\"47.63952\",\"-122.12781\"\r\n"
        // The same street split as Dispatchable splits it, in another town: no match.
        "\"a363a9b8-1acd-41de-916a-296c7998a024\",\"1\",\"Microsoft\",\"Way\",\"Bellevue\","
        "\"98004\",\"WA\",\"US\",\"Contoso\",\"\",\"\"\r\n";
    TeamsTenantSnapshot snapshot;
    snapshot.addFile(u"addresses.csv"_s, csv);
    QCOMPARE(snapshot.issues(), QList<TeamsRowIssue>());
    QCOMPARE(snapshot.addresses().size(), 2);
    const Fixture f = fixture();
    const QList<TeamsMatch> m = matchTeamsAddresses(snapshot.addresses(), {f.addresses.at(0)});
    QCOMPARE(m.size(), 2);
    // Matched; neither the state (read as WA) nor the street typed whole is a difference, the
    // other coordinates (Microsoft's example, about 200 m away) are.
    QCOMPARE(m.at(0), (TeamsMatch{State::Matched, 0, {0}, {u"Latitude"_s, u"Longitude"_s}}));
    QCOMPARE(m.at(1), (TeamsMatch{State::OnlyInTeams, 1, {}, {}}));
}

void TestTeamsMatch::keptTeamsIdsDecideBeforeTheStreetOrName()
{
    Fixture f = fixture();
    // The suite was confirmed as Teams's t-bna once: the two on that street are no longer a
    // question, and the other is Dispatchable's alone.
    f.addresses[3].teamsCivicAddressId = u"t-bna"_s;
    // The headquarters keeps an id Teams no longer has: only in Dispatchable, not matched by
    // its street to t-hq.
    f.addresses[0].teamsCivicAddressId = u"t-gone"_s;
    const QList<TeamsMatch> m = matchTeamsAddresses(f.teams, f.addresses);
    QCOMPARE(m.size(), 7);
    QCOMPARE(m.at(0), (TeamsMatch{State::OnlyInTeams, 0, {}, {}}));
    QCOMPARE(m.at(2), (TeamsMatch{State::Matched, 2, {3}, {}}));
    QCOMPARE(m.at(4), (TeamsMatch{State::OnlyInDispatchable, -1, {0}, {}}));
    QCOMPARE(m.at(5), (TeamsMatch{State::OnlyInDispatchable, -1, {2}, {}}));
    QCOMPARE(m.at(6), (TeamsMatch{State::OnlyInDispatchable, -1, {4}, {}}));

    // A place keeps its LocationId: matched though Teams renamed it, which is the difference.
    Place lobby = place(u"p-bna"_s, u"a-bna-2"_s, {}, {}, u"Lobby"_s);
    lobby.teamsLocationId = u"l-bna"_s;
    const QList<TeamsMatch> places = matchTeamsLocations(
        {location(u"l-bna"_s, u"t-bna"_s, u"Front desk"_s)}, {lobby}, f.teams, f.addresses, m);
    QCOMPARE(places, (QList<TeamsMatch>{{State::Matched, 0, {0}, {u"Location"_s}}}));
}

void TestTeamsMatch::houseNumbersTypedWholeAndCityAliasesStillMatch()
{
    // Export-Csv -UseCulture on a German Windows: fields separated by ';'. Teams admins type
    // the suffix into HouseNumber ("425A", "7 1/2") where Dispatchable splits it, and Teams
    // may know a city by an alias (CityAlias) that Dispatchable holds as the city.
    const QByteArray csv =
        "\"CivicAddressId\";\"HouseNumber\";\"HouseNumberSuffix\";\"StreetName\";"
        "\"StreetSuffix\";\"City\";\"CityAlias\";\"PostalCode\";\"StateOrProvince\";"
        "\"CountryOrRegion\";\"CompanyName\"\r\n"
        "\"51a8a6e3-dae4-4653-9a99-a6e71c4c24ac\";\"425A\";\"\";\"Main\";\"St\";"
        "\"Los Angeles\";\"\";\"90028\";\"CA\";\"US\";\"Contoso\"\r\n"
        "\"a363a9b8-1acd-41de-916a-296c7998a024\";\"7 1/2\";\"\";\"Elm\";\"St\";"
        "\"Los Angeles\";\"Hollywood\";\"90028\";\"CA\";\"US\";\"Contoso\"\r\n"
        // Another house on Main Street: the suffix is part of the number.
        "\"0c9b3f1e-2d4a-4b5c-8d6e-7f8091a2b3c4\";\"425\";\"B\";\"Main\";\"St\";"
        "\"Los Angeles\";\"\";\"90028\";\"CA\";\"US\";\"Contoso\"\r\n";
    TeamsTenantSnapshot snapshot;
    snapshot.addFile(u"addresses.csv"_s, csv);
    QCOMPARE(snapshot.issues(), QList<TeamsRowIssue>());
    QCOMPARE(snapshot.addresses().size(), 3);
    QCOMPARE(snapshot.addresses().at(1).cityAlias, u"Hollywood"_s);
    CivicAddress main425a =
        civic(u"425"_s, u"Main"_s, u"St"_s, u"Los Angeles"_s, u"CA"_s, u"90028"_s);
    main425a.addNumSuf = u"A"_s;
    CivicAddress elm = civic(u"7"_s, u"Elm"_s, u"St"_s, u"Hollywood"_s, u"CA"_s, u"90028"_s);
    elm.addNumSuf = u"1/2"_s;
    const QList<EmergencyAddress> addresses{ours(u"a-main"_s, main425a, u"Contoso"_s),
                                            ours(u"a-elm"_s, elm, u"Contoso"_s)};
    const QList<TeamsMatch> m = matchTeamsAddresses(snapshot.addresses(), addresses);
    QCOMPARE(m.size(), 3);
    QCOMPARE(m.at(0), (TeamsMatch{State::Matched, 0, {0}, {}}));
    QCOMPARE(m.at(1), (TeamsMatch{State::Matched, 1, {1}, {}}));
    QCOMPARE(m.at(2), (TeamsMatch{State::OnlyInTeams, 2, {}, {}}));

    // Matched by a kept id, a suffix that differs is a difference in HouseNumber.
    QList<EmergencyAddress> kept = addresses;
    kept[0].teamsCivicAddressId = u"0c9b3f1e-2d4a-4b5c-8d6e-7f8091a2b3c4"_s;
    const QList<TeamsMatch> byId = matchTeamsAddresses(snapshot.addresses(), kept);
    QCOMPARE(byId.at(2), (TeamsMatch{State::Matched, 2, {0}, {u"HouseNumber"_s}}));
}

void TestTeamsMatch::anAddressWithoutAStreetMatchesByItsIdAlone()
{
    // Teams requires only CompanyName and CountryOrRegion: a row without StreetName is read
    // (with a warning), and only a kept CivicAddressId ties it to one of Dispatchable's.
    const QByteArray csv =
        "\"CivicAddressId\",\"HouseNumber\",\"StreetName\",\"City\",\"PostalCode\","
        "\"StateOrProvince\",\"CountryOrRegion\",\"CompanyName\"\r\n"
        "\"51a8a6e3-dae4-4653-9a99-a6e71c4c24ac\",\"\",\"\",\"\",\"\",\"\",\"US\","
        "\"Contoso\"\r\n";
    TeamsTenantSnapshot snapshot;
    snapshot.addFile(u"addresses.csv"_s, csv);
    QCOMPARE(snapshot.addresses().size(), 1);
    QCOMPARE(snapshot.issues().size(), 1);
    QVERIFY(!snapshot.issues().constFirst().skipped);
    QVERIFY(snapshot.issues().constFirst().reason.startsWith(u"No StreetName"_s));
    EmergencyAddress empty = ours(u"a-empty"_s, CivicAddress(), u"Contoso"_s);
    empty.civic.country = u"US"_s;
    QCOMPARE(matchTeamsAddresses(snapshot.addresses(), {empty}),
             (QList<TeamsMatch>{{State::OnlyInTeams, 0, {}, {}},
                                {State::OnlyInDispatchable, -1, {0}, {}}}));
    empty.teamsCivicAddressId = u"51a8a6e3-dae4-4653-9a99-a6e71c4c24ac"_s;
    QCOMPARE(matchTeamsAddresses(snapshot.addresses(), {empty}),
             (QList<TeamsMatch>{{State::Matched, 0, {0}, {}}}));
}

QTEST_GUILESS_MAIN(TestTeamsMatch)
#include "tst_teams_match.moc"
