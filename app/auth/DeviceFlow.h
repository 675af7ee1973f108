// Sign-in with the OAuth 2.0 device authorization grant (RFC 8628), written on HttpClient: asks
// the backend for a code, shows it (codeReady), polls the token endpoint at the interval the
// server asked for (5 s more after each slow_down), and stores the refresh token in the keychain
// before it reports success. The access token is handed over in memory only.
#pragma once

#include "api/ApiError.h"
#include "api/HttpClient.h"
#include "auth/OAuthAnswer.h"
#include "auth/TokenStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <optional>

struct DeviceFlowResult
{
    enum class Outcome {
        SignedIn,            // tokens issued and the refresh token is in the keychain
        KeychainUnavailable, // tokens issued, but there is no keychain: offer session-only
        KeychainFailed,      // tokens issued, but the keychain refused to store them
        Expired,             // the code expired before anyone approved it (expired_token)
        Denied,              // the person declined (access_denied)
        Rejected,            // the server refused the code (invalid_grant, other OAuth errors)
        Failed,              // no usable answer: network, certificate, server error
        Cancelled,
    };

    Outcome outcome = Outcome::Failed;
    QString message;                   // words for the user
    QString details;                   // the server's error_description, keychain details
    std::optional<ApiError> error;     // for Failed
    std::optional<OAuthTokens> tokens; // SignedIn and Keychain*: the session to use

    bool signedIn() const { return outcome == Outcome::SignedIn; }
};
Q_DECLARE_METATYPE(DeviceFlowResult)

class DeviceFlow : public QObject
{
    Q_OBJECT
public:
    static constexpr int slowDownStepMs = 5000; // RFC 8628 §3.5

    DeviceFlow(HttpClient *http, TokenStore *tokens, const QString &profileId,
               QObject *parent = nullptr);
    ~DeviceFlow() override;

    void setClientId(const QString &clientId) { m_clientId = clientId; }
    // Tests: poll every `ms` instead of at the server's interval (slow_down still adds 5 s).
    // 0 restores the server's interval.
    void setPollIntervalOverride(int ms) { m_intervalOverrideMs = ms; }

    void start();
    // Stops polling; finished(Cancelled) follows. Ignored once the tokens have arrived.
    void cancel();
    bool isRunning() const { return m_state != State::Idle; }

    int pollIntervalMs() const { return m_intervalMs; }
    // When each poll went out, in ms since start() (instrumentation for tests and logs).
    QList<qint64> pollTimesMs() const { return m_pollTimesMs; }
    QDateTime expiresAt() const { return m_expiresAt; }

signals:
    void codeReady(const QString &userCode, const QUrl &verificationUri,
                   const QUrl &verificationUriComplete, const QDateTime &expiresAt);
    void pollIntervalChanged(int ms);
    void finished(const DeviceFlowResult &result);

private:
    enum class State { Idle, Requesting, Waiting, Polling, Storing };

    void onAuthorization(const HttpResult &result);
    void poll();
    void onPoll(const HttpResult &result);
    void schedulePoll();
    void storeAndFinish(const OAuthTokens &tokens);
    void finish(DeviceFlowResult result);
    DeviceFlowResult failure(DeviceFlowResult::Outcome outcome, const QString &message,
                             const QString &details = {}) const;

    HttpClient *m_http;
    TokenStore *m_tokens;
    QString m_profileId;
    QString m_clientId = QStringLiteral("dispatchable-desktop");
    int m_intervalOverrideMs = 0;

    State m_state = State::Idle;
    QString m_deviceCode; // a secret until redeemed: never logged
    QDateTime m_expiresAt;
    int m_intervalMs = 5000;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QList<qint64> m_pollTimesMs;
    HttpClient::RequestSerial m_inFlight = 0;
    bool m_hasInFlight = false;
};
