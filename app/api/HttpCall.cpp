#include "HttpCall.h"

#include "api/AccessTokenSource.h"
#include "api/CertificateFingerprint.h"
#include "api/ResponseDecoder.h"
#include "api/RetryAfter.h"
#include "api/SecretRedaction.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace {

// Full jitter (uniform in [0, ceiling]) spreads the retries of many clients that failed together,
// so they do not come back together.
qint64 fullJitterMs(const RetryPolicy &policy, int retry)
{
    const int doublings = qBound(0, retry - 1, 30);
    const qint64 ceiling =
        qMin<qint64>(policy.maxDelayMs, qint64(qMax(0, policy.baseDelayMs)) << doublings);
    return ceiling <= 0 ? 0 : qint64(QRandomGenerator::global()->bounded(quint64(ceiling) + 1));
}

QString describeTarget(const HttpRequestSpec &spec)
{
    QString target = spec.path;
    if (!spec.query.isEmpty())
        target += QLatin1Char('?') + spec.query.toString(QUrl::FullyEncoded);
    return redactSecrets(QString(QLatin1StringView(spec.method) + QLatin1Char(' ') + target));
}
} // namespace

HttpCall::HttpCall(HttpClient *client, HttpClient::RequestSerial serial, HttpRequestSpec spec,
                   QObject *context, HttpClient::Callback done)
    : QObject(client)
    , m_client(client)
    , m_serial(serial)
    , m_spec(std::move(spec))
    , m_context(context)
    , m_done(std::move(done))
{
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        // Never early: a timer may fire a little before its interval; wait out the rest.
        const qint64 restNs = m_notBefore.remainingTimeNSecs();
        if (restNs > 0) {
            m_retryTimer.start(int((restNs + 999999) / 1000000));
            return;
        }
        sendAttempt();
    });
    if (context)
        connect(context, &QObject::destroyed, this, &HttpCall::abandon);
}

HttpCall::~HttpCall()
{
    dropReply();
}

void HttpCall::start()
{
    m_sinceFirst.start();
    sendAttempt();
}

void HttpCall::sendAttempt()
{
    ++m_attempt;
    m_tooLarge = false;
    m_certificateRefusal.reset();
    m_presented = QSslCertificate();
    m_sslErrorText.clear();
    m_tokenSent = m_client->currentToken();
    const QNetworkRequest request = m_client->makeRequest(m_spec, m_tokenSent);
    m_url = request.url();
    m_sentAtMs = HttpClient::monotonicMs();
    QNetworkReply *reply =
        m_spec.method == "GET" && m_spec.body.isEmpty()
            ? m_client->m_nam.get(request)
            : m_client->m_nam.sendCustomRequest(request, m_spec.method, m_spec.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this, &HttpCall::onSslErrors);
    connect(reply, &QNetworkReply::encrypted, this, &HttpCall::onEncrypted);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            checkSize(length.toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64) { checkSize(received); });
    connect(reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
    qCDebug(lcHttp).noquote() << describeTarget(m_spec) << "attempt" << m_attempt;
}

void HttpCall::checkSize(qint64 bytes)
{
    // Stop a huge answer while it downloads instead of buffering it first.
    if (bytes > m_client->m_maxResponseBytes && !m_tooLarge && m_reply) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void HttpCall::onSslErrors(const QList<QSslError> &errors)
{
    auto *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply)
        return;
    m_presented = reply->sslConfiguration().peerCertificate();
    if (m_presented.isNull() && !errors.isEmpty())
        m_presented = errors.first().certificate();
    QStringList texts;
    bool expired = false;
    bool hostMismatch = false;
    for (const QSslError &error : errors) {
        texts << error.errorString();
        expired = expired || error.error() == QSslError::CertificateExpired ||
                  error.error() == QSslError::CertificateNotYetValid;
        hostMismatch = hostMismatch || error.error() == QSslError::HostNameMismatch;
    }
    m_sslErrorText = texts.join(QLatin1Char('\n'));

    const QString pin = normalizedFingerprint(m_client->m_pinnedFingerprint);
    const bool pinMatches = matchesPin(m_presented, pin);
    if (pinMatches && !expired) {
        // The pin is the whole trust decision for a certificate the system does not trust:
        // exactly that certificate, whatever name it carries, and nothing else.
        reply->ignoreSslErrors(errors);
        return;
    }
    if (!pin.isEmpty() && !pinMatches)
        m_certificateRefusal = ApiError::Kind::CertificateChanged;
    else if (expired)
        m_certificateRefusal = ApiError::Kind::CertificateExpired;
    else if (hostMismatch)
        m_certificateRefusal = ApiError::Kind::CertificateHostMismatch;
    else
        m_certificateRefusal = ApiError::Kind::CertificateUntrusted;
}

void HttpCall::onEncrypted()
{
    // A pin binds the connection to exactly one certificate, also when the system would trust
    // another one: a certificate from a public authority must not slip past the organisation's
    // or the admin's pin (sslErrors never fires for those).
    auto *reply = qobject_cast<QNetworkReply *>(sender());
    const QString pin = normalizedFingerprint(m_client->m_pinnedFingerprint);
    if (!reply || pin.isEmpty())
        return;
    const QSslCertificate presented = reply->sslConfiguration().peerCertificate();
    if (matchesPin(presented, pin))
        return;
    m_presented = presented;
    m_certificateRefusal = ApiError::Kind::CertificateChanged;
    reply->abort();
}

HttpResult HttpCall::resultOf(QNetworkReply *reply)
{
    HttpResult result;
    result.attempts = m_attempt;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id")).left(200);
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    if (!m_tooLarge)
        result.body = reply->readAll();

    if (m_certificateRefusal) {
        result.error = ApiError::certificateRefused(*m_certificateRefusal, m_url, m_presented,
                                                    m_client->m_pinnedFingerprint, m_sslErrorText);
    } else if (m_tooLarge) {
        result.body.clear();
        result.error = ApiError::invalidResponse(
            QStringLiteral("The answer is larger than %1 bytes.").arg(m_client->m_maxResponseBytes),
            result.requestId);
    } else if (result.status == 0) {
        // Our own aborts (cancel, context gone) disconnect first and never get here, so a
        // cancelled operation is Qt's transfer timeout.
        result.error = reply->error() == QNetworkReply::OperationCanceledError
                           ? ApiError::timeout(m_url, m_client->m_transferTimeoutMs)
                           : ApiError::fromNetwork(reply->error(), reply->errorString(), m_url);
    } else if (result.status < 200 || result.status > 299) {
        result.error =
            ApiError::fromHttp(result.status, result.body.left(64 * 1024), result.requestId);
    } else if (!result.body.isEmpty() && m_spec.parseJson) {
        QString why;
        JsonLimits limits;
        limits.maxBytes = m_client->m_maxResponseBytes;
        if (auto document = ResponseDecoder::parseJson(result.body, &why, limits))
            result.json = std::move(*document);
        else
            result.error = ApiError::invalidResponse(why, result.requestId);
    }
    return result;
}

void HttpCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();

    HttpAttempt attempt;
    attempt.requestSerial = m_serial;
    attempt.attempt = m_attempt;
    attempt.method = m_spec.method;
    attempt.path = m_spec.path;
    attempt.sentAtMs = m_sentAtMs;
    attempt.finishedAtMs = HttpClient::monotonicMs();
    HttpResult result = resultOf(reply);
    attempt.status = result.status;
    if (result.error)
        attempt.errorKind = result.error->kind;

    qint64 retryAfter = -1;
    const QByteArray retryAfterHeader = result.headers.value("retry-after");
    if (!retryAfterHeader.isEmpty()) {
        const QDateTime serverDate = parseHttpDate(result.headers.value("date"));
        if (auto ms =
                retryAfterMs(retryAfterHeader,
                             serverDate.isValid() ? serverDate : QDateTime::currentDateTimeUtc()))
            retryAfter = *ms;
    }
    attempt.retryAfterMs = retryAfter;
    if (result.error)
        result.error->retryAfterMs = retryAfter;

    qCDebug(lcHttp).noquote() << describeTarget(m_spec) << "attempt" << m_attempt << "→"
                              << result.status << (attempt.finishedAtMs - m_sentAtMs) << "ms"
                              << result.requestId
                              << (reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool()
                                      ? "h2"
                                      : "http/1.1");
    conclude(std::move(result), retryAfter, attempt);
}

void HttpCall::conclude(HttpResult result, qint64 retryAfter, HttpAttempt attempt)
{
    AccessTokenSource *source = m_client->m_tokenSource;
    if (result.status == 401 && source && !m_resentAfter401) {
        // The server refused without acting, so one resend is safe even for a POST.
        m_resentAfter401 = true;
        m_pending401 = result;
        attempt.willRetry = true;
        emit m_client->attemptFinished(attempt);
        const QString now = source->accessToken();
        if (!now.isEmpty() && now != m_tokenSent)
            sendAttempt(); // someone refreshed while this was under way
        else
            m_client->refreshTokenFor(this);
        return;
    }

    const RetryPolicy policy = m_client->m_retryPolicy;
    const bool transient = result.error && result.error->isTransient();
    bool willRetry = m_spec.retryable && transient && m_retriesUsed + 1 < policy.maxAttempts;
    qint64 delay = 0;
    if (willRetry) {
        delay = fullJitterMs(policy, m_retriesUsed + 1);
        if (retryAfter >= 0)
            delay = qMax(delay, retryAfter);
        // The budget: a retry that would start after it is not made; the caller hears now.
        if (m_sinceFirst.elapsed() + delay > policy.maxTotalMs)
            willRetry = false;
    }
    attempt.willRetry = willRetry;
    emit m_client->attemptFinished(attempt);
    if (!willRetry) {
        finish(result);
        return;
    }
    ++m_retriesUsed;
    qCDebug(lcHttp).noquote() << describeTarget(m_spec) << "retry in" << delay << "ms";
    waitThenSend(delay);
}

void HttpCall::waitThenSend(qint64 delayMs)
{
    m_notBefore = QDeadlineTimer(delayMs, Qt::PreciseTimer);
    m_retryTimer.start(int(delayMs));
}

void HttpCall::tokenRefreshed(bool ok)
{
    if (m_finished)
        return;
    if (!ok) {
        finish(m_pending401);
        return;
    }
    sendAttempt();
}

void HttpCall::cancel()
{
    if (m_finished)
        return;
    HttpResult result;
    result.attempts = m_attempt;
    result.error = ApiError::cancelled(m_url.isEmpty() ? m_client->baseUrl() : m_url);
    finish(result);
}

void HttpCall::finish(const HttpResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    dropReply();
    m_client->m_calls.remove(m_serial);
    const qint64 elapsed = m_sinceFirst.isValid() ? m_sinceFirst.elapsed() : 0;
    if (result.error && result.error->kind != ApiError::Kind::Cancelled) {
        qCInfo(lcHttp).noquote() << describeTarget(m_spec) << "→" << result.status << elapsed
                                 << "ms, attempts" << result.attempts << result.requestId
                                 << "failed:" << int(result.error->kind);
    } else {
        qCDebug(lcHttp).noquote() << describeTarget(m_spec) << "→" << result.status << elapsed
                                  << "ms, attempts" << result.attempts << result.requestId;
    }
    HttpClient::Callback done = std::move(m_done);
    deleteLater();
    if (done)
        done(result);
}

void HttpCall::abandon()
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    dropReply();
    m_client->m_calls.remove(m_serial);
    m_done = nullptr;
    deleteLater();
}

void HttpCall::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}
