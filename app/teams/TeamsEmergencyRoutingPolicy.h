// One Teams emergency call routing policy, as `Get-CsTeamsEmergencyCallRoutingPolicy` writes it
// (Direct Routing only). Properties (Microsoft's reference for New-/Set-CsTeamsEmergencyCall-
// RoutingPolicy and New-CsTeamsEmergencyNumber): Identity ("Global" or "Tag:<name>"),
// Description, AllowEnhancedEmergencyServices (True/False: whether Teams adds the caller's
// location to the emergency call), EmergencyNumbers (a list of EmergencyDialString,
// EmergencyDialMask — dial strings that also count, separated by ";" — and OnlinePSTNUsage).
// ConvertTo-Json writes the list's items; Export-Csv writes only the list's type name, so a CSV
// says nothing of the numbers.
#pragma once

#include "teams/TeamsExportFile.h"
#include "teams/TeamsFieldValues.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct TeamsEmergencyNumber
{
    QString dialString;   // "911"
    QStringList dialMask; // other dial strings treated as this one ("9911")
    QString pstnUsage;    // the PSTN usage the call is routed by; empty: none

    friend bool operator==(const TeamsEmergencyNumber &, const TeamsEmergencyNumber &) = default;
};

struct TeamsEmergencyRoutingPolicy
{
    QString identity;
    QString description;
    std::optional<bool> allowEnhancedEmergencyServices; // nullopt: not in the file
    QList<TeamsEmergencyNumber> emergencyNumbers;
    bool emergencyNumbersRead = false; // false: the file did not hold them (Export-Csv)

    // "Tag:Direct Routing US" → "Direct Routing US"; "Global" stays.
    QString name() const;
    // The emergency number a dialled string is routed as (its dial string or one of its mask's);
    // null when the policy does not treat it as an emergency call.
    const TeamsEmergencyNumber *routeFor(QStringView dialled) const;

    static std::optional<TeamsEmergencyRoutingPolicy> fromRow(const teams::ExportRow &row,
                                                              teams::RowReasons &reasons);
};
