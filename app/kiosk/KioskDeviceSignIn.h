// The kiosk's sign-in: a device code (RFC 8628) that can only be completed on another device. No
// browser is opened here; the code and the sign-in page's address are for showing as text. When a
// code expires, is declined or the backend does not answer, a new one is asked for after a pause,
// so an unattended kiosk always shows a code that works.
#pragma once

#include "auth/DeviceFlow.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>

class HttpClient;
class TokenStore;

class KioskDeviceSignIn : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds defaultRetryDelay{30};

    // `http` points at the profile's backend; `tokens` receives the refresh token. Not owned.
    KioskDeviceSignIn(HttpClient *http, TokenStore *tokens, const QString &profileId,
                      QObject *parent = nullptr);
    ~KioskDeviceSignIn() override;

    // Tests: poll this often instead of at the server's interval.
    void setPollIntervalOverride(int ms) { m_pollOverrideMs = ms; }
    // How long to wait before asking for a new code after one ended without a sign-in.
    void setRetryDelay(std::chrono::milliseconds delay) { m_retry.setInterval(delay); }

    // Asks for a code (again, if one is running nothing changes).
    void start();
    void stop();
    bool isRunning() const { return m_flow != nullptr || m_retry.isActive(); }

    QString userCode() const { return m_userCode; }
    QUrl verificationUrl() const { return m_verificationUrl; }
    QDateTime expiresAt() const { return m_expiresAt; }
    // What is happening, in words ("Waiting for the sign-in…", why the last code ended).
    QString status() const { return m_status; }

signals:
    // The code, the address or the status changed.
    void changed();
    // Someone signed in on another device. When the keychain could not keep the refresh token,
    // the session lasts until the kiosk restarts.
    void signedIn(const OAuthTokens &tokens);
    // The backend's certificate was refused: no code can be trusted, so none is asked for again.
    void certificateRefused(const ApiError &error);

private:
    void onCodeReady(const QString &userCode, const QUrl &verificationUri,
                     const QUrl &verificationUriComplete, const QDateTime &expiresAt);
    void onFinished(const DeviceFlowResult &result);
    void setStatus(const QString &status);

    HttpClient *m_http;
    TokenStore *m_tokens;
    QString m_profileId;
    int m_pollOverrideMs = 0;
    std::unique_ptr<DeviceFlow> m_flow;
    QTimer m_retry;
    QString m_userCode;
    QUrl m_verificationUrl;
    QDateTime m_expiresAt;
    QString m_status;
};
