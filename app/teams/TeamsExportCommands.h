// The Teams PowerShell commands that write the export files the comparison reads, one file per
// cmdlet, as an admin pastes them into a session opened with Connect-MicrosoftTeams. Shown in
// the comparison window (copyable) and in docs/teams-round-trip.md; not translated, since
// PowerShell reads it.
#pragma once

#include <QString>

namespace teams {
QString exportCommands();
} // namespace teams
