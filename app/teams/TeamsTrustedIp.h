// One row of `Get-CsTenantTrustedIPAddress | Export-Csv`: a tenant's trusted IP (a public egress
// address or range; Teams uses dynamic emergency calling only for calls that come from one), as
// Dispatchable keeps it: a network element of kind trusted_ip, "203.0.113.0/24", with no place.
// Columns (Microsoft's reference for New-, Set- and Get-CsTenantTrustedIPAddress): Identity (the
// address, which Set- and Get- take as -Identity), IPAddress (IPv4 or IPv6), MaskBits (0 to 32,
// or 0 to 128; Teams takes 32 or 128 when none is given) and Description.
#pragma once

#include "teams/TeamsExportFile.h"
#include "teams/TeamsFieldValues.h"
#include "teams/TeamsNetworkElement.h"

#include <optional>

namespace teams {

// The element's subnet is the address as Teams holds it (host bits are not cleared: Teams keys
// a trusted IP by its address) in QHostAddress's form, "/", and the mask bits. No location.
std::optional<TeamsNetworkElement> trustedIpFromRow(const ExportRow &row, RowReasons &reasons);

} // namespace teams
