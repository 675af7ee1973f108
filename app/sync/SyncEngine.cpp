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
constexpr int priceListTask = -1;
// Pages handed to the worker and not yet written. Two keep the network and the worker busy at
// once; more would only hold more pages in memory.
constexpr int maxJobsInFlight = 2;

// The network map came with a later version of the API: a backend without it answers 404 for
// those lists, which means "none" rather than a failed sync.
bool isNetworkMapKind(int kind)
{
    return kind == int(Kind::Places) || kind == int(Kind::NetworkElements) ||
           kind == int(Kind::TestCalls) || kind == int(Kind::EmergencyPolicy);
}

// A single object per request rather than a paginated list.
bool isSingleObject(int kind)
{
    return kind == priceListTask || kind == int(Kind::EmergencyPolicy);
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
    m_tenantJobsInFlight = 0;
    m_requestPending = false;
    m_tasks.clear();
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
    m_tasks.clear();
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
    return m_jobsInFlight >= maxJobsInFlight;
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
            // Each tenant's lists go between these two once its page is written.
            m_tasks.push_back({SyncProgress::Phase::Tenants, int(Kind::Tenants),
                               QStringLiteral("/v1/tenants"), QString()});
            m_tasks.push_back({SyncProgress::Phase::PriceList, priceListTask,
                               QStringLiteral("/v1/price-list"), QString()});
            m_cursor.clear();
            requestNextPage();
        });
}

void SyncEngine::requestNextPage()
{
    // Until the tenants are written their lists are unknown: wait rather than run ahead.
    if (!m_running || m_requestPending || workerBusy() || m_tenantJobsInFlight > 0)
        return;
    if (m_tasks.empty()) {
        if (m_jobsInFlight == 0)
            finishFullSync();
        return;
    }
    const ListTask &task = m_tasks.front();
    m_progress.phase = task.phase;
    HttpRequestSpec spec;
    spec.path = task.path;
    spec.retryable = true;
    if (!isSingleObject(task.kind)) {
        // Pages are parsed on the worker (see onListPage), not on this thread.
        spec.parseJson = false;
        spec.query.addQueryItem(QStringLiteral("limit"), QString::number(SyncPageWriter::pageSize));
        if (!m_cursor.isEmpty())
            spec.query.addQueryItem(QStringLiteral("cursor"), m_cursor);
    }
    m_requestPending = true;
    const quint64 run = m_run;
    m_http->send(spec, m_context.data(), [this, run](const HttpResult &result) {
        if (isCurrent(run))
            onListPage(result);
    });
}

void SyncEngine::onListPage(const HttpResult &result)
{
    m_requestPending = false;
    if (!result.ok() && result.status == 404 && isNetworkMapKind(m_tasks.front().kind)) {
        qCInfo(lcSync) << "the backend has no" << m_tasks.front().path << "; skipped";
        if (m_tasks.front().kind == int(Kind::EmergencyPolicy))
            ++m_progress.tenantsDone;
        m_tasks.pop_front();
        m_cursor.clear();
        requestNextPage();
        return;
    }
    if (!result.ok()) {
        fail(*result.error);
        return;
    }
    m_progress.bytes += result.body.size();
    ++m_progress.pages;
    const ListTask task = m_tasks.front();
    // The cursor is read here so the next request goes out while the worker parses and writes
    // this page; the worker checks that the page holds this cursor.
    QJsonDocument page = result.json;
    QString next;
    if (!isSingleObject(task.kind)) {
        if (const auto peeked = peekNextCursor(result.body)) {
            next = *peeked;
        } else {
            // Not at the end where it usually is: parse the page here to learn it.
            QString why;
            const auto parsed = ResponseDecoder::parseJson(result.body, &why);
            if (!parsed) {
                fail(ApiError::invalidResponse(why, result.requestId));
                return;
            }
            page = *parsed;
            next = page.object().value(QLatin1StringView("nextCursor")).toString();
        }
    }
    if (!next.isEmpty()) {
        if (next == m_cursor) {
            fail(ApiError::invalidResponse(tr("The server repeated a page cursor."),
                                           result.requestId));
            return;
        }
        m_cursor = next;
    } else {
        m_tasks.pop_front();
        m_cursor.clear();
        // The policy is each tenant's last list.
        if (task.kind == int(Kind::EmergencyPolicy))
            ++m_progress.tenantsDone;
    }

    const QByteArray body = page.isNull() ? result.body : QByteArray();
    const qint64 generation = m_generation;
    auto stopFlag = m_cancelFlag;
    ++m_jobsInFlight;
    if (task.kind == int(Kind::Tenants))
        ++m_tenantJobsInFlight;
    const quint64 run = m_run;
    m_worker->post<SyncPageResult>(
        [this, page, body, next, generation, task, stopFlag](Cache *cache) {
            if (stopFlag->load())
                return SyncPageResult{};
            if (!cache)
                return cacheUnavailable(*m_worker);
            if (!body.isEmpty())
                return SyncPageWriter::writeRawListPage(*cache, Kind(task.kind), body, next,
                                                        generation, task.tenantId);
            if (task.kind == priceListTask)
                return SyncPageWriter::writePriceList(*cache, page);
            if (task.kind == int(Kind::EmergencyPolicy))
                return SyncPageWriter::writeEmergencyPolicy(*cache, page, generation,
                                                            task.tenantId);
            return SyncPageWriter::writeListPage(*cache, Kind(task.kind), page, generation,
                                                 task.tenantId);
        },
        m_context.data(),
        [this, run, task](SyncPageResult written) {
            if (!isCurrent(run))
                return;
            --m_jobsInFlight;
            if (task.kind == int(Kind::Tenants))
                --m_tenantJobsInFlight;
            if (!written.ok) {
                fail(workerError(written));
                return;
            }
            if (!written.tenantIds.isEmpty())
                onTenantsWritten(written);
            onWritten(written);
            requestNextPage();
        });
    requestNextPage();
}

void SyncEngine::onTenantsWritten(const SyncPageResult &result)
{
    // The price list stays last: requestNextPage() waits while a tenants page is being
    // written, so it cannot have been taken yet.
    auto before = m_tasks.end();
    if (!m_tasks.empty() && m_tasks.back().kind == priceListTask)
        --before;
    std::vector<ListTask> added;
    for (const QString &id : result.tenantIds) {
        const QString base = QStringLiteral("/v1/tenants/") + id;
        added.push_back(
            {SyncProgress::Phase::Numbers, int(Kind::Dids), base + QStringLiteral("/dids"), id});
        added.push_back({SyncProgress::Phase::Addresses, int(Kind::Addresses),
                         base + QStringLiteral("/addresses"), id});
        added.push_back({SyncProgress::Phase::Acknowledgements, int(Kind::Acknowledgements),
                         base + QStringLiteral("/acknowledgements"), id});
        added.push_back({SyncProgress::Phase::NetworkMap, int(Kind::Places),
                         base + QStringLiteral("/places"), id});
        added.push_back({SyncProgress::Phase::NetworkMap, int(Kind::NetworkElements),
                         base + QStringLiteral("/network-elements"), id});
        added.push_back({SyncProgress::Phase::NetworkMap, int(Kind::TestCalls),
                         base + QStringLiteral("/test-calls"), id});
        added.push_back({SyncProgress::Phase::NetworkMap, int(Kind::EmergencyPolicy),
                         base + QStringLiteral("/emergency-policy"), id});
    }
    m_tasks.insert(before, added.begin(), added.end());
    m_progress.tenantsTotal += int(result.tenantIds.size());
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
