// The three-way view of one tenant (issue 17): what Teams holds (from the admin's export files)
// beside what Dispatchable holds, object by object: only in Teams, only in Dispatchable, in both
// but different (which Teams columns), in both and equal, or not yet decided (several
// candidates: the admin confirms one). For addresses, places, each kind of network element, the
// trusted IPs, the emergency calling policy's notification settings and each number's emergency
// location. A kind
// whose export file the admin did not give is left out rather than shown as "only in
// Dispatchable". Pure data: the dialog, the script and the tests read the same rows.
#pragma once

#include "domain/Did.h"
#include "lis/TeamsScriptInput.h"
#include "teams/TeamsTenantSnapshot.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

enum class TeamsObjectKind : quint8 {
    Address,
    Place,
    Subnet,
    AccessPoint,
    Switch,
    Port,
    TrustedIp,
    Policy,
    Routing, // the emergency call routing policies, checked against what E911 needs
    Number,
};

enum class TeamsSide : quint8 { OnlyInTeams, OnlyInDispatchable, Different, Equal, Ambiguous };

struct TeamsComparisonRow
{
    TeamsObjectKind kind = TeamsObjectKind::Address;
    TeamsSide side = TeamsSide::Equal;
    QString label;           // what the admin reads: an address line, a place, an identifier
    QString teamsId;         // CivicAddressId, LocationId or the identifier Teams keys it by
    QString dispatchableId;  // the address, place or element id; the number; empty when none
    QStringList differences; // Different: the Teams columns whose values differ
    QStringList candidates;  // Ambiguous: the Dispatchable ids it may be
    QString note;            // one more fact in words, e.g. what Teams gives a number

    friend bool operator==(const TeamsComparisonRow &, const TeamsComparisonRow &) = default;
};

// Dispatchable's side: the tenant as the script export reads it, and its numbers.
struct DispatchableTenantState
{
    TeamsScriptInput map; // addresses, places, network elements, policy
    QList<Did> numbers;
};

// Rows by kind in the order above; within a kind, Teams rows in file order, then what is only
// in Dispatchable.
QList<TeamsComparisonRow> compareWithTeams(const TeamsTenantSnapshot &teams,
                                           const DispatchableTenantState &ours);
// Teams CivicAddressId → the Dispatchable addresses it matched, or its candidates while the
// match is still to confirm (what the comparison judges each number's Teams location by).
QHash<QString, QStringList> addressesOfCivicAddress(const TeamsTenantSnapshot &teams,
                                                    const QList<EmergencyAddress> &addresses);

// "Address", "Place", "Subnet", …, translated, for the view's tabs.
QString teamsObjectKindName(TeamsObjectKind kind);
// What Teams shows of an element, and what its comparison row's teamsId is: a subnet without
// the mask the reader gave it, a trusted IP its address alone, other kinds their whole
// identifier.
QString teamsElementIdentifier(const NetworkElement &e);
// The comparison's kind for a network element's; none for a kind the comparison has no tab for.
std::optional<TeamsObjectKind> teamsObjectKindOf(NetworkElementKind kind);

// "Only in Teams", …, translated.
QString teamsSideName(TeamsSide side);
