#include "TokenRefresher.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcRefresh, "dispatchable.auth.refresh")

TokenRefresher::TokenRefresher(HttpClient *http, TokenStore *tokens, const QString &profileId,
                               QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_tokens(tokens)
    , m_profileId(profileId)
{}

TokenRefresher::~TokenRefresher()
{
    clearSecrets();
}

void TokenRefresher::clearSecrets()
{
    m_accessToken.fill(QLatin1Char('\0'));
    m_accessToken.clear();
    m_refreshToken.fill(QLatin1Char('\0'));
    m_refreshToken.clear();
}

void TokenRefresher::startSession(const OAuthTokens &tokens)
{
    clearSecrets();
    m_mode = Mode::OAuth;
    m_accessToken = tokens.accessToken;
    m_refreshToken = tokens.refreshToken;
    emit accessTokenChanged();
}

void TokenRefresher::useApiToken(const QString &token, QObject *context,
                                 std::function<void(const TokenStoreResult &)> done)
{
    const QString trimmed = token.trimmed();
    QPointer<QObject> guard(context);
    m_tokens->write(m_profileId, TokenStore::Secret::ApiToken, trimmed, this,
                    [this, trimmed, guard, hadContext = context != nullptr,
                     done = std::move(done)](const TokenStoreResult &stored) {
                        if (stored.ok()) {
                            clearSecrets();
                            m_mode = Mode::ApiToken;
                            m_accessToken = trimmed;
                            emit accessTokenChanged();
                        }
                        if (done && (!hadContext || guard))
                            done(stored);
                    });
}

void TokenRefresher::restore(QObject *context, std::function<void(const TokenStoreResult &)> done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto report = [guard, hadContext, done](const TokenStoreResult &r) {
        if (done && (!hadContext || guard))
            done(r);
    };
    m_tokens->read(m_profileId, TokenStore::Secret::RefreshToken, this,
                   [this, report](const TokenStoreResult &refresh) {
                       if (refresh.ok()) {
                           clearSecrets();
                           m_mode = Mode::OAuth;
                           m_refreshToken = refresh.value; // the first request refreshes
                           report(refresh);
                           return;
                       }
                       if (refresh.status != TokenStoreResult::Status::NotFound) {
                           report(refresh);
                           return;
                       }
                       m_tokens->read(m_profileId, TokenStore::Secret::ApiToken, this,
                                      [this, report](const TokenStoreResult &api) {
                                          if (api.ok()) {
                                              clearSecrets();
                                              m_mode = Mode::ApiToken;
                                              m_accessToken = api.value;
                                              emit accessTokenChanged();
                                          }
                                          report(api);
                                      });
                   });
}

QString TokenRefresher::accessToken() const
{
    return m_accessToken;
}

void TokenRefresher::refreshAccessToken(QObject *context, std::function<void(bool ok)> done)
{
    m_waiters.append(Waiter{QPointer<QObject>(context), context != nullptr, std::move(done)});
    if (m_refreshing)
        return; // joins the refresh already under way
    if (m_mode != Mode::OAuth || m_refreshToken.isEmpty()) {
        if (m_mode == Mode::ApiToken) {
            // API tokens do not refresh: a 401 means it was revoked or expired.
            endSession(tr("The backend no longer accepts this API token. Paste a new one or "
                          "sign in."));
        }
        // Callers expect to be called back later, never from inside their own call.
        QTimer::singleShot(0, this, [this] { completeWaiters(false); });
        return;
    }
    m_refreshing = true;
    ++m_refreshRequests;
    qCInfo(lcRefresh) << "refreshing the access token for profile" << m_profileId;
    m_http->send(oauthFormRequest(QStringLiteral("/v1/oauth/token"),
                                  {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                   {QStringLiteral("refresh_token"), m_refreshToken}}),
                 this, [this](const HttpResult &r) { onRefreshAnswer(r); });
}

void TokenRefresher::onRefreshAnswer(const HttpResult &result)
{
    if (m_mode != Mode::OAuth) { // signed out meanwhile
        m_refreshing = false;
        completeWaiters(false);
        return;
    }
    const OAuthAnswer answer = OAuthAnswer::fromResult(result);
    if (answer.tokens) {
        m_accessToken = answer.tokens->accessToken;
        emit accessTokenChanged();
        if (answer.tokens->refreshToken.isEmpty()) {
            // The server kept the refresh token (RFC 6749 §6 allows it): nothing to store.
            m_refreshing = false;
            completeWaiters(true);
            return;
        }
        const QString rotated = answer.tokens->refreshToken;
        // The server has retired the old refresh token; the keychain must hold the new one
        // before anything else happens, or the next start would replay a retired token.
        m_tokens->write(m_profileId, TokenStore::Secret::RefreshToken, rotated, this,
                        [this, rotated](const TokenStoreResult &stored) {
                            if (m_mode == Mode::OAuth) {
                                m_refreshToken.fill(QLatin1Char('\0'));
                                // The old one is dead on the server either way: keep the new
                                // one for this session even when the keychain refused it.
                                m_refreshToken = rotated;
                            }
                            if (!stored.ok()) {
                                qCWarning(lcRefresh) << "could not store the rotated refresh "
                                                        "token:"
                                                     << stored.details;
                                emit keychainProblem(stored);
                            }
                            m_refreshing = false;
                            completeWaiters(true);
                        });
        return;
    }
    m_refreshing = false;
    if (answer.error == QLatin1StringView("invalid_grant") ||
        answer.error == QLatin1StringView("invalid_client") ||
        answer.error == QLatin1StringView("unauthorized_client")) {
        qCWarning(lcRefresh) << "refresh refused:" << answer.error;
        endSession(tr("Your sign-in has expired or was revoked. Sign in again."));
        // The refused refresh token is worthless: do not keep it around.
        m_tokens->removeAll(m_profileId, this, {});
        completeWaiters(false);
        return;
    }
    qCWarning(lcRefresh) << "refresh failed:"
                         << (answer.failure ? answer.failure->message : answer.error);
    completeWaiters(false); // the session stays: the next 401 tries again
}

void TokenRefresher::completeWaiters(bool ok)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.done && (!w.hadContext || w.context))
            w.done(ok);
    }
}

void TokenRefresher::endSession(const QString &reason)
{
    clearSecrets();
    m_mode = Mode::SignedOut;
    emit accessTokenChanged();
    emit signedOut(reason);
}

void TokenRefresher::signOut(QObject *context, std::function<void(const SignOutResult &)> done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    // Revoking the refresh token revokes its whole family, access tokens included.
    const QString toRevoke = m_mode == Mode::OAuth ? m_refreshToken : QString();
    clearSecrets();
    m_mode = Mode::SignedOut;
    emit accessTokenChanged();

    auto removeStored = [this, guard, hadContext, done](SignOutResult result) {
        m_tokens->removeAll(m_profileId, this,
                            [guard, hadContext, done, result](const TokenStoreResult &removed) {
                                SignOutResult out = result;
                                out.keychain = removed;
                                if (done && (!hadContext || guard))
                                    done(out);
                            });
    };
    if (toRevoke.isEmpty()) {
        // API tokens are revoked by staff (DELETE /v1/api-tokens/{id}); here we only forget it.
        removeStored(SignOutResult{});
        return;
    }
    m_http->send(
        oauthFormRequest(QStringLiteral("/v1/oauth/revoke"),
                         {{QStringLiteral("token"), toRevoke},
                          {QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")}}),
        this, [removeStored](const HttpResult &r) {
            SignOutResult result;
            result.revoked = r.ok();
            result.revokeError = r.error;
            if (!r.ok())
                qCWarning(lcRefresh) << "revocation failed; signing out locally anyway";
            removeStored(result);
        });
}
