#include "GraphTokenSource.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

GraphTokenSource::GraphTokenSource(QNetworkAccessManager &network, const GraphOptions &options,
                                   QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_options(options)
{}

void GraphTokenSource::token(const QString &teamsTenantId, Done done)
{
    const auto cached = m_cache.constFind(teamsTenantId);
    if (cached != m_cache.cend() && cached->expires > QDateTime::currentDateTimeUtc())
        return done(cached->token, {});
    QUrl url = m_options.loginUrl;
    url.setPath(url.path() + QLatin1Char('/') + teamsTenantId +
                QStringLiteral("/oauth2/v2.0/token"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(30000);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), m_options.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_options.clientSecret);
    form.addQueryItem(QStringLiteral("scope"),
                      QStringLiteral("https://graph.microsoft.com/.default"));
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    QNetworkReply *reply = m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [this, reply, teamsTenantId, done] {
        reply->deleteLater();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const QString token = answer.value(QLatin1StringView("access_token")).toString();
        if (reply->error() != QNetworkReply::NoError || token.isEmpty()) {
            const QString detail = answer.value(QLatin1StringView("error_description")).toString();
            return done({}, QStringLiteral("sign-in to Microsoft for tenant %1 failed: %2")
                                .arg(teamsTenantId,
                                     detail.isEmpty() ? reply->errorString() : detail.left(300)));
        }
        const int lifetime = answer.value(QLatin1StringView("expires_in")).toInt(3600);
        // Renewed a minute early, so a token never expires between check and use.
        m_cache.insert(teamsTenantId,
                       {token, QDateTime::currentDateTimeUtc().addSecs(qMax(0, lifetime - 60))});
        done(token, {});
    });
}
