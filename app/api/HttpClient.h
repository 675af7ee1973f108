// The one door to the network: a QNetworkAccessManager wrapper that talks to one backend
// (base URL, bearer token or AccessTokenSource), trusts a certificate the system does not trust
// only by its pinned SHA-256 fingerprint, insists on TLS 1.2 or later, retries what is safe to
// retry (exponential backoff with full jitter, Retry-After honoured, within a budget), refreshes
// the access token once on a 401, and turns every outcome into an HttpResult.
#pragma once

#include "api/ApiError.h"

#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class AccessTokenSource;
class HttpCall;

struct HttpRequestSpec
{
    QByteArray method = "GET";
    QString path; // "/v1/…"
    QUrlQuery query;
    QByteArray body;                              // JSON; empty for none
    QList<QPair<QByteArray, QByteArray>> headers; // e.g. If-Match, Idempotency-Key
    // true: safe to retry (GET, and writes that carry an Idempotency-Key or are desired-state
    // PUTs with If-Match). A request that is not retryable is sent exactly once (plus the one
    // resend after a 401, which the server refused without acting on).
    bool retryable = false;
    // false: a successful answer's body is handed over unparsed (HttpResult::json stays empty),
    // for large pages that are parsed off the window's thread.
    bool parseJson = true;
};

struct HttpResult
{
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QJsonDocument json;                    // the parsed body of a successful answer
    QString requestId;                     // X-Request-Id
    QHash<QByteArray, QByteArray> headers; // lower-case names (etag, retry-after, …)
    int attempts = 0;                      // how many times the request went out
    std::optional<ApiError> error;

    bool ok() const { return !error.has_value(); }
};

// How hard a retryable request is retried. Delays follow "full jitter": attempt n waits a
// uniformly random time in [0, min(maxDelayMs, baseDelayMs * 2^(n-1))], and never less than the
// server's Retry-After.
struct RetryPolicy
{
    int maxAttempts = 5;    // sends in all, the first included
    int baseDelayMs = 200;  // the first backoff's ceiling
    int maxDelayMs = 8000;  // no backoff ceiling grows beyond this
    int maxTotalMs = 30000; // no attempt starts later than this after the first one
};

// One send of a request, reported by HttpClient::attemptFinished for logs and tests.
struct HttpAttempt
{
    quint64 requestSerial = 0; // the same for every attempt of one send()
    int attempt = 0;           // 1 for the first send
    QByteArray method;
    QString path;
    qint64 sentAtMs = 0;     // HttpClient::monotonicMs() just before it went out
    qint64 finishedAtMs = 0; // … when its answer (or failure) had arrived
    int status = 0;          // 0: no HTTP answer
    std::optional<ApiError::Kind> errorKind;
    qint64 retryAfterMs = -1; // what the answer's Retry-After asked for; -1 without one
    bool willRetry = false;
};

class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpResult &)>;
    using RequestSerial = quint64;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    // A fixed token (API tokens, demo). Ignored while an AccessTokenSource is set.
    void setBearerToken(const QString &token) { m_bearerToken = token; }
    // When set, it replaces setBearerToken(): each attempt sends its current token, and a 401
    // triggers one (coalesced) refresh and one resend of that request. Not owned; may be null.
    void setAccessTokenSource(AccessTokenSource *source) { m_tokenSource = source; }
    // "AB:CD:…" as sha256Fingerprint() writes it; case and colons do not matter. Empty: trust
    // only what the system trusts.
    void setPinnedFingerprint(const QString &fingerprint) { m_pinnedFingerprint = fingerprint; }
    QString pinnedFingerprint() const { return m_pinnedFingerprint; }
    // Certificate authorities trusted in addition to the system's (a company CA).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    // Gives up on an attempt when no bytes moved for this long (reported as Kind::Timeout).
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    int transferTimeout() const { return m_transferTimeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    // HTTP/2 is used when the server offers it (ALPN); off forces HTTP/1.1 (for a proxy that
    // mishandles h2).
    void setHttp2Allowed(bool allowed) { m_http2Allowed = allowed; }
    bool http2Allowed() const { return m_http2Allowed; }
    // Larger answers are aborted while downloading and reported as Kind::InvalidResponse.
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    // Sends <method> <base URL><path>?<query>, retrying per the policy when spec.retryable.
    // `done` runs exactly once with the final outcome, except when `context` is destroyed first:
    // then the request is aborted and `done` is never called. Returns a serial for cancel().
    RequestSerial send(const HttpRequestSpec &spec, QObject *context, Callback done);
    // GET, retryable.
    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback done);
    // Stops a running request (and any wait before its next attempt); its `done` runs before
    // this returns, with ApiError Kind::Cancelled. Unknown or finished serials are ignored.
    // A long-lived GET whose answer arrives as it is written (Server-Sent Events): the same URL,
    // token and certificate pin as send(), but no transfer timeout and no retries; the caller
    // reads it as it arrives, deletes it, and reconnects when it ends.
    QNetworkReply *openStream(const HttpRequestSpec &spec);
    void cancel(RequestSerial serial);
    // Cancels every running request, each reporting Kind::Cancelled.
    void cancelAll();

    // Requests started and not finished, abandoned or cancelled yet.
    int runningRequests() const { return int(m_calls.size()); }

    // Milliseconds of a steady clock (not the wall clock), the time base of HttpAttempt.
    static qint64 monotonicMs();

signals:
    // After every attempt, before the retry (if any) is scheduled.
    void attemptFinished(const HttpAttempt &attempt);

private:
    friend class HttpCall;
    QNetworkRequest makeRequest(const HttpRequestSpec &spec, const QString &token) const;
    QString currentToken() const;
    // Coalesces the 401s of many calls into one AccessTokenSource::refreshAccessToken().
    void refreshTokenFor(HttpCall *call);

    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QString m_bearerToken;
    AccessTokenSource *m_tokenSource = nullptr;
    QString m_pinnedFingerprint;
    QList<QSslCertificate> m_extraCaCertificates;
    int m_transferTimeoutMs = 30000;
    RetryPolicy m_retryPolicy;
    bool m_http2Allowed = true;
    qint64 m_maxResponseBytes = 32 * 1024 * 1024;
    RequestSerial m_nextSerial = 0;
    QHash<RequestSerial, QPointer<HttpCall>> m_calls;
    QList<QPointer<HttpCall>> m_refreshWaiters;
    bool m_refreshRunning = false;
};
