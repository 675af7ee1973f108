// Reading a tenant's 933 test coverage from the cache.
#include "compliance/TestCoverageQuery.h"

#include "store/Cache.h"

namespace testcoverage {

QList<Did> registeredNumbers(Cache &cache, const QString &tenantId)
{
    return cache.numberSummaries(tenantId, E911State::Registered);
}

TestCoverage load(Cache &cache, const QString &tenantId)
{
    return computeTestCoverage(cache.places(tenantId), registeredNumbers(cache, tenantId),
                               cache.addresses(tenantId), cache.testCalls(tenantId));
}

} // namespace testcoverage
