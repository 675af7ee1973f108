#include "ResourceWrites.h"

#include "Pagination.h"
#include "ServerContext.h"
#include "store/ServerDatabase.h"

std::optional<PageRequest> tenantPageRequest(ServerContext &ctx, const HttpRequest &request,
                                             const QString &tenantId, HttpResponse *error)
{
    if (auto problem = tenantAccessProblem(ctx, request, tenantId)) {
        *error = *problem;
        return std::nullopt;
    }
    return parsePageRequest(request, error);
}

std::optional<HttpResponse> conditionalWriteProblem(ServerContext &ctx, const HttpRequest &request,
                                                    const QString &tenantId)
{
    if (auto problem = tenantAccessProblem(ctx, request, tenantId))
        return problem;
    if (request.header("if-match").isEmpty())
        return preconditionRequired();
    return std::nullopt;
}

std::optional<HttpResponse> staleVersionProblem(const HttpRequest &request,
                                                const QJsonObject &current)
{
    if (request.header("if-match") != current.value(QStringLiteral("etag")).toString().toLatin1())
        return preconditionFailed(current);
    return std::nullopt;
}

std::optional<HttpResponse> missingOrStaleProblem(const HttpRequest &request,
                                                  const std::optional<QJsonObject> &current,
                                                  const QString &what)
{
    if (!current)
        return notFound(what);
    return staleVersionProblem(request, *current);
}

HttpResponse foundWithEtag(const std::optional<QJsonObject> &found, const QString &what)
{
    if (!found)
        return notFound(what);
    return jsonWithEtag(200, *found);
}

HttpResponse afterCommit(WriteTransaction &tx, const HttpResponse &success)
{
    tx.commit(); // throws DatabaseFailure (a 503) when the commit fails
    return success;
}

void deleteAndAudit(ServerContext &ctx, const HttpRequest &request, const RowDeletion &deletion)
{
    QSqlQuery q(ctx.db.db());
    ctx.db.exec(
        q,
        QString(QStringLiteral("DELETE FROM ") + deletion.table + QStringLiteral(" WHERE id = ?")),
        {deletion.id});
    ctx.db.recordChange(deletion.entity, deletion.id, deletion.tenantId);
    ctx.db.recordAudit(request.principal, AuditRecord{deletion.action,
                                                      deletion.tenantId,
                                                      deletion.id,
                                                      deletion.before,
                                                      {},
                                                      {},
                                                      request.requestId});
}

std::optional<HttpResponse> teamsIdInUseProblem(ServerContext &ctx, const TeamsIdColumn &where,
                                                const QString &tenantId, const QString &teamsId,
                                                const QString &selfId)
{
    if (teamsId.isEmpty())
        return std::nullopt;
    const QString existing =
        ctx.db
            .scalar(QStringLiteral("SELECT id FROM %1 WHERE tenant_id = ? AND %2 = ? AND id <> ?")
                        .arg(QLatin1StringView(where.table), QLatin1StringView(where.column)),
                    {tenantId, teamsId, selfId})
            .toString();
    if (existing.isEmpty())
        return std::nullopt;
    // One Teams object is one object here: two rows with its id would make an export's match,
    // and a script's -Identity, ambiguous.
    return withProblemMembers(
        HttpResponse::problem(
            409, QStringLiteral("teams-id-in-use"), QStringLiteral("Teams id already in use"),
            QStringLiteral("The %1 %2 of this tenant already has %3 %4; one Teams object "
                           "matches one %1.")
                .arg(QLatin1StringView(where.what), existing, QLatin1StringView(where.field),
                     teamsId)),
        QJsonObject{{QStringLiteral("existingId"), existing}});
}

QVariant teamsIdColumnValue(const std::optional<QString> &teamsId)
{
    return teamsId && !teamsId->isEmpty() ? QVariant(*teamsId)
                                          : QVariant(QMetaType::fromType<QString>());
}
