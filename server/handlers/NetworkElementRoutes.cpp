#include "NetworkElementRoutes.h"

#include "NetworkElementInput.h"
#include "Pagination.h"
#include "ResourceWrites.h"
#include "ServerContext.h"
#include "http/Router.h"
#include "store/IdempotencyLedger.h"
#include "store/LisRepresentations.h"
#include "store/ServerDatabase.h"

#include <QJsonDocument>
#include <QUuid>

namespace {

constexpr int maxBulkElements = 1000;

// Inserts a checked element with its change-log entry and audit record; returns it.
QJsonObject insertElement(ServerContext &ctx, const HttpRequest &request, const QString &tenantId,
                          const ElementInput &in)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 seq = ctx.db.recordChange(QStringLiteral("network_element"), id, tenantId);
    QSqlQuery q(ctx.db.db());
    ctx.db.exec(q,
                QStringLiteral("INSERT INTO network_elements (id, tenant_id, kind, place_id,"
                               " subnet, bssid, chassis_id, port_id, description, identity,"
                               " version, updated_at, updated_seq)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"),
                {id, tenantId, in.kind, in.placeId, in.subnet, in.bssid, in.chassisId, in.portId,
                 in.description, in.identity, ServerDatabase::nowIso(), seq});
    const QJsonObject created = *NetworkElementRepresentation::load(ctx.db, tenantId, id);
    ctx.db.recordAudit(
        request.principal,
        AuditRecord{
            QStringLiteral("network.create"), tenantId, id, {}, created, {}, request.requestId});
    return created;
}

// The element a request's body describes; nullopt with *error set to the 4xx to answer.
std::optional<ElementInput> parseElementBody(const HttpRequest &request, HttpResponse *error)
{
    RequestBody body = RequestBody::parse(request, elementKeys);
    auto input = body.ok() ? readElementInput(body) : std::nullopt;
    if (!input)
        *error = body.error();
    return input;
}

HttpResponse listElements(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    HttpResponse error;
    const auto page = tenantPageRequest(ctx, request, tenantId, &error);
    if (!page)
        return error;
    const QString kind = queryFilter(request, QStringLiteral("kind"));
    const QString placeId = queryFilter(request, QStringLiteral("placeId"));
    QSqlQuery q(ctx.db.db());
    q.setForwardOnly(true);
    ctx.db.exec(q,
                QStringLiteral("SELECT ") + NetworkElementRepresentation::columns +
                    QStringLiteral(" FROM network_elements WHERE tenant_id = ? AND id > ?"
                                   " AND (? = '' OR kind = ?) AND (? = '' OR place_id = ?)"
                                   " ORDER BY id LIMIT ?"),
                {tenantId, page->after, kind, kind, placeId, placeId, page->limit + 1});
    return HttpResponse::json(200,
                              readPage(q, page->limit, 0, NetworkElementRepresentation::fromRow));
}

HttpResponse getElement(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    if (auto problem = tenantAccessProblem(ctx, request, tenantId))
        return *problem;
    const QString id = request.param(QStringLiteral("elementId"));
    return foundWithEtag(NetworkElementRepresentation::load(ctx.db, tenantId, id),
                         QStringLiteral("network element %1").arg(id));
}

HttpResponse createElement(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    if (auto problem = tenantAccessProblem(ctx, request, tenantId))
        return *problem;
    HttpResponse error;
    const auto input = parseElementBody(request, &error);
    if (!input)
        return error;
    return ctx.ledger.run(request, [&]() {
        if (auto conflict = elementConflict(ctx, tenantId, *input, QStringLiteral("")))
            return conflict->problem;
        const QJsonObject created = insertElement(ctx, request, tenantId, *input);
        HttpResponse r = jsonWithEtag(201, created);
        r.setHeader("Location", QStringLiteral("/v1/tenants/%1/network-elements/%2")
                                    .arg(tenantId, created.value(QStringLiteral("id")).toString())
                                    .toUtf8());
        return r;
    });
}

HttpResponse updateElement(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    const QString id = request.param(QStringLiteral("elementId"));
    if (auto problem = conditionalWriteProblem(ctx, request, tenantId))
        return *problem;
    HttpResponse error;
    const auto input = parseElementBody(request, &error);
    if (!input)
        return error;
    WriteTransaction tx(ctx.db);
    const auto before = NetworkElementRepresentation::load(ctx.db, tenantId, id);
    if (auto problem =
            missingOrStaleProblem(request, before, QStringLiteral("network element %1").arg(id)))
        return *problem;
    if (input->kind != before->value(QStringLiteral("kind")).toString())
        return HttpResponse::problem(
            422, QStringLiteral("invalid-field"), QStringLiteral("Some fields are not valid"), {},
            {{QStringLiteral("kind"), QStringLiteral("immutable"),
              QStringLiteral("An element's kind cannot change; delete it and create another.")}});
    if (auto conflict = elementConflict(ctx, tenantId, *input, id))
        return conflict->problem;
    const qint64 seq = ctx.db.recordChange(QStringLiteral("network_element"), id, tenantId);
    QSqlQuery q(ctx.db.db());
    ctx.db.exec(q,
                QStringLiteral("UPDATE network_elements SET place_id = ?, subnet = ?, bssid = ?,"
                               " chassis_id = ?, port_id = ?, description = ?, identity = ?,"
                               " version = version + 1, updated_at = ?, updated_seq = ?"
                               " WHERE id = ?"),
                {input->placeId, input->subnet, input->bssid, input->chassisId, input->portId,
                 input->description, input->identity, ServerDatabase::nowIso(), seq, id});
    const QJsonObject after = *NetworkElementRepresentation::load(ctx.db, tenantId, id);
    ctx.db.recordAudit(
        request.principal,
        AuditRecord{
            QStringLiteral("network.update"), tenantId, id, *before, after, {}, request.requestId});
    return afterCommit(tx, jsonWithEtag(200, after));
}

HttpResponse deleteElement(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    const QString id = request.param(QStringLiteral("elementId"));
    if (auto problem = conditionalWriteProblem(ctx, request, tenantId))
        return *problem;
    WriteTransaction tx(ctx.db);
    const auto before = NetworkElementRepresentation::load(ctx.db, tenantId, id);
    if (auto problem =
            missingOrStaleProblem(request, before, QStringLiteral("network element %1").arg(id)))
        return *problem;
    deleteAndAudit(ctx, request,
                   {QStringLiteral("network_elements"), QStringLiteral("network_element"),
                    QStringLiteral("network.delete"), tenantId, id, *before});
    return afterCommit(tx, HttpResponse::noContent());
}

// Whether an existing element equals the item in everything a person wrote.
bool sameElement(const QJsonObject &existing, const ElementInput &in)
{
    return existing.value(QStringLiteral("placeId")).toString() == in.placeId &&
           existing.value(QStringLiteral("description")).toString() == in.description;
}

QJsonObject bulkItem(ServerContext &ctx, const HttpRequest &request, const QString &tenantId,
                     const QJsonValue &item, int index)
{
    QJsonObject result{{QStringLiteral("index"), index}};
    const auto reject = [&result](const HttpResponse &problem) {
        result.insert(QStringLiteral("outcome"), QStringLiteral("rejected"));
        result.insert(QStringLiteral("problem"), QJsonDocument::fromJson(problem.body).object());
        return result;
    };
    if (!item.isObject())
        return reject(HttpResponse::problem(
            422, QStringLiteral("invalid-field"), QStringLiteral("Some fields are not valid"), {},
            {{QStringLiteral("elements[%1]").arg(index), QStringLiteral("wrong_type"),
              QStringLiteral("Each element must be a JSON object.")}}));
    RequestBody body = RequestBody::fromObject(item.toObject(), elementKeys);
    if (!body.ok())
        return reject(body.error());
    const auto input = readElementInput(body);
    if (!input)
        return reject(body.error());
    if (auto conflict = elementConflict(ctx, tenantId, *input, QStringLiteral(""))) {
        if (!conflict->existingId.isEmpty()) {
            const auto existing =
                NetworkElementRepresentation::load(ctx.db, tenantId, conflict->existingId);
            if (existing && sameElement(*existing, *input)) {
                result.insert(QStringLiteral("outcome"), QStringLiteral("unchanged"));
                result.insert(QStringLiteral("element"), *existing);
                return result;
            }
        }
        return reject(conflict->problem);
    }
    result.insert(QStringLiteral("outcome"), QStringLiteral("created"));
    result.insert(QStringLiteral("element"), insertElement(ctx, request, tenantId, *input));
    return result;
}

HttpResponse bulkElements(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    if (auto problem = tenantAccessProblem(ctx, request, tenantId))
        return *problem;
    RequestBody body = RequestBody::parse(request, {QStringLiteral("elements")});
    if (!body.ok())
        return body.error();
    const QJsonValue elements = body.object().value(QStringLiteral("elements"));
    if (!elements.isArray())
        body.addError(QStringLiteral("elements"),
                      elements.isUndefined() ? QStringLiteral("required")
                                             : QStringLiteral("wrong_type"),
                      QStringLiteral("\"elements\" must be an array of network elements."));
    else if (elements.toArray().isEmpty())
        body.addError(QStringLiteral("elements"), QStringLiteral("required"),
                      QStringLiteral("Send at least one element."));
    else if (elements.toArray().size() > maxBulkElements)
        body.addError(QStringLiteral("elements"), QStringLiteral("too_many"),
                      QStringLiteral("Send at most %1 elements per request.").arg(maxBulkElements));
    if (!body.ok())
        return body.error();
    // One transaction: an item sees the items before it, so a repeated row is "unchanged".
    return ctx.ledger.run(request, [&]() {
        QJsonArray results;
        const QJsonArray items = elements.toArray();
        for (int i = 0; i < items.size(); ++i)
            results.append(bulkItem(ctx, request, tenantId, items.at(i), i));
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("results"), results}});
    });
}

} // namespace

void registerNetworkElementRoutes(Router &router, ServerContext &ctx)
{
    const QString list = QStringLiteral("/v1/tenants/{tenantId}/network-elements");
    const QString one = QStringLiteral("/v1/tenants/{tenantId}/network-elements/{elementId}");
    router.add("GET", list, Access::Read, [&ctx](HttpRequest &r) { return listElements(ctx, r); });
    router.add(
        "POST", list, Access::Write, [&ctx](HttpRequest &r) { return createElement(ctx, r); },
        Idempotency::Keyed);
    router.add("GET", one, Access::Read, [&ctx](HttpRequest &r) { return getElement(ctx, r); });
    router.add("PUT", one, Access::Write, [&ctx](HttpRequest &r) { return updateElement(ctx, r); });
    router.add("DELETE", one, Access::Write,
               [&ctx](HttpRequest &r) { return deleteElement(ctx, r); });
    router.add(
        "POST", QStringLiteral("/v1/tenants/{tenantId}/network-elements-bulk"), Access::Write,
        [&ctx](HttpRequest &r) { return bulkElements(ctx, r); }, Idempotency::Keyed);
}
