// JSON representations of the LIS network map resources (issue 9): places, network elements,
// 933 test calls and the emergency calling policy, read from their rows. Used by their routes
// and by delta sync, so each looks the same wherever it appears.
#pragma once

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

#include <optional>

class ServerDatabase;

namespace PlaceRepresentation {
extern const QString columns;
QJsonObject fromRow(const QSqlQuery &row);
std::optional<QJsonObject> load(ServerDatabase &db, const QString &tenantId,
                                const QString &placeId);
} // namespace PlaceRepresentation

namespace NetworkElementRepresentation {
extern const QString columns;
QJsonObject fromRow(const QSqlQuery &row);
std::optional<QJsonObject> load(ServerDatabase &db, const QString &tenantId,
                                const QString &elementId);
} // namespace NetworkElementRepresentation

namespace TestCallRepresentation {
extern const QString columns;
QJsonObject fromRow(const QSqlQuery &row);
std::optional<QJsonObject> load(ServerDatabase &db, const QString &tenantId,
                                const QString &testCallId);
} // namespace TestCallRepresentation

namespace EmergencyPolicyRepresentation {
// Every tenant has a policy: without a stored row it is the default (notification only, no
// group), version 1, as old as the tenant. Nullopt only for an unknown tenant.
std::optional<QJsonObject> load(ServerDatabase &db, const QString &tenantId);
} // namespace EmergencyPolicyRepresentation

namespace TeamsNumberLocationsRepresentation {
// A tenant's latest reading of its numbers' Teams locations. Without one stored: no numbers,
// `readAt` null, version 1. Nullopt only for an unknown tenant.
std::optional<QJsonObject> load(ServerDatabase &db, const QString &tenantId);
} // namespace TeamsNumberLocationsRepresentation
