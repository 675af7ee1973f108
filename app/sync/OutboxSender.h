// Sends the outbox to the backend, oldest change first and one at a time, and follows accepted
// E911 changes until their provisioning result is final.
//
// Exactly once: an entry is marked `sending` (committed) before it goes out and keeps its
// Idempotency-Key, so after a crash, a kill -9 or a lost network it is sent again with the same
// key and the server replays its first answer instead of applying (and billing) twice.
//
// Answers: 2xx → done (answer kept); 409 idempotency-key-in-flight → again after Retry-After;
// 412 → conflict with both versions kept (or done, when the server's version already is mine:
// the answer to an earlier attempt was lost); other 4xx → failed with the server's words; no
// answer, 5xx, 429 or 401 after HttpClient's own retries → queued again, with a growing backoff.
//
// Provisioning results are followed by reading them here (GET of the number, or the tenant's
// pending / deregistering list for a batch) until final, rather than left to SyncEngine, so an
// entry can say "registered" or "failed" by itself, also after a restart. needsSync(tenantId)
// tells SyncEngine when the server has changed, so the cache catches up with a delta sync.
#pragma once

#include "store/OutboxEntry.h"

#include <QObject>
#include <QSet>
#include <QTimer>

class HttpClient;
class Outbox;
struct HttpResult;

class OutboxSender : public QObject
{
    Q_OBJECT
public:
    enum class Resolution {
        KeepMine,   // send mine again on top of their version (their ETag, a new key)
        KeepTheirs, // drop mine
    };

    // Neither is owned; both must outlive the sender.
    OutboxSender(Outbox &outbox, HttpClient &http, QObject *parent = nullptr);
    ~OutboxSender() override;

    // Starts sending (and following), resuming entries left `sending` by an earlier run.
    void start();
    // Sends nothing new; a request in flight is cancelled and its entry stays queued.
    void stop();
    bool isRunning() const { return m_running; }
    // True while a request of the outbox is on the network.
    bool isSending() const { return m_sendSerial != 0; }

    // Backoff for changes that could not reach the server even after HttpClient's retries:
    // initialMs, doubling per failure up to maxMs, with jitter.
    void setOfflineBackoff(int initialMs, int maxMs);
    // How often provisioning results are read while some are still pending.
    void setFollowInterval(int milliseconds);

    // Resolves a conflict entry. False with a reason when it is not a conflict (any more).
    bool resolveConflict(qint64 entryId, Resolution resolution, QString *error = nullptr);

signals:
    // The server's data changed (a change was applied or a provisioning result arrived): a
    // delta sync brings it into the cache.
    void needsSync(const QString &tenantId);
    // An accepted E911 change reached its final state ("registered", "failed", "basic", or a
    // batch summary); also stored in the entry.
    void provisioningSettled(qint64 entryId, const QString &finalState);
    // Nothing can be sent right now (empty, waiting for a backoff, or blocked by conflicts).
    void idle();

private:
    void schedulePump();
    void pump();
    void send(const OutboxEntry &entry);
    void handle(qint64 id, const HttpResult &result);
    void retryOffline(const OutboxEntry &entry, const HttpResult &result);
    bool alreadyApplied(const OutboxEntry &entry, const QJsonObject &current) const;
    void followNext();
    void followNumber(const OutboxEntry &entry);
    void followBatch(const OutboxEntry &entry);
    void listState(const OutboxEntry &entry, const QString &state, const QString &cursor,
                   QSet<QString> found, std::function<void(bool ok, QSet<QString>)> done);
    void settle(const OutboxEntry &entry, const QString &finalState);

    Outbox &m_outbox;
    HttpClient &m_http;
    bool m_running = false;
    bool m_pumpScheduled = false;
    quint64 m_sendSerial = 0;
    qint64 m_sendingId = 0;
    int m_offlineFailures = 0;
    int m_backoffInitialMs = 1000;
    int m_backoffMaxMs = 60000;
    QTimer m_wake;
    QTimer m_followTimer;
    bool m_following = false; // a follow-up read is on the network
    QObject *m_followContext = nullptr;
};
