// Matching Teams addresses and locations to Dispatchable's; see TeamsMatch.h.
#include "teams/TeamsMatch.h"

#include "import/NumberImportPlan.h"
#include "teams/TeamsAutomationRow.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace {

// Coordinates closer than this (about a metre) are the same point.
constexpr double coordinateTolerance = 1e-5;

bool sameText(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

bool sameCoordinate(std::optional<double> teams, std::optional<double> ours)
{
    if (!teams || !ours)
        return teams.has_value() == ours.has_value();
    return std::abs(*teams - *ours) < coordinateTolerance;
}

QString wholeStreet(const CivicAddress &civic)
{
    QStringList parts{civic.stPreDir, civic.stName, civic.stPosTyp, civic.stPosDir};
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

// The house number and its suffix as one text without spaces or punctuation: Teams admins type
// "425A" or "425 1/2" into HouseNumber where Dispatchable keeps "425" + "A" or "425" + "1/2".
QString wholeHouseNumber(const CivicAddress &civic)
{
    QString whole;
    for (const QChar c : QString(civic.addNumber + civic.addNumSuf))
        if (c.isLetterOrNumber())
            whole.append(c.toUpper());
    return whole;
}

// Fields compared as one text with others (the street's parts, the house number's).
bool isComparedWhole(const QString &cldxfField)
{
    return cldxfField == u"stPreDir" || cldxfField == u"stName" || cldxfField == u"stPosTyp" ||
           cldxfField == u"stPosDir" || cldxfField == u"addNumber" || cldxfField == u"addNumSuf";
}

// The keys a Teams address matches by: its street address, and the same with CityAlias (another
// name of the city, such as a neighbourhood's) for City. None without a street: such an address
// matches by its CivicAddressId alone.
QStringList teamsKeys(const TeamsCivicAddress &t)
{
    if (t.civic.stName.isEmpty())
        return {};
    QStringList keys{teamsStreetKey(t.civic)};
    if (!t.cityAlias.isEmpty()) {
        CivicAddress alias = t.civic;
        alias.postalCommunity = t.cityAlias;
        if (const QString key = teamsStreetKey(alias); key != keys.constFirst())
            keys.append(key);
    }
    return keys;
}

// The Dispatchable form the Teams address matched: the validated one when its key matches.
const CivicAddress &matchedForm(const EmergencyAddress &address, const QStringList &keys)
{
    if (address.normalized && keys.contains(teamsStreetKey(*address.normalized)))
        return *address.normalized;
    return address.civic;
}

QStringList addressDifferences(const TeamsCivicAddress &t, const EmergencyAddress &a)
{
    QStringList differences;
    const CivicAddress &ours = matchedForm(a, teamsKeys(t));
    // The house number and the street are each one text, as the match reads them: "Microsoft
    // Way" in StreetName is no difference from "Microsoft" + "Way", nor "425A" from "425" + "A".
    if (wholeHouseNumber(t.civic) != wholeHouseNumber(ours))
        differences.append(QStringLiteral("HouseNumber"));
    if (!sameText(wholeStreet(t.civic), wholeStreet(ours)))
        differences.append(QStringLiteral("StreetName"));
    for (const auto &[column, field] : TeamsCivicAddress::columnFields()) {
        if (isComparedWhole(QString(field)))
            continue;
        const QString theirs = t.civic.value(QString(field));
        // A city Teams knows by its alias is the same city.
        if (field == QLatin1StringView("postalCommunity") &&
            sameText(t.cityAlias, ours.postalCommunity))
            continue;
        if (!sameText(theirs, ours.value(QString(field))))
            differences.append(QString(column));
    }
    if (!sameText(t.companyName, a.companyName))
        differences.append(QStringLiteral("CompanyName"));
    std::optional<double> latitude;
    std::optional<double> longitude;
    if (a.geocode && a.geocode->coordinate.isValid()) {
        latitude = a.geocode->coordinate.latitude();
        longitude = a.geocode->coordinate.longitude();
    }
    if (!sameCoordinate(t.latitude, latitude))
        differences.append(QStringLiteral("Latitude"));
    if (!sameCoordinate(t.longitude, longitude))
        differences.append(QStringLiteral("Longitude"));
    return differences;
}

// Decides one Teams row from its candidates and how many Teams rows share its key.
TeamsMatch decide(int teamsIndex, const QList<int> &candidates, int teamsSharingKey)
{
    TeamsMatch m;
    m.teams = teamsIndex;
    m.dispatchable = candidates;
    if (candidates.isEmpty())
        m.state = TeamsMatchState::OnlyInTeams;
    else if (candidates.size() == 1 && teamsSharingKey == 1)
        m.state = TeamsMatchState::Matched;
    else
        m.state = TeamsMatchState::Ambiguous;
    return m;
}

// Teams CivicAddressId → the Dispatchable address ids it matched or may match; the Teams ids of
// addresses still to confirm go into `unconfirmed`.
QHash<QString, QStringList> addressIdsOf(const QList<TeamsMatch> &addressMatches,
                                         const QList<TeamsCivicAddress> &teamsAddresses,
                                         const QList<EmergencyAddress> &addresses,
                                         QSet<QString> &unconfirmed)
{
    QHash<QString, QStringList> ourAddressIds;
    for (const TeamsMatch &m : addressMatches) {
        if (m.teams < 0 || m.state == TeamsMatchState::OnlyInTeams)
            continue;
        const QString &teamsId = teamsAddresses.at(m.teams).civicAddressId;
        if (m.state == TeamsMatchState::Ambiguous)
            unconfirmed.insert(teamsId);
        QStringList &ids = ourAddressIds[teamsId];
        for (const int c : m.dispatchable)
            ids.append(addresses.at(c).id);
    }
    return ourAddressIds;
}

void appendOnlyInDispatchable(QList<TeamsMatch> &matches, qsizetype count, const QSet<int> &claimed)
{
    for (int i = 0; i < int(count); ++i)
        if (!claimed.contains(i))
            matches.append(TeamsMatch{TeamsMatchState::OnlyInDispatchable, -1, {i}, {}});
}
} // namespace

QString teamsStreetKey(const CivicAddress &civic)
{
    CivicAddress street = civic;
    street.building.clear();
    street.floor.clear();
    street.unit.clear();
    street.room.clear();
    street.seat.clear();
    street.additionalLocation.clear();
    // Teams admins often type the whole street into StreetName ("Microsoft Way", as Microsoft's
    // own New-CsOnlineLisCivicAddress example does) where Dispatchable splits it into name and
    // type: the street is compared as one text.
    street.stName = wholeStreet(civic);
    street.stPreDir.clear();
    street.stPosTyp.clear();
    street.stPosDir.clear();
    street.addNumber = wholeHouseNumber(civic);
    street.addNumSuf.clear();
    return csvimport::addressKey(street);
}

QList<TeamsMatch> matchTeamsAddresses(const QList<TeamsCivicAddress> &teams,
                                      const QList<EmergencyAddress> &addresses)
{
    // An address that keeps its Teams CivicAddressId matches that row and no other. A row read
    // without Teams ids (TeamsE911Automation) can match any address by its street.
    QHash<QString, int> ourByTeamsId;
    QHash<QString, QList<int>> ourByKey; // as entered and as validated, each address once
    QHash<QString, QList<int>> anyByKey; // the same, with the addresses that keep an id
    for (int i = 0; i < int(addresses.size()); ++i) {
        const EmergencyAddress &a = addresses.at(i);
        const bool keepsId = !a.teamsCivicAddressId.isEmpty();
        if (keepsId)
            ourByTeamsId.insert(a.teamsCivicAddressId, i);
        const QString entered = teamsStreetKey(a.civic);
        QStringList keys{entered};
        if (a.normalized) {
            const QString validated = teamsStreetKey(*a.normalized);
            if (validated != entered)
                keys.append(validated);
        }
        for (const QString &key : std::as_const(keys)) {
            anyByKey[key].append(i);
            if (!keepsId)
                ourByKey[key].append(i);
        }
    }
    QHash<QString, int> teamsPerKey;
    for (const TeamsCivicAddress &t : teams) {
        if (!ourByTeamsId.contains(t.civicAddressId) && !t.civic.stName.isEmpty())
            ++teamsPerKey[teamsStreetKey(t.civic)];
    }

    QList<TeamsMatch> matches;
    QSet<int> claimed;
    for (int i = 0; i < int(teams.size()); ++i) {
        if (const auto kept = ourByTeamsId.constFind(teams.at(i).civicAddressId);
            kept != ourByTeamsId.cend()) {
            claimed.insert(*kept);
            matches.append({TeamsMatchState::Matched,
                            i,
                            {*kept},
                            addressDifferences(teams.at(i), addresses.at(*kept))});
            continue;
        }
        const QStringList keys = teamsKeys(teams.at(i));
        const QHash<QString, QList<int>> &byKey =
            teams::isWithoutTeamsId(teams.at(i).civicAddressId) ? anyByKey : ourByKey;
        QList<int> candidates;
        for (const QString &key : keys)
            for (const int c : byKey.value(key))
                if (!candidates.contains(c))
                    candidates.append(c);
        TeamsMatch m =
            decide(i, candidates, keys.isEmpty() ? 0 : teamsPerKey.value(keys.constFirst()));
        if (m.state == TeamsMatchState::Matched)
            m.differences = addressDifferences(teams.at(i), addresses.at(candidates.first()));
        for (const int c : candidates)
            claimed.insert(c);
        matches.append(m);
    }
    appendOnlyInDispatchable(matches, addresses.size(), claimed);
    return matches;
}

QList<TeamsMatch> matchTeamsLocations(const QList<TeamsLocation> &locations,
                                      const QList<Place> &places,
                                      const QList<TeamsCivicAddress> &teamsAddresses,
                                      const QList<EmergencyAddress> &addresses,
                                      const QList<TeamsMatch> &addressMatches)
{
    QSet<QString> unconfirmed; // Teams addresses still ambiguous: their places are too
    const QHash<QString, QStringList> ourAddressIds =
        addressIdsOf(addressMatches, teamsAddresses, addresses, unconfirmed);
    // A place that keeps its Teams LocationId matches that row and no other; the rest by
    // Dispatchable address id | name key.
    QHash<QString, int> ourByTeamsId;
    QHash<QString, QList<int>> placesByKey;
    QHash<QString, QList<int>> anyByKey; // with the places that keep an id, for rows without
    for (int i = 0; i < int(places.size()); ++i) {
        const QString key =
            places.at(i).addressId + QLatin1Char('|') + placeLabelKey(places.at(i).label());
        anyByKey[key].append(i);
        if (!places.at(i).teamsLocationId.isEmpty())
            ourByTeamsId.insert(places.at(i).teamsLocationId, i);
        else
            placesByKey[key].append(i);
    }
    // Two Teams locations of one address with the same name both stay ambiguous.
    QHash<QString, int> teamsPerKey;
    for (const TeamsLocation &l : locations) {
        if (!ourByTeamsId.contains(l.locationId))
            ++teamsPerKey[l.civicAddressId + QLatin1Char('|') + placeLabelKey(l.name)];
    }

    QList<TeamsMatch> matches;
    QSet<int> claimed;
    for (int i = 0; i < int(locations.size()); ++i) {
        const TeamsLocation &l = locations.at(i);
        if (l.isDefaultLocation())
            continue;
        if (const auto kept = ourByTeamsId.constFind(l.locationId); kept != ourByTeamsId.cend()) {
            claimed.insert(*kept);
            matches.append({TeamsMatchState::Matched, i, {*kept}, {}});
            if (l.name != places.at(*kept).label())
                matches.last().differences.append(QStringLiteral("Location"));
            continue;
        }
        const QHash<QString, QList<int>> &byKey =
            teams::isWithoutTeamsId(l.locationId) ? anyByKey : placesByKey;
        QList<int> candidates;
        for (const QString &addressId : ourAddressIds.value(l.civicAddressId))
            candidates += byKey.value(addressId + QLatin1Char('|') + placeLabelKey(l.name));
        const int sharing =
            teamsPerKey.value(l.civicAddressId + QLatin1Char('|') + placeLabelKey(l.name));
        TeamsMatch m = decide(i, candidates, sharing);
        if (m.state == TeamsMatchState::Matched && unconfirmed.contains(l.civicAddressId))
            m.state = TeamsMatchState::Ambiguous;
        if (m.state == TeamsMatchState::Matched && l.name != places.at(candidates.first()).label())
            m.differences.append(QStringLiteral("Location"));
        for (const int c : candidates)
            claimed.insert(c);
        matches.append(m);
    }
    appendOnlyInDispatchable(matches, places.size(), claimed);
    return matches;
}
