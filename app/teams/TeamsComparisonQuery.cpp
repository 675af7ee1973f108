// Reading Dispatchable's side of the Teams comparison; see TeamsComparisonQuery.h.
#include "teams/TeamsComparisonQuery.h"

#include "store/Cache.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
// Every number of the tenant with what the per-number check reads: one query, no JSON.
QList<Did> numbersOf(Cache &cache, const QString &tenantId)
{
    QList<Did> numbers;
    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT number, e911_state, COALESCE(address_id, '') FROM dids"
                             " WHERE tenant_id = ? ORDER BY number"));
    q.addBindValue(tenantId);
    if (!q.exec())
        return numbers;
    while (q.next()) {
        Did d;
        d.tenantId = tenantId;
        d.number = q.value(0).toString();
        d.e911.state = E911State(q.value(1).toInt());
        d.e911.addressId = q.value(2).toString();
        numbers.append(std::move(d));
    }
    return numbers;
}
} // namespace

namespace teamscomparison {
TeamsScriptInput scriptInput(Cache &cache, const QString &tenantId)
{
    TeamsScriptInput input;
    input.tenantId = tenantId;
    for (const Tenant &t : cache.tenants()) {
        if (t.id == tenantId)
            input.tenantName = t.name;
    }
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
    return DispatchableTenantState{scriptInput(cache, tenantId), numbersOf(cache, tenantId)};
}
} // namespace teamscomparison
