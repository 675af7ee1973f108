#include "LisRepresentations.h"

#include "Representations.h"
#include "ServerDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString etagText(const QVariant &version)
{
    return QString::fromLatin1(etagFor(version.toLongLong()));
}

template <typename FromRow>
std::optional<QJsonObject> loadOne(ServerDatabase &db, const QString &columns, const char *table,
                                   const QString &tenantId, const QString &id, FromRow fromRow)
{
    QSqlQuery q(db.db());
    db.exec(q,
            QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") +
                QLatin1StringView(table) + QStringLiteral(" WHERE id = ? AND tenant_id = ?"),
            {id, tenantId});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

} // namespace

const QString PlaceRepresentation::columns =
    QStringLiteral("id, tenant_id, address_id, building, floor, room, description, version,"
                   " updated_at, teams_location_id");

QJsonObject PlaceRepresentation::fromRow(const QSqlQuery &q)
{
    return QJsonObject{
        {QStringLiteral("id"), q.value(0).toString()},
        {QStringLiteral("tenantId"), q.value(1).toString()},
        {QStringLiteral("addressId"), q.value(2).toString()},
        {QStringLiteral("building"), q.value(3).toString()},
        {QStringLiteral("floor"), q.value(4).toString()},
        {QStringLiteral("room"), q.value(5).toString()},
        {QStringLiteral("description"), q.value(6).toString()},
        {QStringLiteral("teamsLocationId"),
         q.value(9).isNull() ? QJsonValue() : QJsonValue(q.value(9).toString())},
        {QStringLiteral("etag"), etagText(q.value(7))},
        {QStringLiteral("updatedAt"), q.value(8).toString()},
    };
}

std::optional<QJsonObject> PlaceRepresentation::load(ServerDatabase &db, const QString &tenantId,
                                                     const QString &placeId)
{
    return loadOne(db, columns, "places", tenantId, placeId, fromRow);
}

const QString NetworkElementRepresentation::columns =
    QStringLiteral("id, tenant_id, kind, place_id, subnet, bssid, chassis_id, port_id,"
                   " description, version, updated_at");

QJsonObject NetworkElementRepresentation::fromRow(const QSqlQuery &q)
{
    return QJsonObject{
        {QStringLiteral("id"), q.value(0).toString()},
        {QStringLiteral("tenantId"), q.value(1).toString()},
        {QStringLiteral("kind"), q.value(2).toString()},
        {QStringLiteral("placeId"), q.value(3).toString()},
        {QStringLiteral("subnet"), q.value(4).toString()},
        {QStringLiteral("bssid"), q.value(5).toString()},
        {QStringLiteral("chassisId"), q.value(6).toString()},
        {QStringLiteral("portId"), q.value(7).toString()},
        {QStringLiteral("description"), q.value(8).toString()},
        {QStringLiteral("etag"), etagText(q.value(9))},
        {QStringLiteral("updatedAt"), q.value(10).toString()},
    };
}

std::optional<QJsonObject> NetworkElementRepresentation::load(ServerDatabase &db,
                                                              const QString &tenantId,
                                                              const QString &elementId)
{
    return loadOne(db, columns, "network_elements", tenantId, elementId, fromRow);
}

const QString TestCallRepresentation::columns = QStringLiteral(
    "id, tenant_id, place_id, number, address_id, address_etag, called_by, called_at, read_back,"
    " result, note, recorded_by_id, recorded_by_email, recorded_at, source");

QJsonObject TestCallRepresentation::fromRow(const QSqlQuery &q)
{
    return QJsonObject{
        {QStringLiteral("id"), q.value(0).toString()},
        {QStringLiteral("tenantId"), q.value(1).toString()},
        {QStringLiteral("placeId"), q.value(2).toString()},
        {QStringLiteral("number"), q.value(3).toString()},
        {QStringLiteral("addressId"), q.value(4).toString()},
        {QStringLiteral("addressEtag"), q.value(5).toString()},
        {QStringLiteral("calledBy"), q.value(6).toString()},
        {QStringLiteral("calledAt"), q.value(7).toString()},
        {QStringLiteral("readBack"), q.value(8).toString()},
        {QStringLiteral("result"), q.value(9).toString()},
        {QStringLiteral("note"), q.value(10).toString()},
        {QStringLiteral("recordedBy"),
         QJsonObject{{QStringLiteral("id"), q.value(11).toString()},
                     {QStringLiteral("email"), q.value(12).toString()}}},
        {QStringLiteral("recordedAt"), q.value(13).toString()},
        {QStringLiteral("source"), q.value(14).toString()},
    };
}

std::optional<QJsonObject> TestCallRepresentation::load(ServerDatabase &db, const QString &tenantId,
                                                        const QString &testCallId)
{
    return loadOne(db, columns, "test_calls", tenantId, testCallId, fromRow);
}

std::optional<QJsonObject> EmergencyPolicyRepresentation::load(ServerDatabase &db,
                                                               const QString &tenantId)
{
    QSqlQuery q(db.db());
    db.exec(q,
            QStringLiteral("SELECT p.notification_mode, p.notification_group, p.dial_out_number,"
                           " p.version, p.updated_at, t.updated_at FROM tenants t"
                           " LEFT JOIN emergency_policies p ON p.tenant_id = t.id WHERE t.id = ?"),
            {tenantId});
    if (!q.next())
        return std::nullopt;
    const bool stored = !q.value(0).isNull();
    return QJsonObject{
        {QStringLiteral("tenantId"), tenantId},
        {QStringLiteral("notificationMode"),
         stored ? q.value(0).toString() : QStringLiteral("notification_only")},
        {QStringLiteral("notificationGroup"),
         stored ? QJsonDocument::fromJson(q.value(1).toByteArray()).array() : QJsonArray()},
        {QStringLiteral("notificationDialOutNumber"),
         stored ? q.value(2).toString() : QStringLiteral("")},
        {QStringLiteral("etag"), stored ? etagText(q.value(3)) : etagText(1)},
        {QStringLiteral("updatedAt"), stored ? q.value(4).toString() : q.value(5).toString()},
    };
}

std::optional<QJsonObject> TeamsNumberLocationsRepresentation::load(ServerDatabase &db,
                                                                    const QString &tenantId)
{
    QSqlQuery q(db.db());
    db.exec(q,
            QStringLiteral("SELECT l.read_at, l.reading, l.version, l.updated_at, t.updated_at"
                           " FROM tenants t LEFT JOIN teams_number_locations l"
                           " ON l.tenant_id = t.id WHERE t.id = ?"),
            {tenantId});
    if (!q.next())
        return std::nullopt;
    const bool stored = !q.value(0).isNull();
    const QJsonObject reading =
        stored ? QJsonDocument::fromJson(q.value(1).toByteArray()).object() : QJsonObject();
    return QJsonObject{
        {QStringLiteral("tenantId"), tenantId},
        {QStringLiteral("readAt"), stored ? QJsonValue(q.value(0).toString()) : QJsonValue()},
        {QStringLiteral("numbers"), reading.value(QStringLiteral("numbers")).toArray()},
        {QStringLiteral("teamsAddresses"),
         reading.value(QStringLiteral("teamsAddresses")).toArray()},
        {QStringLiteral("etag"), stored ? etagText(q.value(2)) : etagText(1)},
        {QStringLiteral("updatedAt"), stored ? q.value(3).toString() : q.value(4).toString()},
    };
}
