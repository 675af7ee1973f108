// The HTTPS front of the reference backend: turns QtHttpServer requests into HttpRequest,
// applies authentication, roles, rate limits and injected faults, routes, and writes the answer.
#pragma once

#include "Router.h"

#include <QAbstractHttpServer>

#include <functional>
#include <optional>

class FaultInjector;
class RateLimiter;

class ProvisioningHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Authenticator = std::function<std::optional<Principal>(const QByteArray &bearerToken)>;

    explicit ProvisioningHttpServer(QObject *parent = nullptr);

    Router &router() { return m_router; }
    void setAuthenticator(Authenticator authenticator) { m_authenticate = std::move(authenticator); }
    void setFaultInjector(FaultInjector *faults) { m_faults = faults; }
    void setRateLimiter(RateLimiter *limiter) { m_rateLimiter = limiter; }
    // Largest request body accepted; larger ones get 413.
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse process(HttpRequest &request) const;
    static void write(QHttpServerResponder &responder, const HttpResponse &response,
                      const QString &requestId);

    Router m_router;
    Authenticator m_authenticate;
    FaultInjector *m_faults = nullptr;
    RateLimiter *m_rateLimiter = nullptr;
    qint64 m_maxBodyBytes = 4 * 1024 * 1024;
    quint64 m_requestCounter = 0;
};
