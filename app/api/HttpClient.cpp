#include "HttpClient.h"

#include "api/CertificateFingerprint.h"

#include <QNetworkReply>
#include <QSslConfiguration>

#include <memory>

namespace {
// "ab:cd…", "ABCD…" and "AB CD …" name the same certificate.
QString normalizedFingerprint(const QString &fingerprint)
{
    QString out;
    out.reserve(fingerprint.size());
    for (const QChar c : fingerprint) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

// What happened during the TLS handshake, remembered until the reply finishes, because Qt
// reports a refused certificate only as a generic handshake failure.
struct TlsOutcome
{
    bool refusedCertificate = false;
    QString presentedFingerprint;
    QString sslErrors;
};
} // namespace

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
{}

HttpClient::~HttpClient()
{
    // Replies still running must not call back into objects that are being torn down.
    const auto replies = m_nam.findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->disconnect();
        reply->abort();
    }
}

QNetworkRequest HttpClient::makeRequest(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);

    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    request.setSslConfiguration(tls);
    request.setTransferTimeout(m_transferTimeoutMs);
    // A redirect could carry the bearer token to another host; the API never redirects.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("Dispatchable/" DISPATCHABLE_VERSION));
    if (!m_bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearerToken.toUtf8());
    return request;
}

void HttpClient::get(const QString &path, const QUrlQuery &query, QObject *context, Callback done)
{
    const QNetworkRequest request = makeRequest(path, query);
    QNetworkReply *reply = m_nam.get(request);
    auto tls = std::make_shared<TlsOutcome>();

    const QString pin = normalizedFingerprint(m_pinnedFingerprint);
    connect(reply, &QNetworkReply::sslErrors, reply,
            [reply, pin, tls](const QList<QSslError> &errors) {
                QSslCertificate presented = reply->sslConfiguration().peerCertificate();
                if (presented.isNull() && !errors.isEmpty())
                    presented = errors.first().certificate();
                tls->presentedFingerprint = sha256Fingerprint(presented);
                QStringList texts;
                for (const QSslError &error : errors)
                    texts << error.errorString();
                tls->sslErrors = texts.join(QLatin1Char('\n'));
                // The pin is the whole trust decision for a certificate the system does not trust:
                // exactly that certificate, and nothing else, is accepted.
                if (!pin.isEmpty() && !presented.isNull() &&
                    normalizedFingerprint(tls->presentedFingerprint) == pin) {
                    reply->ignoreSslErrors(errors);
                    return;
                }
                tls->refusedCertificate = true;
            });

    connect(context, &QObject::destroyed, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    const QUrl url = request.url();
    const int timeoutMs = m_transferTimeoutMs;
    const QString pinnedAsShown = m_pinnedFingerprint;
    connect(
        reply, &QNetworkReply::finished, context,
        [reply, tls, url, timeoutMs, pinnedAsShown, done = std::move(done)] {
            HttpResult response;
            response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            response.requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
            response.body = reply->readAll();

            if (tls->refusedCertificate) {
                response.error = pinnedAsShown.isEmpty()
                                     ? ApiError::certificateUntrusted(
                                           url, tls->presentedFingerprint, tls->sslErrors)
                                     : ApiError::certificateChanged(url, pinnedAsShown,
                                                                    tls->presentedFingerprint);
            } else if (response.status == 0) {
                // We never abort a running request ourselves, so a cancel is Qt's
                // transfer timeout.
                response.error =
                    reply->error() == QNetworkReply::OperationCanceledError
                        ? ApiError::timeout(url, timeoutMs)
                        : ApiError::fromNetwork(reply->error(), reply->errorString(), url);
            } else if (response.status < 200 || response.status > 299) {
                response.error =
                    ApiError::fromHttp(response.status, response.body, response.requestId);
            } else if (!response.body.isEmpty()) {
                QJsonParseError parseError;
                response.json = QJsonDocument::fromJson(response.body, &parseError);
                if (parseError.error != QJsonParseError::NoError) {
                    response.error = ApiError::invalidResponse(
                        ApiError::tr("The answer is not JSON: %1").arg(parseError.errorString()),
                        response.requestId);
                }
            }
            done(response);
        });
}
