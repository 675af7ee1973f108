// A tenant's 933 test coverage straight from the offline cache: its places, its E911-registered
// numbers (one query), its addresses and its test calls, judged by computeTestCoverage. Shared
// by the checklist, the kiosk dashboard and the compliance report, so all three count alike.
#pragma once

#include "lis/TestCoverage.h"

#include <QString>

class Cache;

namespace testcoverage {

// The tenant's registered numbers with what the checklist shows of them (number, national
// format, user, address); the other Did fields are left at their defaults.
QList<Did> registeredNumbers(Cache &cache, const QString &tenantId);

TestCoverage load(Cache &cache, const QString &tenantId);

} // namespace testcoverage
