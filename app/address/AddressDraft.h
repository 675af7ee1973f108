// What the address editor edits: the civic address, the company name, the location note and
// the pin the admin placed by hand. It becomes the body of POST or PUT …/addresses.
#pragma once

#include "domain/CivicAddress.h"
#include "domain/EmergencyAddress.h"

#include <QGeoCoordinate>
#include <QJsonObject>
#include <QString>

struct AddressDraft
{
    QString companyName;
    CivicAddress civic;
    QString locationNote;
    // The admin's own coordinate for the building (the pin moved on the map); invalid for none.
    // Sent as "geocode", which the backend stores with precision user_override.
    QGeoCoordinate pinOverride;
    // Teams's CivicAddressId, carried through an edit so the address stays matched to Teams.
    QString teamsCivicAddressId;

    friend bool operator==(const AddressDraft &, const AddressDraft &) = default;

    // The address as stored: what was entered, and a user_override geocode kept as the pin.
    static AddressDraft fromAddress(const EmergencyAddress &address);
    // {"civic", "companyName"?, "locationNote"?, "geocode"?, "teamsCivicAddressId"?} as
    // docs/api.md describes the body. Left out, the Teams id stays as stored (docs/api.md).
    QJsonObject toRequestBody() const;
    // Each value trimmed, inner runs of spaces collapsed: what the admin meant.
    AddressDraft tidied() const;
};
