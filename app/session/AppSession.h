// One connection profile at work: the HTTPS client, the offline cache, the sync engine, the
// outbox and its sender, and the models the window shows, wired together. No widgets: the
// window (or a test) takes the models and signals from here. Changes the outbox sent make the
// sync engine fetch a delta, so the cache (and every view) catches up with the server.
#pragma once

#include "api/ApiError.h"
#include "auth/ConnectionProfile.h"
#include "session/StartupStatus.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QObject>
#include <QPair>
#include <QString>

#include <memory>

class Cache;
class DidModel;
class EmergencyCallFeed;
class HttpClient;
class Outbox;
class OutboxSender;
class TenantModel;
class TokenRefresher;
class TokenStore;

class AppSession : public QObject
{
    Q_OBJECT
public:
    // `dataDir` holds the profile's cache.sqlite (created if needed). `apiToken` is sent as the
    // bearer token (API tokens and the demo); sign-in with a device code comes with the wizard.
    AppSession(const ConnectionProfile &profile, const QString &apiToken, const QString &dataDir,
               QObject *parent = nullptr);
    // A signed-in session (OAuth device flow): the bearer token comes from a TokenRefresher on
    // this session's HTTP client, which keeps its refresh token in `tokens` (not owned). Call
    // tokenRefresher()->startSession() or restore() before start().
    AppSession(const ConnectionProfile &profile, TokenStore *tokens, const QString &dataDir,
               QObject *parent = nullptr);
    ~AppSession() override;

    // The usual place of a profile's data: <AppLocalDataLocation>/<profile id>.
    static QString defaultDataDir(const ConnectionProfile &profile);

    // Opens the cache and the outbox; false with a sentence in `error` when the file cannot be
    // used.
    bool open(QString *error);
    // Asks who is signed in, syncs (full the first time, delta afterwards), then every
    // `periodicSyncMs`, and starts sending the outbox.
    void start(int periodicSyncMs = 60000);
    // After signing in again (the refresh token had been refused): asks who we are and syncs
    // now. The cache and the outbox stayed as they were.
    void resume();
    // After a sign-in: start() the first time, resume() once the session has started.
    void startOrResume();

    const ConnectionProfile &profile() const { return m_profile; }
    HttpClient *http() const { return m_http.get(); }
    Cache *cache() const { return m_cache.get(); }
    Outbox *outbox() const { return m_outbox.get(); }
    OutboxSender *outboxSender() const { return m_sender.get(); }
    SyncEngine *syncEngine() const { return m_sync.get(); }
    TenantModel *tenantModel() const { return m_tenants.get(); }
    DidModel *didModel() const { return m_dids.get(); }
    // The live emergency calls of every tenant the user sees (issue 16), made on first use; the
    // desk starts it, so sessions without a desk never open the stream.
    EmergencyCallFeed *emergencyCallFeed();
    // Null for sessions with a fixed API token (the demo, tests).
    TokenRefresher *tokenRefresher() const { return m_refresher.get(); }

    // Who is signed in, from GET /v1/me; empty until it answered.
    QString userEmail() const { return m_userEmail; }
    QString userDisplayName() const { return m_userName; }
    QString role() const { return m_role; } // "staff", "admin" or "auditor"
    bool isRoleKnown() const { return !m_role.isEmpty(); }
    // Auditors read only; an unknown role writes nothing until the backend said who we are.
    bool canWrite() const { return isRoleKnown() && m_role != QLatin1StringView("auditor"); }

    // False after a request could not reach the backend, until one does again.
    bool isOnline() const { return m_online; }
    bool hasCompletedSync() const;
    // Signing in, the first full sync and how far it got, or ready (startupStatusChanged()).
    StartupStatus startupStatus() const;
    // The countries of a tenant's numbers (ISO codes, sorted), for the country filter.
    QStringList countriesOf(const QString &tenantId) const;
    // The first cached number whose E.164 contains `digits`, as (tenant id, E.164); empty
    // when none does. For "jump to number".
    QPair<QString, QString> findNumber(const QString &digits) const;
    QDateTime lastSync() const; // UTC; invalid before the first complete sync

signals:
    void userChanged();
    void onlineChanged(bool online);
    // A sync ended (or failed); lastSync() may have moved.
    void syncSettled();
    void syncFailed(const ApiError &error);
    void meFailed(const ApiError &error);
    void startupStatusChanged();

private:
    void requestMe();
    // A delta sync now, or right after the one running.
    void syncSoon();
    void setOnline(bool online);
    void onChangesApplied(const CacheChangeSet &changes);
    void refreshAfterFullSync();
    void onSyncFinished(bool fullSync);
    void onSyncFailed(const ApiError &error);

    ConnectionProfile m_profile;
    QString m_dataDir;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<TenantModel> m_tenants;
    std::unique_ptr<DidModel> m_dids;
    std::unique_ptr<EmergencyCallFeed> m_emergencyCalls;
    QString m_userEmail;
    QString m_userName;
    QString m_role;
    bool m_started = false; // start() ran: sync and outbox are running
    bool m_online = true;
    bool m_syncAgain = false;     // the outbox asked for a sync while one ran
    qint64 m_fullSyncNumbers = 0; // numbers written by the running (or last) full sync
    // Last member: destroyed first, while the HTTP client it refreshes through still exists.
    std::unique_ptr<TokenRefresher> m_refresher;
};
