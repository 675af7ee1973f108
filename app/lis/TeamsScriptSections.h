// The parts of the Teams script, written one after another by teamsScript() (TeamsScript.cpp):
// header, preamble, addresses, places, network map, trusted IPs, policy, closing summary.
// Internal to the Teams script export.
#pragma once

#include "lis/TeamsScriptInput.h"
#include "lis/TeamsScriptPlan.h"

#include <QString>

namespace teamsscript {

QString header(const TeamsScriptInput &input, const TeamsScriptPlan &plan);
QString preamble(const TeamsScriptInput &input, const TeamsScriptPlan &plan);
QString addresses(const TeamsScriptPlan &plan);
QString places(const TeamsScriptPlan &plan);
QString networkMap(const TeamsScriptPlan &plan);
QString trustedIps(const TeamsScriptPlan &plan);
QString policy(const EmergencyPolicy &policy);
QString closing();

// Teams' -NotificationMode value.
QString notificationModeName(NotificationMode mode);

} // namespace teamsscript
