// One HttpClient::send() in flight: its attempts, the waits between them, the token refresh after
// a 401, and the classification of each attempt's outcome. Internal to HttpClient.
#pragma once

#include "api/HttpClient.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class HttpCall : public QObject
{
    Q_OBJECT
public:
    HttpCall(HttpClient *client, HttpClient::RequestSerial serial, HttpRequestSpec spec,
             QObject *context, HttpClient::Callback done);
    ~HttpCall() override;

    void start();
    // Reports Kind::Cancelled now.
    void cancel();
    // HttpClient's coalesced token refresh ended.
    void tokenRefreshed(bool ok);

private:
    void sendAttempt();
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void onFinished();
    void checkSize(qint64 bytes);
    HttpResult resultOf(QNetworkReply *reply);
    // Decides between finishing and another attempt.
    void conclude(HttpResult result, qint64 retryAfter, HttpAttempt attempt);
    void waitThenSend(qint64 delayMs);
    void finish(const HttpResult &result);
    // Context destroyed: stop silently.
    void abandon();
    void dropReply();

    HttpClient *m_client;
    HttpClient::RequestSerial m_serial;
    HttpRequestSpec m_spec;
    QPointer<QObject> m_context;
    HttpClient::Callback m_done;
    QUrl m_url;

    QPointer<QNetworkReply> m_reply;
    QString m_tokenSent;
    int m_attempt = 0;     // sends so far
    int m_retriesUsed = 0; // attempts beyond the first that count against the policy
    bool m_resentAfter401 = false;
    bool m_finished = false;
    bool m_tooLarge = false;
    HttpResult m_pending401; // reported if the refresh fails
    QElapsedTimer m_sinceFirst;
    qint64 m_sentAtMs = 0;
    QTimer m_retryTimer;
    QDeadlineTimer m_notBefore;

    // What the TLS handshake showed; Qt reports a refused certificate only as a generic handshake
    // failure.
    std::optional<ApiError::Kind> m_certificateRefusal;
    QSslCertificate m_presented;
    QString m_sslErrorText;
};
