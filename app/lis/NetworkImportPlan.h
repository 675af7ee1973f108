// What applying a checked network map import does, row by row, before anything is sent (the
// dry run): which elements are created, which are already there, which need a new place under
// an address the tenant already has, and every reason a row is refused. Addresses are matched
// by their text as the number import matches them (addressKey); places by building, floor and
// room with case and spacing ignored. Overlapping subnets are warnings, not refusals: the
// server allows them. Pure: the caller passes the tenant's addresses, places and elements.
#pragma once

#include "domain/EmergencyAddress.h"
#include "lis/NetworkCsvImport.h"
#include "lis/NetworkElement.h"
#include "lis/Place.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace csvimport {

enum class NetworkRowAction : quint8 {
    Create,      // a new element in an existing place
    NoChange,    // the same element, place and description are already there
    CreatePlace, // a new element in a new place under an existing address
    Skip,        // the row names no network element (an address-only row)
    Refused,     // see reasons
};

struct PlannedNetworkRow
{
    int record = 0; // 1-based data row, as in the row check
    NetworkRowAction action = NetworkRowAction::Refused;
    NetworkElement element; // what will be sent; placeId set when the place exists
    int newPlace = -1;      // index into NetworkImportPlan::newPlaces for CreatePlace
    QStringList reasons;    // every reason for Refused
    QStringList warnings;   // overlaps and what normalising changed; never block the row
    QString detail;         // where the element goes: "Building 2, Floor 3 — 1 MAIN ST, …"
};

// A place to create first: the rows that need it wait for its id.
struct NewPlace
{
    QString addressId;
    Place place; // building, floor, room as the first row that named it wrote them
    QList<int> records;
};

struct NetworkImportPlan
{
    QList<PlannedNetworkRow> rows;
    QList<NewPlace> newPlaces;

    int count(NetworkRowAction action) const;
    // Elements the apply step sends (Create and CreatePlace).
    int elementsToCreate() const
    {
        return count(NetworkRowAction::Create) + count(NetworkRowAction::CreatePlace);
    }
};

NetworkImportPlan planNetworkImport(const QList<NetworkRowCheck> &checks,
                                    const QList<EmergencyAddress> &addresses,
                                    const QList<Place> &places,
                                    const QList<NetworkElement> &elements);

} // namespace csvimport
