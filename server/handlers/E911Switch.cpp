#include "E911Switch.h"

#include "store/ServerDatabase.h"

#include <QDateTime>

namespace {

HttpResponse notEligible(const QString &number, const QString &why)
{
    return HttpResponse::problem(422, QStringLiteral("not-eligible"),
                                 QStringLiteral("This number cannot be registered with 911"),
                                 QStringLiteral("%1: %2").arg(number, why));
}

bool isActive(const QString &state)
{
    return state == QLatin1StringView("pending") || state == QLatin1StringView("registered");
}

} // namespace

bool isUsEmergencyRegion(const QString &region)
{
    static const QStringList regions{QStringLiteral("US"), QStringLiteral("PR"),
                                     QStringLiteral("VI"), QStringLiteral("GU"),
                                     QStringLiteral("AS"), QStringLiteral("MP")};
    return regions.contains(region);
}

std::optional<QString> e911AddressIneligibility(ServerContext &ctx, const QString &tenantId,
                                                const QString &addressId)
{
    QSqlQuery q(ctx.db.db());
    ctx.db.exec(
        q,
        QStringLiteral(
            "SELECT validation_status, country FROM addresses WHERE id = ? AND tenant_id = ?"),
        {addressId, tenantId});
    if (!q.next())
        return QStringLiteral("the emergency address %1 does not exist in this tenant.")
            .arg(addressId);
    if (q.value(0).toString() != QLatin1StringView("valid"))
        return QStringLiteral(
            "the emergency address is not validated; validate and correct it first.");
    if (!isUsEmergencyRegion(q.value(1).toString()))
        return QStringLiteral("E911 needs a US civic address; this address is in %1.")
            .arg(q.value(1).toString());
    return std::nullopt;
}

E911Outcome applyE911(ServerContext &ctx, const HttpRequest &request, const QString &tenantId,
                      const QString &number, const E911Desired &desired, const QByteArray &ifMatch)
{
    E911Outcome out;
    ServerDatabase &db = ctx.db;
    QSqlQuery q(db.db());
    db.exec(
        q,
        QStringLiteral("SELECT e911_state, address_id, country, toll_free, version, billing_active"
                       " FROM dids WHERE number = ? AND tenant_id = ?"),
        {number, tenantId});
    if (!q.next()) {
        out.problem = notFound(QStringLiteral("number %1 in this tenant").arg(number));
        return out;
    }
    const QString state = q.value(0).toString();
    const QString currentAddress = q.value(1).toString();
    const QString country = q.value(2).toString();
    const bool tollFree = q.value(3).toBool();
    const qint64 version = q.value(4).toLongLong();
    const bool billingActive = q.value(5).toBool();

    if (!ifMatch.isEmpty() && ifMatch != etagFor(version)) {
        out.problem =
            preconditionFailed(*DidRepresentation::load(db, tenantId, number, ctx.e911Fee));
        return out;
    }

    QString newState;
    QString action;
    QString newAddress = currentAddress;
    bool bill = false;
    if (desired.enabled) {
        if (!isUsEmergencyRegion(country)) {
            out.problem = notEligible(
                number, QStringLiteral("numbers outside the United States and its territories "
                                       "get no emergency service through this carrier (region %1).")
                            .arg(country));
            return out;
        }
        if (tollFree) {
            out.problem = notEligible(
                number, QStringLiteral("a toll-free number cannot be a 911 callback number."));
            return out;
        }
        if (const auto why = e911AddressIneligibility(ctx, tenantId, desired.addressId)) {
            out.problem = notEligible(number, *why);
            return out;
        }
        if (isActive(state) && currentAddress == desired.addressId) {
            out.kind = E911Outcome::Kind::Unchanged;
        } else {
            action =
                isActive(state) ? QStringLiteral("e911.repoint") : QStringLiteral("e911.enable");
            newState = QStringLiteral("pending");
            newAddress = desired.addressId;
            bill = !billingActive;
        }
    } else {
        if (state == QLatin1StringView("basic") || state == QLatin1StringView("deregistering")) {
            out.kind = E911Outcome::Kind::Unchanged;
        } else {
            action = QStringLiteral("e911.disable");
            newState = QStringLiteral("deregistering");
        }
    }

    if (out.kind == E911Outcome::Kind::Unchanged) {
        out.did = *DidRepresentation::load(db, tenantId, number, ctx.e911Fee);
        return out;
    }

    const QString now = ServerDatabase::nowIso();
    if (bill) {
        db.exec(
            q,
            QStringLiteral(
                "INSERT INTO billing_events (tenant_id, number, kind, amount_minor, currency, at,"
                " request_id) VALUES (?, ?, 'e911_activation', ?, ?, ?, ?)"),
            {tenantId, number, ctx.e911Fee.amountMinor, ctx.e911Fee.currency, now,
             request.requestId});
    }
    const qint64 seq = db.recordChange(QStringLiteral("did"), number, tenantId);
    db.exec(
        q,
        QStringLiteral(
            "UPDATE dids SET e911_state = ?, address_id = ?, e911_reason = NULL, state_since = ?,"
            " state_since_ms = ?, billing_active = CASE WHEN ? = 1 THEN 1 ELSE billing_active END, "
            "version = version + 1,"
            " updated_at = ?, updated_seq = ? WHERE number = ?"),
        {newState, newAddress.isEmpty() ? QVariant() : QVariant(newAddress), now,
         QDateTime::currentMSecsSinceEpoch(), bill ? 1 : 0, now, seq, number});
    db.recordAudit(request.principal,
                   AuditRecord{action, tenantId, number,
                               QJsonObject{{QStringLiteral("state"), state},
                                           {QStringLiteral("addressId"), currentAddress}},
                               QJsonObject{{QStringLiteral("state"), newState},
                                           {QStringLiteral("addressId"), newAddress}},
                               desired.reason, request.requestId});
    out.kind = E911Outcome::Kind::Accepted;
    out.did = *DidRepresentation::load(db, tenantId, number, ctx.e911Fee);
    return out;
}
