// Reading Dispatchable's side of the Teams comparison; see TeamsComparisonQuery.h.
#include "teams/TeamsComparisonQuery.h"

#include "store/Cache.h"

#include <QCoreApplication>

namespace teamscomparison {
TeamsScriptInput scriptInput(Cache &cache, const QString &tenantId)
{
    TeamsScriptInput input;
    input.tenantId = tenantId;
    input.tenantName = cache.tenantName(tenantId);
    input.addresses = cache.addresses(tenantId);
    input.places = cache.places(tenantId);
    input.elements = cache.networkElements(tenantId);
    if (const auto policy = cache.emergencyPolicy(tenantId))
        input.policy = *policy;
    else
        input.policy.tenantId = tenantId;
    input.appVersion = QCoreApplication::applicationVersion();
    input.generatedAt = QDateTime::currentDateTimeUtc();
    return input;
}

DispatchableTenantState load(Cache &cache, const QString &tenantId)
{
    return DispatchableTenantState{scriptInput(cache, tenantId), cache.numberSummaries(tenantId)};
}
} // namespace teamscomparison
