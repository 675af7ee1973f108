// One row of `Get-CsTeamsEmergencyCallingPolicy | Export-Csv`: who is told when someone dials
// 911 (Kari's Law, 47 CFR 9.16(a)(2)). Columns (Microsoft's reference for
// New-/Get-CsTeamsEmergencyCallingPolicy): Identity ("Global" or "Tag:<name>"), Description,
// NotificationGroup (e-mail addresses of users and groups in one string), NotificationDialOutNumber
// (a PSTN number, possibly without "+"), NotificationMode (NotificationOnly, ConferenceMuted,
// ConferenceUnMuted; ConvertTo-Json writes the enum as 0, 1, 2), ExternalLocationLookupMode
// (Disabled, Enabled).
#pragma once

#include "lis/EmergencyPolicy.h"
#include "teams/TeamsExportFile.h"
#include "teams/TeamsFieldValues.h"

#include <optional>

struct TeamsEmergencyPolicy
{
    QString identity;
    QString description;
    QStringList notificationGroup;
    QString notificationDialOutNumber;                // E.164, or empty
    std::optional<NotificationMode> notificationMode; // nullopt: Teams' default applies
    QString externalLocationLookupMode;

    // "Tag:Security desk" → "Security desk"; "Global" stays.
    QString name() const;

    static std::optional<TeamsEmergencyPolicy> fromRow(const teams::ExportRow &row,
                                                       teams::RowReasons &reasons);
};
