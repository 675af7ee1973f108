// The one door to the network: a QNetworkAccessManager wrapper that talks to one backend
// (base URL, bearer token), trusts a self-signed certificate only by its pinned SHA-256
// fingerprint, insists on TLS 1.2 or later, and turns every outcome into an HttpResult.
#pragma once

#include "api/ApiError.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

struct HttpResult
{
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QJsonDocument json; // the parsed body of a successful answer
    QString requestId;  // X-Request-Id
    std::optional<ApiError> error;

    bool ok() const { return !error.has_value(); }
};

class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpResult &)>;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setBearerToken(const QString &token) { m_bearerToken = token; }
    // "AB:CD:…" as sha256Fingerprint() writes it; case and colons do not matter. Empty: trust
    // only what the system trusts.
    void setPinnedFingerprint(const QString &fingerprint) { m_pinnedFingerprint = fingerprint; }
    QString pinnedFingerprint() const { return m_pinnedFingerprint; }
    // Gives up on a request when no bytes moved for this long.
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    int transferTimeout() const { return m_transferTimeoutMs; }

    // GET <base URL><path>?<query>. `done` runs once, unless `context` is destroyed first (which
    // also aborts the request).
    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback done);

private:
    QNetworkRequest makeRequest(const QString &path, const QUrlQuery &query) const;

    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QString m_bearerToken;
    QString m_pinnedFingerprint;
    int m_transferTimeoutMs = 30000;
};
