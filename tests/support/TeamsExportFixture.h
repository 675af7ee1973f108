// One tenant as Teams PowerShell 7 exports it (Export-Csv, every field quoted) and as
// Dispatchable holds it, with differences on purpose: an address with another company name, one
// only in Teams and one only in Dispatchable; a location only in Teams and a place only in
// Dispatchable; a subnet Teams puts elsewhere; a number Teams gives another address. Shared by
// the comparison and difference-script tests, so both read the same files.
#pragma once

#include "teams/TeamsComparison.h"
#include "teams/TeamsTenantSnapshot.h"

#include <QByteArray>
#include <QString>

namespace teamsfixture {

// Teams ids in the files: the Redmond, Nashville and Springfield addresses; the Floor 3, Lobby
// and Suite 200 locations, and Redmond's default location.
extern const QString hqId;
extern const QString bnaId;
extern const QString springId;
extern const QString floor3Id;
extern const QString lobbyId;
extern const QString suiteId;
extern const QString hqDefaultId;

QByteArray addressesCsv(); // Get-CsOnlineLisCivicAddress
QByteArray locationsCsv(); // Get-CsOnlineLisLocation
QByteArray subnetsCsv();   // Get-CsOnlineLisSubnet
QByteArray numbersCsv();   // Get-CsPhoneNumberAssignment
QByteArray policiesCsv();  // Get-CsTeamsEmergencyCallingPolicy
// Get-CsE911OnlineConfiguration (TeamsE911Automation) of the same tenant: the three addresses,
// the three subnets on their locations, and Springfield's default location (users, no element).
QByteArray automationCsv();

NetworkElement subnet(const QString &id, const QString &value, const QString &placeId,
                      const QString &description);
Did number(const QString &e164, E911State state, const QString &addressId);

// Dispatchable's side: addresses a-hq, a-bna, a-boise; places p-f3, p-suite, p-f4; subnets
// n-1..n-3; the policy; four numbers.
DispatchableTenantState ours();
// Every file above, read.
TeamsTenantSnapshot allFiles();

} // namespace teamsfixture
