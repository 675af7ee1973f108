#include "ServerContext.h"

#include "store/ServerDatabase.h"

#include <QJsonDocument>

std::optional<HttpResponse> tenantAccessProblem(ServerContext &ctx, const HttpRequest &request,
                                                const QString &tenantId)
{
    if (!request.principal.canSeeTenant(tenantId) ||
        !ctx.db.scalar(QStringLiteral("SELECT 1 FROM tenants WHERE id = ?"), {tenantId}).isValid())
        return notFound(QStringLiteral("tenant %1").arg(tenantId));
    return std::nullopt;
}

HttpResponse notFound(const QString &what)
{
    return HttpResponse::problem(
        404, QStringLiteral("not-found"), QStringLiteral("Not found"),
        QStringLiteral("There is no %1, or you may not see it.").arg(what));
}

HttpResponse jsonWithEtag(int status, const QJsonObject &object)
{
    HttpResponse r = HttpResponse::json(status, object);
    r.setHeader("ETag", object.value(QStringLiteral("etag")).toString().toLatin1());
    return r;
}

HttpResponse preconditionFailed(const QJsonObject &current)
{
    HttpResponse r = HttpResponse::problem(
        412, QStringLiteral("precondition-failed"), QStringLiteral("Changed by someone else"),
        QStringLiteral(
            "The resource changed since you read it. Its current version is in \"current\"."));
    QJsonObject body = QJsonDocument::fromJson(r.body).object();
    body.insert(QStringLiteral("current"), current);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.setHeader("ETag", current.value(QStringLiteral("etag")).toString().toLatin1());
    return r;
}

HttpResponse preconditionRequired()
{
    return HttpResponse::problem(
        428, QStringLiteral("precondition-required"), QStringLiteral("If-Match required"),
        QStringLiteral("Send the ETag you read in If-Match, so a change made by "
                       "someone else in between is not overwritten."));
}

HttpResponse withProblemMembers(HttpResponse problem, const QJsonObject &members)
{
    QJsonObject body = QJsonDocument::fromJson(problem.body).object();
    for (auto it = members.begin(); it != members.end(); ++it)
        body.insert(it.key(), it.value());
    problem.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return problem;
}

QString queryFilter(const HttpRequest &request, const QString &name)
{
    const QString value = request.query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
    return value.isNull() ? QStringLiteral("") : value;
}
