#include "ComplianceRoutes.h"

#include "Pagination.h"
#include "RequestBody.h"
#include "ResourceWrites.h"
#include "ServerContext.h"
#include "http/Router.h"
#include "store/IdempotencyLedger.h"
#include "store/ServerDatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace {

const QString disclosureVersion = QStringLiteral("2026-11-01");

// The limitations of emergency calling from Teams, which every subscriber must be told about and
// acknowledge (47 CFR 9.11(a)(5)). Wording is ours; facts from the carrier's published notice.
QJsonArray disclosureItems()
{
    const auto item = [](const char *id, const char *title, const char *text) {
        return QJsonObject{{QStringLiteral("id"), QLatin1StringView(id)},
                           {QStringLiteral("title"), QLatin1StringView(title)},
                           {QStringLiteral("text"), QLatin1StringView(text)}};
    };
    return QJsonArray{
        item("location-unknown", "Teams may not know where the caller is",
             "Teams can lack the caller's real location. The call may then reach the wrong "
             "emergency centre and "
             "help may be sent to the wrong place. Configure dynamic emergency calling so the "
             "location comes from "
             "the network the caller is on."),
        item("power-network", "No power or no internet means no emergency call",
             "If the device has no power, the power is out, or it cannot reach the internet for "
             "any reason, it "
             "cannot place an emergency call through Teams."),
        item("nomadic", "Calls from elsewhere likely reach the wrong centre",
             "A call made away from the registered location will probably be routed to an "
             "emergency centre that "
             "does not serve the caller's actual location, unless dynamic emergency calling was "
             "set up and tested."),
        item("critical-phones", "Not for phones that must always reach 911",
             "Where a phone must reach 911 at all times, such as on a factory floor or in a "
             "medical facility, do "
             "not rely on Teams alone. Ask the carrier to place conventional voice lines at those "
             "spots."),
    };
}

HttpResponse priceList(ServerContext &ctx)
{
    return HttpResponse::json(
        200,
        QJsonObject{{QStringLiteral("currency"), ctx.e911Fee.currency},
                    {QStringLiteral("e911MonthlyFee"), ctx.e911Fee.toJson()},
                    {QStringLiteral("effectiveFrom"), QStringLiteral("2026-01-01T00:00:00Z")}});
}

HttpResponse currentDisclosure()
{
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("version"), disclosureVersion},
                         {QStringLiteral("publishedAt"), QStringLiteral("2026-11-01T00:00:00Z")},
                         {QStringLiteral("items"), disclosureItems()}});
}

QJsonObject acknowledgementFromRow(const QSqlQuery &q)
{
    return QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                       {QStringLiteral("tenantId"), q.value(1).toString()},
                       {QStringLiteral("disclosureVersion"), q.value(2).toString()},
                       {QStringLiteral("acknowledgedBy"),
                        QJsonObject{{QStringLiteral("id"), q.value(3).toString()},
                                    {QStringLiteral("email"), q.value(4).toString()}}},
                       {QStringLiteral("acknowledgedAt"), q.value(5).toString()}};
}

const QString acknowledgementColumns =
    QStringLiteral("id, tenant_id, disclosure_version, user_id, user_email, acknowledged_at");

HttpResponse listAcknowledgements(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    HttpResponse error;
    const auto page = tenantPageRequest(ctx, request, tenantId, &error);
    if (!page)
        return error;
    // By id, like every list but numbers and the audit log (docs/api.md, Pagination).
    QSqlQuery q(ctx.db.db());
    ctx.db.exec(q,
                QStringLiteral("SELECT ") + acknowledgementColumns +
                    QStringLiteral(" FROM acknowledgements WHERE tenant_id = ? AND id > ?"
                                   " ORDER BY id LIMIT ?"),
                {tenantId, page->after, page->limit + 1});
    return HttpResponse::json(200, readPage(q, page->limit, 0, [&](const QSqlQuery &row) {
                                  return acknowledgementFromRow(row);
                              }));
}

HttpResponse acknowledge(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    if (auto problem = tenantAccessProblem(ctx, request, tenantId))
        return *problem;
    RequestBody body = RequestBody::parse(request, {QStringLiteral("disclosureVersion")});
    if (!body.ok())
        return body.error();
    const QString version = body.string(QStringLiteral("disclosureVersion"), true, 40);
    if (!body.ok())
        return body.error();
    // A well-formed but stale version breaks a rule rather than a format.
    if (version != disclosureVersion)
        return HttpResponse::problem(
            422, QStringLiteral("validation-failed"), QStringLiteral("Not the current disclosure"),
            {},
            {{QStringLiteral("disclosureVersion"), QStringLiteral("not_current"),
              QStringLiteral(
                  "Only the current limitations text (%1) can be acknowledged; read it again.")
                  .arg(disclosureVersion)}});
    return ctx.ledger.run(request, [&]() {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const qint64 seq = ctx.db.recordChange(QStringLiteral("acknowledgement"), id, tenantId);
        QSqlQuery q(ctx.db.db());
        ctx.db.exec(q,
                    QStringLiteral(
                        "INSERT INTO acknowledgements (id, tenant_id, disclosure_version, user_id,"
                        " user_email, acknowledged_at, updated_seq) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {id, tenantId, version, request.principal.userId, request.principal.email,
                     ServerDatabase::nowIso(), seq});
        ctx.db.recordAudit(request.principal,
                           AuditRecord{QStringLiteral("acknowledgement.create"),
                                       tenantId,
                                       id,
                                       {},
                                       QJsonObject{{QStringLiteral("disclosureVersion"), version}},
                                       {},
                                       request.requestId});
        ctx.db.exec(q,
                    QStringLiteral("SELECT ") + acknowledgementColumns +
                        QStringLiteral(" FROM acknowledgements WHERE id = ?"),
                    {id});
        q.next();
        return HttpResponse::json(201, acknowledgementFromRow(q));
    });
}

QJsonValue parseJsonText(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    return QJsonDocument::fromJson(v.toByteArray()).object();
}

HttpResponse auditLog(ServerContext &ctx, HttpRequest &request)
{
    HttpResponse error;
    const auto page = parsePageRequest(request, &error);
    if (!page)
        return error;
    // Audit ids grow; pages run from newest to oldest, the cursor holding the last id sent.
    QString sql = QStringLiteral(
        "SELECT id, at, actor_id, actor_email, actor_role, action, tenant_id, target,"
        " before, after, reason, request_id FROM audit_log WHERE 1 = 1");
    QVariantList binds;
    if (!page->after.isEmpty()) {
        sql += QStringLiteral(" AND id < ?");
        binds.append(page->after.toLongLong());
    }
    const QString tenantId = request.query.queryItemValue(QStringLiteral("tenantId"));
    if (!tenantId.isEmpty()) {
        if (!request.principal.canSeeTenant(tenantId))
            return notFound(QStringLiteral("tenant %1").arg(tenantId));
        sql += QStringLiteral(" AND tenant_id = ?");
        binds.append(tenantId);
    } else if (request.principal.role == Role::Admin) {
        sql += QStringLiteral(
            " AND tenant_id IN (SELECT tenant_id FROM user_tenants WHERE user_id = ?)");
        binds.append(request.principal.userId);
    }
    const struct
    {
        const char *param;
        const char *clause;
    } filters[] = {{"actor", " AND (lower(actor_email) = lower(?) OR actor_id = ?)"},
                   {"number", " AND target = ?"},
                   {"action", " AND action = ?"},
                   {"since", " AND at >= ?"},
                   {"until", " AND at < ?"}};
    for (const auto &f : filters) {
        const QString value =
            request.query.queryItemValue(QLatin1StringView(f.param), QUrl::FullyDecoded);
        if (value.isEmpty())
            continue;
        sql += QLatin1StringView(f.clause);
        binds.append(value);
        if (QByteArrayView(f.param) == "actor")
            binds.append(value);
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    binds.append(page->limit + 1);
    QSqlQuery q(ctx.db.db());
    ctx.db.prepare(q, sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    ctx.db.exec(q);
    return HttpResponse::json(
        200, readPage(q, page->limit, 0, [&](const QSqlQuery &row) {
            return QJsonObject{
                {QStringLiteral("id"), QString::number(row.value(0).toLongLong())},
                {QStringLiteral("at"), row.value(1).toString()},
                {QStringLiteral("actor"),
                 QJsonObject{{QStringLiteral("id"), row.value(2).toString()},
                             {QStringLiteral("email"), row.value(3).toString()},
                             {QStringLiteral("role"), row.value(4).toString()}}},
                {QStringLiteral("action"), row.value(5).toString()},
                {QStringLiteral("tenantId"),
                 row.value(6).isNull() ? QJsonValue(QJsonValue::Null) : row.value(6).toString()},
                {QStringLiteral("target"), row.value(7).toString()},
                {QStringLiteral("before"), parseJsonText(row.value(8))},
                {QStringLiteral("after"), parseJsonText(row.value(9))},
                {QStringLiteral("reason"),
                 row.value(10).isNull() ? QJsonValue(QJsonValue::Null) : row.value(10).toString()},
                {QStringLiteral("requestId"), row.value(11).toString()},
            };
        }));
}

} // namespace

void registerComplianceRoutes(Router &router, ServerContext &ctx)
{
    router.add("GET", QStringLiteral("/v1/price-list"), Access::Read,
               [&ctx](HttpRequest &) { return priceList(ctx); });
    router.add("GET", QStringLiteral("/v1/disclosures/current"), Access::Read,
               [](HttpRequest &) { return currentDisclosure(); });
    router.add("GET", QStringLiteral("/v1/tenants/{tenantId}/acknowledgements"), Access::Read,
               [&ctx](HttpRequest &r) { return listAcknowledgements(ctx, r); });
    router.add(
        "POST", QStringLiteral("/v1/tenants/{tenantId}/acknowledgements"), Access::Write,
        [&ctx](HttpRequest &r) { return acknowledge(ctx, r); }, Idempotency::Keyed);
    router.add("GET", QStringLiteral("/v1/audit"), Access::Read,
               [&ctx](HttpRequest &r) { return auditLog(ctx, r); });
}
