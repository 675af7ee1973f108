#include "teams/TeamsExportCommands.h"

namespace teams {
QString exportCommands()
{
    // -NoTypeInformation and -Encoding UTF8 make Windows PowerShell 5.1 write what PowerShell 7
    // writes by default (the reader takes both). Get-CsPhoneNumberAssignment returns at most
    // 1,000 numbers per call, so the numbers are read page by page.
    return QStringLiteral(
        "# In a Teams PowerShell session: Connect-MicrosoftTeams\n"
        "$csv = @{ NoTypeInformation = $true; Encoding = 'UTF8' }\n"
        "Get-CsOnlineLisCivicAddress | Export-Csv @csv -Path teams-civic-addresses.csv\n"
        "Get-CsOnlineLisLocation | Export-Csv @csv -Path teams-locations.csv\n"
        "Get-CsOnlineLisSubnet | Export-Csv @csv -Path teams-subnets.csv\n"
        "Get-CsOnlineLisWirelessAccessPoint | Export-Csv @csv -Path teams-access-points.csv\n"
        "Get-CsOnlineLisSwitch | Export-Csv @csv -Path teams-switches.csv\n"
        "Get-CsOnlineLisPort | Export-Csv @csv -Path teams-ports.csv\n"
        "Get-CsTenantTrustedIPAddress | Export-Csv @csv -Path teams-trusted-ips.csv\n"
        "Get-CsTeamsEmergencyCallingPolicy | Export-Csv @csv -Path teams-emergency-policies.csv\n"
        "# The routing policies' emergency numbers are a list, which only JSON keeps.\n"
        "Get-CsTeamsEmergencyCallRoutingPolicy | ConvertTo-Json -Depth 3 |\n"
        "    Out-File -Encoding utf8 teams-emergency-routing.json\n"
        "$numbers = @(); $skip = 0\n"
        "do {\n"
        "    $page = @(Get-CsPhoneNumberAssignment -Top 1000 -Skip $skip)\n"
        "    $numbers += $page; $skip += 1000\n"
        "} while ($page.Count -eq 1000)\n"
        "$numbers | Export-Csv @csv -Path teams-numbers.csv\n"
        "# With Microsoft's TeamsE911Automation module, its export can stand in for the\n"
        "# address, location and network files above (compared without Teams ids):\n"
        "# Get-CsE911OnlineConfiguration | Export-Csv @csv -Path teams-e911-automation.csv\n");
}
} // namespace teams
