#include "EmergencyCallFeed.h"

#include "api/HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCalls, "dispatchable.calls")

namespace {

constexpr int recentCalls = 200;
constexpr int firstBackoffMs = 500;
constexpr int maxBackoffMs = 15000;

} // namespace

EmergencyCallFeed::EmergencyCallFeed(HttpClient &http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &EmergencyCallFeed::openStream);
}

EmergencyCallFeed::~EmergencyCallFeed()
{
    stop();
}

void EmergencyCallFeed::start()
{
    if (m_state != State::Stopped)
        return;
    setState(State::Loading);
    loadRecent();
}

void EmergencyCallFeed::stop()
{
    ++m_generation;
    m_reconnect.stop();
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
    }
    setState(State::Stopped);
}

void EmergencyCallFeed::loadRecent()
{
    HttpRequestSpec spec;
    spec.path = QStringLiteral("/v1/emergency-calls");
    spec.query.addQueryItem(QStringLiteral("limit"), QString::number(recentCalls));
    spec.retryable = true;
    const quint64 generation = m_generation;
    m_http.send(spec, this, [this, generation](const HttpResult &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_lastError = result.error->message;
            qCWarning(lcCalls).noquote() << "could not load emergency calls:" << m_lastError;
            setState(State::Reconnecting);
            m_backoffMs = std::min(maxBackoffMs, std::max(firstBackoffMs, m_backoffMs * 2));
            QTimer::singleShot(m_backoffMs, this, [this, generation] {
                if (generation == m_generation)
                    loadRecent();
            });
            return;
        }
        const QJsonArray items = result.json.object().value(QLatin1StringView("items")).toArray();
        // Oldest first, so "newest" ends up as the latest applied.
        for (qsizetype i = items.size() - 1; i >= 0; --i) {
            if (auto call = EmergencyCall::fromJson(items.at(i).toObject())) {
                m_position = std::max(m_position, call->lastEventSeq);
                apply(*call);
            }
        }
        openStream();
    });
}

void EmergencyCallFeed::openStream()
{
    if (m_stream)
        m_stream->deleteLater();
    m_parser.reset();
    HttpRequestSpec spec;
    spec.path = QStringLiteral("/v1/emergency-call-stream");
    // Everything after the last call state applied: nothing lost, nothing applied twice.
    spec.headers.append({QByteArrayLiteral("Last-Event-ID"), QByteArray::number(m_position)});
    m_stream = m_http.openStream(spec);
    connect(m_stream, &QNetworkReply::readyRead, this, &EmergencyCallFeed::onStreamData);
    connect(m_stream, &QNetworkReply::finished, this, &EmergencyCallFeed::onStreamEnded);
}

void EmergencyCallFeed::onStreamData()
{
    if (!m_stream)
        return;
    const int status = m_stream->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // an error answer: read whole when it ends
    for (const ServerSentEvent &event : m_parser.feed(m_stream->readAll())) {
        if (event.event == "ready") {
            m_backoffMs = 0;
            m_lastError.clear();
            setState(State::Live);
            continue;
        }
        if (event.event != "call")
            continue;
        const auto call = EmergencyCall::fromJson(QJsonDocument::fromJson(event.data).object());
        if (!call) {
            qCWarning(lcCalls) << "ignored a malformed call message" << event.id;
            continue;
        }
        m_position = std::max(m_position, event.id.toLongLong());
        apply(*call);
    }
    if (m_parser.failed())
        m_stream->abort();
}

void EmergencyCallFeed::onStreamEnded()
{
    QNetworkReply *reply = m_stream;
    if (!reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_lastError = status >= 400 ? tr("The server refused the live call feed (HTTP %1).").arg(status)
                                : reply->errorString();
    qCInfo(lcCalls).noquote() << "emergency-call stream ended:" << m_lastError;
    reply->deleteLater();
    m_stream.clear();
    if (m_state == State::Stopped)
        return;
    setState(State::Reconnecting);
    m_backoffMs = std::min(maxBackoffMs, std::max(firstBackoffMs, m_backoffMs * 2));
    m_reconnect.start(m_backoffMs);
}

void EmergencyCallFeed::apply(const EmergencyCall &call)
{
    const auto known = m_calls.constFind(call.id);
    const bool isNew = known == m_calls.cend();
    if (!isNew && known->lastEventSeq >= call.lastEventSeq)
        return; // a state already shown, sent again after a reconnect
    m_calls.insert(call.id, call);
    emit callChanged(call, isNew);
    const bool recent =
        call.startedAt.secsTo(QDateTime::currentDateTimeUtc()) <= alertWindowSeconds;
    if (call.wantsAlert() && recent && !m_alerted.contains(call.id)) {
        m_alerted.insert(call.id);
        emit alert(call);
    }
}

QList<EmergencyCall> EmergencyCallFeed::calls() const
{
    QList<EmergencyCall> list = m_calls.values();
    std::sort(list.begin(), list.end(), [](const EmergencyCall &a, const EmergencyCall &b) {
        return a.startedAt != b.startedAt ? a.startedAt > b.startedAt : a.id > b.id;
    });
    return list;
}

std::optional<EmergencyCall> EmergencyCallFeed::call(const QString &id) const
{
    const auto it = m_calls.constFind(id);
    return it == m_calls.cend() ? std::nullopt : std::optional<EmergencyCall>(*it);
}

void EmergencyCallFeed::acknowledge(const QString &callId)
{
    const auto known = call(callId);
    if (!known)
        return;
    HttpRequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/v1/tenants/%1/emergency-calls/%2/acknowledgement")
                    .arg(known->tenantId, callId);
    spec.retryable = true; // the first acknowledgement stands: repeating it changes nothing
    m_http.send(spec, this, [this, callId](const HttpResult &result) {
        if (!result.ok())
            return emit acknowledgeFailed(callId, *result.error);
        if (auto updated = EmergencyCall::fromJson(result.json.object()))
            apply(*updated);
        emit acknowledged(callId);
    });
}

void EmergencyCallFeed::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}
