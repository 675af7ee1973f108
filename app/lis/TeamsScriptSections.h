// The parts of the Teams script, written one after another by teamsScript() (TeamsScript.cpp):
// header, preamble, addresses, places, network map, trusted IPs, policy, closing summary.
// Internal to the Teams script exports (the whole configuration, and the difference).
#pragma once

#include "lis/TeamsScriptInput.h"
#include "lis/TeamsScriptPlan.h"

#include <QString>

namespace teamsscript {

QString header(const TeamsScriptInput &input, const TeamsScriptPlan &plan);
// Strict mode, stop on error, $tenantName / $tenantId, and the stop when the session is signed
// in to another tenant: the start of every script Dispatchable writes, after its param block.
QString tenantGuard(const TeamsScriptInput &input);
QString preamble(const TeamsScriptInput &input, const TeamsScriptPlan &plan);
QString addresses(const TeamsScriptPlan &plan);
QString places(const TeamsScriptPlan &plan);
QString networkMap(const TeamsScriptPlan &plan);
QString trustedIps(const TeamsScriptPlan &plan);
QString policy(const EmergencyPolicy &policy);
QString closing();

// Find-DispatchableCivicAddress @{ Field = value } (the id of a Teams address with the same civic
// fields, or $null) and Find-DispatchableLocation <CivicAddressId> <name> (likewise for a
// location): how a script tells whether what it would create is there already.
QString civicAddressFinder();
QString locationFinder();

// Teams' -NotificationMode value.
QString notificationModeName(NotificationMode mode);

} // namespace teamsscript
