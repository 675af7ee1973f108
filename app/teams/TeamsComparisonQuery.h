// Reading Dispatchable's side of the Teams comparison from the offline cache: the tenant as the
// script export reads it (addresses, places, network map, policy) and its numbers with their
// E911 state and address.
#pragma once

#include "teams/TeamsComparison.h"

class Cache;

namespace teamscomparison {
// What the Teams script is made from, for the tenant as the cache holds it now.
TeamsScriptInput scriptInput(Cache &cache, const QString &tenantId);
DispatchableTenantState load(Cache &cache, const QString &tenantId);
} // namespace teamscomparison
