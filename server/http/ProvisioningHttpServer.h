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
    void setAuthenticator(Authenticator authenticator)
    {
        m_authenticate = std::move(authenticator);
    }
    void setFaultInjector(FaultInjector *faults) { m_faults = faults; }
    void setRateLimiter(RateLimiter *limiter) { m_rateLimiter = limiter; }
    // Called before a write with an Idempotency-Key waits out injected latency, so the key is
    // known to be in flight meanwhile. Returns an answer to send at once, if any.
    using ClaimHook = std::function<std::optional<HttpResponse>(const HttpRequest &request)>;
    void setClaimHook(ClaimHook hook) { m_claim = std::move(hook); }
    // Arms a failure of the request's Nth database write (0 disarms); called for a request that
    // sends Dispatchable-Fail-Db-Write when --fail-db-write allows it.
    using DatabaseFaultHook = std::function<void(int n)>;
    void setDatabaseFaultHook(DatabaseFaultHook hook) { m_armDatabaseFault = std::move(hook); }
    // Largest request body accepted; larger ones get 413.
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // Route, authenticate and authorize; an answer means "stop here".
    std::optional<HttpResponse> admit(HttpRequest &request, const Route **route) const;
    HttpResponse process(HttpRequest &request) const;
    // Runs `step`; a DatabaseFailure becomes a logged 503 with a fresh correlation id.
    HttpResponse unlessDatabaseFails(HttpRequest &request,
                                     const std::function<HttpResponse()> &step) const;
    static void write(QHttpServerResponder &responder, const HttpResponse &response,
                      const QString &requestId);

    Router m_router;
    Authenticator m_authenticate;
    ClaimHook m_claim;
    DatabaseFaultHook m_armDatabaseFault;
    FaultInjector *m_faults = nullptr;
    RateLimiter *m_rateLimiter = nullptr;
    qint64 m_maxBodyBytes = 4 * 1024 * 1024;
    quint64 m_requestCounter = 0;
};
