// Overlap and wildcard detection over a tenant's network map.
#include "lis/SubnetOverlap.h"

#include "lis/NetworkIdentifier.h"

#include <QHash>

#include <algorithm>

namespace lis {

namespace {
struct Entry
{
    IpNetwork network;
    IpNetwork end;       // last address
    qsizetype index = 0; // into the input, for ids and stable order
};

bool before(const IpNetwork &a, const IpNetwork &b)
{
    return a.high != b.high ? a.high < b.high : a.low < b.low;
}
} // namespace

QList<SubnetOverlap> findSubnetOverlaps(const QList<NetworkElement> &elements,
                                        NetworkElementKind kind)
{
    std::vector<Entry> entries;
    entries.reserve(size_t(elements.size()));
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (elements.at(i).kind != kind)
            continue;
        if (const std::optional<IpNetwork> network = parseIpNetwork(elements.at(i).subnet))
            entries.push_back({*network, network->last(), i});
    }
    // By family, then start address, then wider first: a range's containers come before it.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.network.v6 != b.network.v6)
            return !a.network.v6;
        if (before(a.network, b.network) || before(b.network, a.network))
            return before(a.network, b.network);
        if (a.network.prefix != b.network.prefix)
            return a.network.prefix < b.network.prefix;
        return a.index < b.index;
    });
    QList<SubnetOverlap> overlaps;
    // The ranges still open at the current start; each contains the next one on the stack.
    std::vector<const Entry *> open;
    for (const Entry &entry : entries) {
        while (!open.empty() && (open.back()->network.v6 != entry.network.v6 ||
                                 before(open.back()->end, entry.network)))
            open.pop_back();
        for (const Entry *outer : open) {
            const NetworkElement &o = elements.at(outer->index);
            const NetworkElement &in = elements.at(entry.index);
            overlaps.append({o.id, o.subnet, in.id, in.subnet, outer->network == entry.network});
        }
        open.push_back(&entry);
    }
    return overlaps;
}

QList<WildcardConflict> findWildcardConflicts(const QList<NetworkElement> &elements)
{
    // A wildcard is its BSSID up to the "*"; whatever starts with that text is inside it. Only
    // two prefix lengths exist ("AA-BB-CC-DD-EE-F*" and "AA-BB-CC-DD-EE-*").
    QMultiHash<QString, qsizetype> wildcardsByPrefix;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const NetworkElement &e = elements.at(i);
        if (e.kind == NetworkElementKind::AccessPoint && isWildcardBssid(e.bssid))
            wildcardsByPrefix.insert(e.bssid.chopped(1), i);
    }
    QList<WildcardConflict> conflicts;
    if (wildcardsByPrefix.isEmpty())
        return conflicts;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const NetworkElement &e = elements.at(i);
        if (e.kind != NetworkElementKind::AccessPoint)
            continue;
        for (const qsizetype length : {16, 15}) {
            if (e.bssid.size() <= length)
                continue;
            const auto range = wildcardsByPrefix.equal_range(e.bssid.left(length));
            for (auto it = range.first; it != range.second; ++it) {
                const NetworkElement &w = elements.at(*it);
                if (bssidCovers(w.bssid, e.bssid))
                    conflicts.append({w.id, w.bssid, e.id, e.bssid});
            }
        }
    }
    return conflicts;
}

} // namespace lis
