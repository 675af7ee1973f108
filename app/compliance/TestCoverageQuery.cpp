// Reading a tenant's 933 test coverage from the cache.
#include "compliance/TestCoverageQuery.h"

#include "store/Cache.h"

#include <QSqlQuery>

namespace testcoverage {

QList<Did> registeredNumbers(Cache &cache, const QString &tenantId)
{
    QList<Did> numbers;
    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT number, national, user_upn, user_name, address_id FROM dids"
                             " WHERE tenant_id = ? AND e911_state = ? ORDER BY number"));
    q.addBindValue(tenantId);
    q.addBindValue(int(E911State::Registered));
    if (!q.exec())
        return numbers;
    while (q.next()) {
        Did d;
        d.tenantId = tenantId;
        d.number = q.value(0).toString();
        d.nationalFormat = q.value(1).toString();
        if (!q.value(2).isNull())
            d.assignedUser = AssignedUser{q.value(2).toString(), q.value(3).toString()};
        d.e911.state = E911State::Registered;
        d.e911.addressId = q.value(4).toString();
        numbers.append(std::move(d));
    }
    return numbers;
}

TestCoverage load(Cache &cache, const QString &tenantId)
{
    return computeTestCoverage(cache.places(tenantId), registeredNumbers(cache, tenantId),
                               cache.addresses(tenantId), cache.testCalls(tenantId));
}

} // namespace testcoverage
