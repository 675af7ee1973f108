// The offline cache's Teams number locations: one reading per tenant, kept as the API sent it.
#include "Cache.h"

#include <QJsonDocument>

bool Cache::upsertTeamsNumberLocations(const TeamsNumberLocations &reading, const QByteArray &json,
                                       qint64 generation)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO teams_number_locations (tenant_id, json, gen)"
                             " VALUES (?, ?, ?)"));
    q.addBindValue(reading.tenantId);
    q.addBindValue(json);
    q.addBindValue(generation);
    return exec(q);
}

bool Cache::deleteTeamsNumberLocations(const QString &tenantId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM teams_number_locations WHERE tenant_id = ?"));
    q.addBindValue(tenantId);
    return exec(q);
}

std::optional<TeamsNumberLocations> Cache::teamsNumberLocations(const QString &tenantId)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT json FROM teams_number_locations WHERE tenant_id = ?"));
    q.addBindValue(tenantId);
    if (!exec(q) || !q.next())
        return std::nullopt;
    // Written from a reading that decoded; one that no longer does (a damaged file) is none.
    QList<FieldError> errors;
    return TeamsNumberLocations::fromJson(
        QJsonDocument::fromJson(q.value(0).toByteArray()).object(), errors);
}
