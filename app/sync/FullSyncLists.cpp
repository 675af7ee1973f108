#include "FullSyncLists.h"

#include "sync/SyncPageWriter.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace {
using Kind = SyncPageWriter::ListKind;

constexpr std::pair<Kind, const char *> tenantLists[] = {
    {Kind::Dids, "/dids"},
    {Kind::Addresses, "/addresses"},
    {Kind::Acknowledgements, "/acknowledgements"},
    {Kind::Places, "/places"},
    {Kind::NetworkElements, "/network-elements"},
    {Kind::TestCalls, "/test-calls"},
    {Kind::EmergencyPolicy, "/emergency-policy"},
    {Kind::EmergencyCalls, "/emergency-calls"},
    {Kind::TeamsNumberLocations, "/teams-number-locations"},
};
} // namespace

void FullSyncLists::start()
{
    clear();
    m_queue.push_back({int(Kind::Tenants), QStringLiteral("/v1/tenants"), QString()});
    m_queue.push_back({priceList, QStringLiteral("/v1/price-list"), QString()});
}

void FullSyncLists::addTenant(const QString &tenantId)
{
    const QString base = QStringLiteral("/v1/tenants/") + tenantId;
    for (const auto &[kind, suffix] : tenantLists)
        m_queue.push_back({int(kind), base + QLatin1StringView(suffix), tenantId});
    m_listsLeft.insert(tenantId, int(std::size(tenantLists)));
}

void FullSyncLists::clear()
{
    m_queue.clear();
    m_open.clear();
    m_listsLeft.clear();
}

std::optional<FullSyncLists::Walk> FullSyncLists::takeRequest(int maxOpen)
{
    // Lists already under way go first: finishing a list frees its place for the next one, and
    // a tenant's numbers appear in order.
    for (Walk &walk : m_open) {
        if (!walk.requested) {
            walk.requested = true;
            return walk;
        }
    }
    if (m_queue.empty() || openCount() >= maxOpen)
        return std::nullopt;
    Walk walk;
    walk.id = ++m_nextId;
    walk.list = std::move(m_queue.front());
    walk.requested = true;
    m_queue.pop_front();
    m_open.push_back(walk);
    return walk;
}

const FullSyncLists::Walk *FullSyncLists::walk(quint64 id) const
{
    const auto it =
        std::find_if(m_open.begin(), m_open.end(), [id](const Walk &w) { return w.id == id; });
    return it == m_open.end() ? nullptr : &*it;
}

void FullSyncLists::pageReceived(quint64 id, const QString &nextCursor)
{
    const auto it =
        std::find_if(m_open.begin(), m_open.end(), [id](const Walk &w) { return w.id == id; });
    if (it == m_open.end())
        return;
    if (nextCursor.isEmpty()) {
        m_open.erase(it);
        return;
    }
    it->cursor = nextCursor;
    it->requested = false;
}

bool FullSyncLists::listDone(const QString &tenantId)
{
    const auto it = m_listsLeft.find(tenantId);
    if (it == m_listsLeft.end())
        return false;
    if (--*it > 0)
        return false;
    m_listsLeft.erase(it);
    return true;
}
