#include "HttpClient.h"

#include "api/AccessTokenSource.h"
#include "api/CertificateFingerprint.h"
#include "api/HttpCall.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSslConfiguration>

#include <chrono>

Q_LOGGING_CATEGORY(lcHttp, "dispatchable.http", QtInfoMsg)

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
{}

HttpClient::~HttpClient()
{
    // Calls still running must not call back into objects that are being torn down.
    const auto calls = findChildren<HttpCall *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
}

qint64 HttpClient::monotonicMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

void HttpClient::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCaCertificates = certificates;
}

QString HttpClient::currentToken() const
{
    return m_tokenSource ? m_tokenSource->accessToken() : m_bearerToken;
}

QNetworkRequest HttpClient::makeRequest(const HttpRequestSpec &spec, const QString &token) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + spec.path);
    url.setQuery(spec.query);

    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_extraCaCertificates.isEmpty())
        tls.addCaCertificates(m_extraCaCertificates);
    request.setSslConfiguration(tls);
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_http2Allowed);
    // A redirect could carry the bearer token to another host; the API never redirects.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // No Accept-Encoding here on purpose: QNAM then sends "gzip, deflate" itself and decodes the
    // body; setting it by hand would hand us the compressed bytes.
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("Dispatchable/" DISPATCHABLE_VERSION));
    bool hasContentType = false;
    bool hasAuthorization = false;
    for (const auto &[name, value] : spec.headers) {
        request.setRawHeader(name, value);
        hasContentType = hasContentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
        hasAuthorization =
            hasAuthorization || name.compare("authorization", Qt::CaseInsensitive) == 0;
    }
    if (!spec.body.isEmpty() && !hasContentType)
        request.setRawHeader("Content-Type", "application/json");
    if (!token.isEmpty() && !hasAuthorization)
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return request;
}

HttpClient::RequestSerial HttpClient::send(const HttpRequestSpec &spec, QObject *context,
                                           Callback done)
{
    const RequestSerial serial = ++m_nextSerial;
    auto *call = new HttpCall(this, serial, spec, context, std::move(done));
    m_calls.insert(serial, call);
    call->start();
    return serial;
}

void HttpClient::get(const QString &path, const QUrlQuery &query, QObject *context, Callback done)
{
    HttpRequestSpec spec;
    spec.path = path;
    spec.query = query;
    spec.retryable = true;
    send(spec, context, std::move(done));
}

void HttpClient::cancel(RequestSerial serial)
{
    if (HttpCall *call = m_calls.value(serial))
        call->cancel();
}

void HttpClient::cancelAll()
{
    const auto calls = m_calls.values();
    for (const QPointer<HttpCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void HttpClient::refreshTokenFor(HttpCall *call)
{
    m_refreshWaiters.append(call);
    if (m_refreshRunning || !m_tokenSource)
        return;
    m_refreshRunning = true;
    m_tokenSource->refreshAccessToken(this, [this](bool ok) {
        m_refreshRunning = false;
        const QList<QPointer<HttpCall>> waiters = std::exchange(m_refreshWaiters, {});
        for (const QPointer<HttpCall> &waiter : waiters) {
            if (waiter)
                waiter->tokenRefreshed(ok);
        }
    });
}

QNetworkReply *HttpClient::openStream(const HttpRequestSpec &spec)
{
    QNetworkRequest request = makeRequest(spec, currentToken());
    request.setTransferTimeout(0);
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Cache-Control", "no-store");
    QNetworkReply *reply = m_nam.get(request);
    const QString pin = m_pinnedFingerprint;
    // The pin decides alone, as for send(): exactly that certificate, and nothing else.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, pin](const QList<QSslError> &errors) {
        const QSslCertificate presented = reply->sslConfiguration().peerCertificate();
        bool expired = false;
        for (const QSslError &error : errors)
            expired = expired || error.error() == QSslError::CertificateExpired;
        if (!expired &&
            matchesPin(presented.isNull() && !errors.isEmpty() ? errors.first().certificate()
                                                               : presented,
                       pin))
            reply->ignoreSslErrors(errors);
    });
    connect(reply, &QNetworkReply::encrypted, reply, [reply, pin] {
        if (!normalizedFingerprint(pin).isEmpty() &&
            !matchesPin(reply->sslConfiguration().peerCertificate(), pin))
            reply->abort();
    });
    return reply;
}
