// The offline cache's writes for the network map: places, network elements, 933 test calls and
// the emergency calling policy, as sync brings them (reads in CacheNetworkMapReads.cpp).
#include "Cache.h"

#include "store/CacheColumns.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>

namespace {
// The columns are NOT NULL and "" means unset; QtSql binds a null QString as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}
} // namespace

bool Cache::upsertPlace(const Place &place, qint64 generation)
{
    QSqlQuery &q = prepared(
        m_upsertPlace,
        QStringLiteral("INSERT OR REPLACE INTO places (id, tenant_id, address_id, building, floor,"
                       " room, description, etag, updated_at, gen, teams_location_id)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, text(place.id));
    q.bindValue(1, text(place.tenantId));
    q.bindValue(2, text(place.addressId));
    q.bindValue(3, text(place.building));
    q.bindValue(4, text(place.floor));
    q.bindValue(5, text(place.room));
    q.bindValue(6, text(place.description));
    q.bindValue(7, text(place.etag));
    q.bindValue(8, toMsecs(place.updatedAt));
    q.bindValue(9, generation);
    q.bindValue(10, text(place.teamsLocationId));
    return exec(q);
}

bool Cache::deletePlace(const QString &placeId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM places WHERE id = ?"));
    q.addBindValue(placeId);
    return exec(q);
}

bool Cache::upsertNetworkElement(const NetworkElement &element, qint64 generation)
{
    QSqlQuery &q = prepared(
        m_upsertElement,
        QStringLiteral("INSERT OR REPLACE INTO network_elements (id, tenant_id, kind, place_id,"
                       " subnet, bssid, chassis_id, port_id, description, etag, updated_at, gen,"
                       " list_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, text(element.id));
    q.bindValue(1, text(element.tenantId));
    q.bindValue(2, int(element.kind));
    q.bindValue(3, text(element.placeId));
    q.bindValue(4, text(element.subnet));
    q.bindValue(5, text(element.bssid));
    q.bindValue(6, text(element.chassisId));
    q.bindValue(7, text(element.portId));
    q.bindValue(8, text(element.description));
    q.bindValue(9, text(element.etag));
    q.bindValue(10, toMsecs(element.updatedAt));
    q.bindValue(11, generation);
    q.bindValue(12, networkElementListRow(element));
    return exec(q);
}

QString Cache::networkElementListRow(const NetworkElement &element)
{
    const QChar sep(0x1f);
    return QString(
        QString::number(int(element.kind)) + sep +
        QString::number(element.updatedAt.isValid() ? element.updatedAt.toMSecsSinceEpoch() : 0) +
        sep + element.etag + sep + element.id + sep + element.placeId + sep + element.subnet + sep +
        element.bssid + sep + element.chassisId + sep + element.portId + sep + element.description);
}

std::optional<NetworkElement> Cache::networkElementFromListRow(const QString &row,
                                                               const QString &tenantId)
{
    constexpr int fields = 10;
    std::array<QStringView, fields> f;
    qsizetype from = 0;
    for (int i = 0; i < fields - 1; ++i) {
        const qsizetype to = row.indexOf(QChar(0x1f), from);
        if (to < 0)
            return std::nullopt;
        f[std::size_t(i)] = QStringView(row).sliced(from, to - from);
        from = to + 1;
    }
    f[fields - 1] = QStringView(row).sliced(from); // the description: the rest, whatever it holds
    bool ok = false;
    const int kind = f[0].toInt(&ok);
    if (!ok || kind < 0 || kind > int(NetworkElementKind::TrustedIp))
        return std::nullopt;
    NetworkElement e;
    e.kind = NetworkElementKind(kind);
    e.updatedAt = QDateTime::fromMSecsSinceEpoch(f[1].toLongLong(), Qt::UTC);
    e.etag = f[2].toString();
    e.id = f[3].toString();
    e.tenantId = tenantId;
    e.placeId = f[4].toString();
    e.subnet = f[5].toString();
    e.bssid = f[6].toString();
    e.chassisId = f[7].toString();
    e.portId = f[8].toString();
    e.description = f[9].toString();
    return e;
}

bool Cache::deleteNetworkElement(const QString &elementId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM network_elements WHERE id = ?"));
    q.addBindValue(elementId);
    return exec(q);
}

bool Cache::upsertTestCall(const TestCall &call, qint64 generation)
{
    QSqlQuery &q = prepared(
        m_upsertTestCall,
        QStringLiteral("INSERT OR REPLACE INTO test_calls (id, tenant_id, place_id, number,"
                       " address_id, address_etag, called_by, called_at, read_back, result, note,"
                       " recorded_by_id, recorded_by_email, recorded_at, gen, source)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, text(call.id));
    q.bindValue(1, text(call.tenantId));
    q.bindValue(2, text(call.placeId));
    q.bindValue(3, text(call.number));
    q.bindValue(4, text(call.addressId));
    q.bindValue(5, text(call.addressEtag));
    q.bindValue(6, text(call.calledBy));
    q.bindValue(7, toMsecs(call.calledAt));
    q.bindValue(8, text(call.readBack));
    q.bindValue(9, int(call.result));
    q.bindValue(10, text(call.note));
    q.bindValue(11, text(call.recordedById));
    q.bindValue(12, text(call.recordedByEmail));
    q.bindValue(13, toMsecs(call.recordedAt));
    q.bindValue(14, generation);
    q.bindValue(15, int(call.source));
    return exec(q);
}

bool Cache::deleteTestCall(const QString &testCallId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM test_calls WHERE id = ?"));
    q.addBindValue(testCallId);
    return exec(q);
}

bool Cache::upsertEmergencyPolicy(const EmergencyPolicy &policy, qint64 generation)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO emergency_policies (tenant_id,"
                             " notification_mode, notification_group, dial_out_number, etag,"
                             " updated_at, gen) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(text(policy.tenantId));
    q.addBindValue(int(policy.notificationMode));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(policy.notificationGroup))
                              .toJson(QJsonDocument::Compact)));
    q.addBindValue(text(policy.notificationDialOutNumber));
    q.addBindValue(text(policy.etag));
    q.addBindValue(toMsecs(policy.updatedAt));
    q.addBindValue(generation);
    return exec(q);
}

bool Cache::deleteEmergencyPolicy(const QString &tenantId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM emergency_policies WHERE tenant_id = ?"));
    q.addBindValue(tenantId);
    return exec(q);
}
