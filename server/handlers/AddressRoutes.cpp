#include "AddressRoutes.h"

#include "Pagination.h"
#include "RequestBody.h"
#include "ResourceWrites.h"
#include "ServerContext.h"
#include "domain/CivicAddress.h"
#include "http/Router.h"
#include "store/IdempotencyLedger.h"
#include "store/JsonText.h"
#include "store/ServerDatabase.h"
#include "validation/AddressValidator.h"

#include <QDateTime>

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <cmath>

namespace {

std::optional<CivicAddress> readCivic(RequestBody &body)
{
    QList<FieldError> errors;
    if (!body.has(QStringLiteral("civic"))) {
        body.addError(QStringLiteral("civic"), QStringLiteral("required"),
                      QStringLiteral("\"civic\" is required."));
        return std::nullopt;
    }
    auto civic = CivicAddress::fromJson(body.object().value(QStringLiteral("civic")), errors);
    QList<FieldProblem> unknown;
    for (const FieldError &e : errors) {
        if (e.code == QLatin1StringView("unknown_field"))
            unknown.append(e);
        else
            body.addError(e.field, e.code, e.detail);
    }
    body.refuseUnknownFields(unknown);
    return civic;
}

HttpResponse validate(ServerContext &ctx, HttpRequest &request)
{
    RequestBody body = RequestBody::parse(request, {QStringLiteral("civic")});
    if (!body.ok())
        return body.error();
    const auto civic = readCivic(body);
    if (!body.ok() || !civic)
        return body.error();
    return HttpResponse::json(200, validateAddress(*civic, *ctx.postalCodes).toJson());
}

HttpResponse listAddresses(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    HttpResponse error;
    const auto page = tenantPageRequest(ctx, request, tenantId, &error);
    if (!page)
        return error;
    QSqlQuery q(ctx.db.db());
    ctx.db.exec(
        q,
        QStringLiteral("SELECT ") + AddressRepresentation::columns +
            QStringLiteral(", (SELECT COUNT(*) FROM dids WHERE address_id = addresses.id)"
                           " FROM addresses WHERE tenant_id = ? AND id > ? ORDER BY id LIMIT ?"),
        {tenantId, page->after, page->limit + 1});
    return HttpResponse::json(200, readPage(q, page->limit, 0, [&](const QSqlQuery &row) {
                                  return AddressRepresentation::fromRow(
                                      row, row.value(AddressRepresentation::nextColumn).toInt());
                              }));
}

HttpResponse getAddress(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    if (auto problem = tenantAccessProblem(ctx, request, tenantId))
        return *problem;
    const QString id = request.param(QStringLiteral("addressId"));
    return foundWithEtag(AddressRepresentation::load(ctx.db, tenantId, id),
                         QStringLiteral("emergency address %1").arg(id));
}

struct AddressInput
{
    CivicAddress civic;
    QString companyName;
    QString locationNote;
    // Coordinates a person set (the pin dragged to the building); they replace the postal-code
    // centroid and are labelled user_override.
    std::optional<ValidatedGeocode> geocodeOverride;
    // Teams's CivicAddressId: nullopt when left out (an edit keeps the stored one), "" to clear.
    std::optional<QString> teamsCivicAddressId;
};

const TeamsIdColumn teamsIdColumn{"addresses", "teams_civic_address_id", "teamsCivicAddressId",
                                  "address"};

const QStringList addressKeys = {QStringLiteral("civic"), QStringLiteral("companyName"),
                                 QStringLiteral("locationNote"), QStringLiteral("geocode"),
                                 QStringLiteral("teamsCivicAddressId")};

std::optional<ValidatedGeocode> readGeocodeOverride(RequestBody &body)
{
    const QJsonValue v = body.object().value(QStringLiteral("geocode"));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    const QJsonValue lat = o.value(QStringLiteral("latitude"));
    const QJsonValue lon = o.value(QStringLiteral("longitude"));
    if (!v.isObject() || o.size() != 2 || !lat.isDouble() || !lon.isDouble() ||
        std::abs(lat.toDouble()) > 90 || std::abs(lon.toDouble()) > 180) {
        body.addError(
            QStringLiteral("geocode"), QStringLiteral("invalid"),
            QStringLiteral("geocode must be {\"latitude\": -90..90, \"longitude\": -180..180}."));
        return std::nullopt;
    }
    return ValidatedGeocode{lat.toDouble(), lon.toDouble(), QStringLiteral("user_override")};
}

std::optional<AddressInput> readAddressInput(RequestBody &body)
{
    AddressInput input;
    input.companyName = body.string(QStringLiteral("companyName"), false, 100);
    input.locationNote = body.string(QStringLiteral("locationNote"), false, 500);
    // Left out means empty: a null QString is bound as SQL NULL, and both columns are NOT NULL.
    if (input.companyName.isNull())
        input.companyName = QStringLiteral("");
    if (input.locationNote.isNull())
        input.locationNote = QStringLiteral("");
    input.geocodeOverride = readGeocodeOverride(body);
    input.teamsCivicAddressId = body.teamsId(QStringLiteral("teamsCivicAddressId"));
    const auto civic = readCivic(body);
    if (!body.ok() || !civic)
        return std::nullopt;
    input.civic = *civic;
    return input;
}

// Whether an edit changed what the 911 provider holds for the address's numbers: the address,
// the name and note shown to the call taker, the validated form and pin. A Teams id is not
// among them.
bool providerRecordChanged(const QJsonObject &before, const QJsonObject &after)
{
    for (const char *member : {"civic", "companyName", "locationNote", "validation"})
        if (before.value(QLatin1StringView(member)) != after.value(QLatin1StringView(member)))
            return true;
    return false;
}

// Writes the address row with its validation result; returns the change sequence.
void storeAddress(ServerContext &ctx, const QString &tenantId, const QString &id,
                  const AddressInput &input, AddressValidationResult v, bool create)
{
    if (v.valid && input.geocodeOverride)
        v.geocode = input.geocodeOverride;
    const QString now = ServerDatabase::nowIso();
    const qint64 seq = ctx.db.recordChange(QStringLiteral("address"), id, tenantId);
    const QVariant lat = v.geocode ? QVariant(v.geocode->latitude) : QVariant();
    const QVariant lon = v.geocode ? QVariant(v.geocode->longitude) : QVariant();
    const QVariant precision = v.geocode ? QVariant(v.geocode->precision) : QVariant();
    const QString status = v.valid ? QStringLiteral("valid") : QStringLiteral("invalid");
    const QString country = (v.valid ? v.normalized.country : input.civic.country).toUpper();
    QSqlQuery q(ctx.db.db());
    if (create) {
        ctx.db.exec(q,
                    QStringLiteral(
                        "INSERT INTO addresses (id, tenant_id, company_name, civic, location_note,"
                        " validation_status, normalized, problems, latitude, longitude, precision,"
                        " country, version, updated_at, updated_seq, teams_civic_address_id)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"),
                    {id, tenantId, input.companyName, jsonText(input.civic.toJson()),
                     input.locationNote, status,
                     v.valid ? QVariant(jsonText(v.normalized.toJson())) : QVariant(),
                     jsonText(fieldErrorsToJson(v.problems)), lat, lon, precision, country, now,
                     seq, teamsIdColumnValue(input.teamsCivicAddressId)});
    } else {
        ctx.db.exec(
            q,
            QStringLiteral("UPDATE addresses SET company_name = ?, civic = ?, location_note = ?,"
                           " validation_status = ?, normalized = ?, problems = ?, latitude = ?,"
                           " longitude = ?, precision = ?, country = ?, version = version + 1,"
                           " updated_at = ?, updated_seq = ?, teams_civic_address_id ="
                           " CASE WHEN ? THEN ? ELSE teams_civic_address_id END WHERE id = ?"),
            {input.companyName, jsonText(input.civic.toJson()), input.locationNote, status,
             v.valid ? QVariant(jsonText(v.normalized.toJson())) : QVariant(),
             jsonText(fieldErrorsToJson(v.problems)), lat, lon, precision, country, now, seq,
             input.teamsCivicAddressId.has_value(), teamsIdColumnValue(input.teamsCivicAddressId),
             id});
    }
}

HttpResponse createAddress(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    if (auto problem = tenantAccessProblem(ctx, request, tenantId))
        return *problem;
    RequestBody body = RequestBody::parse(request, addressKeys);
    if (!body.ok())
        return body.error();
    const auto input = readAddressInput(body);
    if (!input)
        return body.error();
    return ctx.ledger.run(request, [&]() {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto problem = teamsIdInUseProblem(ctx, teamsIdColumn, tenantId,
                                               input->teamsCivicAddressId.value_or(QString()), id))
            return *problem;
        const AddressValidationResult v = validateAddress(input->civic, *ctx.postalCodes);
        storeAddress(ctx, tenantId, id, *input, v, true);
        const QJsonObject created = *AddressRepresentation::load(ctx.db, tenantId, id);
        ctx.db.recordAudit(request.principal,
                           AuditRecord{QStringLiteral("address.create"),
                                       tenantId,
                                       id,
                                       {},
                                       created.value(QStringLiteral("civic")).toObject(),
                                       {},
                                       request.requestId});
        HttpResponse r = jsonWithEtag(201, created);
        r.setHeader("Location",
                    QStringLiteral("/v1/tenants/%1/addresses/%2").arg(tenantId, id).toUtf8());
        return r;
    });
}

HttpResponse updateAddress(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    const QString id = request.param(QStringLiteral("addressId"));
    if (auto problem = conditionalWriteProblem(ctx, request, tenantId))
        return *problem;
    RequestBody body = RequestBody::parse(request, addressKeys);
    if (!body.ok())
        return body.error();
    const auto input = readAddressInput(body);
    if (!input)
        return body.error();

    WriteTransaction tx(ctx.db);
    const auto before = AddressRepresentation::load(ctx.db, tenantId, id);
    if (auto problem =
            missingOrStaleProblem(request, before, QStringLiteral("emergency address %1").arg(id)))
        return *problem;
    if (auto problem = teamsIdInUseProblem(ctx, teamsIdColumn, tenantId,
                                           input->teamsCivicAddressId.value_or(QString()), id))
        return *problem;
    const AddressValidationResult v = validateAddress(input->civic, *ctx.postalCodes);
    const int inUse =
        before->value(QStringLiteral("usage")).toObject().value(QStringLiteral("dids")).toInt();
    if (!v.valid && inUse > 0)
        return HttpResponse::problem(
            422, QStringLiteral("validation-failed"),
            QStringLiteral("The edited address does not validate"),
            QStringLiteral("%1 numbers are registered at this address; an edit that does not "
                           "validate would leave them without a routable location.")
                .arg(inUse),
            v.problems);
    storeAddress(ctx, tenantId, id, *input, v, false);
    const QJsonObject after = *AddressRepresentation::load(ctx.db, tenantId, id);

    // Numbers registered here are re-registered at the edited address: back to pending, with
    // no new activation fee (billing_active stays as it is). Not when the edit leaves what the
    // 911 provider holds as it was (it only kept a Teams id, say).
    QSqlQuery q(ctx.db.db());
    QStringList numbers;
    if (providerRecordChanged(*before, after)) {
        ctx.db.exec(q,
                    QStringLiteral("SELECT number FROM dids WHERE address_id = ? AND e911_state IN "
                                   "('pending', 'registered', 'failed')"),
                    {id});
        while (q.next())
            numbers.append(q.value(0).toString());
    }
    const QString now = ServerDatabase::nowIso();
    for (const QString &number : numbers) {
        const qint64 seq = ctx.db.recordChange(QStringLiteral("did"), number, tenantId);
        ctx.db.exec(
            q,
            QStringLiteral(
                "UPDATE dids SET e911_state = 'pending', e911_reason = NULL, state_since = ?,"
                " state_since_ms = ?, version = version + 1, updated_at = ?, updated_seq = ?"
                " WHERE number = ?"),
            {now, QDateTime::currentMSecsSinceEpoch(), now, seq, number});
    }
    ctx.db.recordAudit(
        request.principal,
        AuditRecord{QStringLiteral("address.update"), tenantId, id,
                    before->value(QStringLiteral("civic")).toObject(),
                    after.value(QStringLiteral("civic")).toObject(),
                    numbers.isEmpty()
                        ? QString()
                        : QStringLiteral("%1 numbers re-registered").arg(numbers.size()),
                    request.requestId});
    return afterCommit(tx, jsonWithEtag(200, after));
}

HttpResponse deleteAddress(ServerContext &ctx, HttpRequest &request)
{
    const QString tenantId = request.param(QStringLiteral("tenantId"));
    const QString id = request.param(QStringLiteral("addressId"));
    if (auto problem = conditionalWriteProblem(ctx, request, tenantId))
        return *problem;
    WriteTransaction tx(ctx.db);
    const auto before = AddressRepresentation::load(ctx.db, tenantId, id);
    if (auto problem =
            missingOrStaleProblem(request, before, QStringLiteral("emergency address %1").arg(id)))
        return *problem;
    QSqlQuery q(ctx.db.db());
    ctx.db.exec(
        q,
        QStringLiteral("SELECT number FROM dids WHERE address_id = ? ORDER BY number LIMIT 1001"),
        {id});
    QJsonArray usedBy;
    while (q.next())
        usedBy.append(q.value(0).toString());
    // Places inside the address (issue 9) keep it too: network elements locate callers there.
    ctx.db.exec(q,
                QStringLiteral("SELECT id FROM places WHERE address_id = ? ORDER BY id LIMIT 1001"),
                {id});
    QJsonArray usedByPlaces;
    while (q.next())
        usedByPlaces.append(q.value(0).toString());
    if (!usedBy.isEmpty() || !usedByPlaces.isEmpty())
        return withProblemMembers(
            HttpResponse::problem(
                409, QStringLiteral("address-in-use"), QStringLiteral("The address is in use"),
                usedBy.isEmpty() ? QStringLiteral("Places are defined inside this address. Move or "
                                                  "delete them first.")
                                 : QStringLiteral("Numbers are registered at this address. Point "
                                                  "them at another address first.")),
            QJsonObject{{QStringLiteral("usedBy"), usedBy},
                        {QStringLiteral("usedByPlaces"), usedByPlaces}});
    deleteAndAudit(ctx, request,
                   {QStringLiteral("addresses"), QStringLiteral("address"),
                    QStringLiteral("address.delete"), tenantId, id,
                    before->value(QStringLiteral("civic")).toObject()});
    tx.commit();
    return HttpResponse::noContent();
}

} // namespace

void registerAddressRoutes(Router &router, ServerContext &ctx)
{
    router.add("POST", QStringLiteral("/v1/address-validations"), Access::Read,
               [&ctx](HttpRequest &r) { return validate(ctx, r); });
    router.add("GET", QStringLiteral("/v1/tenants/{tenantId}/addresses"), Access::Read,
               [&ctx](HttpRequest &r) { return listAddresses(ctx, r); });
    router.add(
        "POST", QStringLiteral("/v1/tenants/{tenantId}/addresses"), Access::Write,
        [&ctx](HttpRequest &r) { return createAddress(ctx, r); }, Idempotency::Keyed);
    router.add("GET", QStringLiteral("/v1/tenants/{tenantId}/addresses/{addressId}"), Access::Read,
               [&ctx](HttpRequest &r) { return getAddress(ctx, r); });
    router.add("PUT", QStringLiteral("/v1/tenants/{tenantId}/addresses/{addressId}"), Access::Write,
               [&ctx](HttpRequest &r) { return updateAddress(ctx, r); });
    router.add("DELETE", QStringLiteral("/v1/tenants/{tenantId}/addresses/{addressId}"),
               Access::Write, [&ctx](HttpRequest &r) { return deleteAddress(ctx, r); });
}
