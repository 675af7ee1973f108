// The Teams script export: a tenant's emergency configuration as a PowerShell script that a
// Teams admin reviews and runs in a Connect-MicrosoftTeams session. It creates the emergency
// addresses and places Teams lacks, sets the network map (subnets, wireless access points,
// switches, ports) and trusted IPs where they differ, and sets the emergency calling policy's
// notification group (Kari's Law). It looks everything up first, so running it twice changes
// nothing the second time, and it removes nothing. Every value from Dispatchable goes in as a
// single-quoted literal (PowerShellQuote.h); variable and function names are the script's own.
// The cmdlets and parameters used, with Microsoft's pages: docs/teams-script.md.
#pragma once

#include "lis/TeamsScriptInput.h"

#include <QString>

// The script's text. It starts with a byte order mark (U+FEFF): write it as UTF-8 unchanged,
// so that Windows PowerShell 5.1, which reads a file without one in the ANSI code page, sees
// the same characters (and so the same quotes) as the reviewer did.
QString teamsScript(const TeamsScriptInput &input);

// The name of the emergency calling policy the script creates or updates.
QString teamsScriptPolicyName();
