// Which subnets of a tenant's network map overlap, and which BSSIDs sit inside a wildcard.
// Overlapping subnets are allowed (the server stores them), but the narrower one wins in Teams'
// lookup only if the admin meant it; a BSSID inside a wildcard Teams rejects outright. Both are
// reported as pairs, fast enough for 10,000 elements per tenant.
#pragma once

#include "lis/NetworkElement.h"

#include <QList>
#include <QString>

namespace lis {

// Two CIDR ranges either nest or are apart, so an overlap is always one inside the other.
struct SubnetOverlap
{
    QString outerId; // the wider subnet (for two equal ones, the first in the input)
    QString outer;
    QString innerId;
    QString inner;

    bool identical = false; // the same network, however it was written
    friend bool operator==(const SubnetOverlap &, const SubnetOverlap &) = default;
};

// Every overlapping pair among the elements of `kind` (subnets by default; trusted IPs on
// request), IPv4 and IPv6 each on their own. Sorting makes it O(n log n) plus the pairs found;
// subnets that do not parse are left out (the identifier check reports them).
QList<SubnetOverlap> findSubnetOverlaps(const QList<NetworkElement> &elements,
                                        NetworkElementKind kind = NetworkElementKind::Subnet);

struct WildcardConflict
{
    QString wildcardId;
    QString wildcard; // "AA-BB-CC-DD-EE-*"
    QString coveredId;
    QString covered; // a BSSID or a narrower wildcard it covers

    friend bool operator==(const WildcardConflict &, const WildcardConflict &) = default;
};

// Every access point whose BSSID a wildcard of another access point covers. Expects
// normalised BSSIDs (checkBssid); O(n).
QList<WildcardConflict> findWildcardConflicts(const QList<NetworkElement> &elements);

} // namespace lis
