// One row of `Get-CsOnlineLisSubnet`, `…WirelessAccessPoint`, `…Switch` or `…Port` piped to
// Export-Csv: the element as Dispatchable keeps it (identifiers checked and normalised by the
// rules of lis/NetworkIdentifier.h, the same as every other path in) and the Teams LocationId it
// points at. Columns: Subnet (IPv4 or IPv6 network ID), BSSID (nn-nn-nn-nn-nn-nn, "*" allowed
// in the last one or two characters), ChassisID (MAC or LLDP name), PortID, LocationId,
// Description. `Get-CsTenantTrustedIPAddress` rows are read here too (TeamsTrustedIp.h): an
// element of kind TrustedIp, with no LocationId.
#pragma once

#include "lis/NetworkElement.h"
#include "teams/TeamsExportFile.h"
#include "teams/TeamsFieldValues.h"

#include <optional>

struct TeamsNetworkElement
{
    NetworkElement element; // kind, normalised identifier(s) and description; no ids
    QString locationId;     // lower-case Teams GUID

    // `kind` is the file's: Subnet, WirelessAccessPoint, Switch, Port or TrustedIpAddress.
    static std::optional<TeamsNetworkElement>
    fromRow(teams::ExportKind kind, const teams::ExportRow &row, teams::RowReasons &reasons);
};
