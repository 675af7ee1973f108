// The place an emergency call came from, as far as the location Teams sent names it: Teams puts
// the name of its location (Dispatchable's place label, "Building 2, Floor 3") in
// location.displayName. The place is found among the tenant's by that name, and the address
// Teams sent with it is judged against the place's address on file, by the same rule as a
// number's registration (LocationVerdict). A place whose last call differs is one Teams holds at
// another address than Dispatchable: its network elements send callers to the wrong door.
#pragma once

#include "EmergencyCallEvent.h"
#include "LocationVerdict.h"

#include <QJsonObject>
#include <QString>

#include <optional>

class ServerDatabase;

struct CallPlace
{
    QString placeId;
    QString label;       // the place's label on file
    QString addressId;   // its address when the call was judged
    QString addressEtag; // that address's ETag then: an edit since makes the verdict stale
    LocationVerdict verdict;

    // {placeId, label, addressId, addressEtag, verdict, differences, distanceMeters?}
    QJsonObject toJson() const;
};

// Of the tenant's places with the name Teams sent: the one at the address sent, else the only
// one, else the one at the caller's registered address (`registeredAddressId`; a person calls
// from their own building most often). Nullopt when Teams sent no name, no place has it, or
// which one is meant cannot be told.
std::optional<CallPlace> findCallPlace(ServerDatabase &db, const QString &tenantId,
                                       const SentLocation &sent,
                                       const QString &registeredAddressId);
