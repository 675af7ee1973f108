#include "EmergencyCallFeedRoutes.h"

#include "RequestBody.h"
#include "ResourceWrites.h"
#include "ServerContext.h"
#include "graph/SubscriptionKeeper.h"
#include "http/Router.h"
#include "store/ServerDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

namespace {

constexpr int maxPolicies = 20;
constexpr int maxPolicyNameLength = 256;

bool isGuid(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\z"));
    return pattern.match(text).hasMatch();
}

QJsonArray subscriptionsOf(ServerContext &ctx, const QString &tenantId)
{
    QSqlQuery q(ctx.db.db());
    ctx.db.exec(q,
                QStringLiteral("SELECT policy_name, state, expires_at, last_error FROM"
                               " graph_subscriptions WHERE tenant_id = ? ORDER BY policy_name"),
                {tenantId});
    QJsonArray list;
    while (q.next()) {
        const QString expires = q.value(2).toString();
        list.append(QJsonObject{
            {QStringLiteral("policyName"), q.value(0).toString()},
            {QStringLiteral("state"), q.value(1).toString()},
            {QStringLiteral("expiresAt"), expires.isEmpty() ? QJsonValue() : QJsonValue(expires)},
            {QStringLiteral("lastError"), q.value(3).toString()}});
    }
    return list;
}

std::optional<QJsonObject> loadFeed(ServerContext &ctx, const QString &tenantId)
{
    QSqlQuery q(ctx.db.db());
    ctx.db.exec(q,
                QStringLiteral("SELECT f.teams_tenant_id, f.policy_names, f.version, f.updated_at,"
                               " t.updated_at FROM tenants t LEFT JOIN emergency_call_feeds f"
                               " ON f.tenant_id = t.id WHERE t.id = ?"),
                {tenantId});
    if (!q.next())
        return std::nullopt;
    const bool stored = !q.value(2).isNull();
    const QString teamsTenant = q.value(0).toString();
    return QJsonObject{
        {QStringLiteral("tenantId"), tenantId},
        {QStringLiteral("teamsTenantId"),
         teamsTenant.isEmpty() ? QJsonValue() : QJsonValue(teamsTenant)},
        {QStringLiteral("policyNames"),
         stored ? QJsonDocument::fromJson(q.value(1).toByteArray()).array() : QJsonArray()},
        {QStringLiteral("graphConnected"), ctx.options.graph.configured()},
        {QStringLiteral("subscriptions"), subscriptionsOf(ctx, tenantId)},
        {QStringLiteral("etag"),
         QString::fromLatin1(etagFor(stored ? q.value(2).toLongLong() : 1))},
        {QStringLiteral("updatedAt"), stored ? q.value(3).toString() : q.value(4).toString()},
    };
}

HttpResponse getFeed(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    if (auto problem = tenantAccessProblem(ctx, request, tenantId))
        return *problem;
    return jsonWithEtag(200, *loadFeed(ctx, tenantId));
}

struct FeedInput
{
    QString teamsTenantId; // empty: the feed is switched off
    QJsonArray policyNames;
};

std::optional<FeedInput> readFeedInput(RequestBody &body)
{
    FeedInput in;
    in.teamsTenantId = body.string(QStringLiteral("teamsTenantId"), false, 36).trimmed();
    const QStringList names = body.stringArray(QStringLiteral("policyNames"), true, maxPolicies);
    if (!body.ok())
        return std::nullopt;
    if (!in.teamsTenantId.isEmpty() && !isGuid(in.teamsTenantId))
        body.addError(QStringLiteral("teamsTenantId"), QStringLiteral("invalid"),
                      QStringLiteral("The Teams tenant id is a GUID, as the Teams admin centre "
                                     "and Get-CsTenant show it."));
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString name = names.at(i).trimmed();
        if (name.isEmpty() || name.size() > maxPolicyNameLength)
            body.addError(
                QStringLiteral("policyNames[%1]").arg(i), QStringLiteral("invalid"),
                QStringLiteral("A policy name is 1 to %1 characters.").arg(maxPolicyNameLength));
        else if (!in.policyNames.contains(QJsonValue(name)))
            in.policyNames.append(name);
    }
    if (in.teamsTenantId.isEmpty() && !in.policyNames.isEmpty())
        body.addError(QStringLiteral("teamsTenantId"), QStringLiteral("required"),
                      QStringLiteral("Name the Teams tenant the policies belong to."));
    if (!body.ok())
        return std::nullopt;
    in.teamsTenantId = in.teamsTenantId.toLower();
    return in;
}

HttpResponse putFeed(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    if (auto problem = conditionalWriteProblem(ctx, request, tenantId))
        return *problem;
    RequestBody body = RequestBody::parse(
        request, {QStringLiteral("teamsTenantId"), QStringLiteral("policyNames")});
    if (!body.ok())
        return body.error();
    const auto in = readFeedInput(body);
    if (!in)
        return body.error();
    WriteTransaction tx(ctx.db);
    const QJsonObject before = *loadFeed(ctx, tenantId);
    if (auto problem = staleVersionProblem(request, before))
        return *problem;
    const QVariant owner = ctx.db.scalar(
        QStringLiteral("SELECT tenant_id FROM emergency_call_feeds WHERE teams_tenant_id = ?"
                       " AND tenant_id <> ?"),
        {in->teamsTenantId, tenantId});
    if (owner.isValid())
        return HttpResponse::problem(
            409, QStringLiteral("teams-tenant-in-use"),
            QStringLiteral("Teams tenant already in use"),
            QStringLiteral("Another tenant's feed already names this Teams tenant; Graph sends "
                           "its calls to one place only."));
    QSqlQuery q(ctx.db.db());
    ctx.db.exec(q,
                QStringLiteral("INSERT INTO emergency_call_feeds (tenant_id, teams_tenant_id,"
                               " policy_names, version, updated_at) VALUES (?, ?, ?, 2, ?)"
                               " ON CONFLICT (tenant_id) DO UPDATE SET"
                               " teams_tenant_id = excluded.teams_tenant_id,"
                               " policy_names = excluded.policy_names,"
                               " version = emergency_call_feeds.version + 1,"
                               " updated_at = excluded.updated_at"),
                {tenantId, in->teamsTenantId.isEmpty() ? QVariant() : QVariant(in->teamsTenantId),
                 QString::fromUtf8(QJsonDocument(in->policyNames).toJson(QJsonDocument::Compact)),
                 ServerDatabase::nowIso()});
    const QJsonObject after = *loadFeed(ctx, tenantId);
    ctx.db.recordAudit(request.principal, AuditRecord{QStringLiteral("emergency_call_feed.update"),
                                                      tenantId,
                                                      tenantId,
                                                      before,
                                                      after,
                                                      {},
                                                      request.requestId});
    HttpResponse response = afterCommit(tx, jsonWithEtag(200, after));
    // The keeper creates or deletes subscriptions once the answer is out.
    if (ctx.keeper)
        QTimer::singleShot(0, ctx.keeper, &SubscriptionKeeper::reconcile);
    return response;
}

} // namespace

void registerEmergencyCallFeedRoutes(Router &router, ServerContext &ctx)
{
    const QString path = QStringLiteral("/v1/tenants/{tenantId}/emergency-call-feed");
    router.add("GET", path, Access::Read, [&ctx](HttpRequest &r) { return getFeed(ctx, r); });
    router.add("PUT", path, Access::Write, [&ctx](HttpRequest &r) { return putFeed(ctx, r); });
}
