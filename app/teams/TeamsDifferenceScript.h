// The difference script (issue 17): the plan of TeamsDifferencePlan.h as a PowerShell script for
// a Teams admin to review and run. The same start as the script of the whole configuration (a
// byte order mark, the header, the stop when the session is signed in to another tenant) and the
// same quoting (PowerShellQuote.h); then each step, its reason in a comment above it. An object
// the script creates keeps its new Teams id in a variable ($address1, $place1) that the steps
// after it pass on. Running it twice changes nothing more the second time: a create looks for
// the object first, and a Set- sets the same value again.
#pragma once

#include "lis/TeamsScriptInput.h"
#include "teams/TeamsDifferencePlan.h"

#include <QString>

// Step `index` as the script runs it and the preview shows it:
// "New-CsOnlineLisLocation -CivicAddressId $address1 -Location 'Floor 3'".
QString teamsStepCommand(const TeamsDifferencePlan &plan, int index);

// The script's text, starting with a byte order mark: write it as UTF-8 unchanged.
QString teamsDifferenceScript(const TeamsScriptInput &input, const TeamsDifferencePlan &plan);
