// The lists a full sync reads (the tenants, each tenant's seven lists, the price list) and which
// of them are being walked. A list is walked one page at a time, since each page names the next
// one's cursor; different lists are walked side by side, so the full sync is not one long chain
// of round trips. Pure bookkeeping: SyncEngine sends the requests and writes the pages.
#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <optional>
#include <vector>

class FullSyncLists
{
public:
    // SyncPageWriter::ListKind, or priceList.
    static constexpr int priceList = -1;

    struct List
    {
        int kind = 0;
        QString path;
        QString tenantId; // empty for the tenants list and the price list
    };

    // One list being read: the page asked for (or to be asked for) next.
    struct Walk
    {
        quint64 id = 0;
        List list;
        QString cursor;         // empty: the first page
        bool requested = false; // its request is out
    };

    // Forgets everything and queues the tenants list and the price list.
    void start();
    // Queues the tenant's seven lists (numbers first, the emergency calling policy last).
    void addTenant(const QString &tenantId);
    void clear();

    // The walk whose next page to ask for now, marked requested: first a started list whose
    // previous page has arrived, else the next queued list while fewer than `maxOpen` are open.
    std::optional<Walk> takeRequest(int maxOpen);
    // The open walk `id`.
    const Walk *walk(quint64 id) const;
    // Walk `id`'s page arrived naming `nextCursor`; empty closes the walk (its last page).
    void pageReceived(quint64 id, const QString &nextCursor);
    // A tenant's list has been read and written whole; true when it was the tenant's last.
    bool listDone(const QString &tenantId);
    // Nothing queued and nothing open.
    bool allRead() const { return m_queue.empty() && m_open.empty(); }
    int openCount() const { return int(m_open.size()); }

private:
    std::deque<List> m_queue;
    std::vector<Walk> m_open;
    QHash<QString, int> m_listsLeft; // per tenant
    quint64 m_nextId = 0;
};
