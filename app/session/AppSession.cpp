#include "session/AppSession.h"

#include "api/HttpClient.h"
#include "auth/TokenRefresher.h"
#include "calls/EmergencyCallFeed.h"
#include "domain/PriceList.h"
#include "models/DidModel.h"
#include "models/TenantModel.h"
#include "platform/PrivateDirectory.h"
#include "store/Cache.h"
#include "store/Outbox.h"
#include "sync/OutboxSender.h"

#include <QDir>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>

AppSession::AppSession(const ConnectionProfile &profile, const QString &apiToken,
                       const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_dataDir(dataDir)
    , m_http(std::make_unique<HttpClient>())
{
    m_http->setBaseUrl(profile.backendUrl);
    m_http->setPinnedFingerprint(profile.certificateSha256);
    m_http->setHttp2Allowed(profile.http2Enabled);
    m_http->setBearerToken(apiToken);
}

AppSession::AppSession(const ConnectionProfile &profile, TokenStore *tokens, const QString &dataDir,
                       QObject *parent)
    : AppSession(profile, QString(), dataDir, parent)
{
    m_refresher = std::make_unique<TokenRefresher>(m_http.get(), tokens, profile.id);
    m_http->setAccessTokenSource(m_refresher.get());
}

AppSession::~AppSession()
{
    // The sender and the sync engine call into the HTTP client and the outbox: stop them first.
    if (m_sender)
        m_sender->stop();
    if (m_sync)
        m_sync->cancel();
    m_emergencyCalls.reset();
    m_sender.reset();
    m_sync.reset();
    m_dids.reset();
    m_tenants.reset();
    m_http->setAccessTokenSource(nullptr);
    m_refresher.reset();
}

QString AppSession::defaultDataDir(const ConnectionProfile &profile)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(profile.id);
}

bool AppSession::open(QString *error)
{
    if (!platform::ensurePrivateDirectory(m_dataDir, platform::ExistingFolder::Narrow, error))
        return false;
    const QString path = QDir(m_dataDir).filePath(QStringLiteral("cache.sqlite"));
    m_cache = std::make_unique<Cache>(path);
    if (!m_cache->open()) {
        *error = tr("The offline cache %1 could not be opened: %2").arg(path, m_cache->lastError());
        return false;
    }
    m_outbox = std::make_unique<Outbox>();
    QString outboxError;
    if (!m_outbox->open(path, &outboxError)) {
        *error = tr("The outbox in %1 could not be opened: %2").arg(path, outboxError);
        return false;
    }
    m_sync = std::make_unique<SyncEngine>(m_http.get(), path);
    m_sender = std::make_unique<OutboxSender>(*m_outbox, *m_http);
    m_tenants = std::make_unique<TenantModel>(m_cache.get());
    m_dids = std::make_unique<DidModel>(m_cache.get());
    m_tenants->reload();

    connect(m_sync.get(), &SyncEngine::changesApplied, this, &AppSession::onChangesApplied);
    connect(m_sync.get(), &SyncEngine::started, this, [this](bool fullSync) {
        if (fullSync)
            m_fullSyncNumbers = 0;
        emit startupStatusChanged();
    });
    connect(m_sync.get(), &SyncEngine::progressChanged, this, &AppSession::startupStatusChanged);
    connect(m_sync.get(), &SyncEngine::finished, this, &AppSession::onSyncFinished);
    connect(m_sync.get(), &SyncEngine::failed, this, &AppSession::onSyncFailed);
    connect(m_sync.get(), &SyncEngine::cancelled, this, &AppSession::syncSettled);
    // The server changed because of an edit of ours: bring the cache up to date.
    connect(m_sender.get(), &OutboxSender::needsSync, this, &AppSession::syncSoon);
    return true;
}

void AppSession::start(int periodicSyncMs)
{
    m_started = true;
    requestMe();
    m_sync->sync();
    m_sync->setPeriodicSync(periodicSyncMs);
    m_sender->start();
}

void AppSession::resume()
{
    requestMe();
    syncSoon();
}

void AppSession::syncSoon()
{
    if (m_sync->isRunning())
        m_syncAgain = true;
    else
        m_sync->sync();
}

EmergencyCallFeed *AppSession::emergencyCallFeed()
{
    if (!m_emergencyCalls) {
        m_emergencyCalls = std::make_unique<EmergencyCallFeed>(*m_http);
        // A call's verdict flags its number in the table at once, not at the next periodic
        // sync: the delta brings the call into the cache.
        connect(m_emergencyCalls.get(), &EmergencyCallFeed::callChanged, this, [this] {
            if (m_started)
                syncSoon();
        });
    }
    return m_emergencyCalls.get();
}

void AppSession::startOrResume()
{
    if (m_started)
        resume();
    else
        start();
}

StartupStatus AppSession::startupStatus() const
{
    StartupStatus status;
    if (hasCompletedSync()) {
        status.stage = StartupStatus::Stage::Ready;
        return status;
    }
    if (!m_sync || !m_sync->isRunning()) {
        status.stage = StartupStatus::Stage::Stopped;
        return status;
    }
    // Until the first list page arrives the backend is still being asked who we are.
    const SyncProgress progress = m_sync->progress();
    if (!progress.fullSync || progress.pages == 0)
        return status;
    status.stage = StartupStatus::Stage::FirstSync;
    status.tenantsDone = progress.tenantsDone;
    status.tenantsTotal = progress.tenantsTotal;
    status.numbers = m_fullSyncNumbers;
    return status;
}

bool AppSession::hasCompletedSync() const
{
    return m_cache && m_cache->syncState().fullSyncComplete;
}

QStringList AppSession::countriesOf(const QString &tenantId) const
{
    QStringList countries;
    if (!m_cache)
        return countries;
    QSqlQuery query(m_cache->database());
    query.prepare(
        QStringLiteral("SELECT DISTINCT country FROM dids WHERE tenant_id = ? ORDER BY country"));
    query.addBindValue(tenantId);
    if (query.exec()) {
        while (query.next())
            countries.append(query.value(0).toString());
    }
    return countries;
}

QPair<QString, QString> AppSession::findNumber(const QString &digits) const
{
    if (!m_cache || digits.isEmpty())
        return {};
    QSqlQuery query(m_cache->database());
    query.prepare(QStringLiteral("SELECT tenant_id, number FROM dids WHERE number LIKE ? "
                                 "ORDER BY number LIMIT 1"));
    query.addBindValue(QString(QLatin1Char('%') + digits + QLatin1Char('%')));
    if (!query.exec() || !query.next())
        return {};
    return {query.value(0).toString(), query.value(1).toString()};
}

QDateTime AppSession::lastSync() const
{
    return m_cache ? m_cache->syncState().lastSync : QDateTime();
}

void AppSession::requestMe()
{
    m_http->get(QStringLiteral("/v1/me"), {}, this, [this](const HttpResult &result) {
        if (!result.ok()) {
            if (result.status == 0 && !result.error->isCertificateError())
                setOnline(false);
            emit meFailed(*result.error);
            return;
        }
        const QJsonObject me = result.json.object();
        m_userEmail = me.value(QLatin1StringView("email")).toString();
        m_userName = me.value(QLatin1StringView("displayName")).toString();
        m_role = me.value(QLatin1StringView("role")).toString();
        setOnline(true);
        emit userChanged();
        emit startupStatusChanged();
    });
}

void AppSession::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

void AppSession::onChangesApplied(const CacheChangeSet &changes)
{
    if (changes.reloaded) {
        refreshAfterFullSync();
        return;
    }
    // A full sync's pages arrive here one committed page at a time: the tenant list and the
    // open tenant's numbers grow by whole pages while it runs.
    if (m_sync->progress().fullSync)
        m_fullSyncNumbers += changes.dids.size();
    m_tenants->applyChanges(changes);
    m_dids->applyChanges(changes);
}

void AppSession::refreshAfterFullSync()
{
    // The full sync's end removed what it did not see. The models followed every page, so they
    // are brought in step row by row rather than reset: the selection and the scroll position
    // stay where the person left them.
    CacheChangeSet tenants;
    const QHash<QString, QString> cached = m_cache->tenantNames();
    for (auto it = cached.cbegin(); it != cached.cend(); ++it)
        tenants.tenants.insert(it.key());
    for (int row = 0; row < m_tenants->rowCount(); ++row) {
        const QString id = m_tenants->tenant(row).id;
        if (!tenants.tenants.contains(id))
            tenants.deletedTenants.insert(id);
    }
    m_tenants->applyChanges(tenants);
    // Only removals can be missing from the open tenant's rows, and they show in the count; the
    // fees' currency comes from the price list, which arrives last.
    const QString tenantId = m_dids->tenantId();
    const auto prices = m_cache->priceList();
    if (!tenantId.isEmpty() && (m_dids->totalCount() != m_cache->didCount(tenantId) ||
                                (prices && prices->currency != m_dids->currency())))
        m_dids->reload();
}

void AppSession::onSyncFinished(bool fullSync)
{
    Q_UNUSED(fullSync) // its change set (reloaded) brought the models in step already
    setOnline(true);
    if (!isRoleKnown())
        requestMe();
    emit startupStatusChanged();
    emit syncSettled();
    if (m_syncAgain) {
        m_syncAgain = false;
        m_sync->sync();
    }
}

void AppSession::onSyncFailed(const ApiError &error)
{
    // No answer at all means offline; the cache still shows the last sync's data.
    if (error.httpStatus == 0 && error.kind != ApiError::Kind::Cancelled &&
        !error.isCertificateError())
        setOnline(false);
    emit syncFailed(error);
    emit startupStatusChanged();
    emit syncSettled();
}
