// Adopting what is only in Teams (issue 17), before anything is sent: the dry run. For each row
// of the comparison the admin chose (addresses, places, subnets, access points, switches, ports
// and trusted IPs that only Teams holds) what adopting creates in Dispatchable, or why it cannot:
// an address without a street or outside the US and Canada, a place whose address is neither in
// Dispatchable nor chosen too, an element whose place is not. A place waits for its address and
// an element for its place when both are adopted in the same run. What is created keeps its
// Teams id (CivicAddressId, LocationId), so comparing again shows it equal and the difference
// script names it by id. Nothing is chosen for the admin: a missing parent is a reason, not an
// extra row. Pure data: the dialog, the run and the tests read the same rows.
#pragma once

#include "address/AddressDraft.h"
#include "lis/NetworkElement.h"
#include "lis/Place.h"
#include "teams/TeamsComparison.h"
#include "teams/TeamsTenantSnapshot.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

enum class TeamsAdoptAction : quint8 {
    Create,      // its address or place is in Dispatchable already: sent at once
    CreateAfter, // waits for the address or place adopted in the same run (`after`)
    Refused,     // see reasons; nothing is sent for it
};

struct TeamsAdoption
{
    TeamsObjectKind kind = TeamsObjectKind::Address;
    QString teamsId; // the comparison row's: CivicAddressId, LocationId or the identifier
    QString label;
    TeamsAdoptAction action = TeamsAdoptAction::Refused;
    // CreateAfter: the Teams id (CivicAddressId of a place's address, LocationId of an
    // element's place) of the row this one waits for.
    QString after;
    // Where it goes: a place's address line, an element's place; empty when unknown.
    QString parentLabel;
    QStringList reasons;  // Refused: every reason, in words
    QStringList warnings; // what the admin should know; never block the row
    // What is sent, by kind. A place's addressId and an element's placeId are empty while they
    // wait: the run fills them with the id the server gives the parent.
    AddressDraft address;
    Place place;
    NetworkElement element;

    bool isSent() const { return action != TeamsAdoptAction::Refused; }

    friend bool operator==(const TeamsAdoption &, const TeamsAdoption &) = default;
};

// Only-in-Teams rows of the kinds Dispatchable can create from an export.
bool isTeamsAdoptable(const TeamsComparisonRow &row);

// `chosen`: the rows the admin picked (others are ignored). `rows`: the whole comparison, for
// the parents already matched. `confirmed`: an ambiguous row's Teams id → the candidate the
// admin chose (TeamsComparisonWindow). Addresses first, then places, then elements, each in
// the order chosen.
QList<TeamsAdoption> planTeamsAdoption(const QList<TeamsComparisonRow> &chosen,
                                       const QList<TeamsComparisonRow> &rows,
                                       const TeamsTenantSnapshot &teams,
                                       const QHash<QString, QString> &confirmed);

// A Teams location's name as Dispatchable's building, floor and room, so that Place::label()
// gives the name back unchanged: the parts between ", " go where their words say ("Building
// 2", "Floor 3", "Room 301", "Suite", "Wing"…) when that keeps their order, otherwise in order;
// a single part that names none of them is a room or wing; beyond three parts the rest stay
// together as the room. None when the label would not give the name back exactly (parts not
// separated by ", ", an empty part, spaces around the name) or a field would exceed the
// contract's 60 characters: the caller refuses it.
std::optional<Place> placeFromTeamsName(const QString &name);
