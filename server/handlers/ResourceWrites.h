// The steps every tenant resource route repeats: the tenant and If-Match checks in front of a
// write, the 404/412 answer for a stale or missing row, and the commit that may still fail.
// Kept here so each route file states only what is special about its resource.
#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "store/Representations.h"

#include <QJsonObject>
#include <QVariant>

#include <optional>

struct PageRequest;
struct ServerContext;
class WriteTransaction;

// The page a list request asks for in a tenant the caller may see; nullopt with *error set to
// the 404 or 400 to answer otherwise.
std::optional<PageRequest> tenantPageRequest(ServerContext &ctx, const HttpRequest &request,
                                             const QString &tenantId, HttpResponse *error);
// The 404 for an unseen tenant, or the 428 when a write came without If-Match.
std::optional<HttpResponse> conditionalWriteProblem(ServerContext &ctx, const HttpRequest &request,
                                                    const QString &tenantId);
// 412 with the current version when the request's If-Match does not name it.
std::optional<HttpResponse> staleVersionProblem(const HttpRequest &request,
                                                const QJsonObject &current);
// 404 (naming `what`) when the row is gone, else the 412 of staleVersionProblem.
std::optional<HttpResponse> missingOrStaleProblem(const HttpRequest &request,
                                                  const std::optional<QJsonObject> &current,
                                                  const QString &what);
// The row with its ETag, or the 404 naming `what`.
HttpResponse foundWithEtag(const std::optional<QJsonObject> &found, const QString &what);
// `success` once the transaction commits; a failed commit throws DatabaseFailure (503).
HttpResponse afterCommit(WriteTransaction &tx, const HttpResponse &success);

// Where a resource keeps its Teams id (issue 17), for teamsIdInUseProblem.
struct TeamsIdColumn
{
    const char *table;  // e.g. "places"
    const char *column; // e.g. "teams_location_id"
    const char *field;  // the body's name for it, e.g. "teamsLocationId"
    const char *what;   // what the other row is, for people: "place"
};
// The column's value for a Teams id as RequestBody::teamsId read it: NULL for none.
QVariant teamsIdColumnValue(const std::optional<QString> &teamsId);
// 409 `teams-id-in-use` naming the other row of the tenant (`existingId`) that already has
// `teamsId`; nullopt when none has it, or when `teamsId` is empty (no id). `selfId` is the row
// being written, which may keep its own id.
std::optional<HttpResponse> teamsIdInUseProblem(ServerContext &ctx, const TeamsIdColumn &where,
                                                const QString &tenantId, const QString &teamsId,
                                                const QString &selfId);

// Which row to delete, and how the change log and the audit trail name the deletion.
struct RowDeletion
{
    QString table;  // e.g. "places"
    QString entity; // change-log entity, e.g. "place"
    QString action; // audit action, e.g. "place.delete"
    QString tenantId;
    QString id;
    QJsonObject before; // what the audit record shows as removed
};
// Deletes the row and records the change and the audit entry (inside the caller's transaction).
void deleteAndAudit(ServerContext &ctx, const HttpRequest &request, const RowDeletion &deletion);
