#include "SyncEngine.h"

#include "api/HttpClient.h"
#include "api/ResponseDecoder.h"
#include "store/Cache.h"
#include "sync/NextCursorPeek.h"
#include "sync/SyncPageWriter.h"
#include "sync/SyncWorker.h"

#include <QJsonObject>
#include <QLoggingCategory>

#include <atomic>

Q_LOGGING_CATEGORY(lcSync, "dispatchable.sync")

namespace {
using Kind = SyncPageWriter::ListKind;
constexpr int priceListTask = FullSyncLists::priceList;
// Requests of a full sync out at once, each for another list (and over its own connection:
// QNetworkAccessManager opens up to six per host over HTTP/1.1). Most lists are one small page,
// so one at a time left the backend and the worker idle for each round trip; the backend
// answers one at a time, so a few in flight keep it busy and more would only wait there.
constexpr int maxRequestsInFlight = 4;
// Pages handed to the worker and not yet written. No request goes out while this many wait, so
// a slow disk holds back the network instead of filling memory with pages. A delta reads one
// page at a time and keeps its earlier limit.
constexpr int maxJobsInFlight = 4;
constexpr int maxDeltaJobsInFlight = 2;

// The network map and emergency calls came with later versions of the API: a backend without
// them answers 404 for those lists, which means "none" rather than a failed sync.
bool isLaterApiKind(int kind)
{
    return kind == int(Kind::Places) || kind == int(Kind::NetworkElements) ||
           kind == int(Kind::TestCalls) || kind == int(Kind::EmergencyPolicy) ||
           kind == int(Kind::EmergencyCalls) || kind == int(Kind::TeamsNumberLocations);
}

// A single object per request rather than a paginated list.
bool isSingleObject(int kind)
{
    return kind == priceListTask || kind == int(Kind::EmergencyPolicy) ||
           kind == int(Kind::TeamsNumberLocations);
}

SyncProgress::Phase phaseOf(int kind)
{
    switch (kind) {
    case priceListTask:
        return SyncProgress::Phase::PriceList;
    case int(Kind::Tenants):
        return SyncProgress::Phase::Tenants;
    case int(Kind::Dids):
        return SyncProgress::Phase::Numbers;
    case int(Kind::Addresses):
        return SyncProgress::Phase::Addresses;
    case int(Kind::Acknowledgements):
        return SyncProgress::Phase::Acknowledgements;
    default:
        return SyncProgress::Phase::NetworkMap;
    }
}

// On the worker: one page of `list`, still as it came (`body`) or parsed (`page`).
SyncPageResult writeListJob(Cache &cache, const FullSyncLists::List &list,
                            const QJsonDocument &page, const QByteArray &body, const QString &next,
                            qint64 generation)
{
    if (!body.isEmpty())
        return SyncPageWriter::writeRawListPage(cache, Kind(list.kind), body, next, generation,
                                                list.tenantId);
    if (list.kind == priceListTask)
        return SyncPageWriter::writePriceList(cache, page);
    if (list.kind == int(Kind::EmergencyPolicy))
        return SyncPageWriter::writeEmergencyPolicy(cache, page, generation, list.tenantId);
    if (list.kind == int(Kind::TeamsNumberLocations))
        return SyncPageWriter::writeTeamsNumberLocations(cache, page, generation, list.tenantId);
    return SyncPageWriter::writeListPage(cache, Kind(list.kind), page, generation, list.tenantId);
}

ApiError workerError(const SyncPageResult &result)
{
    if (result.decodeError)
        return ApiError::invalidResponse(result.error, QString());
    ApiError error;
    error.kind = ApiError::Kind::InvalidResponse;
    error.message = SyncEngine::tr("The offline cache could not be written.");
    error.advice = SyncEngine::tr("Check that the disk is not full, then sync again.");
    error.details = result.error;
    return error;
}

SyncPageResult cacheUnavailable(SyncWorker &worker)
{
    SyncPageResult result;
    result.ok = false;
    result.error = QStringLiteral("The cache could not be opened: %1").arg(worker.openError());
    return result;
}
} // namespace

SyncEngine::SyncEngine(HttpClient *http, const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_worker(std::make_unique<SyncWorker>(cachePath))
{
    qRegisterMetaType<CacheChangeSet>();
    qRegisterMetaType<SyncProgress>();
    m_periodic.setSingleShot(true);
    connect(&m_periodic, &QTimer::timeout, this, &SyncEngine::sync);
}

SyncEngine::~SyncEngine()
{
    // The contexts are children: they go with this object, aborting what still runs.
    m_running = false;
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void SyncEngine::sync()
{
    start(false);
}

void SyncEngine::fullSync()
{
    start(true);
}

void SyncEngine::start(bool full)
{
    if (m_running)
        return;
    m_periodic.stop();
    m_running = true;
    ++m_run;
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_context = new QObject(this);
    m_progress = SyncProgress{};
    m_progress.phase = SyncProgress::Phase::Starting;
    m_jobsInFlight = 0;
    m_requestsInFlight = 0;
    m_requestPending = false;
    m_lists.clear();
    if (full) {
        m_fullSync = true;
        m_progress.fullSync = true;
        emit started(true);
        requestChangeToken();
        return;
    }
    // Whether a delta is possible is the cache's to say; ask on the worker's connection.
    using State = std::optional<CacheSyncState>;
    struct Answer
    {
        State state;
        SyncPageResult error;
    };
    m_worker->post<Answer>(
        [this](Cache *cache) {
            return cache ? Answer{cache->syncState(), {}} : Answer{{}, cacheUnavailable(*m_worker)};
        },
        m_context.data(),
        [this, run = m_run](Answer answer) {
            if (!isCurrent(run))
                return;
            if (!answer.state) {
                fail(workerError(answer.error));
                return;
            }
            m_fullSync = !answer.state->canSyncDelta();
            m_progress.fullSync = m_fullSync;
            emit started(m_fullSync);
            if (m_fullSync) {
                requestChangeToken();
            } else {
                m_deltaToken = answer.state->changeToken;
                m_deltaMore = true;
                m_progress.phase = SyncProgress::Phase::Changes;
                requestChanges();
            }
        });
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    qCInfo(lcSync) << "sync cancelled";
    stop();
    emit cancelled();
    schedulePeriodic();
}

void SyncEngine::stop()
{
    m_running = false;
    ++m_run;
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    retireContext();
    m_lists.clear();
    m_progress.phase = SyncProgress::Phase::Idle;
}

void SyncEngine::retireContext()
{
    // Deleting the context aborts the running request and drops the callbacks of queued worker
    // jobs. Later, not now: this may run inside one of those callbacks.
    if (m_context)
        m_context->deleteLater();
    m_context = nullptr;
}

void SyncEngine::fail(const ApiError &error)
{
    qCWarning(lcSync) << "sync failed:" << error.message << error.details;
    stop();
    emit failed(error);
    schedulePeriodic();
}

void SyncEngine::setPeriodicSync(int intervalMs, int followIntervalMs)
{
    m_intervalMs = intervalMs;
    m_followIntervalMs = followIntervalMs;
    m_periodic.stop();
    schedulePeriodic();
}

int SyncEngine::nextPeriodicInterval() const
{
    if (m_intervalMs <= 0)
        return -1;
    return m_numbersInFlight ? std::min(m_followIntervalMs, m_intervalMs) : m_intervalMs;
}

void SyncEngine::schedulePeriodic()
{
    if (m_running)
        return;
    const int interval = nextPeriodicInterval();
    if (interval >= 0)
        m_periodic.start(interval);
}

bool SyncEngine::workerBusy() const
{
    return m_jobsInFlight >= (m_fullSync ? maxJobsInFlight : maxDeltaJobsInFlight);
}

void SyncEngine::requestChangeToken()
{
    m_progress.phase = SyncProgress::Phase::Starting;
    const quint64 run = m_run;
    HttpRequestSpec spec;
    spec.path = QStringLiteral("/v1/changes");
    spec.retryable = true;
    m_http->send(spec, m_context.data(), [this, run](const HttpResult &result) {
        if (!isCurrent(run))
            return;
        if (!result.ok()) {
            fail(*result.error);
            return;
        }
        const QJsonValue token = result.json.object().value(QLatin1StringView("nextToken"));
        if (!token.isString() || token.toString().isEmpty()) {
            fail(
                ApiError::invalidResponse(tr("The answer has no change token."), result.requestId));
            return;
        }
        beginFullSync(token.toString());
    });
}

void SyncEngine::beginFullSync(const QString &token)
{
    m_fullSyncToken = token;
    const quint64 run = m_run;
    m_worker->post<SyncPageResult>(
        [this](Cache *cache) {
            if (!cache)
                return cacheUnavailable(*m_worker);
            return SyncPageWriter::beginFullSync(*cache);
        },
        m_context.data(),
        [this, run](SyncPageResult result) {
            if (!isCurrent(run))
                return;
            if (!result.ok) {
                fail(workerError(result));
                return;
            }
            m_generation = result.items;
            // Each tenant's lists are added once its page of the tenants list is written.
            m_lists.start();
            requestPages();
        });
}

void SyncEngine::requestPages()
{
    if (!m_running)
        return;
    while (m_requestsInFlight < maxRequestsInFlight && !workerBusy()) {
        const auto walk = m_lists.takeRequest(maxRequestsInFlight);
        if (!walk)
            break;
        requestPage(*walk);
    }
    // A tenants page still being written may add lists: finish only when nothing is in flight.
    if (m_lists.allRead() && m_requestsInFlight == 0 && m_jobsInFlight == 0)
        finishFullSync();
}

void SyncEngine::requestPage(const FullSyncLists::Walk &walk)
{
    m_progress.phase = phaseOf(walk.list.kind);
    HttpRequestSpec spec;
    spec.path = walk.list.path;
    spec.retryable = true;
    if (!isSingleObject(walk.list.kind)) {
        // Pages are parsed on the worker (see onListPage), not on this thread.
        spec.parseJson = false;
        spec.query.addQueryItem(QStringLiteral("limit"), QString::number(SyncPageWriter::pageSize));
        if (!walk.cursor.isEmpty())
            spec.query.addQueryItem(QStringLiteral("cursor"), walk.cursor);
    }
    ++m_requestsInFlight;
    const quint64 run = m_run;
    m_http->send(spec, m_context.data(), [this, run, id = walk.id](const HttpResult &result) {
        if (isCurrent(run))
            onListPage(id, result);
    });
}

void SyncEngine::onListPage(quint64 walkId, const HttpResult &result)
{
    --m_requestsInFlight;
    const FullSyncLists::Walk *open = m_lists.walk(walkId);
    if (!open)
        return;
    const FullSyncLists::Walk walk = *open;
    if (!result.ok() && result.status == 404 && isLaterApiKind(walk.list.kind)) {
        qCInfo(lcSync) << "the backend has no" << walk.list.path << "; skipped";
        m_lists.pageReceived(walkId, QString());
        listDone(walk.list);
        requestPages();
        return;
    }
    if (!result.ok()) {
        fail(*result.error);
        return;
    }
    m_progress.bytes += result.body.size();
    ++m_progress.pages;
    QJsonDocument page = result.json;
    QString next;
    if (!isSingleObject(walk.list.kind) && !takeNextCursor(result, &page, &next))
        return;
    if (!next.isEmpty() && next == walk.cursor) {
        fail(ApiError::invalidResponse(tr("The server repeated a page cursor."), result.requestId));
        return;
    }
    // The list's next page is asked for while the worker parses and writes this one.
    m_lists.pageReceived(walkId, next);
    writePage(walk.list, page, page.isNull() ? result.body : QByteArray(), next);
    requestPages();
}

bool SyncEngine::takeNextCursor(const HttpResult &result, QJsonDocument *page, QString *next)
{
    // Read off the page's end, so the next request goes out before the page is parsed; the
    // worker checks that the page holds this cursor.
    if (const auto peeked = peekNextCursor(result.body)) {
        *next = *peeked;
        return true;
    }
    // Not at the end where it usually is: parse the page here to learn it.
    QString why;
    const auto parsed = ResponseDecoder::parseJson(result.body, &why);
    if (!parsed) {
        fail(ApiError::invalidResponse(why, result.requestId));
        return false;
    }
    *page = *parsed;
    *next = page->object().value(QLatin1StringView("nextCursor")).toString();
    return true;
}

void SyncEngine::writePage(const FullSyncLists::List &list, const QJsonDocument &page,
                           const QByteArray &body, const QString &next)
{
    const qint64 generation = m_generation;
    auto stopFlag = m_cancelFlag;
    ++m_jobsInFlight;
    const quint64 run = m_run;
    m_worker->post<SyncPageResult>(
        [this, list, page, body, next, generation, stopFlag](Cache *cache) {
            if (stopFlag->load())
                return SyncPageResult{};
            if (!cache)
                return cacheUnavailable(*m_worker);
            return writeListJob(*cache, list, page, body, next, generation);
        },
        m_context.data(),
        [this, run, list, lastPage = next.isEmpty()](SyncPageResult written) {
            if (isCurrent(run))
                onPageWritten(list, lastPage, written);
        });
}

void SyncEngine::onPageWritten(const FullSyncLists::List &list, bool lastPage,
                               const SyncPageResult &written)
{
    --m_jobsInFlight;
    if (!written.ok) {
        fail(workerError(written));
        return;
    }
    if (!written.tenantIds.isEmpty())
        onTenantsWritten(written);
    if (lastPage)
        listDone(list);
    onWritten(written);
    requestPages();
}

void SyncEngine::onTenantsWritten(const SyncPageResult &result)
{
    for (const QString &id : result.tenantIds)
        m_lists.addTenant(id);
    m_progress.tenantsTotal += int(result.tenantIds.size());
}

void SyncEngine::listDone(const FullSyncLists::List &list)
{
    if (!list.tenantId.isEmpty() && m_lists.listDone(list.tenantId))
        ++m_progress.tenantsDone;
}

void SyncEngine::onWritten(const SyncPageResult &result)
{
    m_progress.items += result.items;
    emit progressChanged(m_progress);
    if (!result.changes.isEmpty() && !result.changes.reloaded)
        emit changesApplied(result.changes);
}

void SyncEngine::finishFullSync()
{
    m_progress.phase = SyncProgress::Phase::Finishing;
    const QString token = m_fullSyncToken;
    const qint64 generation = m_generation;
    auto stopFlag = m_cancelFlag;
    const quint64 run = m_run;
    ++m_jobsInFlight;
    m_worker->post<SyncPageResult>(
        [this, token, generation, stopFlag](Cache *cache) {
            if (stopFlag->load())
                return SyncPageResult{};
            if (!cache)
                return cacheUnavailable(*m_worker);
            return SyncPageWriter::finishFullSync(*cache, token, generation);
        },
        m_context.data(),
        [this, run](SyncPageResult result) {
            if (!isCurrent(run))
                return;
            --m_jobsInFlight;
            if (!result.ok) {
                fail(workerError(result));
                return;
            }
            m_numbersInFlight = result.numbersInFlight;
            m_running = false;
            ++m_run;
            m_progress.phase = SyncProgress::Phase::Idle;
            qCInfo(lcSync) << "full sync done:" << m_progress.items << "items," << m_progress.pages
                           << "pages";
            emit progressChanged(m_progress);
            emit changesApplied(result.changes);
            retireContext();
            emit finished(true);
            schedulePeriodic();
        });
}

void SyncEngine::requestChanges()
{
    if (!m_running || m_requestPending || workerBusy() || !m_deltaMore)
        return;
    HttpRequestSpec spec;
    spec.path = QStringLiteral("/v1/changes");
    spec.retryable = true;
    spec.query.addQueryItem(QStringLiteral("since"), m_deltaToken);
    spec.query.addQueryItem(QStringLiteral("limit"), QString::number(SyncPageWriter::pageSize));
    m_requestPending = true;
    const quint64 run = m_run;
    m_http->send(spec, m_context.data(), [this, run](const HttpResult &result) {
        if (isCurrent(run))
            onChangesPage(result);
    });
}

void SyncEngine::onChangesPage(const HttpResult &result)
{
    m_requestPending = false;
    if (!result.ok()) {
        const bool expired =
            result.error->httpStatus == 410 ||
            (result.error->problem &&
             result.error->problem->slug() == QLatin1StringView("change-token-expired"));
        if (expired && m_jobsInFlight == 0) {
            // Too much changed since the token: download everything again. The Outbox's tables
            // and this file stay; rows the server no longer has are swept at the end.
            qCInfo(lcSync) << "change token expired; full resync";
            m_fullSync = true;
            m_progress.fullSync = true;
            emit started(true);
            requestChangeToken();
            return;
        }
        fail(*result.error);
        return;
    }
    m_progress.bytes += result.body.size();
    ++m_progress.pages;
    const QJsonObject object = result.json.object();
    const QJsonValue next = object.value(QLatin1StringView("nextToken"));
    m_deltaMore = object.value(QLatin1StringView("hasMore")).toBool() && next.isString() &&
                  next.toString() != m_deltaToken;
    if (m_deltaMore)
        m_deltaToken = next.toString();

    const QJsonDocument page = result.json;
    auto stopFlag = m_cancelFlag;
    const quint64 run = m_run;
    ++m_jobsInFlight;
    m_worker->post<SyncPageResult>(
        [this, page, stopFlag](Cache *cache) {
            if (stopFlag->load())
                return SyncPageResult{};
            if (!cache)
                return cacheUnavailable(*m_worker);
            return SyncPageWriter::applyChanges(*cache, page);
        },
        m_context.data(),
        [this, run](SyncPageResult written) {
            if (!isCurrent(run))
                return;
            --m_jobsInFlight;
            if (!written.ok) {
                fail(workerError(written));
                return;
            }
            m_numbersInFlight = written.numbersInFlight;
            onWritten(written);
            if (!isCurrent(run))
                return; // cancelled from a slot of progressChanged
            if (!m_deltaMore && !m_requestPending && m_jobsInFlight == 0) {
                m_running = false;
                ++m_run;
                m_progress.phase = SyncProgress::Phase::Idle;
                emit progressChanged(m_progress);
                retireContext();
                emit finished(false);
                schedulePeriodic();
                return;
            }
            requestChanges();
        });
    requestChanges();
}
