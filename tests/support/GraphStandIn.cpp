#include "GraphStandIn.h"

#include "GraphNotificationSealer.h"
#include "api/CertificateFingerprint.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QUuid>

namespace graph_test {

namespace {

void answer(QHttpServerResponder &responder, int status, const QJsonObject &body = {})
{
    const QByteArray bytes =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    if (!bytes.isEmpty())
        responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(bytes.size()));
    responder.writeBody(bytes);
}

QJsonObject graphError(const QString &code, const QString &message)
{
    return {{QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

GraphStandIn::GraphStandIn(QObject *parent)
    : QAbstractHttpServer(parent)
{}

bool GraphStandIn::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl GraphStandIn::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/beta").arg(m_port));
}

QUrl GraphStandIn::loginUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/login").arg(m_port));
}

QString GraphStandIn::addOrphan(const QString &teamsTenantId, const QString &resource)
{
    StandInSubscription s;
    s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.teamsTenantId = teamsTenantId;
    s.resource = resource;
    s.clientState = QStringLiteral("somebody else's");
    s.expires = QDateTime::currentDateTimeUtc().addSecs(m_lifetimeSeconds);
    m_subscriptions.insert(s.id, s);
    return s.id;
}

QString GraphStandIn::tenantOf(const QHttpServerRequest &request) const
{
    const QByteArray authorization = header(request, "authorization");
    if (!authorization.startsWith("Bearer token-for-"))
        return {};
    return QString::fromLatin1(authorization.mid(17));
}

bool GraphStandIn::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    if (path == QLatin1StringView("/login/common/discovery/v2.0/keys") &&
        request.method() == QHttpServerRequest::Method::Get) {
        ++m_signingKeyFetches;
        if (m_signingKeysAvailable)
            answer(*responder, 200, jsonWebKeySet(m_signingKeys));
        else
            answer(*responder, 503);
        return true;
    }
    if (path.startsWith(QLatin1StringView("/login/"))) {
        issueToken(request, *responder);
        return true;
    }
    const QString tenant = tenantOf(request);
    if (tenant.isEmpty()) {
        answer(*responder, 401,
               graphError(QStringLiteral("InvalidAuthenticationToken"),
                          QStringLiteral("Access token is empty.")));
        return true;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString prefix = QStringLiteral("/beta/subscriptions");
    const QString id = path.mid(prefix.size() + 1);
    using Method = QHttpServerRequest::Method;
    if (path == prefix && request.method() == Method::Post) {
        createSubscription(tenant, body, responder);
    } else if (path == prefix && request.method() == Method::Get) {
        QJsonArray list;
        for (const StandInSubscription &s : std::as_const(m_subscriptions)) {
            if (s.teamsTenantId == tenant)
                list.append(toJson(s));
        }
        answer(*responder, 200, QJsonObject{{QStringLiteral("value"), list}});
    } else if (path.startsWith(prefix + QLatin1Char('/')) && request.method() == Method::Patch) {
        updateSubscription(id, body, *responder);
    } else if (path.startsWith(prefix + QLatin1Char('/')) && request.method() == Method::Delete) {
        const bool known = m_subscriptions.remove(id) > 0;
        m_deletions += known ? 1 : 0;
        answer(*responder, known ? 204 : 404);
    } else {
        answer(*responder, 400, graphError(QStringLiteral("BadRequest"), path));
    }
    return true;
}

void GraphStandIn::issueToken(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    // /login/{tenant}/oauth2/v2.0/token, form-encoded client credentials.
    const QStringList parts = request.url().path().split(QLatin1Char('/'));
    const QUrlQuery form(QString::fromUtf8(request.body()));
    if (parts.size() != 6 ||
        form.queryItemValue(QStringLiteral("grant_type")) !=
            QLatin1StringView("client_credentials") ||
        form.queryItemValue(QStringLiteral("client_id")) != clientId() ||
        form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded) !=
            clientSecret()) {
        answer(responder, 401,
               QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_client")},
                           {QStringLiteral("error_description"), QStringLiteral("AADSTS7000215")}});
        return;
    }
    answer(responder, 200,
           QJsonObject{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_in"), 3599},
                       {QStringLiteral("access_token"),
                        QString(QStringLiteral("token-for-") + parts.at(2))}});
}

void GraphStandIn::createSubscription(const QString &tenant, const QJsonObject &body,
                                      std::shared_ptr<QHttpServerResponder> responder)
{
    StandInSubscription s;
    s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.teamsTenantId = tenant;
    s.resource = body.value(QLatin1StringView("resource")).toString();
    s.clientState = body.value(QLatin1StringView("clientState")).toString();
    s.notificationUrl = QUrl(body.value(QLatin1StringView("notificationUrl")).toString());
    s.certificateDer = QByteArray::fromBase64(
        body.value(QLatin1StringView("encryptionCertificate")).toString().toLatin1());
    s.certificateId = body.value(QLatin1StringView("encryptionCertificateId")).toString();
    const QDateTime requested = QDateTime::fromString(
        body.value(QLatin1StringView("expirationDateTime")).toString(), Qt::ISODateWithMs);
    if (!body.value(QLatin1StringView("includeResourceData")).toBool() ||
        s.certificateDer.isEmpty() || s.certificateId.isEmpty() || s.clientState.size() > 128 ||
        !requested.isValid() || requested > QDateTime::currentDateTimeUtc().addSecs(24 * 3600 + 60))
        return answer(*responder, 400,
                      graphError(QStringLiteral("InvalidRequest"),
                                 QStringLiteral("Emergency call subscriptions need resource data, "
                                                "a certificate and at most one day.")));
    for (const StandInSubscription &other : std::as_const(m_subscriptions)) {
        if (other.teamsTenantId == tenant && other.resource == s.resource) {
            ++m_conflicts;
            return answer(*responder, 409,
                          graphError(QStringLiteral("Conflict"),
                                     QStringLiteral("Subscription request was duplicated.")));
        }
    }
    s.expires = std::min(requested, QDateTime::currentDateTimeUtc().addSecs(m_lifetimeSeconds));
    // The validation handshake: the endpoint must echo the token as text/plain.
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QUrl url = s.notificationUrl;
    url.setQuery(QStringLiteral("validationToken=") +
                 QString::fromLatin1(QUrl::toPercentEncoding(token)));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    QNetworkReply *reply = m_network.post(request, QByteArray());
    const QString pinned = m_backendFingerprint;
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, pinned](const QList<QSslError> &e) {
        if (!e.isEmpty() && sha256Fingerprint(e.first().certificate()) == pinned)
            reply->ignoreSslErrors(e);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, s, token, responder] {
        reply->deleteLater();
        const bool valid =
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 &&
            reply->header(QNetworkRequest::ContentTypeHeader)
                .toString()
                .startsWith(QLatin1StringView("text/plain")) &&
            reply->readAll() == token.toUtf8();
        if (!valid)
            return answer(*responder, 400,
                          graphError(QStringLiteral("ValidationError"),
                                     QStringLiteral("Subscription validation request failed.")));
        ++m_creations;
        m_subscriptions.insert(s.id, s);
        answer(*responder, 201, toJson(s));
    });
}

void GraphStandIn::updateSubscription(const QString &id, const QJsonObject &body,
                                      QHttpServerResponder &responder)
{
    auto it = m_subscriptions.find(id);
    if (it == m_subscriptions.end())
        return answer(responder, 404,
                      graphError(QStringLiteral("ResourceNotFound"),
                                 QStringLiteral("The object was not found.")));
    const QDateTime requested = QDateTime::fromString(
        body.value(QLatin1StringView("expirationDateTime")).toString(), Qt::ISODateWithMs);
    if (requested.isValid())
        it->expires =
            std::min(requested, QDateTime::currentDateTimeUtc().addSecs(m_lifetimeSeconds));
    if (body.contains(QLatin1StringView("encryptionCertificate"))) {
        it->certificateDer = QByteArray::fromBase64(
            body.value(QLatin1StringView("encryptionCertificate")).toString().toLatin1());
        it->certificateId = body.value(QLatin1StringView("encryptionCertificateId")).toString();
    }
    ++it->renewals;
    answer(responder, 200, toJson(*it));
}

QJsonObject GraphStandIn::toJson(const StandInSubscription &s) const
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("resource"), s.resource},
            {QStringLiteral("changeType"), QStringLiteral("updated")},
            {QStringLiteral("clientState"), s.clientState},
            {QStringLiteral("notificationUrl"), s.notificationUrl.toString()},
            {QStringLiteral("includeResourceData"), true},
            {QStringLiteral("encryptionCertificateId"), s.certificateId},
            {QStringLiteral("expirationDateTime"), s.expires.toString(Qt::ISODateWithMs)}};
}

QJsonObject GraphStandIn::notificationFor(const StandInSubscription &s,
                                          const QList<QJsonObject> &events) const
{
    QJsonArray items;
    for (const QJsonObject &event : events) {
        const QByteArray plain = QJsonDocument(event).toJson(QJsonDocument::Compact);
        items.append(
            QJsonObject{{QStringLiteral("subscriptionId"), s.id},
                        {QStringLiteral("clientState"), s.clientState},
                        {QStringLiteral("changeType"), QStringLiteral("updated")},
                        {QStringLiteral("tenantId"), s.teamsTenantId},
                        {QStringLiteral("resource"), s.resource},
                        {QStringLiteral("subscriptionExpirationDateTime"),
                         s.expires.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("resourceData"),
                         QJsonObject{{QStringLiteral("@odata.type"),
                                      QStringLiteral("#microsoft.graph.emergencyCallEvent")},
                                     {QStringLiteral("id"), event.value(QLatin1StringView("id"))}}},
                        {QStringLiteral("encryptedContent"),
                         sealForCertificate(plain, s.certificateDer, s.certificateId)}});
    }
    return {{QStringLiteral("value"), items},
            {QStringLiteral("validationTokens"),
             QJsonArray{signValidationToken(validationTokenClaims(clientId(), s.teamsTenantId))}}};
}

void GraphStandIn::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    answer(responder, 404);
}

} // namespace graph_test
