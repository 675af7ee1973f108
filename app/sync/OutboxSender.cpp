#include "OutboxSender.h"

#include "api/HttpClient.h"
#include "api/RetryAfter.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcOutboxSender, "dispatchable.sync.outbox")

namespace {

QString slugOf(const HttpResult &result)
{
    if (result.error && result.error->problem)
        return result.error->problem->slug();
    return {};
}

// The server's words for a refusal: its problem's title and detail, and each field's detail.
QString refusalWords(const HttpResult &result)
{
    if (!result.error)
        return {};
    if (!result.error->problem)
        return result.error->message;
    const Problem &p = *result.error->problem;
    QStringList parts;
    parts << (p.detail.isEmpty() ? p.title : QString(p.title + QStringLiteral(": ") + p.detail));
    for (const FieldError &f : p.errors)
        parts << QString(f.field + QStringLiteral(": ") + f.detail);
    return parts.join(QLatin1Char('\n'));
}

bool isE911Kind(OutboxKind kind)
{
    return kind == OutboxKind::E911Enable || kind == OutboxKind::E911Disable ||
           kind == OutboxKind::E911Bulk;
}

bool isInTransition(const QString &state)
{
    return state == QLatin1StringView("pending") || state == QLatin1StringView("deregistering");
}

// Numbers of a bulk answer the server accepted (the others need no following).
QStringList acceptedNumbers(const QByteArray &answer)
{
    QStringList out;
    const QJsonArray results =
        QJsonDocument::fromJson(answer).object().value(QStringLiteral("results")).toArray();
    for (const QJsonValue &r : results) {
        const QJsonObject o = r.toObject();
        if (o.value(QStringLiteral("outcome")).toString() == QLatin1StringView("accepted"))
            out.append(o.value(QStringLiteral("number")).toString());
    }
    return out;
}

} // namespace

OutboxSender::OutboxSender(Outbox &outbox, HttpClient &http, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_http(http)
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &OutboxSender::schedulePump);
    m_followTimer.setInterval(3000);
    connect(&m_followTimer, &QTimer::timeout, this, &OutboxSender::followNext);
    // A new change (or a resolved conflict) is picked up as soon as it is committed.
    connect(&m_outbox, &Outbox::entryChanged, this, &OutboxSender::schedulePump);
}

OutboxSender::~OutboxSender()
{
    stop();
}

void OutboxSender::setOfflineBackoff(int initialMs, int maxMs)
{
    m_backoffInitialMs = std::max(1, initialMs);
    m_backoffMaxMs = std::max(m_backoffInitialMs, maxMs);
}

void OutboxSender::setFollowInterval(int milliseconds)
{
    m_followTimer.setInterval(milliseconds);
}

void OutboxSender::start()
{
    if (m_running)
        return;
    m_running = true;
    m_offlineFailures = 0;
    m_followTimer.start();
    schedulePump();
    QTimer::singleShot(0, this, &OutboxSender::followNext);
}

void OutboxSender::stop()
{
    m_running = false;
    m_wake.stop();
    m_followTimer.stop();
    delete m_followContext;
    m_followContext = nullptr;
    m_following = false;
    if (m_sendSerial != 0) {
        // The entry stays `sending`: whether the server applied it is unknown, and the next
        // start() sends it again with the same key.
        const quint64 serial = m_sendSerial;
        m_sendSerial = 0;
        m_http.cancel(serial);
    }
}

void OutboxSender::schedulePump()
{
    if (!m_running || m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpScheduled = false;
        pump();
    });
}

void OutboxSender::pump()
{
    if (!m_running || m_sendSerial != 0)
        return;
    const std::optional<OutboxEntry> next = m_outbox.nextToSend();
    if (!next) {
        m_wake.stop();
        emit idle();
        return;
    }
    const qint64 waitMs = QDateTime::currentDateTimeUtc().msecsTo(next->nextAttemptAt);
    if (waitMs > 0) {
        m_wake.start(static_cast<int>(std::min<qint64>(waitMs, 24LL * 3600 * 1000)));
        emit idle();
        return;
    }
    send(*next);
}

void OutboxSender::send(const OutboxEntry &entry)
{
    if (!m_outbox.markSending(entry.id)) {
        // The file could not be written: do not send what we could not record as sent.
        qCWarning(lcOutboxSender) << "could not mark entry" << entry.id << "as sending";
        m_wake.start(m_backoffInitialMs);
        return;
    }
    HttpRequestSpec spec;
    spec.method = entry.method;
    spec.path = entry.path;
    spec.body = entry.body;
    if (!entry.body.isEmpty())
        spec.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    if (!entry.ifMatch.isEmpty())
        spec.headers.append({QByteArray("If-Match"), entry.ifMatch});
    if (entry.sendsIdempotencyKey())
        spec.headers.append({QByteArray("Idempotency-Key"), entry.idempotencyKey.toLatin1()});
    // Every outbox write is safe to repeat: it carries an Idempotency-Key, or an If-Match that
    // a repeat after success fails (handled as "already applied" below).
    spec.retryable = true;

    qCInfo(lcOutboxSender) << "sending entry" << entry.id << outboxKindName(entry.kind) << "attempt"
                           << entry.attempts + 1;
    const qint64 id = entry.id;
    m_sendingId = id;
    // A serial of 0 is never handed out, so it marks "nothing in flight". The callback may run
    // before send() returns (a refused connection); `finished` tells the two orders apart.
    auto finished = std::make_shared<bool>(false);
    const quint64 serial = m_http.send(spec, this, [this, id, finished](const HttpResult &r) {
        *finished = true;
        m_sendSerial = 0;
        m_sendingId = 0;
        handle(id, r);
        schedulePump();
    });
    if (!*finished)
        m_sendSerial = serial == 0 ? 1 : serial;
}

void OutboxSender::handle(qint64 id, const HttpResult &result)
{
    const std::optional<OutboxEntry> found = m_outbox.entry(id);
    if (!found)
        return;
    const OutboxEntry &entry = *found;
    const int status = result.status;

    if (result.error && result.error->kind == ApiError::Kind::Cancelled) {
        // stop(): leave it as it is, the next start() resends it with the same key.
        return;
    }
    if (status >= 200 && status < 300) {
        m_offlineFailures = 0;
        OutboxFollow follow = OutboxFollow::None;
        if (entry.kind == OutboxKind::E911Bulk)
            follow = acceptedNumbers(result.body).isEmpty() ? OutboxFollow::None
                                                            : OutboxFollow::Following;
        else if (isE911Kind(entry.kind) && status == 202)
            follow = OutboxFollow::Following;
        m_outbox.markDone(id, status, result.body, follow);
        qCInfo(lcOutboxSender).noquote() << QStringLiteral("entry %1 done: %2%3")
                                                .arg(id)
                                                .arg(status)
                                                .arg(result.headers.contains("idempotent-replayed")
                                                         ? QStringLiteral(" (replayed)")
                                                         : QString());
        emit needsSync(entry.tenantId);
        return;
    }
    if (status == 409 && slugOf(result) == QLatin1StringView("idempotency-key-in-flight")) {
        // Our own earlier attempt (before a crash, or lost on the way back) is still running:
        // ask again for its answer, with the same key.
        m_offlineFailures = 0;
        const qint64 waitMs =
            retryAfterMs(result.headers.value("retry-after"), QDateTime::currentDateTimeUtc())
                .value_or(1000);
        m_outbox.retryLater(id,
                            QDateTime::currentDateTimeUtc().addMSecs(std::max<qint64>(waitMs, 100)),
                            refusalWords(result));
        return;
    }
    if (status == 412) {
        m_offlineFailures = 0;
        const QJsonObject current = QJsonDocument::fromJson(result.body)
                                        .object()
                                        .value(QStringLiteral("current"))
                                        .toObject();
        if (alreadyApplied(entry, current)) {
            // An earlier attempt was applied but its answer never reached us.
            const QByteArray answer = QJsonDocument(current).toJson(QJsonDocument::Compact);
            m_outbox.markDone(id, 200, answer,
                              isE911Kind(entry.kind) &&
                                      isInTransition(current.value(QStringLiteral("e911"))
                                                         .toObject()
                                                         .value(QStringLiteral("state"))
                                                         .toString())
                                  ? OutboxFollow::Following
                                  : OutboxFollow::None);
            emit needsSync(entry.tenantId);
            return;
        }
        m_outbox.markConflict(id, QJsonDocument(current).toJson(QJsonDocument::Compact),
                              refusalWords(result));
        emit needsSync(entry.tenantId);
        return;
    }
    if (status == 404 &&
        (entry.kind == OutboxKind::AddressDelete || entry.kind == OutboxKind::PlaceDelete ||
         entry.kind == OutboxKind::NetworkElementDelete)) {
        // Gone is what a delete wants, whether our lost first attempt or someone else did it.
        m_outbox.markDone(id, status, result.body, OutboxFollow::None);
        emit needsSync(entry.tenantId);
        return;
    }
    const bool transient =
        status == 0 || status >= 500 || status == 429 || status == 401 || status == 408;
    if (transient) {
        retryOffline(entry, result);
        return;
    }
    m_offlineFailures = 0;
    qCInfo(lcOutboxSender) << "entry" << id << "refused:" << status << slugOf(result);
    m_outbox.markFailed(id, status, result.body, refusalWords(result));
}

void OutboxSender::retryOffline(const OutboxEntry &entry, const HttpResult &result)
{
    // Exponential backoff with jitter in [delay/2, delay], so many clients coming back online
    // together do not all knock at once; a server's Retry-After is a floor.
    const int shift = std::min(m_offlineFailures, 20);
    ++m_offlineFailures;
    const qint64 ceiling =
        std::min<qint64>(m_backoffMaxMs, static_cast<qint64>(m_backoffInitialMs) << shift);
    qint64 delay = ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1);
    if (const auto asked =
            retryAfterMs(result.headers.value("retry-after"), QDateTime::currentDateTimeUtc()))
        delay = std::max(delay, *asked);
    const QString words = result.error ? result.error->message : tr("No answer from the server.");
    qCInfo(lcOutboxSender).noquote()
        << QStringLiteral("entry %1 not delivered (status %2); next attempt in %3 ms")
               .arg(entry.id)
               .arg(result.status)
               .arg(delay);
    m_outbox.retryLater(entry.id, QDateTime::currentDateTimeUtc().addMSecs(delay), words);
}

bool OutboxSender::alreadyApplied(const OutboxEntry &entry, const QJsonObject &current) const
{
    if (current.isEmpty())
        return false;
    const QJsonObject mine = entry.mineJson();
    switch (entry.kind) {
    case OutboxKind::E911Enable: {
        const QJsonObject e911 = current.value(QStringLiteral("e911")).toObject();
        const QString state = e911.value(QStringLiteral("state")).toString();
        return (state == QLatin1StringView("pending") ||
                state == QLatin1StringView("registered")) &&
               e911.value(QStringLiteral("addressId")) == mine.value(QStringLiteral("addressId"));
    }
    case OutboxKind::E911Disable: {
        const QString state = current.value(QStringLiteral("e911"))
                                  .toObject()
                                  .value(QStringLiteral("state"))
                                  .toString();
        return state == QLatin1StringView("deregistering") || state == QLatin1StringView("basic");
    }
    case OutboxKind::AddressUpdate:
    case OutboxKind::PlaceUpdate:
    case OutboxKind::NetworkElementUpdate:
    case OutboxKind::EmergencyPolicyUpdate:
        // Mine is a whole representation of the fields I sent; theirs has them all.
        for (auto it = mine.constBegin(); it != mine.constEnd(); ++it) {
            if (current.value(it.key()) != it.value())
                return false;
        }
        return true;
    case OutboxKind::AddressCreate:
    case OutboxKind::AddressDelete:
    case OutboxKind::E911Bulk:
    case OutboxKind::Acknowledgement:
    case OutboxKind::PlaceCreate:
    case OutboxKind::PlaceDelete:
    case OutboxKind::NetworkElementCreate:
    case OutboxKind::NetworkElementDelete:
    case OutboxKind::NetworkElementsBulk:
    case OutboxKind::TestCallRecord:
    case OutboxKind::TeamsNumberLocationsRecord:
        return false;
    }
    return false;
}

bool OutboxSender::resolveConflict(qint64 entryId, Resolution resolution, QString *error)
{
    const std::optional<OutboxEntry> entry = m_outbox.entry(entryId);
    if (!entry || entry->state != OutboxState::Conflict) {
        if (error)
            *error = tr("This change is no longer waiting for a decision.");
        return false;
    }
    bool ok = false;
    if (resolution == Resolution::KeepTheirs) {
        ok = m_outbox.keepTheirs(entryId);
    } else {
        const QByteArray theirEtag =
            entry->theirsJson().value(QStringLiteral("etag")).toString().toLatin1();
        if (theirEtag.isEmpty()) {
            if (error)
                *error = tr("The server's version has no ETag; reload it and make the change "
                            "again.");
            return false;
        }
        ok = m_outbox.keepMine(entryId, theirEtag);
    }
    if (!ok && error)
        *error = tr("The decision could not be saved.");
    return ok;
}

void OutboxSender::followNext()
{
    if (!m_running || m_following)
        return;
    const QList<OutboxEntry> open = m_outbox.following();
    if (open.isEmpty())
        return;
    // One follow-up read at a time, oldest entry first; the timer comes back for the rest.
    m_following = true;
    if (!m_followContext)
        m_followContext = new QObject(this);
    const OutboxEntry &entry = open.constFirst();
    if (entry.kind == OutboxKind::E911Bulk)
        followBatch(entry);
    else
        followNumber(entry);
}

void OutboxSender::followNumber(const OutboxEntry &entry)
{
    // A decoded path, as HttpClient wants it (see OutboxRequests.cpp).
    const QString path = QStringLiteral("/v1/tenants/%1/dids/%2").arg(entry.tenantId, entry.target);
    m_http.get(path, {}, m_followContext, [this, entry](const HttpResult &r) {
        m_following = false;
        if (!r.ok())
            return; // try again on the next tick
        const QJsonObject e911 = r.json.object().value(QStringLiteral("e911")).toObject();
        const QString state = e911.value(QStringLiteral("state")).toString();
        if (state.isEmpty() || isInTransition(state))
            return;
        const QString reason = e911.value(QStringLiteral("reason")).toString();
        settle(entry, reason.isEmpty() ? state : QString(state + QStringLiteral(": ") + reason));
    });
}

void OutboxSender::followBatch(const OutboxEntry &entry)
{
    const QStringList accepted = acceptedNumbers(entry.responseBody);
    const bool enabling = entry.mineJson().value(QStringLiteral("enabled")).toBool();
    const QString transition =
        enabling ? QStringLiteral("pending") : QStringLiteral("deregistering");
    listState(entry, transition, {}, {},
              [this, entry, accepted, enabling](bool ok, const QSet<QString> &inTransition) {
                  if (!ok) {
                      m_following = false;
                      return;
                  }
                  for (const QString &n : accepted) {
                      if (inTransition.contains(n)) {
                          m_following = false;
                          return; // not final yet
                      }
                  }
                  if (!enabling) {
                      m_following = false;
                      settle(entry, tr("%n number(s) back to basic 911", nullptr,
                                       static_cast<int>(accepted.size())));
                      return;
                  }
                  listState(entry, QStringLiteral("failed"), {}, {},
                            [this, entry, accepted](bool okFailed, const QSet<QString> &failed) {
                                m_following = false;
                                if (!okFailed)
                                    return;
                                qsizetype failedCount = 0;
                                for (const QString &n : accepted)
                                    failedCount += failed.contains(n) ? 1 : 0;
                                settle(entry, tr("%1 registered, %2 failed")
                                                  .arg(accepted.size() - failedCount)
                                                  .arg(failedCount));
                            });
              });
}

void OutboxSender::listState(const OutboxEntry &entry, const QString &state, const QString &cursor,
                             QSet<QString> found, std::function<void(bool ok, QSet<QString>)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("e911State"), state);
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    const QString path = QStringLiteral("/v1/tenants/%1/dids").arg(entry.tenantId);
    m_http.get(path, query, m_followContext,
               [this, entry, state, found = std::move(found),
                done = std::move(done)](const HttpResult &r) mutable {
                   if (!r.ok()) {
                       done(false, {});
                       return;
                   }
                   const QJsonObject page = r.json.object();
                   const QJsonArray items = page.value(QStringLiteral("items")).toArray();
                   for (const QJsonValue &item : items)
                       found.insert(item.toObject().value(QStringLiteral("number")).toString());
                   const QString next = page.value(QStringLiteral("nextCursor")).toString();
                   if (next.isEmpty()) {
                       done(true, found);
                       return;
                   }
                   listState(entry, state, next, std::move(found), std::move(done));
               });
}

void OutboxSender::settle(const OutboxEntry &entry, const QString &finalState)
{
    if (!m_outbox.markSettled(entry.id, finalState))
        return;
    qCInfo(lcOutboxSender) << "entry" << entry.id << "settled";
    emit provisioningSettled(entry.id, finalState);
    emit needsSync(entry.tenantId);
    // More may be waiting; do not leave them for a whole interval.
    QTimer::singleShot(0, this, &OutboxSender::followNext);
}
