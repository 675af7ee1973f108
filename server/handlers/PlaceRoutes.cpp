#include "PlaceRoutes.h"

#include "Pagination.h"
#include "RequestBody.h"
#include "ResourceWrites.h"
#include "ServerContext.h"
#include "http/Router.h"
#include "store/IdempotencyLedger.h"
#include "store/LisRepresentations.h"
#include "store/ServerDatabase.h"

#include <QUuid>

namespace {

constexpr int maxPartLength = 60;
constexpr int maxDescriptionLength = 200;

struct PlaceInput
{
    QString addressId;
    QString building;
    QString floor;
    QString room;
    QString description;
    // Teams's LocationId: nullopt when left out (an edit keeps the stored one), "" to clear.
    std::optional<QString> teamsLocationId;
};

const QStringList placeKeys = {QStringLiteral("addressId"),   QStringLiteral("building"),
                               QStringLiteral("floor"),       QStringLiteral("room"),
                               QStringLiteral("description"), QStringLiteral("teamsLocationId")};

const TeamsIdColumn teamsIdColumn{"places", "teams_location_id", "teamsLocationId", "place"};

// Reads the body and checks it against the tenant's addresses; nullopt when body.error() says
// why not.
std::optional<PlaceInput> readPlaceInput(ServerContext &ctx, RequestBody &body,
                                         const QString &tenantId)
{
    // A left-out part is empty, not NULL: the columns are NOT NULL.
    const auto text = [&body](const QString &key, int max) {
        const QString s = body.string(key, false, max).trimmed();
        return s.isNull() ? QStringLiteral("") : s;
    };
    PlaceInput input;
    input.addressId = body.string(QStringLiteral("addressId"), true, 100);
    input.building = text(QStringLiteral("building"), maxPartLength);
    input.floor = text(QStringLiteral("floor"), maxPartLength);
    input.room = text(QStringLiteral("room"), maxPartLength);
    input.description = text(QStringLiteral("description"), maxDescriptionLength);
    input.teamsLocationId = body.teamsId(QStringLiteral("teamsLocationId"));
    if (!body.ok())
        return std::nullopt;
    if (input.building.isEmpty() && input.floor.isEmpty() && input.room.isEmpty())
        body.addError(QStringLiteral("building"), QStringLiteral("required"),
                      QStringLiteral("Name at least a building, a floor or a room: a place is "
                                     "where in the address a caller is."));
    if (!ctx.db
             .scalar(QStringLiteral("SELECT 1 FROM addresses WHERE id = ? AND tenant_id = ?"),
                     {input.addressId, tenantId})
             .isValid())
        body.addError(
            QStringLiteral("addressId"), QStringLiteral("unknown"),
            QStringLiteral("This tenant has no emergency address %1.").arg(input.addressId));
    if (!body.ok())
        return std::nullopt;
    return input;
}

HttpResponse listPlaces(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    HttpResponse error;
    const auto page = tenantPageRequest(ctx, request, tenantId, &error);
    if (!page)
        return error;
    const QString addressId = queryFilter(request, QStringLiteral("addressId"));
    QSqlQuery q(ctx.db.db());
    ctx.db.exec(q,
                QStringLiteral("SELECT ") + PlaceRepresentation::columns +
                    QStringLiteral(" FROM places WHERE tenant_id = ? AND id > ?"
                                   " AND (? = '' OR address_id = ?) ORDER BY id LIMIT ?"),
                {tenantId, page->after, addressId, addressId, page->limit + 1});
    return HttpResponse::json(200, readPage(q, page->limit, 0, PlaceRepresentation::fromRow));
}

HttpResponse getPlace(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    if (auto problem = tenantAccessProblem(ctx, request, tenantId))
        return *problem;
    const QString id = request.param(QStringLiteral("placeId"));
    return foundWithEtag(PlaceRepresentation::load(ctx.db, tenantId, id),
                         QStringLiteral("place %1").arg(id));
}

HttpResponse createPlace(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    if (auto problem = tenantAccessProblem(ctx, request, tenantId))
        return *problem;
    RequestBody body = RequestBody::parse(request, placeKeys);
    if (!body.ok())
        return body.error();
    return ctx.ledger.run(request, [&]() {
        const auto input = readPlaceInput(ctx, body, tenantId);
        if (!input)
            return body.error();
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto problem = teamsIdInUseProblem(ctx, teamsIdColumn, tenantId,
                                               input->teamsLocationId.value_or(QString()), id))
            return *problem;
        const qint64 seq = ctx.db.recordChange(QStringLiteral("place"), id, tenantId);
        QSqlQuery q(ctx.db.db());
        ctx.db.exec(q,
                    QStringLiteral("INSERT INTO places (id, tenant_id, address_id, building, floor,"
                                   " room, description, version, updated_at, updated_seq,"
                                   " teams_location_id) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"),
                    {id, tenantId, input->addressId, input->building, input->floor, input->room,
                     input->description, ServerDatabase::nowIso(), seq,
                     teamsIdColumnValue(input->teamsLocationId)});
        const QJsonObject created = *PlaceRepresentation::load(ctx.db, tenantId, id);
        ctx.db.recordAudit(
            request.principal,
            AuditRecord{
                QStringLiteral("place.create"), tenantId, id, {}, created, {}, request.requestId});
        HttpResponse r = jsonWithEtag(201, created);
        r.setHeader("Location",
                    QStringLiteral("/v1/tenants/%1/places/%2").arg(tenantId, id).toUtf8());
        return r;
    });
}

HttpResponse updatePlace(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    const QString id = request.param(QStringLiteral("placeId"));
    if (auto problem = conditionalWriteProblem(ctx, request, tenantId))
        return *problem;
    RequestBody body = RequestBody::parse(request, placeKeys);
    if (!body.ok())
        return body.error();
    WriteTransaction tx(ctx.db);
    const auto before = PlaceRepresentation::load(ctx.db, tenantId, id);
    if (auto problem = missingOrStaleProblem(request, before, QStringLiteral("place %1").arg(id)))
        return *problem;
    const auto input = readPlaceInput(ctx, body, tenantId);
    if (!input)
        return body.error();
    if (auto problem = teamsIdInUseProblem(ctx, teamsIdColumn, tenantId,
                                           input->teamsLocationId.value_or(QString()), id))
        return *problem;
    const qint64 seq = ctx.db.recordChange(QStringLiteral("place"), id, tenantId);
    QSqlQuery q(ctx.db.db());
    ctx.db.exec(q,
                QStringLiteral("UPDATE places SET address_id = ?, building = ?, floor = ?,"
                               " room = ?, description = ?, version = version + 1,"
                               " updated_at = ?, updated_seq = ?, teams_location_id ="
                               " CASE WHEN ? THEN ? ELSE teams_location_id END WHERE id = ?"),
                {input->addressId, input->building, input->floor, input->room, input->description,
                 ServerDatabase::nowIso(), seq, input->teamsLocationId.has_value(),
                 teamsIdColumnValue(input->teamsLocationId), id});
    const QJsonObject after = *PlaceRepresentation::load(ctx.db, tenantId, id);
    ctx.db.recordAudit(
        request.principal,
        AuditRecord{
            QStringLiteral("place.update"), tenantId, id, *before, after, {}, request.requestId});
    return afterCommit(tx, jsonWithEtag(200, after));
}

HttpResponse deletePlace(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    const QString id = request.param(QStringLiteral("placeId"));
    if (auto problem = conditionalWriteProblem(ctx, request, tenantId))
        return *problem;
    WriteTransaction tx(ctx.db);
    const auto before = PlaceRepresentation::load(ctx.db, tenantId, id);
    if (auto problem = missingOrStaleProblem(request, before, QStringLiteral("place %1").arg(id)))
        return *problem;
    // Test calls keep pointing at a deleted place: they are history, not configuration.
    const int elements =
        ctx.db
            .scalar(QStringLiteral("SELECT COUNT(*) FROM network_elements WHERE place_id = ?"),
                    {id})
            .toInt();
    if (elements > 0)
        return withProblemMembers(
            HttpResponse::problem(
                409, QStringLiteral("place-in-use"), QStringLiteral("The place is in use"),
                QStringLiteral("%1 network elements point at this place. Move or delete them "
                               "first.")
                    .arg(elements)),
            QJsonObject{{QStringLiteral("usedBy"),
                         QJsonObject{{QStringLiteral("networkElements"), elements}}}});
    deleteAndAudit(ctx, request,
                   {QStringLiteral("places"), QStringLiteral("place"),
                    QStringLiteral("place.delete"), tenantId, id, *before});
    return afterCommit(tx, HttpResponse::noContent());
}

} // namespace

void registerPlaceRoutes(Router &router, ServerContext &ctx)
{
    const QString list = QStringLiteral("/v1/tenants/{tenantId}/places");
    const QString one = QStringLiteral("/v1/tenants/{tenantId}/places/{placeId}");
    router.add("GET", list, Access::Read, [&ctx](HttpRequest &r) { return listPlaces(ctx, r); });
    router.add(
        "POST", list, Access::Write, [&ctx](HttpRequest &r) { return createPlace(ctx, r); },
        Idempotency::Keyed);
    router.add("GET", one, Access::Read, [&ctx](HttpRequest &r) { return getPlace(ctx, r); });
    router.add("PUT", one, Access::Write, [&ctx](HttpRequest &r) { return updatePlace(ctx, r); });
    router.add("DELETE", one, Access::Write,
               [&ctx](HttpRequest &r) { return deletePlace(ctx, r); });
}
