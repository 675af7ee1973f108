// The offline cache's reads for the network map, as domain values for the models and dialogs.
#include "Cache.h"

#include "store/CacheColumns.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
const QString placeColumns =
    QStringLiteral("id, tenant_id, address_id, building, floor, room, description, etag,"
                   " updated_at, teams_location_id");
const QString elementColumns =
    QStringLiteral("id, tenant_id, kind, place_id, subnet, bssid, chassis_id, port_id,"
                   " description, etag, updated_at");
const QString testCallColumns = QStringLiteral(
    "id, tenant_id, place_id, number, address_id, address_etag, called_by, called_at, read_back,"
    " result, note, recorded_by_id, recorded_by_email, recorded_at, source");

Place placeAt(const QSqlQuery &q)
{
    Place p;
    p.id = q.value(0).toString();
    p.tenantId = q.value(1).toString();
    p.addressId = q.value(2).toString();
    p.building = q.value(3).toString();
    p.floor = q.value(4).toString();
    p.room = q.value(5).toString();
    p.description = q.value(6).toString();
    p.etag = q.value(7).toString();
    p.updatedAt = fromMsecs(q.value(8));
    p.teamsLocationId = q.value(9).toString();
    return p;
}

NetworkElement elementAt(const QSqlQuery &q)
{
    NetworkElement e;
    e.id = q.value(0).toString();
    e.tenantId = q.value(1).toString();
    e.kind = NetworkElementKind(q.value(2).toInt());
    e.placeId = q.value(3).toString();
    e.subnet = q.value(4).toString();
    e.bssid = q.value(5).toString();
    e.chassisId = q.value(6).toString();
    e.portId = q.value(7).toString();
    e.description = q.value(8).toString();
    e.etag = q.value(9).toString();
    e.updatedAt = fromMsecs(q.value(10));
    return e;
}

TestCall testCallAt(const QSqlQuery &q)
{
    TestCall c;
    c.id = q.value(0).toString();
    c.tenantId = q.value(1).toString();
    c.placeId = q.value(2).toString();
    c.number = q.value(3).toString();
    c.addressId = q.value(4).toString();
    c.addressEtag = q.value(5).toString();
    c.calledBy = q.value(6).toString();
    c.calledAt = fromMsecs(q.value(7));
    c.readBack = q.value(8).toString();
    c.result = TestCallResult(q.value(9).toInt());
    c.note = q.value(10).toString();
    c.recordedById = q.value(11).toString();
    c.recordedByEmail = q.value(12).toString();
    c.recordedAt = fromMsecs(q.value(13));
    c.source = TestCallSource(q.value(14).toInt());
    return c;
}
} // namespace

QList<Place> Cache::places(const QString &tenantId)
{
    QList<Place> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QString(QStringLiteral("SELECT ") + placeColumns +
                      QStringLiteral(" FROM places WHERE tenant_id = ?"
                                     " ORDER BY address_id, building, floor, room, id")));
    q.addBindValue(tenantId);
    if (!exec(q))
        return out;
    while (q.next())
        out.append(placeAt(q));
    return out;
}

std::optional<Place> Cache::place(const QString &placeId)
{
    QSqlQuery q(database());
    q.prepare(QString(QStringLiteral("SELECT ") + placeColumns +
                      QStringLiteral(" FROM places WHERE id = ?")));
    q.addBindValue(placeId);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return placeAt(q);
}

QList<NetworkElement> Cache::networkElements(const QString &tenantId)
{
    QList<NetworkElement> out;
    QSqlQuery q(database());
    // Growing the list copies every element it holds: size it once (the count comes from the
    // index alone).
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM network_elements WHERE tenant_id = ?"));
    q.addBindValue(tenantId);
    if (exec(q) && q.next())
        out.reserve(q.value(0).toLongLong());
    q.finish();
    // Forward-only: QtSql then keeps no copy of the rows it has handed out. One value per row
    // (see networkElementListRow).
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT list_row FROM network_elements WHERE tenant_id = ?"
                             " ORDER BY id"));
    q.addBindValue(tenantId);
    if (!exec(q))
        return out;
    while (q.next()) {
        // Written by this class from a decoded element, so only a tampered file fails here.
        if (auto element = networkElementFromListRow(q.value(0).toString(), tenantId))
            out.append(std::move(*element));
    }
    return out;
}

std::optional<NetworkElement> Cache::networkElement(const QString &elementId)
{
    QSqlQuery q(database());
    q.prepare(QString(QStringLiteral("SELECT ") + elementColumns +
                      QStringLiteral(" FROM network_elements WHERE id = ?")));
    q.addBindValue(elementId);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return elementAt(q);
}

QList<TestCall> Cache::testCalls(const QString &tenantId)
{
    QList<TestCall> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QString(QStringLiteral("SELECT ") + testCallColumns +
                      QStringLiteral(" FROM test_calls WHERE tenant_id = ?"
                                     " ORDER BY called_at, id")));
    q.addBindValue(tenantId);
    if (!exec(q))
        return out;
    while (q.next())
        out.append(testCallAt(q));
    return out;
}

std::optional<EmergencyPolicy> Cache::emergencyPolicy(const QString &tenantId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT notification_mode, notification_group, dial_out_number,"
                             " etag, updated_at FROM emergency_policies WHERE tenant_id = ?"));
    q.addBindValue(tenantId);
    if (!exec(q) || !q.next())
        return std::nullopt;
    EmergencyPolicy policy;
    policy.tenantId = tenantId;
    policy.notificationMode = NotificationMode(q.value(0).toInt());
    const QJsonArray group = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
    for (const QJsonValue &entry : group)
        policy.notificationGroup.append(entry.toString());
    policy.notificationDialOutNumber = q.value(2).toString();
    policy.etag = q.value(3).toString();
    policy.updatedAt = fromMsecs(q.value(4));
    return policy;
}
