#include "NumberRoutes.h"

#include "E911Switch.h"
#include "Pagination.h"
#include "RequestBody.h"
#include "ResourceWrites.h"
#include "http/Router.h"
#include "store/IdempotencyLedger.h"
#include "store/ServerDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace {

constexpr int maxBulkNumbers = 1000;

bool isE164(const QString &number)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,14}\\z"));
    return pattern.match(number).hasMatch();
}

// The number in a path: "+1206…" or "%2B1206…" (already decoded by the server).
QString pathNumber(const HttpRequest &request)
{
    return request.param(QStringLiteral("number")).trimmed();
}

HttpResponse listTenants(ServerContext &ctx, HttpRequest &request)
{
    HttpResponse error;
    const auto page = parsePageRequest(request, &error);
    if (!page)
        return error;
    QString sql = QStringLiteral("SELECT ") + TenantRepresentation::columns +
                  QStringLiteral(" FROM tenants WHERE id > ?");
    if (request.principal.role == Role::Admin)
        sql += QStringLiteral(" AND id IN (SELECT tenant_id FROM user_tenants WHERE user_id = ?)");
    sql += QStringLiteral(" ORDER BY id LIMIT ?");
    QSqlQuery q(ctx.db.db());
    ctx.db.prepare(q, sql);
    q.addBindValue(page->after);
    if (request.principal.role == Role::Admin)
        q.addBindValue(request.principal.userId);
    q.addBindValue(page->limit + 1);
    ctx.db.exec(q);
    return HttpResponse::json(
        200, readPage(q, page->limit, 0, [&](const QSqlQuery &row) {
            return TenantRepresentation::fromRow(
                row, TenantRepresentation::counts(ctx.db, row.value(0).toString()));
        }));
}

HttpResponse getTenant(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    if (auto problem = tenantAccessProblem(ctx, request, tenantId))
        return *problem;
    return jsonWithEtag(200, *TenantRepresentation::load(ctx.db, tenantId));
}

HttpResponse listDids(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    HttpResponse error;
    const auto page = tenantPageRequest(ctx, request, tenantId, &error);
    if (!page)
        return error;
    const SqlDialect &dialect = ctx.db.dialect();
    QString sql = QStringLiteral("SELECT ") + DidRepresentation::columns +
                  QStringLiteral(" FROM dids WHERE ") + dialect.numberPageCondition();
    QVariantList binds = dialect.numberPageBinds(tenantId, page->after);
    const struct
    {
        const char *param;
        const char *column;
    } filters[] = {{"e911State", "e911_state"}, {"usage", "usage"}, {"country", "country"}};
    for (const auto &f : filters) {
        const QString value = request.query.queryItemValue(QLatin1StringView(f.param));
        if (!value.isEmpty()) {
            sql += QStringLiteral(" AND ") + QLatin1StringView(f.column) + QStringLiteral(" = ?");
            binds.append(value);
        }
    }
    sql += QStringLiteral(" ORDER BY ") + dialect.numberPageOrder() + QStringLiteral(" LIMIT ?");
    binds.append(page->limit + 1);
    QSqlQuery q(ctx.db.db());
    q.setForwardOnly(true);
    ctx.db.prepare(q, sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    ctx.db.exec(q);
    return HttpResponse::jsonText(
        200, writePage(q, page->limit, 0, [&](JsonTextWriter &out, const QSqlQuery &row) {
            DidRepresentation::write(out, row, ctx.e911Fee);
        }));
}

HttpResponse getDid(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    if (auto problem = tenantAccessProblem(ctx, request, tenantId))
        return *problem;
    return foundWithEtag(
        DidRepresentation::load(ctx.db, tenantId, pathNumber(request), ctx.e911Fee),
        QStringLiteral("number %1 in this tenant").arg(pathNumber(request)));
}

// Reads {enabled, addressId?, reason?} and checks they fit together.
std::optional<E911Desired> readDesired(RequestBody &body)
{
    E911Desired desired;
    desired.enabled = body.boolean(QStringLiteral("enabled"), true);
    desired.addressId = body.string(QStringLiteral("addressId"), false, 100);
    desired.reason = body.string(QStringLiteral("reason"), false, 500).trimmed();
    if (body.ok() && desired.enabled && desired.addressId.isEmpty())
        body.addError(
            QStringLiteral("addressId"), QStringLiteral("required"),
            QStringLiteral(
                "Turning E911 on needs the emergency address the number is registered at."));
    if (body.ok() && !desired.enabled && desired.reason.isEmpty())
        body.addError(
            QStringLiteral("reason"), QStringLiteral("required"),
            QStringLiteral("Turning E911 off needs a reason: the number falls back to basic 911."));
    if (!body.ok())
        return std::nullopt;
    return desired;
}

HttpResponse putE911(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    if (auto problem = conditionalWriteProblem(ctx, request, tenantId))
        return *problem;
    const QByteArray ifMatch = request.header("if-match");
    RequestBody body =
        RequestBody::parse(request, {QStringLiteral("enabled"), QStringLiteral("addressId"),
                                     QStringLiteral("reason")});
    if (!body.ok())
        return body.error();
    const auto desired = readDesired(body);
    if (!desired)
        return body.error();
    const QString number = pathNumber(request);
    return ctx.ledger.run(request, [&]() {
        const E911Outcome outcome = applyE911(ctx, request, tenantId, number, *desired, ifMatch);
        switch (outcome.kind) {
        case E911Outcome::Kind::Rejected:
            return outcome.problem;
        case E911Outcome::Kind::Unchanged:
            return jsonWithEtag(200, outcome.did);
        case E911Outcome::Kind::Accepted:
            break;
        }
        return jsonWithEtag(202, outcome.did);
    });
}

HttpResponse bulkE911(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    if (auto problem = tenantAccessProblem(ctx, request, tenantId))
        return *problem;
    RequestBody body =
        RequestBody::parse(request, {QStringLiteral("enabled"), QStringLiteral("addressId"),
                                     QStringLiteral("reason"), QStringLiteral("numbers")});
    if (!body.ok())
        return body.error();
    const QStringList numbers = body.stringArray(QStringLiteral("numbers"), true, maxBulkNumbers);
    const auto desired = readDesired(body);
    if (!desired)
        return body.error();
    if (numbers.isEmpty()) {
        body.addError(QStringLiteral("numbers"), QStringLiteral("required"),
                      QStringLiteral("Name at least one number."));
        return body.error();
    }
    if (QSet<QString>(numbers.begin(), numbers.end()).size() != numbers.size()) {
        body.addError(QStringLiteral("numbers"), QStringLiteral("duplicate"),
                      QStringLiteral("Name each number once."));
        return body.error();
    }
    // The address is common to every item: a problem with it refuses the whole request.
    if (desired->enabled) {
        if (const auto why = e911AddressIneligibility(ctx, tenantId, desired->addressId))
            return HttpResponse::problem(
                422, QStringLiteral("not-eligible"),
                QStringLiteral("These numbers cannot be registered there"),
                QStringLiteral("The address cannot carry E911: %1").arg(*why));
    }
    return ctx.ledger.run(request, [&]() {
        QJsonArray results;
        for (const QString &number : numbers) {
            QJsonObject result{{QStringLiteral("number"), number}};
            if (!isE164(number)) {
                result.insert(QStringLiteral("outcome"), QStringLiteral("rejected"));
                result.insert(
                    QStringLiteral("problem"),
                    QJsonObject{{QStringLiteral("title"), QStringLiteral("Not an E.164 number")},
                                {QStringLiteral("status"), 422}});
                results.append(result);
                continue;
            }
            const E911Outcome outcome = applyE911(ctx, request, tenantId, number, *desired, {});
            switch (outcome.kind) {
            case E911Outcome::Kind::Accepted:
                result.insert(QStringLiteral("outcome"), QStringLiteral("accepted"));
                result.insert(QStringLiteral("did"), outcome.did);
                break;
            case E911Outcome::Kind::Unchanged:
                result.insert(QStringLiteral("outcome"), QStringLiteral("unchanged"));
                result.insert(QStringLiteral("did"), outcome.did);
                break;
            case E911Outcome::Kind::Rejected:
                result.insert(QStringLiteral("outcome"), QStringLiteral("rejected"));
                result.insert(QStringLiteral("problem"),
                              QJsonDocument::fromJson(outcome.problem.body).object());
                break;
            }
            results.append(result);
        }
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("results"), results}});
    });
}

} // namespace

void registerTenantRoutes(Router &router, ServerContext &ctx)
{
    router.add("GET", QStringLiteral("/v1/tenants"), Access::Read,
               [&ctx](HttpRequest &r) { return listTenants(ctx, r); });
    router.add("GET", QStringLiteral("/v1/tenants/{tenantId}"), Access::Read,
               [&ctx](HttpRequest &r) { return getTenant(ctx, r); });
}

void registerNumberRoutes(Router &router, ServerContext &ctx)
{
    router.add("GET", QStringLiteral("/v1/tenants/{tenantId}/dids"), Access::Read,
               [&ctx](HttpRequest &r) { return listDids(ctx, r); });
    router.add("GET", QStringLiteral("/v1/tenants/{tenantId}/dids/{number}"), Access::Read,
               [&ctx](HttpRequest &r) { return getDid(ctx, r); });
    router.add(
        "PUT", QStringLiteral("/v1/tenants/{tenantId}/dids/{number}/e911"), Access::Write,
        [&ctx](HttpRequest &r) { return putE911(ctx, r); }, Idempotency::Keyed);
    router.add(
        "POST", QStringLiteral("/v1/tenants/{tenantId}/e911-bulk"), Access::Write,
        [&ctx](HttpRequest &r) { return bulkE911(ctx, r); }, Idempotency::Keyed);
}
