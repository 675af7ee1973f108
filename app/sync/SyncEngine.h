// Keeps the offline cache in step with the backend. The first sync takes a change token, pages
// through everything (tenants, each tenant's numbers, addresses, acknowledgements and network
// map, the price list) and stores the token last; later syncs fetch only the changes since the
// token and apply tombstones. An expired token (410) means a full resync, which leaves the Outbox's
// tables alone. A full sync reads several lists at once (FullSyncLists), each page after page.
// Network calls run on this object's thread through HttpClient (asynchronous); decoding and
// SQLite writes run on a SyncWorker thread, each page in one transaction, so a cancel or a crash
// never leaves half a page or a token ahead of its data.
#pragma once

#include "api/ApiError.h"
#include "store/CacheChangeSet.h"
#include "sync/FullSyncLists.h"

#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

class HttpClient;
class SyncWorker;
struct HttpResult;
struct SyncPageResult;

struct SyncProgress
{
    enum class Phase {
        Idle,
        Starting,
        Tenants,
        Numbers,
        Addresses,
        Acknowledgements,
        NetworkMap, // places, network elements, 933 test calls, emergency calling policy
        PriceList,
        Changes,
        Finishing
    };
    Phase phase = Phase::Idle;
    bool fullSync = false;
    qint64 items = 0; // items written so far in this sync
    qint64 bytes = 0; // JSON bytes received so far (decompressed)
    qint64 pages = 0;
    int tenantsDone = 0;
    int tenantsTotal = 0;
};
Q_DECLARE_METATYPE(SyncProgress)

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    // `http` (configured with the backend's URL and credentials) must outlive this object.
    SyncEngine(HttpClient *http, const QString &cachePath, QObject *parent = nullptr);
    ~SyncEngine() override;

    // A delta sync when the cache holds a complete full sync, a full sync otherwise. Does
    // nothing while a sync runs.
    void sync();
    // A full sync even when a delta would do.
    void fullSync();
    // Stops the running sync: requests are aborted, the page being written commits or rolls back
    // whole, and nothing after it is written. A cancelled full sync leaves the cache marked
    // incomplete, so the next sync() is a full one.
    void cancel();
    bool isRunning() const { return m_running; }
    SyncProgress progress() const { return m_progress; }

    // Periodic sync: every `intervalMs`, or every `followIntervalMs` while a number is pending or
    // deregistering, to follow provisioning until it is final. 0 stops it.
    void setPeriodicSync(int intervalMs, int followIntervalMs = 2000);
    bool numbersInFlight() const { return m_numbersInFlight; }
    // The interval the next periodic sync waits, or -1 when periodic sync is off.
    int nextPeriodicInterval() const;

signals:
    void started(bool fullSync);
    void progressChanged(const SyncProgress &progress);
    // After each committed step that changed something the models show.
    void changesApplied(const CacheChangeSet &changes);
    void finished(bool fullSync);
    void failed(const ApiError &error);
    void cancelled();

private:
    void start(bool full);
    void requestChangeToken();
    void beginFullSync(const QString &token);
    void requestPages();
    void requestPage(const FullSyncLists::Walk &walk);
    void onListPage(quint64 walkId, const HttpResult &result);
    bool takeNextCursor(const HttpResult &result, QJsonDocument *page, QString *next);
    void writePage(const FullSyncLists::List &list, const QJsonDocument &page,
                   const QByteArray &body, const QString &next);
    void onPageWritten(const FullSyncLists::List &list, bool lastPage,
                       const SyncPageResult &written);
    void onTenantsWritten(const SyncPageResult &result);
    void listDone(const FullSyncLists::List &list);
    void finishFullSync();
    void requestChanges();
    void onChangesPage(const HttpResult &result);
    void onWritten(const SyncPageResult &result);
    void fail(const ApiError &error);
    void stop();
    void retireContext();
    void schedulePeriodic();
    bool isCurrent(quint64 run) const { return m_running && run == m_run; }
    bool workerBusy() const;

    HttpClient *m_http;
    std::unique_ptr<SyncWorker> m_worker;
    QPointer<QObject> m_context; // this run's callbacks; deleting it aborts them
    quint64 m_run = 0;
    // Set when the run stops, so worker jobs queued for it write nothing.
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    bool m_running = false;
    bool m_fullSync = false;
    SyncProgress m_progress;

    // Full sync.
    QString m_fullSyncToken;
    qint64 m_generation = 0;
    FullSyncLists m_lists;
    int m_requestsInFlight = 0;
    int m_jobsInFlight = 0; // pages handed to the worker and not yet written

    // Delta sync.
    bool m_requestPending = false;
    QString m_deltaToken;
    bool m_deltaMore = false;

    QTimer m_periodic;
    int m_intervalMs = 0;
    int m_followIntervalMs = 2000;
    bool m_numbersInFlight = false;
};
