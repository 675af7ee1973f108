// The live stream of emergency calls, as Server-Sent Events over the API's own TLS connection and
// bearer token: GET /v1/emergency-call-stream, for every tenant the caller sees or, with
// ?tenantId=, one of them (a desk watches all its tenants on one connection). Each message is
// a call as it stands after one of its events, with the event's sequence number as the message
// id. A client that reconnects sends the last id it saw (Last-Event-ID, or ?after=) and first
// gets every call that changed since, so a dropped connection or a restarted server loses
// nothing and repeats nothing.
#pragma once

#include "auth/Principal.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

struct HttpRequest;
struct HttpResponse;
struct ServerContext;

class EmergencyCallStream : public QObject
{
    Q_OBJECT
public:
    explicit EmergencyCallStream(ServerContext &ctx, QObject *parent = nullptr);

    // Takes over the request's connection and answers it; `tenantFilter` (empty: all the
    // caller sees) was checked by the route.
    HttpResponse attach(HttpRequest &request, const QString &tenantFilter);
    // Sends the call to every listener of its tenant.
    void publish(const QString &tenantId, const QString &callId, qint64 seq);

    int listenerCount() const { return static_cast<int>(m_listeners.size()); }

private:
    struct Listener
    {
        QPointer<QTcpSocket> socket;
        Principal principal;
        QString tenantFilter;
        bool wants(const QString &tenantId) const;
    };
    // The calls that changed after `after`, as messages.
    QByteArray replay(const Listener &listener, qint64 after);
    void send(QTcpSocket *socket, const QByteArray &message);
    QByteArray callMessage(const QString &tenantId, const QString &callId, qint64 seq);
    void heartbeat();

    ServerContext &m_ctx;
    QList<Listener> m_listeners;
    QTimer m_heartbeat;
};
