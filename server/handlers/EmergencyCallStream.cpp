#include "EmergencyCallStream.h"

#include "ServerContext.h"
#include "store/EmergencyCallStore.h"
#include "store/ServerDatabase.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcGraph)

namespace {

constexpr int heartbeatMs = 15000;         // keeps proxies from closing an idle stream
constexpr qint64 maxUnsentBytes = 1 << 20; // a listener that stopped reading is dropped
constexpr int maxReplayedCalls = 1000;

} // namespace

EmergencyCallStream::EmergencyCallStream(ServerContext &ctx, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
{
    m_heartbeat.setInterval(heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &EmergencyCallStream::heartbeat);
    m_heartbeat.start();
}

bool EmergencyCallStream::Listener::wants(const QString &tenantId) const
{
    return (tenantFilter.isEmpty() || tenantFilter == tenantId) && principal.canSeeTenant(tenantId);
}

HttpResponse EmergencyCallStream::attach(HttpRequest &request, const QString &tenantFilter)
{
    bool ok = true;
    QByteArray position = request.header("last-event-id");
    if (position.isEmpty())
        position = request.query.queryItemValue(QStringLiteral("after")).toLatin1();
    const qint64 after = position.isEmpty() ? 0 : position.trimmed().toLongLong(&ok);
    if (!ok || after < 0)
        return HttpResponse::problem(400, QStringLiteral("bad-request"),
                                     QStringLiteral("Bad stream position"),
                                     QStringLiteral("Last-Event-ID and after are the id of the "
                                                    "last message received, a whole number."));
    QTcpSocket *socket = request.socket;
    if (!socket)
        return HttpResponse::problem(500, QStringLiteral("internal"),
                                     QStringLiteral("No connection to stream on"));
    const Listener listener{socket, request.principal, tenantFilter};
    // Read everything first: a database failure can still be answered with a 503.
    QByteArray backlog = after > 0 ? replay(listener, after) : QByteArray();
    const qint64 now =
        m_ctx.db.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM emergency_call_events"))
            .toLongLong();
    // "ready": everything up to `seq` has been sent; what follows is live.
    backlog += "event: ready\ndata: {\"seq\":" + QByteArray::number(std::max(now, after)) + "}\n\n";
    // The answer's head, written by hand: the body never ends while the client listens.
    socket->write("HTTP/1.1 200 OK\r\n"
                  "Content-Type: text/event-stream; charset=utf-8\r\n"
                  "Cache-Control: no-store\r\n"
                  "Connection: close\r\n"
                  "X-Request-Id: " +
                  request.requestId.toLatin1() + "\r\n\r\n" + backlog);
    m_listeners.append(listener);
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_listeners.removeIf([socket](const Listener &l) { return l.socket == socket; });
    });
    return HttpResponse{0, {}, {}};
}

QByteArray EmergencyCallStream::replay(const Listener &listener, qint64 after)
{
    QSqlQuery q(m_ctx.db.db());
    m_ctx.db.exec(
        q,
        QStringLiteral("SELECT MAX(tenant_id), call_id, MAX(seq) AS last FROM"
                       " emergency_call_events WHERE seq > ? AND (? = '' OR tenant_id = ?)"
                       " GROUP BY call_id ORDER BY last"),
        {after, listener.tenantFilter, listener.tenantFilter});
    QByteArray messages;
    int calls = 0;
    while (q.next() && calls < maxReplayedCalls) {
        const QString tenantId = q.value(0).toString();
        if (!listener.wants(tenantId))
            continue;
        ++calls;
        messages += callMessage(tenantId, q.value(1).toString(), q.value(2).toLongLong());
    }
    return messages;
}

void EmergencyCallStream::publish(const QString &tenantId, const QString &callId, qint64 seq)
{
    QByteArray message;
    for (const Listener &listener : std::as_const(m_listeners)) {
        if (!listener.socket || !listener.wants(tenantId))
            continue;
        if (message.isEmpty())
            message = callMessage(tenantId, callId, seq);
        send(listener.socket, message);
    }
}

QByteArray EmergencyCallStream::callMessage(const QString &tenantId, const QString &callId,
                                            qint64 seq)
{
    const auto call = EmergencyCallStore(m_ctx.db).load(tenantId, callId);
    if (!call)
        return {};
    return "id: " + QByteArray::number(seq) +
           "\nevent: call\ndata: " + QJsonDocument(*call).toJson(QJsonDocument::Compact) + "\n\n";
}

void EmergencyCallStream::send(QTcpSocket *socket, const QByteArray &message)
{
    if (message.isEmpty() || !socket)
        return;
    if (socket->bytesToWrite() > maxUnsentBytes) {
        qCWarning(lcGraph) << "dropping an emergency-call stream listener that stopped reading";
        socket->abort();
        return;
    }
    socket->write(message);
}

void EmergencyCallStream::heartbeat()
{
    for (const Listener &listener : std::as_const(m_listeners))
        send(listener.socket, QByteArrayLiteral(": keep-alive\n\n"));
}
