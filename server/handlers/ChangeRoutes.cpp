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
    if (kind == QLatin1StringView("teams_number_locations"))
        return TeamsNumberLocationsRepresentation::load(ctx.db, id);
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

// One entry per resource (its latest change after `from`), oldest first, at most `limit`;
// `next` is the sequence of the last one and `more` whether more follow.
struct ChangeEntry
{
    QString kind, id, tenantId;
};

QList<ChangeEntry> changeEntries(ServerContext &ctx, const Principal &principal, qint64 from,
                                 int limit, qint64 *next, bool *more)
{
    QString sql = QStringLiteral(
        "SELECT kind, entity_id, MAX(tenant_id), MAX(seq) AS last FROM changes WHERE seq > ?");
    QVariantList binds{from};
    if (principal.role == Role::Admin) {
        sql += QStringLiteral(
            " AND tenant_id IN (SELECT tenant_id FROM user_tenants WHERE user_id = ?)");
        binds.append(principal.userId);
    }
    sql += QStringLiteral(" GROUP BY kind, entity_id ORDER BY last LIMIT ?");
    binds.append(limit + 1);
    QSqlQuery q(ctx.db.db());
    ctx.db.prepare(q, sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    ctx.db.exec(q);
    QList<ChangeEntry> entries;
    while (q.next()) {
        if (entries.size() == limit) {
            *more = true;
            break;
        }
        entries.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
        *next = q.value(3).toLongLong();
    }
    return entries;
}

// The changes as sent: each resource as it is now, or deleted.
QJsonArray changeList(ServerContext &ctx, const QList<ChangeEntry> &entries)
{
    // Numbers are most of a sync: read together rather than one query each.
    QStringList numbers;
    for (const ChangeEntry &e : entries)
        if (e.kind == QLatin1StringView("did"))
            numbers.append(e.id);
    const QHash<QString, QJsonObject> dids =
        DidRepresentation::loadMany(ctx.db, numbers, ctx.e911Fee);
    QJsonArray list;
    for (const ChangeEntry &e : entries) {
        QJsonObject change{{QStringLiteral("kind"), e.kind},
                           {QStringLiteral("id"), e.id},
                           {QStringLiteral("tenantId"), e.tenantId}};
        std::optional<QJsonObject> data;
        if (e.kind == QLatin1StringView("did")) {
            const auto found = dids.constFind(e.id);
            if (found != dids.cend() &&
                found->value(QLatin1StringView("tenantId")).toString() == e.tenantId)
                data = *found;
        } else {
            data = currentData(ctx, e.kind, e.id, e.tenantId);
        }
        change.insert(QStringLiteral("deleted"), !data);
        if (data)
            change.insert(QStringLiteral("data"), *data);
        list.append(change);
    }
    return list;
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

    qint64 next = *from;
    bool more = false;
    const QList<ChangeEntry> entries =
        changeEntries(ctx, request.principal, *from, page->limit, &next, &more);
    const QJsonArray list = changeList(ctx, entries);
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
