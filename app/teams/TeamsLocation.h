// One row of `Get-CsOnlineLisLocation | Export-Csv`: a Teams location (a Dispatchable place)
// with its LocationId, the CivicAddressId of its address and its name ("Location", e.g.
// "3rd Floor Cafe"). The address's own columns repeat on each row. Every Teams address has a
// default location with an empty name: it stands for the address itself, not for a place.
#pragma once

#include "domain/CivicAddress.h"
#include "teams/TeamsExportFile.h"
#include "teams/TeamsFieldValues.h"

#include <optional>

struct TeamsLocation
{
    QString locationId;     // lower-case GUID
    QString civicAddressId; // lower-case GUID of its address
    QString name;           // the Location column; empty for the address's default location
    CivicAddress civic;     // the address columns the row repeats
    QString elin;

    bool isDefaultLocation() const { return name.isEmpty(); }

    static std::optional<TeamsLocation> fromRow(const teams::ExportRow &row,
                                                teams::RowReasons &reasons);
};
