// Signing in with a device code (RFC 8628): shows the code large and copyable, the sign-in page
// (opened in the browser with one click), a live countdown to the code's expiry and what the
// app is doing while it waits. Every ending is said in words (expired, declined, refused, no
// connection) with "Try Again". Without a keychain it asks whether to stay signed in for this
// session only, and says what that means.
#pragma once

#include "auth/ConnectionProfile.h"
#include "auth/DeviceFlow.h"

#include <QDateTime>
#include <QDialog>
#include <QTimer>

#include <memory>
#include <optional>

class HttpClient;
class QLabel;
class QPushButton;
class QStackedWidget;
class TokenStore;

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    // `http` points at the profile's backend (with its pin); `tokens` receives the refresh
    // token. Neither is owned.
    SignInDialog(const ConnectionProfile &profile, HttpClient *http, TokenStore *tokens,
                 QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Tests: poll this often instead of at the server's interval.
    void setPollIntervalOverride(int ms) { m_pollOverrideMs = ms; }
    // Why a sign-in is needed now (signed out, sign-in refused), shown above the instructions.
    void setReason(const QString &reason);
    // Asks for a code; the dialog shows it when it arrives.
    void startSignIn();

    // Once accepted: the tokens to start the session with.
    std::optional<OAuthTokens> tokens() const { return m_tokens; }

    QString userCode() const { return m_userCode; }
    QString statusText() const;
    bool isOfferingSessionOnly() const;
    QPushButton *sessionOnlyButton() const { return m_sessionOnly; }
    QPushButton *retryButton() const { return m_retry; }

private:
    void onCodeReady(const QString &userCode, const QUrl &verificationUri,
                     const QUrl &verificationUriComplete, const QDateTime &expiresAt);
    void onFinished(const DeviceFlowResult &result);
    void updateCountdown();
    void setStatus(const QString &text);
    void offerSessionOnly(const DeviceFlowResult &result);
    void acceptSessionOnly();
    void cancelSignIn();

    ConnectionProfile m_profile;
    HttpClient *m_http;
    TokenStore *m_tokenStore;
    std::unique_ptr<DeviceFlow> m_flow;
    int m_pollOverrideMs = 0;
    QString m_userCode;
    QUrl m_openUrl;
    QDateTime m_expiresAt;
    QTimer m_countdown;
    std::optional<OAuthTokens> m_pending; // issued, waiting for the session-only answer
    std::optional<OAuthTokens> m_tokens;

    QStackedWidget *m_pages;
    QLabel *m_reason;
    QLabel *m_instructions;
    QLabel *m_code;
    QLabel *m_url;
    QLabel *m_expiry;
    QLabel *m_status;
    QPushButton *m_copy;
    QPushButton *m_open;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QLabel *m_sessionOnlyText;
    QPushButton *m_sessionOnly;
    QPushButton *m_noSession;
};
