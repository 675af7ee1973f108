// The offline cache's emergency calls from Teams: each call as the API sent it, without its
// event list, which only the desk shows (and reads live).
#include "Cache.h"

#include "store/CacheColumns.h"

#include <QJsonDocument>
#include <QJsonObject>

bool Cache::upsertEmergencyCall(const EmergencyCall &call, const QByteArray &json,
                                qint64 generation)
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    object.remove(QLatin1StringView("events"));
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO emergency_calls (id, tenant_id, number,"
                             " started_at, json, gen) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(call.id);
    q.addBindValue(call.tenantId);
    q.addBindValue(call.number.isNull() ? QStringLiteral("") : call.number);
    q.addBindValue(toMsecs(call.startedAt));
    q.addBindValue(QJsonDocument(object).toJson(QJsonDocument::Compact));
    q.addBindValue(generation);
    return exec(q);
}

bool Cache::deleteEmergencyCall(const QString &callId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM emergency_calls WHERE id = ?"));
    q.addBindValue(callId);
    return exec(q);
}

QList<EmergencyCall> Cache::emergencyCalls(const QString &tenantId, const QDateTime &since)
{
    QList<EmergencyCall> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT json FROM emergency_calls WHERE tenant_id = ?"
                             " AND started_at >= ? ORDER BY started_at, id"));
    q.addBindValue(tenantId);
    q.addBindValue(since.isValid() ? since.toMSecsSinceEpoch() : qint64(0));
    if (!exec(q))
        return out;
    while (q.next()) {
        // Written by upsertEmergencyCall() from a call that decoded; a row that no longer does
        // (a damaged file) is left out rather than shown half.
        if (auto call =
                EmergencyCall::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()))
            out.append(std::move(*call));
    }
    return out;
}
