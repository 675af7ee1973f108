// One row of `Get-CsPhoneNumberAssignment | Export-Csv`: a Teams phone number and the
// emergency location Teams gives it. Columns and values (Microsoft's reference): TelephoneNumber
// ("+14025551234", Direct Routing also "+12065551000;ext=524"), NumberType (DirectRouting,
// CallingPlan, OperatorConnect), ActivationState (Activated, AssignmentPending,
// AssignmentFailed, UpdatePending, UpdateFailed), AssignedPstnTargetId (the user's or resource
// account's ObjectId), PstnAssignmentStatus, CivicAddressId and LocationId (the all-zero GUID
// for none), IsoCountryCode, City, LocationUpdateSupported (True/False), Capability (a list:
// Export-Csv writes its type name, ConvertTo-Json the items).
#pragma once

#include "teams/TeamsExportFile.h"
#include "teams/TeamsFieldValues.h"

#include <optional>

struct TeamsNumberAssignment
{
    QString telephoneNumber; // as Teams wrote it
    QString e164;            // the number without its extension, checked by libphonenumber
    QString extension;       // Direct Routing ";ext=" digits; empty when none
    QString numberType;
    QString activationState;
    QString assignedPstnTargetId;
    QString pstnAssignmentStatus;
    QString civicAddressId; // lower-case GUID; empty when Teams gives the number no address
    QString locationId;     // lower-case GUID; empty when Teams gives the number no location
    QString isoCountryCode;
    std::optional<bool> locationUpdateSupported;

    static std::optional<TeamsNumberAssignment> fromRow(const teams::ExportRow &row,
                                                        teams::RowReasons &reasons);
};
