// One row of the TeamsE911Automation export (Microsoft's sample module:
// `Get-CsE911OnlineConfiguration | Export-Csv`): an address, one of its locations and at most one
// network element on it, in the columns CompanyName, CompanyTaxId, Description, Location, Address,
// City, StateOrProvince, PostalCode, CountryOrRegion, Latitude, Longitude, ELIN,
// NetworkDescription, NetworkObjectType (Subnet, WirelessAccessPoint, Switch, Port or Unknown),
// NetworkObjectIdentifier (a port as "ChassisID;PortID"), SkipMapsLookup, EntryHash and Warning
// ("ORPHANED" for what Teams holds without its address or location). An empty Location is the
// address's default location.
//
// The export holds no Teams ids: Address is the street in one text, HouseNumber first
// ("425 N Main St"), and the rows can match Dispatchable's only by street and place name. The
// snapshot gives the addresses and locations it builds from them ids of its own
// (withoutTeamsId()), which the script, the id keeping and the adoption never send to Teams or
// the backend.
#pragma once

#include "lis/NetworkElement.h"
#include "teams/TeamsCivicAddress.h"
#include "teams/TeamsExportFile.h"
#include "teams/TeamsFieldValues.h"

#include <QString>

#include <optional>

struct TeamsAutomationRow
{
    TeamsCivicAddress address; // no civicAddressId or defaultLocationId: the export has none
    QString location;          // the place's name; empty for the address's default location
    QString elin;
    std::optional<NetworkElement> element; // none for NetworkObjectType Unknown

    // nullopt when the row cannot be read whole, and for a row the export marks ORPHANED (what
    // Teams holds without its address or location: nothing here to match it to); reasons say
    // why, and what was left out of a usable row.
    static std::optional<TeamsAutomationRow> fromRow(const teams::ExportRow &row,
                                                     teams::RowReasons &reasons);
};

namespace teams {

// "425 A N Main St" → house number 425, suffix A, then the street split as the address paste
// parser splits it (streetwords::splitStreet): N, Main, St. A suffix is a fraction, or one
// letter that is no directional and not followed by the street type alone ("1250 H St NW" is H
// Street); a line not starting with a digit is all street. `french`: Quebec's street words.
CivicAddress civicFromStreetLine(const QString &line, bool french = false);

// The ids the snapshot gives what the TeamsE911Automation export holds, from what tells the
// object apart (`key`), so a new export of the same tenant gives the same ids in any row order:
// "automation:address:1f3a…". Never a GUID, so never taken for a Teams id.
QString withoutTeamsId(QStringView what, const QString &key);
bool isWithoutTeamsId(const QString &id);

} // namespace teams
