#include "ProvisioningHttpServer.h"

#include "FaultInjector.h"
#include "Gzip.h"
#include "RateLimiter.h"
#include "store/DatabaseFailure.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <memory>

Q_LOGGING_CATEGORY(lcHttp, "dispatchable.server.http")

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

HttpResponse retryLater(int status, const QString &slug, const QString &title, int seconds)
{
    HttpResponse r = HttpResponse::problem(status, slug, title,
                                           QStringLiteral("Retry after %1 s.").arg(seconds));
    r.setHeader("Retry-After", QByteArray::number(seconds));
    return r;
}

// 503 for a request the database could not complete. Everything it wrote was rolled back; the
// correlation id (body and header) finds the SQL error in the server's log, which the client
// never sees.
HttpResponse storageFailure(const QString &correlationId)
{
    HttpResponse r = HttpResponse::problem(
        503, QStringLiteral("unavailable"), QStringLiteral("Could not complete the request"),
        QStringLiteral("The server could not read or save data. Nothing was changed; retry in a "
                       "moment, and quote %1 if it keeps failing.")
            .arg(correlationId));
    QJsonObject body = QJsonDocument::fromJson(r.body).object();
    body.insert(QStringLiteral("correlationId"), correlationId);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.setHeader("X-Correlation-Id", correlationId.toLatin1());
    r.setHeader("Retry-After", "1");
    return r;
}

} // namespace

ProvisioningHttpServer::ProvisioningHttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{}

bool ProvisioningHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path(QUrl::FullyDecoded);
    req.query = request.query();
    for (const auto &[name, value] : request.headers())
        req.headers.insert(name.toLower(), value);
    req.body = request.body();
    req.socket = socket;
    req.requestId = QStringLiteral("req-%1-%2")
                        .arg(++m_requestCounter)
                        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const bool gzip = req.header("accept-encoding").contains("gzip");

    if (m_faults && m_faults->active()) {
        switch (m_faults->next()) {
        case FaultInjector::Fault::Drop:
            qCInfo(lcHttp) << req.requestId << "fault: dropping connection";
            // Queued: QtHttpServer still uses the socket after this call returns.
            QMetaObject::invokeMethod(socket, &QTcpSocket::abort, Qt::QueuedConnection);
            return true;
        case FaultInjector::Fault::ServerError:
            write(*responder,
                  retryLater(503, QStringLiteral("injected-unavailable"),
                             QStringLiteral("Service temporarily unavailable"),
                             m_faults->settings().retryAfterSeconds),
                  req.requestId);
            return true;
        case FaultInjector::Fault::TooManyRequests:
            write(*responder,
                  retryLater(429, QStringLiteral("rate-limited"),
                             QStringLiteral("Too many requests"),
                             m_faults->settings().retryAfterSeconds),
                  req.requestId);
            return true;
        case FaultInjector::Fault::None:
            break;
        }
    }

    const int latency = m_faults ? m_faults->settings().latencyMs : 0;
    auto finish = [this, gzip, responder](HttpRequest &r, QPointer<QTcpSocket> alive) {
        HttpResponse response = process(r);
        if (gzip && response.body.size() > 1024) {
            if (auto packed = gzipCompress(response.body)) {
                response.body = *packed;
                response.setHeader("Content-Encoding", "gzip");
            }
        }
        if (alive && response.status != 0) // 0: a stream answered itself
            write(*responder, response, r.requestId);
    };
    if (latency <= 0) {
        finish(req, socket);
        return true;
    }
    // Injected latency: the request is processed after the delay. A write with an
    // Idempotency-Key claims its key first, so a second request with the same key meanwhile
    // finds the first one still in flight.
    std::optional<HttpResponse> answer;
    const HttpResponse outcome = unlessDatabaseFails(req, [&] {
        const Route *route = nullptr;
        if (!admit(req, &route) && m_claim && route->idempotency == Idempotency::Keyed &&
            !req.header("idempotency-key").isEmpty())
            answer = m_claim(req);
        return HttpResponse::noContent();
    });
    if (outcome.status == 503)
        answer = outcome;
    if (answer) {
        write(*responder, *answer, req.requestId);
        return true;
    }
    QTimer::singleShot(latency, this,
                       [finish, req = std::move(req),
                        alive = QPointer<QTcpSocket>(socket)]() mutable { finish(req, alive); });
    return true;
}

std::optional<HttpResponse> ProvisioningHttpServer::admit(HttpRequest &req,
                                                          const Route **routeOut) const
{
    const Router::Match match = m_router.match(req.method, req.path);
    const qint64 limit =
        match.route && match.route->maxBodyBytes > 0 ? match.route->maxBodyBytes : m_maxBodyBytes;
    if (req.body.size() > limit)
        return HttpResponse::problem(
            413, QStringLiteral("payload-too-large"), QStringLiteral("Request body too large"),
            QStringLiteral("The body may be at most %1 bytes.").arg(limit));

    if (!match.route) {
        if (!match.allowedMethods.isEmpty()) {
            HttpResponse r = HttpResponse::problem(405, QStringLiteral("method-not-allowed"),
                                                   QStringLiteral("Method not allowed"));
            r.setHeader("Allow", match.allowedMethods.join(", "));
            return r;
        }
        return HttpResponse::problem(404, QStringLiteral("not-found"),
                                     QStringLiteral("No such resource"),
                                     QStringLiteral("%1 is not a path of this API.").arg(req.path));
    }
    req.pathParams = match.params;
    const Route &route = *match.route;
    *routeOut = &route;

    if (route.access != Access::Public) {
        const QByteArray authorization = req.header("authorization");
        std::optional<Principal> principal;
        // RFC 9110 §11.1: the scheme name is case-insensitive.
        if (authorization.size() > 7 &&
            authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0 && m_authenticate)
            principal = m_authenticate(authorization.mid(7).trimmed());
        if (!principal || !principal->valid) {
            HttpResponse r = HttpResponse::problem(
                401, QStringLiteral("unauthorized"), QStringLiteral("Not signed in"),
                QStringLiteral("The bearer token is missing, unknown, expired or revoked."));
            r.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return r;
        }
        req.principal = *principal;
        if ((route.access == Access::Write && !req.principal.canWrite()) ||
            (route.access == Access::StaffOnly && req.principal.role != Role::Staff))
            return HttpResponse::problem(403, QStringLiteral("forbidden"),
                                         QStringLiteral("Not allowed for your role"),
                                         QStringLiteral("Your role (%1) may not do this.")
                                             .arg(roleToWire(req.principal.role)));
        if (m_rateLimiter) {
            if (auto wait = m_rateLimiter->admit(req.principal.userId))
                return retryLater(429, QStringLiteral("rate-limited"),
                                  QStringLiteral("Too many requests"), *wait);
        }
    }
    return std::nullopt;
}

HttpResponse ProvisioningHttpServer::process(HttpRequest &req) const
{
    return unlessDatabaseFails(req, [&] {
        const Route *route = nullptr;
        if (auto refusal = admit(req, &route))
            return *refusal;
        return route->handler(req);
    });
}

HttpResponse
ProvisioningHttpServer::unlessDatabaseFails(HttpRequest &req,
                                            const std::function<HttpResponse()> &step) const
{
    bool ok = false;
    const int failAt = req.header("dispatchable-fail-db-write").toInt(&ok);
    const bool armed =
        ok && m_armDatabaseFault && m_faults && m_faults->settings().databaseFaultsAllowed();
    if (armed)
        m_armDatabaseFault(failAt);
    try {
        HttpResponse response = step();
        if (armed)
            m_armDatabaseFault(0);
        return response;
    } catch (const DatabaseFailure &failure) {
        if (armed)
            m_armDatabaseFault(0);
        const QString correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        qCCritical(lcHttp).noquote() << "database failure" << correlationId << req.requestId
                                     << req.method << req.path << ":" << failure.what();
        return storageFailure(correlationId);
    }
}

void ProvisioningHttpServer::write(QHttpServerResponder &responder, const HttpResponse &response,
                                   const QString &requestId)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("X-Request-Id", requestId.toLatin1());
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

void ProvisioningHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder,
          HttpResponse::problem(400, QStringLiteral("bad-request"), QStringLiteral("Bad request")),
          QString());
}
