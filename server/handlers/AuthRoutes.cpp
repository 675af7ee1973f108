#include "AuthRoutes.h"

#include "RequestBody.h"
#include "ServerContext.h"
#include "auth/TokenService.h"
#include "http/Router.h"
#include "store/ServerDatabase.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace {

HttpResponse oauthAnswer(const OAuthResult &result)
{
    return HttpResponse::json(result.status, result.body);
}

HttpResponse oauthError(const char *error, const QString &description)
{
    return HttpResponse::json(400,
                              QJsonObject{{QStringLiteral("error"), QString::fromLatin1(error)},
                                          {QStringLiteral("error_description"), description}});
}

// OAuth endpoints take application/x-www-form-urlencoded bodies (RFC 6749 §4.1.3, RFC 8628 §3.1).
QUrlQuery formBody(const HttpRequest &request)
{
    return QUrlQuery(QString::fromUtf8(request.body).replace(QLatin1Char('+'), QLatin1Char(' ')));
}

QString formValue(const QUrlQuery &form, const char *key)
{
    return form.queryItemValue(QLatin1StringView(key), QUrl::FullyDecoded);
}

HttpResponse deviceAuthorization(ServerContext &ctx, HttpRequest &request)
{
    const QUrlQuery form = formBody(request);
    const QString clientId = formValue(form, "client_id");
    if (clientId.isEmpty())
        return oauthError("invalid_request", QStringLiteral("client_id is required."));
    const QString host = QString::fromUtf8(request.header("host"));
    const QString verification = QStringLiteral("https://%1/device")
                                     .arg(host.isEmpty() ? QStringLiteral("localhost") : host);
    return HttpResponse::json(200, ctx.tokens.startDeviceAuthorization(clientId, verification));
}

HttpResponse token(ServerContext &ctx, HttpRequest &request)
{
    const QUrlQuery form = formBody(request);
    const QString grantType = formValue(form, "grant_type");
    if (grantType == QLatin1StringView("urn:ietf:params:oauth:grant-type:device_code")) {
        const QString deviceCode = formValue(form, "device_code");
        if (deviceCode.isEmpty())
            return oauthError("invalid_request", QStringLiteral("device_code is required."));
        return oauthAnswer(ctx.tokens.exchangeDeviceCode(deviceCode, formValue(form, "client_id")));
    }
    if (grantType == QLatin1StringView("refresh_token")) {
        const QString refreshToken = formValue(form, "refresh_token");
        if (refreshToken.isEmpty())
            return oauthError("invalid_request", QStringLiteral("refresh_token is required."));
        return oauthAnswer(ctx.tokens.refresh(refreshToken));
    }
    return oauthError("unsupported_grant_type",
                      QStringLiteral("Use the device_code or refresh_token grant."));
}

HttpResponse approveDevice(ServerContext &ctx, HttpRequest &request)
{
    RequestBody body =
        RequestBody::parse(request, {QStringLiteral("userCode"), QStringLiteral("approve")});
    if (!body.ok())
        return body.error();
    const QString userCode = body.string(QStringLiteral("userCode"), true, 20);
    const bool approve = body.boolean(QStringLiteral("approve"), true);
    if (!body.ok())
        return body.error();
    if (!ctx.tokens.decideDeviceCode(userCode, request.principal, approve))
        return HttpResponse::problem(
            404, QStringLiteral("not-found"), QStringLiteral("Unknown or expired code"),
            QStringLiteral("Check the code shown in the app; it is valid for 10 minutes."));
    return HttpResponse::noContent();
}

HttpResponse revoke(ServerContext &ctx, HttpRequest &request)
{
    const QString tokenValue = formValue(formBody(request), "token");
    if (tokenValue.isEmpty())
        return oauthError("invalid_request", QStringLiteral("token is required."));
    ctx.tokens.revoke(tokenValue); // RFC 7009 §2.2: unknown tokens are fine too
    return HttpResponse::json(200, QJsonObject{});
}

HttpResponse me(HttpRequest &request)
{
    const Principal &p = request.principal;
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("id"), p.userId},
                         {QStringLiteral("email"), p.email},
                         {QStringLiteral("displayName"), p.displayName},
                         {QStringLiteral("role"), roleToWire(p.role)},
                         {QStringLiteral("tenantIds"), QJsonArray::fromStringList(p.tenantIds)}});
}

HttpResponse createApiToken(ServerContext &ctx, HttpRequest &request)
{
    RequestBody body =
        RequestBody::parse(request, {QStringLiteral("label"), QStringLiteral("userId")});
    if (!body.ok())
        return body.error();
    const QString label = body.string(QStringLiteral("label"), true, 100).trimmed();
    QString userId = body.string(QStringLiteral("userId"), false, 100);
    if (!body.ok())
        return body.error();
    if (userId.isEmpty())
        userId = request.principal.userId;
    if (!ctx.tokens.principalForUser(userId))
        return notFound(QStringLiteral("user %1").arg(userId));
    WriteTransaction tx(ctx.db);
    const auto [tokenId, secret] = ctx.tokens.issueApiToken(userId, label);
    ctx.db.recordAudit(request.principal,
                       AuditRecord{QStringLiteral("apitoken.create"),
                                   {},
                                   tokenId,
                                   {},
                                   QJsonObject{{QStringLiteral("label"), label},
                                               {QStringLiteral("userId"), userId}},
                                   {},
                                   request.requestId});
    tx.commit();
    return HttpResponse::json(201, QJsonObject{{QStringLiteral("id"), tokenId},
                                               {QStringLiteral("label"), label},
                                               {QStringLiteral("userId"), userId},
                                               {QStringLiteral("token"), secret}});
}

HttpResponse revokeApiToken(ServerContext &ctx, HttpRequest &request)
{
    const QString tokenId = request.param(QStringLiteral("tokenId"));
    WriteTransaction tx(ctx.db);
    if (!ctx.tokens.revokeApiToken(tokenId))
        return notFound(QStringLiteral("API token %1").arg(tokenId));
    ctx.db.recordAudit(
        request.principal,
        AuditRecord{QStringLiteral("apitoken.revoke"), {}, tokenId, {}, {}, {}, request.requestId});
    tx.commit();
    return HttpResponse::noContent();
}

// An OAuth step whose writes land together whatever it answers: a rotation marks the old refresh
// token used and issues new ones; a reused one revokes its family and still answers 400.
Handler inOneTransaction(ServerContext &ctx, HttpResponse (*step)(ServerContext &, HttpRequest &))
{
    return [&ctx, step](HttpRequest &r) {
        WriteTransaction tx(ctx.db);
        HttpResponse answer = step(ctx, r);
        tx.commit();
        return answer;
    };
}

} // namespace

void registerAuthRoutes(Router &router, ServerContext &ctx)
{
    router.add("POST", QStringLiteral("/v1/oauth/device_authorization"), Access::Public,
               inOneTransaction(ctx, deviceAuthorization));
    router.add("POST", QStringLiteral("/v1/oauth/token"), Access::Public,
               inOneTransaction(ctx, token));
    router.add("POST", QStringLiteral("/v1/oauth/revoke"), Access::Public,
               inOneTransaction(ctx, revoke));
    // Approving a code is what the verification page does; an auditor may sign in too, so any
    // signed-in role may approve a code for itself.
    router.add("POST", QStringLiteral("/v1/oauth/device/approve"), Access::Read,
               inOneTransaction(ctx, approveDevice));
    router.add("GET", QStringLiteral("/v1/me"), Access::Read, [](HttpRequest &r) { return me(r); });
    router.add("POST", QStringLiteral("/v1/api-tokens"), Access::StaffOnly,
               [&ctx](HttpRequest &r) { return createApiToken(ctx, r); });
    router.add("DELETE", QStringLiteral("/v1/api-tokens/{tokenId}"), Access::StaffOnly,
               [&ctx](HttpRequest &r) { return revokeApiToken(ctx, r); });
}
