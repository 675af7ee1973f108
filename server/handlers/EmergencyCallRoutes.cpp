#include "EmergencyCallRoutes.h"

#include "EmergencyCallStream.h"
#include "Pagination.h"
#include "RequestBody.h"
#include "ResourceWrites.h"
#include "ServerContext.h"
#include "graph/GraphNotificationIntake.h"
#include "http/Router.h"
#include "store/EmergencyCallStore.h"
#include "store/ServerDatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// Graph's notifications are a few kilobytes; a delivery this large is not Graph.
constexpr qint64 maxNotificationBytes = 1024 * 1024;

// The tenants a request may list: the one in the path, or else the `tenantId` filter, or else
// every tenant the caller sees (as a JSON array, SqlDialect::jsonArrayElements(); empty for "all").
std::optional<QString> visibleTenants(ServerContext &ctx, const HttpRequest &request,
                                      HttpResponse *error)
{
    QString tenantId = request.param(QStringLiteral("tenantId"));
    if (tenantId.isEmpty())
        tenantId = queryFilter(request, QStringLiteral("tenantId"));
    if (!tenantId.isEmpty()) {
        if (auto problem = tenantAccessProblem(ctx, request, tenantId)) {
            *error = *problem;
            return std::nullopt;
        }
        return QString::fromUtf8(QJsonDocument(QJsonArray{tenantId}).toJson());
    }
    if (request.principal.role != Role::Admin)
        return QStringLiteral("");
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(request.principal.tenantIds)).toJson());
}

HttpResponse listCalls(ServerContext &ctx, HttpRequest &request)
{
    HttpResponse error;
    const auto tenants = visibleTenants(ctx, request, &error);
    if (!tenants)
        return error;
    const auto page = parsePageRequest(request, &error);
    if (!page)
        return error;
    const QString kind = queryFilter(request, QStringLiteral("kind"));
    const QString verdict = queryFilter(request, QStringLiteral("verdict"));
    const QString state = queryFilter(request, QStringLiteral("state"));
    const QString since = queryFilter(request, QStringLiteral("since"));
    QString number = queryFilter(request, QStringLiteral("number"));
    if (!number.isEmpty() && !number.startsWith(QLatin1Char('+')))
        number.prepend(QLatin1Char('+')); // "+" arrives as a space unless sent as %2B
    if (!state.isEmpty() && state != QLatin1StringView("active") &&
        state != QLatin1StringView("ended"))
        return HttpResponse::problem(400, QStringLiteral("bad-request"),
                                     QStringLiteral("Unknown state filter"),
                                     QStringLiteral("state is \"active\" or \"ended\"."));
    QSqlQuery q(ctx.db.db());
    // Newest first: the cursor is the last row's "started_at|id".
    ctx.db.exec(q,
                QStringLiteral("SELECT ") + EmergencyCallStore::columns +
                    QStringLiteral(" FROM emergency_calls WHERE (? = '' OR tenant_id IN (") +
                    ctx.db.dialect().jsonArrayElements() +
                    QStringLiteral("))"
                                   " AND (? = '' OR started_at || '|' || id < ?)"
                                   " AND (? = '' OR kind = ?) AND (? = '' OR verdict = ?)"
                                   " AND (? = '' OR (? = 'active') = (ended_at = ''))"
                                   " AND (? = '' OR number = ?) AND (? = '' OR started_at >= ?)"
                                   " ORDER BY started_at DESC, id DESC LIMIT ?"),
                {*tenants, *tenants, page->after, page->after, kind, kind, verdict, verdict, state,
                 state, number, number, since, since, page->limit + 1});
    EmergencyCallStore store(ctx.db);
    return HttpResponse::json(200, readPage(q, page->limit, 18, [&store](const QSqlQuery &row) {
                                  QJsonObject call = EmergencyCallStore::fromRow(row);
                                  call.insert(QStringLiteral("events"),
                                              store.eventsOf(row.value(0).toString()));
                                  return call;
                              }));
}

HttpResponse getCall(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    if (auto problem = tenantAccessProblem(ctx, request, tenantId))
        return *problem;
    const QString callId = request.param(QStringLiteral("callId"));
    const auto call = EmergencyCallStore(ctx.db).load(tenantId, callId);
    if (!call)
        return notFound(QStringLiteral("emergency call %1").arg(callId));
    return HttpResponse::json(200, *call);
}

// Any signed-in role may acknowledge: the security desk often runs as an auditor's kiosk, and
// acknowledging changes nothing that is provisioned or billed.
HttpResponse acknowledgeCall(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    if (auto problem = tenantAccessProblem(ctx, request, tenantId))
        return *problem;
    const QString callId = request.param(QStringLiteral("callId"));
    EmergencyCallStore store(ctx.db);
    WriteTransaction tx(ctx.db);
    const auto before = store.load(tenantId, callId);
    if (!before)
        return notFound(QStringLiteral("emergency call %1").arg(callId));
    const qint64 seq = store.acknowledge(tenantId, callId, request.principal.email);
    const QJsonObject after = *store.load(tenantId, callId);
    if (seq > 0)
        ctx.db.recordAudit(request.principal,
                           AuditRecord{QStringLiteral("emergency_call.acknowledge"),
                                       tenantId,
                                       callId,
                                       {},
                                       after,
                                       {},
                                       request.requestId});
    HttpResponse response = afterCommit(tx, HttpResponse::json(200, after));
    // Every desk watching the tenant sees it acknowledged.
    if (seq > 0 && ctx.stream)
        ctx.stream->publish(tenantId, callId, seq);
    return response;
}

HttpResponse streamCalls(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = queryFilter(request, QStringLiteral("tenantId"));
    if (!tenantId.isEmpty()) {
        if (auto problem = tenantAccessProblem(ctx, request, tenantId))
            return *problem;
    }
    return ctx.stream->attach(request, tenantId);
}

HttpResponse receiveNotifications(ServerContext &ctx, HttpRequest &request)
{
    // Graph proves the URL is ours before it creates a subscription: echo the token as plain
    // text within seconds.
    const QString validationToken =
        request.query.queryItemValue(QStringLiteral("validationToken"), QUrl::FullyDecoded);
    if (request.query.hasQueryItem(QStringLiteral("validationToken"))) {
        HttpResponse r;
        r.status = 200;
        r.setHeader("Content-Type", "text/plain; charset=utf-8");
        r.body = validationToken.toUtf8();
        return r;
    }
    if (request.body.size() > maxNotificationBytes)
        return HttpResponse::problem(413, QStringLiteral("payload-too-large"),
                                     QStringLiteral("Notification too large"));
    QString reason;
    if (!ctx.intake || !ctx.intake->accept(request.body, &reason))
        return HttpResponse::problem(400, QStringLiteral("bad-request"),
                                     QStringLiteral("Not a change notification collection"),
                                     reason);
    HttpResponse accepted;
    accepted.status = 202;
    return accepted;
}

} // namespace

void registerEmergencyCallRoutes(Router &router, ServerContext &ctx)
{
    const QString list = QStringLiteral("/v1/tenants/{tenantId}/emergency-calls");
    router.add("GET", list, Access::Read, [&ctx](HttpRequest &r) { return listCalls(ctx, r); });
    router.add("GET", list + QStringLiteral("/{callId}"), Access::Read,
               [&ctx](HttpRequest &r) { return getCall(ctx, r); });
    router.add("POST", list + QStringLiteral("/{callId}/acknowledgement"), Access::Read,
               [&ctx](HttpRequest &r) { return acknowledgeCall(ctx, r); });
    router.add("GET", QStringLiteral("/v1/emergency-calls"), Access::Read,
               [&ctx](HttpRequest &r) { return listCalls(ctx, r); });
    router.add("GET", QStringLiteral("/v1/emergency-call-stream"), Access::Read,
               [&ctx](HttpRequest &r) { return streamCalls(ctx, r); });
    // Graph calls this without our token; what it sends is trusted only after the checks in
    // GraphNotificationIntake.
    router.add("POST", QStringLiteral("/v1/graph/notifications"), Access::Public,
               [&ctx](HttpRequest &r) { return receiveNotifications(ctx, r); });
}
