#include "ChangeRoutes.h"

#include "Pagination.h"
#include "ServerContext.h"
#include "http/Router.h"
#include "store/EmergencyCallStore.h"
#include "store/LisRepresentations.h"
#include "store/ServerDatabase.h"

#include <QJsonArray>

namespace {

QString encodeToken(qint64 seq)
{
    return QString::fromLatin1(
        QByteArray("s:" + QByteArray::number(seq))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decodeToken(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("s:"))
        return std::nullopt;
    bool ok = false;
    const qint64 seq = decoded.decoded.mid(2).toLongLong(&ok);
    if (!ok || seq < 0)
        return std::nullopt;
    return seq;
}

std::optional<QJsonObject> currentData(ServerContext &ctx, const QString &kind, const QString &id,
                                       const QString &tenantId)
{
    if (kind == QLatin1StringView("did"))
        return DidRepresentation::load(ctx.db, tenantId, id, ctx.e911Fee);
    if (kind == QLatin1StringView("address"))
        return AddressRepresentation::load(ctx.db, tenantId, id);
    if (kind == QLatin1StringView("tenant"))
        return TenantRepresentation::load(ctx.db, id);
    if (kind == QLatin1StringView("place"))
        return PlaceRepresentation::load(ctx.db, tenantId, id);
    if (kind == QLatin1StringView("network_element"))
        return NetworkElementRepresentation::load(ctx.db, tenantId, id);
    if (kind == QLatin1StringView("test_call"))
        return TestCallRepresentation::load(ctx.db, tenantId, id);
    if (kind == QLatin1StringView("emergency_call"))
        return EmergencyCallStore(ctx.db).load(tenantId, id);
    if (kind == QLatin1StringView("emergency_policy"))
        return EmergencyPolicyRepresentation::load(ctx.db, id);
    if (kind == QLatin1StringView("acknowledgement")) {
        QSqlQuery q(ctx.db.db());
        ctx.db.exec(
            q,
            QStringLiteral(
                "SELECT id, tenant_id, disclosure_version, user_id, user_email, acknowledged_at"
                " FROM acknowledgements WHERE id = ?"),
            {id});
        if (!q.next())
            return std::nullopt;
        return QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                           {QStringLiteral("tenantId"), q.value(1).toString()},
                           {QStringLiteral("disclosureVersion"), q.value(2).toString()},
                           {QStringLiteral("acknowledgedBy"),
                            QJsonObject{{QStringLiteral("id"), q.value(3).toString()},
                                        {QStringLiteral("email"), q.value(4).toString()}}},
                           {QStringLiteral("acknowledgedAt"), q.value(5).toString()}};
    }
    return std::nullopt;
}

HttpResponse changes(ServerContext &ctx, HttpRequest &request)
{
    const qint64 head =
        ctx.db.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes")).toLongLong();
    const qint64 pruned = ctx.db.prunedThrough();
    const QString since = request.query.queryItemValue(QStringLiteral("since"));
    if (since.isEmpty())
        return HttpResponse::json(
            200, QJsonObject{{QStringLiteral("nextToken"), encodeToken(std::max(head, pruned))}});
    const auto from = decodeToken(since);
    if (!from || *from > std::max(head, pruned))
        return HttpResponse::problem(
            400, QStringLiteral("bad-request"), QStringLiteral("Bad change token"), {},
            {{QStringLiteral("since"), QStringLiteral("invalid"),
              QStringLiteral("Use a nextToken this server gave you, unchanged.")}});
    if (*from < pruned)
        return HttpResponse::problem(
            410, QStringLiteral("change-token-expired"), QStringLiteral("The change token expired"),
            QStringLiteral("Too much changed since this token; download everything again."));
    HttpResponse error;
    const auto page = parsePageRequest(request, &error);
    if (!page)
        return error;

    // One entry per resource (its latest change), oldest first.
    QString sql = QStringLiteral(
        "SELECT kind, entity_id, MAX(tenant_id), MAX(seq) AS last FROM changes WHERE seq > ?");
    QVariantList binds{*from};
    if (request.principal.role == Role::Admin) {
        sql += QStringLiteral(
            " AND tenant_id IN (SELECT tenant_id FROM user_tenants WHERE user_id = ?)");
        binds.append(request.principal.userId);
    }
    sql += QStringLiteral(" GROUP BY kind, entity_id ORDER BY last LIMIT ?");
    binds.append(page->limit + 1);
    QSqlQuery q(ctx.db.db());
    ctx.db.prepare(q, sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    ctx.db.exec(q);
    QJsonArray list;
    qint64 next = *from;
    bool more = false;
    while (q.next()) {
        if (list.size() == page->limit) {
            more = true;
            break;
        }
        const QString kind = q.value(0).toString();
        const QString id = q.value(1).toString();
        const QString tenantId = q.value(2).toString();
        next = q.value(3).toLongLong();
        QJsonObject change{{QStringLiteral("kind"), kind},
                           {QStringLiteral("id"), id},
                           {QStringLiteral("tenantId"), tenantId}};
        if (const auto data = currentData(ctx, kind, id, tenantId)) {
            change.insert(QStringLiteral("deleted"), false);
            change.insert(QStringLiteral("data"), *data);
        } else {
            change.insert(QStringLiteral("deleted"), true);
        }
        list.append(change);
    }
    if (!more)
        next = std::max(next, head);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("changes"), list},
                                               {QStringLiteral("nextToken"), encodeToken(next)},
                                               {QStringLiteral("hasMore"), more}});
}

} // namespace

void registerChangeRoutes(Router &router, ServerContext &ctx)
{
    router.add("GET", QStringLiteral("/v1/changes"), Access::Read,
               [&ctx](HttpRequest &r) { return changes(ctx, r); });
}
