// The three-way view of a tenant; see TeamsComparison.h.
#include "teams/TeamsComparison.h"

#include "domain/AddressLine.h"
#include "lis/NetworkIdentifier.h"
#include "lis/TeamsScript.h"
#include "teams/TeamsMatch.h"
#include "teams/TeamsNumberCheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsComparison)
};

using teams::ExportKind;

TeamsSide sideOf(const TeamsMatch &m)
{
    switch (m.state) {
    case TeamsMatchState::Matched:
        return m.differences.isEmpty() ? TeamsSide::Equal : TeamsSide::Different;
    case TeamsMatchState::Ambiguous:
        return TeamsSide::Ambiguous;
    case TeamsMatchState::OnlyInTeams:
        return TeamsSide::OnlyInTeams;
    case TeamsMatchState::OnlyInDispatchable:
        return TeamsSide::OnlyInDispatchable;
    }
    return TeamsSide::Equal;
}

// One row from a match: `ourId(i)` names Dispatchable's object i.
template <typename OurId>
TeamsComparisonRow rowOf(TeamsObjectKind kind, const TeamsMatch &m, const QString &label,
                         const QString &teamsId, OurId ourId)
{
    TeamsComparisonRow row{kind, sideOf(m), label, teamsId, {}, m.differences, {}, {}};
    if (m.state == TeamsMatchState::Ambiguous) {
        for (const int c : m.dispatchable)
            row.candidates.append(ourId(c));
    } else if (!m.dispatchable.isEmpty()) {
        row.dispatchableId = ourId(m.dispatchable.constFirst());
    }
    return row;
}

// The TeamsE911Automation export lists an address or location only when a network element or a
// user is on it: what it lacks may well be in Teams, so nothing is shown as only in Dispatchable.
QList<TeamsMatch> listed(const QList<TeamsMatch> &matches, const TeamsTenantSnapshot &teams,
                         ExportKind kind)
{
    if (teams.hasRead(kind))
        return matches;
    QList<TeamsMatch> inTeams;
    std::copy_if(
        matches.cbegin(), matches.cend(), std::back_inserter(inTeams),
        [](const TeamsMatch &m) { return m.state != TeamsMatchState::OnlyInDispatchable; });
    return inTeams;
}

void appendAddressRows(QList<TeamsComparisonRow> &rows, const QList<TeamsMatch> &matches,
                       const TeamsTenantSnapshot &teams, const QList<EmergencyAddress> &ours)
{
    for (const TeamsMatch &m : matches) {
        const bool inTeams = m.teams >= 0;
        const QString label = inTeams ? civicAddressLine(teams.addresses().at(m.teams).civic)
                                      : emergencyAddressLine(ours.at(m.dispatchable.first()));
        rows.append(rowOf(TeamsObjectKind::Address, m, label,
                          inTeams ? teams.addresses().at(m.teams).civicAddressId : QString(),
                          [&ours](int i) { return ours.at(i).id; }));
    }
}

// "Floor 3 · 1 MICROSOFT WAY, REDMOND WA": a place is read with its address.
QString placeLabel(const QString &name, const QString &addressLine)
{
    return addressLine.isEmpty() ? name : Text::tr("%1 · %2").arg(name, addressLine);
}

void appendPlaceRows(QList<TeamsComparisonRow> &rows, const QList<TeamsMatch> &matches,
                     const TeamsTenantSnapshot &teams, const TeamsScriptInput &ours)
{
    QHash<QString, QString> ourAddressLines;
    for (const EmergencyAddress &a : ours.addresses)
        ourAddressLines.insert(a.id, emergencyAddressLine(a));
    for (const TeamsMatch &m : matches) {
        QString label;
        QString teamsId;
        if (m.teams >= 0) {
            const TeamsLocation &l = teams.locations().at(m.teams);
            label = placeLabel(l.name, civicAddressLine(l.civic));
            teamsId = l.locationId;
        } else {
            const Place &p = ours.places.at(m.dispatchable.first());
            label = placeLabel(p.label(), ourAddressLines.value(p.addressId));
        }
        rows.append(rowOf(TeamsObjectKind::Place, m, label, teamsId,
                          [&ours](int i) { return ours.places.at(i).id; }));
    }
}

// Teams LocationId → the Dispatchable places it matched (one) or may match (still to confirm),
// for the network map's links.
QHash<QString, QStringList> placesOfLocation(const QList<TeamsMatch> &matches,
                                             const TeamsTenantSnapshot &teams,
                                             const QList<Place> &places)
{
    QHash<QString, QStringList> placeIds;
    for (const TeamsMatch &m : matches) {
        if (m.state != TeamsMatchState::Matched && m.state != TeamsMatchState::Ambiguous)
            continue;
        QStringList &ids = placeIds[teams.locations().at(m.teams).locationId];
        for (const int c : m.dispatchable)
            ids.append(places.at(c).id);
    }
    return placeIds;
}

// The same for addresses: Teams CivicAddressId → Dispatchable address ids.
QHash<QString, QStringList> addressesOfCivicAddressMatches(const QList<TeamsMatch> &matches,
                                                           const TeamsTenantSnapshot &teams,
                                                           const QList<EmergencyAddress> &addresses)
{
    QHash<QString, QStringList> addressIds;
    for (const TeamsMatch &m : matches) {
        if (m.state != TeamsMatchState::Matched && m.state != TeamsMatchState::Ambiguous)
            continue;
        QStringList &ids = addressIds[teams.addresses().at(m.teams).civicAddressId];
        for (const int c : m.dispatchable)
            ids.append(addresses.at(c).id);
    }
    return addressIds;
}
} // namespace

namespace {
struct ElementKinds
{
    NetworkElementKind element;
    TeamsObjectKind object;
    ExportKind file;
};

constexpr ElementKinds elementKinds[] = {
    {NetworkElementKind::Subnet, TeamsObjectKind::Subnet, ExportKind::Subnet},
    {NetworkElementKind::AccessPoint, TeamsObjectKind::AccessPoint,
     ExportKind::WirelessAccessPoint},
    {NetworkElementKind::Switch, TeamsObjectKind::Switch, ExportKind::Switch},
    {NetworkElementKind::Port, TeamsObjectKind::Port, ExportKind::Port},
    {NetworkElementKind::TrustedIp, TeamsObjectKind::TrustedIp, ExportKind::TrustedIpAddress},
};

// Keyed by an address alone: a subnet by its network ID (Teams keeps no mask: "10.10.10.128" in
// Teams is Dispatchable's "10.10.10.128/25"), a trusted IP by its IPAddress (its Identity in
// Teams; the mask bits are a value of it). Other kinds compare their whole identifier.
bool keyedByAddress(const NetworkElement &e)
{
    return e.kind == NetworkElementKind::Subnet || e.kind == NetworkElementKind::TrustedIp;
}

QString matchKey(const NetworkElement &e)
{
    const QString identifier = e.identifier().toUpper();
    return keyedByAddress(e) ? identifier.section(QLatin1Char('/'), 0, 0) : identifier;
}

// What the admin reads: a trusted IP with its mask bits, which Teams keeps.
QString teamsLabel(const NetworkElement &e)
{
    return e.kind == NetworkElementKind::TrustedIp ? e.subnet : teamsElementIdentifier(e);
}

// A location still to confirm that may be the element's place is no difference. A trusted IP has
// no place; its mask bits are its own.
QStringList elementDifferences(const TeamsNetworkElement &t, const NetworkElement &ours,
                               const QHash<QString, QStringList> &placesOf)
{
    QStringList differences;
    if (t.element.kind == NetworkElementKind::TrustedIp) {
        const std::optional<lis::IpNetwork> ourNetwork = lis::parseIpNetwork(ours.subnet);
        if (!ourNetwork || t.element.subnet.section(u'/', 1).toInt() != ourNetwork->prefix)
            differences.append(QStringLiteral("MaskBits"));
    } else if (!placesOf.value(t.locationId).contains(ours.placeId)) {
        differences.append(QStringLiteral("LocationId"));
    }
    if (t.element.description.trimmed() != ours.description.trimmed())
        differences.append(QStringLiteral("Description"));
    return differences;
}

// One kind of network element, matched by its normalised identifier.
void appendElementRows(QList<TeamsComparisonRow> &rows, const ElementKinds &kinds,
                       const TeamsTenantSnapshot &teams, const QList<NetworkElement> &ours,
                       const QHash<QString, QStringList> &placesOf)
{
    QHash<QString, int> ourByIdentifier;
    for (int i = 0; i < int(ours.size()); ++i) {
        if (ours.at(i).kind == kinds.element)
            ourByIdentifier.insert(matchKey(ours.at(i)), i);
    }
    QSet<int> claimed;
    for (const TeamsNetworkElement &t : teams.networkElements()) {
        if (t.element.kind != kinds.element)
            continue;
        TeamsComparisonRow row{kinds.object,
                               TeamsSide::OnlyInTeams,
                               teamsLabel(t.element),
                               teamsElementIdentifier(t.element),
                               {},
                               {},
                               {},
                               {}};
        const auto found = ourByIdentifier.constFind(matchKey(t.element));
        if (found != ourByIdentifier.cend()) {
            claimed.insert(*found);
            row.dispatchableId = ours.at(*found).id;
            row.differences = elementDifferences(t, ours.at(*found), placesOf);
            row.side = row.differences.isEmpty() ? TeamsSide::Equal : TeamsSide::Different;
        }
        rows.append(row);
    }
    for (int i = 0; i < int(ours.size()); ++i) {
        if (ours.at(i).kind == kinds.element && !claimed.contains(i))
            rows.append({kinds.object,
                         TeamsSide::OnlyInDispatchable,
                         ours.at(i).identifier(),
                         {},
                         ours.at(i).id,
                         {},
                         {},
                         {}});
    }
}

QStringList policyDifferences(const TeamsEmergencyPolicy &t, const EmergencyPolicy &ours)
{
    QStringList differences;
    QSet<QString> theirs;
    QSet<QString> mine;
    for (const QString &entry : t.notificationGroup)
        theirs.insert(entry.trimmed().toLower());
    for (const QString &entry : ours.notificationGroup)
        mine.insert(entry.trimmed().toLower());
    if (theirs != mine)
        differences.append(QStringLiteral("NotificationGroup"));
    if (t.notificationDialOutNumber != ours.notificationDialOutNumber)
        differences.append(QStringLiteral("NotificationDialOutNumber"));
    // Teams's default mode is a notification only.
    if (t.notificationMode.value_or(NotificationMode::NotificationOnly) != ours.notificationMode)
        differences.append(QStringLiteral("NotificationMode"));
    return differences;
}

// The one policy Dispatchable manages, by the name its script gives it.
void appendPolicyRow(QList<TeamsComparisonRow> &rows, const TeamsTenantSnapshot &teams,
                     const EmergencyPolicy &ours)
{
    const QString name = teamsScriptPolicyName();
    TeamsComparisonRow row{
        TeamsObjectKind::Policy, TeamsSide::OnlyInDispatchable, name, {}, name, {}, {}, {}};
    for (const TeamsEmergencyPolicy &t : teams.policies()) {
        if (t.name().compare(name, Qt::CaseInsensitive) != 0)
            continue;
        row.teamsId = t.identity;
        row.differences = policyDifferences(t, ours);
        row.side = row.differences.isEmpty() ? TeamsSide::Equal : TeamsSide::Different;
    }
    rows.append(row);
}

// Each routing policy against what E911 over Direct Routing needs: enhanced emergency services
// on (else Teams sends no location), and 911 routed to a PSTN usage. A missing 933 is a note:
// the provider's test service may use another number.
void appendRoutingRows(QList<TeamsComparisonRow> &rows, const TeamsTenantSnapshot &teams)
{
    for (const TeamsEmergencyRoutingPolicy &p : teams.routingPolicies()) {
        TeamsComparisonRow row{
            TeamsObjectKind::Routing, TeamsSide::Equal, p.name(), p.identity, {}, {}, {}, {}};
        QStringList notes;
        if (p.allowEnhancedEmergencyServices != true) {
            row.differences.append(QStringLiteral("AllowEnhancedEmergencyServices"));
            notes.append(Text::tr("Enhanced emergency services are off: Teams sends no location "
                                  "with the emergency calls of the users this policy covers."));
        }
        const TeamsEmergencyNumber *route911 = p.routeFor(u"911");
        if (!p.emergencyNumbersRead) {
            notes.append(Text::tr("The emergency numbers were not in the file: export the policy "
                                  "with ConvertTo-Json -Depth 3 to check them."));
        } else if (!route911) {
            row.differences.append(QStringLiteral("EmergencyNumbers"));
            notes.append(Text::tr("911 is not one of its emergency numbers."));
        } else if (route911->pstnUsage.isEmpty()) {
            row.differences.append(QStringLiteral("OnlinePSTNUsage"));
            notes.append(Text::tr("911 has no PSTN usage to route it by."));
        }
        if (p.emergencyNumbersRead && !p.routeFor(u"933"))
            notes.append(Text::tr("933 is not routed as an emergency number: test calls need "
                                  "the test number of the 911 provider."));
        row.side = row.differences.isEmpty() ? TeamsSide::Equal : TeamsSide::Different;
        row.note = notes.join(QLatin1Char(' '));
        rows.append(row);
    }
}

TeamsSide sideOf(const TeamsNumberCheck &check)
{
    switch (check.state) {
    case TeamsNumberLocation::Agrees:
    case TeamsNumberLocation::NoneInTeams:
        return TeamsSide::Equal;
    case TeamsNumberLocation::Differs:
    case TeamsNumberLocation::TeamsOnly:
        return TeamsSide::Different;
    case TeamsNumberLocation::NotInTeams:
        return TeamsSide::OnlyInDispatchable;
    }
    return TeamsSide::Equal;
}

void appendNumberRows(QList<TeamsComparisonRow> &rows, const TeamsTenantSnapshot &teams,
                      const QList<Did> &ours, const QHash<QString, QStringList> &addressesOf)
{
    QHash<QString, QString> teamsLines;
    for (const TeamsCivicAddress &a : teams.addresses())
        teamsLines.insert(a.civicAddressId, civicAddressLine(a.civic));
    QSet<QString> ourNumbers;
    for (const Did &did : ours) {
        ourNumbers.insert(did.number);
        const TeamsNumberCheck check = checkTeamsNumber(did, teams, addressesOf);
        TeamsComparisonRow row{TeamsObjectKind::Number,
                               sideOf(check),
                               did.number,
                               check.teamsCivicAddressId,
                               did.number,
                               {},
                               {},
                               {}};
        if (row.side == TeamsSide::Different)
            row.differences.append(QStringLiteral("LocationId"));
        if (check.state != TeamsNumberLocation::NotInTeams)
            row.note = teamsNumberSentence(check, teamsLines.value(check.teamsCivicAddressId));
        rows.append(row);
    }
    for (const TeamsNumberAssignment &a : teams.numbers()) {
        if (!ourNumbers.contains(a.e164))
            rows.append({TeamsObjectKind::Number,
                         TeamsSide::OnlyInTeams,
                         a.e164,
                         a.civicAddressId,
                         {},
                         {},
                         {},
                         {}});
    }
}
} // namespace

QList<TeamsComparisonRow> compareWithTeams(const TeamsTenantSnapshot &teams,
                                           const DispatchableTenantState &ours)
{
    const TeamsScriptInput &map = ours.map;
    const QList<TeamsMatch> addressMatches = matchTeamsAddresses(teams.addresses(), map.addresses);
    const QList<TeamsMatch> placeMatches = matchTeamsLocations(
        teams.locations(), map.places, teams.addresses(), map.addresses, addressMatches);
    QList<TeamsComparisonRow> rows;
    if (teams.covers(ExportKind::CivicAddress))
        appendAddressRows(rows, listed(addressMatches, teams, ExportKind::CivicAddress), teams,
                          map.addresses);
    if (teams.covers(ExportKind::Location))
        appendPlaceRows(rows, listed(placeMatches, teams, ExportKind::Location), teams, map);
    const QHash<QString, QStringList> placesOf = placesOfLocation(placeMatches, teams, map.places);
    for (const ElementKinds &kinds : elementKinds) {
        if (teams.covers(kinds.file))
            appendElementRows(rows, kinds, teams, map.elements, placesOf);
    }
    if (teams.hasRead(ExportKind::EmergencyCallingPolicy))
        appendPolicyRow(rows, teams, map.policy);
    if (teams.hasRead(ExportKind::EmergencyCallRoutingPolicy))
        appendRoutingRows(rows, teams);
    if (teams.hasRead(ExportKind::NumberAssignment))
        appendNumberRows(rows, teams, ours.numbers,
                         addressesOfCivicAddressMatches(addressMatches, teams, map.addresses));
    return rows;
}

QHash<QString, QStringList> addressesOfCivicAddress(const TeamsTenantSnapshot &teams,
                                                    const QList<EmergencyAddress> &addresses)
{
    return addressesOfCivicAddressMatches(matchTeamsAddresses(teams.addresses(), addresses), teams,
                                          addresses);
}

QString teamsObjectKindName(TeamsObjectKind kind)
{
    switch (kind) {
    case TeamsObjectKind::Address:
        return Text::tr("Addresses");
    case TeamsObjectKind::Place:
        return Text::tr("Places");
    case TeamsObjectKind::Subnet:
        return Text::tr("Subnets");
    case TeamsObjectKind::AccessPoint:
        return Text::tr("Wireless access points");
    case TeamsObjectKind::Switch:
        return Text::tr("Switches");
    case TeamsObjectKind::Port:
        return Text::tr("Switch ports");
    case TeamsObjectKind::TrustedIp:
        return Text::tr("Trusted IPs");
    case TeamsObjectKind::Policy:
        return Text::tr("Notification");
    case TeamsObjectKind::Routing:
        return Text::tr("Emergency routing");
    case TeamsObjectKind::Number:
        return Text::tr("Numbers");
    }
    return {};
}

QString teamsElementIdentifier(const NetworkElement &e)
{
    return keyedByAddress(e) ? e.subnet.section(QLatin1Char('/'), 0, 0) : e.identifier();
}

std::optional<TeamsObjectKind> teamsObjectKindOf(NetworkElementKind kind)
{
    for (const ElementKinds &kinds : elementKinds) {
        if (kinds.element == kind)
            return kinds.object;
    }
    return std::nullopt;
}

QString teamsSideName(TeamsSide side)
{
    switch (side) {
    case TeamsSide::OnlyInTeams:
        return Text::tr("Only in Teams");
    case TeamsSide::OnlyInDispatchable:
        return Text::tr("Only in Dispatchable");
    case TeamsSide::Different:
        return Text::tr("In both, different");
    case TeamsSide::Equal:
        return Text::tr("In both, equal");
    case TeamsSide::Ambiguous:
        return Text::tr("To confirm");
    }
    return {};
}
