// The signed-in session of one connection profile, as HttpClient's AccessTokenSource: holds the
// access token in memory, refreshes it with the refresh token (one refresh at a time however many
// requests got a 401), stores each rotated refresh token in the keychain before dropping the old
// one, and signs out (revoke, then delete from the keychain). A pasted API token (service
// accounts) is a long-lived bearer token with no refresh.
#pragma once

#include "api/AccessTokenSource.h"
#include "api/ApiError.h"
#include "api/HttpClient.h"
#include "auth/OAuthAnswer.h"
#include "auth/TokenStore.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

struct SignOutResult
{
    bool revoked = false;                // the backend confirmed the revocation
    std::optional<ApiError> revokeError; // why not (signed out locally all the same)
    TokenStoreResult keychain;           // deleting the stored secrets
};

class TokenRefresher : public QObject, public AccessTokenSource
{
    Q_OBJECT
public:
    enum class Mode { SignedOut, OAuth, ApiToken };

    TokenRefresher(HttpClient *http, TokenStore *tokens, const QString &profileId,
                   QObject *parent = nullptr);
    ~TokenRefresher() override;

    Mode mode() const { return m_mode; }
    bool isSignedIn() const { return m_mode != Mode::SignedOut; }

    // After DeviceFlow: the tokens it received (the refresh token is already stored).
    void startSession(const OAuthTokens &tokens);
    // A pasted API token: stored in the keychain (or memory, session-only), then used as is.
    void useApiToken(const QString &token, QObject *context,
                     std::function<void(const TokenStoreResult &)> done);
    // At start-up: picks up the stored refresh token (the first request then refreshes) or API
    // token. NotFound: not signed in.
    void restore(QObject *context, std::function<void(const TokenStoreResult &)> done);
    // POST /v1/oauth/revoke (OAuth sessions), then delete every stored secret of the profile.
    void signOut(QObject *context, std::function<void(const SignOutResult &)> done);

    QString accessToken() const override;
    void refreshAccessToken(QObject *context, std::function<void(bool ok)> done) override;

    // Refresh requests sent to the backend so far (instrumentation for tests and logs).
    int refreshRequestCount() const { return m_refreshRequests; }

signals:
    void accessTokenChanged();
    // The session ended without the user asking: the refresh token was refused (or the API token
    // no longer works). `reason` is for the user.
    void signedOut(const QString &reason);
    // The rotated refresh token could not be stored: the session goes on, but the next start
    // will ask to sign in again.
    void keychainProblem(const TokenStoreResult &result);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hadContext = false;
        std::function<void(bool)> done;
    };

    void onRefreshAnswer(const HttpResult &result);
    void completeWaiters(bool ok);
    void endSession(const QString &reason);
    void clearSecrets();

    HttpClient *m_http;
    TokenStore *m_tokens;
    QString m_profileId;
    Mode m_mode = Mode::SignedOut;
    QString m_accessToken;
    QString m_refreshToken;
    bool m_refreshing = false;
    QList<Waiter> m_waiters;
    int m_refreshRequests = 0;
};
