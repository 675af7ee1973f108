// Silent token refresh against dispatchable-server with short-lived access tokens and the real
// keychain: twenty requests that get a 401 at once cause exactly one refresh (counted by the
// client and in the server's database), the rotated refresh token is in the keychain before the
// old one is dropped and works on the next start, the old one is dead, and a refused refresh
// signs out and forgets the stored token.
#include "ApiTestHelpers.h"
#include "TestBackend.h"
#include "api/HttpClient.h"
#include "auth/DeviceFlow.h"
#include "auth/TokenRefresher.h"
#include "auth/TokenStore.h"
#include "tst_auth_support.h"

#include <QtTest>

#include <qt6keychain/keychain.h>

using namespace authtest;

class TestAuthTokenRefresh : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void twentyConcurrent401sCauseExactlyOneRefresh();
    void refreshIsSharedAcrossClientsAndDirectCallers();
    void refusedRefreshSignsOutAndForgetsTheToken();

private:
    std::optional<OAuthTokens> signIn(HttpClient &http, TokenStore &store);

    TestBackend m_backend;
    QString m_service;
    const QString m_profileId = QStringLiteral("9d7c8f1e-2b3a-4c5d-8e9f-0a1b2c3d4e5f");
};

void TestAuthTokenRefresh::initTestCase()
{
    // The server checks expiry in whole seconds: a 1 s token can die milliseconds after it is
    // issued, so a refreshed token might expire before the 20 resends are answered. 2 s tokens
    // live between 1 and 2 s, which is plenty for the resends and still expires quickly.
    QVERIFY(m_backend.start(TestBackend::defaultArguments()
                            << QStringLiteral("--access-token-ttl") << QStringLiteral("2")));
    m_service = uniqueService();
}

std::optional<OAuthTokens> TestAuthTokenRefresh::signIn(HttpClient &http, TokenStore &store)
{
    DeviceFlow flow(&http, &store, m_profileId);
    flow.setPollIntervalOverride(200);
    const DeviceFlowResult result = authtest::signIn(flow, m_backend);
    if (!result.signedIn())
        qWarning("sign-in failed: %s", qPrintable(result.message));
    return result.signedIn() ? result.tokens : std::nullopt;
}

void TestAuthTokenRefresh::twentyConcurrent401sCauseExactlyOneRefresh()
{
    HttpClient http;
    configure(http, m_backend);
    TokenStore store(m_service);
    const std::optional<OAuthTokens> tokens = signIn(http, store);
    QVERIFY(tokens);
    const QString oldRefresh = tokens->refreshToken;

    TokenRefresher session(&http, &store, m_profileId);
    session.startSession(*tokens);
    http.setAccessTokenSource(&session);
    QSignalSpy keychainProblems(&session, &TokenRefresher::keychainProblem);

    // Wait until the server no longer takes the access token.
    QTRY_COMPARE_WITH_TIMEOUT(meStatus(m_backend, tokens->accessToken), 401, 10000);

    int got401 = 0;
    connect(&http, &HttpClient::attemptFinished, this, [&](const HttpAttempt &attempt) {
        if (attempt.status == 401)
            ++got401;
    });
    QList<HttpResult> results;
    for (int i = 0; i < 20; ++i)
        http.get(QStringLiteral("/v1/me"), {}, this,
                 [&](const HttpResult &r) { results.append(r); });
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 20, 20000);
    for (const HttpResult &r : std::as_const(results))
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(got401, 20);

    // One refresh, as the client counts it …
    QCOMPARE(session.refreshRequestCount(), 1);
    QVERIFY(keychainProblems.isEmpty());
    // … and as the server recorded it: the family has the first token and one rotation.
    const QString familyRows =
        QStringLiteral("SELECT COUNT(*) FROM refresh_tokens WHERE family_id = "
                       "(SELECT family_id FROM refresh_tokens WHERE token_hash = ?)");
    QCOMPARE(serverScalar(m_backend, familyRows, {tokenHash(oldRefresh)}).toInt(), 2);

    // The rotated refresh token is in the keychain; the server has retired the old one.
    const KeychainEntry stored =
        readKeychain(m_service, TokenStore::keyFor(m_profileId, TokenStore::Secret::RefreshToken));
    QVERIFY(stored.found());
    const QString rotated = QString::fromUtf8(stored.data);
    QVERIFY(rotated.startsWith(QLatin1StringView("drt_")));
    QVERIFY(rotated != oldRefresh);
    const QString usedFlag = QStringLiteral("SELECT used FROM refresh_tokens WHERE token_hash = ?");
    QCOMPARE(serverScalar(m_backend, usedFlag, {tokenHash(rotated)}).toInt(), 0);
    QCOMPARE(serverScalar(m_backend, usedFlag, {tokenHash(oldRefresh)}).toInt(), 1);
    http.setAccessTokenSource(nullptr);

    // The next start of the app: only the keychain knows the session, and it is enough.
    HttpClient nextStart;
    configure(nextStart, m_backend);
    TokenRefresher restored(&nextStart, &store, m_profileId);
    std::optional<TokenStoreResult> restoredResult;
    restored.restore(this, [&](const TokenStoreResult &r) { restoredResult = r; });
    QTRY_VERIFY_WITH_TIMEOUT(restoredResult.has_value(), 10000);
    QVERIFY(restoredResult->ok());
    nextStart.setAccessTokenSource(&restored);
    std::optional<HttpResult> me;
    nextStart.get(QStringLiteral("/v1/me"), {}, this, [&](const HttpResult &r) { me = r; });
    QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), 10000);
    QVERIFY(me->ok());
    QCOMPARE(restored.refreshRequestCount(), 1);
    QCOMPARE(serverScalar(m_backend, familyRows, {tokenHash(oldRefresh)}).toInt(), 3);
    nextStart.setAccessTokenSource(nullptr);

    // The old refresh token no longer works (and replaying it revokes the family).
    QCOMPARE(refreshError(m_backend, oldRefresh), QStringLiteral("invalid_grant"));

    std::optional<TokenStoreResult> removed;
    store.removeAll(m_profileId, this, [&](const TokenStoreResult &r) { removed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
}

void TestAuthTokenRefresh::refreshIsSharedAcrossClientsAndDirectCallers()
{
    // HttpClient coalesces its own 401s; the session must also coalesce callers that do not
    // share an HttpClient (another client, code asking for a fresh token directly).
    HttpClient first;
    HttpClient second;
    configure(first, m_backend);
    configure(second, m_backend);
    TokenStore store(m_service);
    const std::optional<OAuthTokens> tokens = signIn(first, store);
    QVERIFY(tokens);
    TokenRefresher session(&first, &store, m_profileId);
    session.startSession(*tokens);
    first.setAccessTokenSource(&session);
    second.setAccessTokenSource(&session);
    QTRY_COMPARE_WITH_TIMEOUT(meStatus(m_backend, tokens->accessToken), 401, 10000);

    QList<HttpResult> results;
    int direct = 0;
    for (int i = 0; i < 10; ++i) {
        first.get(QStringLiteral("/v1/me"), {}, this,
                  [&](const HttpResult &r) { results.append(r); });
        second.get(QStringLiteral("/v1/me"), {}, this,
                   [&](const HttpResult &r) { results.append(r); });
    }
    QObject otherCaller;
    for (int i = 0; i < 5; ++i)
        session.refreshAccessToken(&otherCaller, [&](bool ok) { direct += ok ? 1 : 100; });
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 20, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(direct, 5, 10000);
    for (const HttpResult &r : std::as_const(results))
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(session.refreshRequestCount(), 1);
    QCOMPARE(
        serverScalar(m_backend,
                     QStringLiteral("SELECT COUNT(*) FROM refresh_tokens WHERE family_id = "
                                    "(SELECT family_id FROM refresh_tokens WHERE token_hash = ?)"),
                     {tokenHash(tokens->refreshToken)})
            .toInt(),
        2);
    first.setAccessTokenSource(nullptr);
    second.setAccessTokenSource(nullptr);
    std::optional<TokenStoreResult> removed;
    store.removeAll(m_profileId, this, [&](const TokenStoreResult &r) { removed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
}

void TestAuthTokenRefresh::refusedRefreshSignsOutAndForgetsTheToken()
{
    HttpClient http;
    configure(http, m_backend);
    TokenStore store(m_service);
    const std::optional<OAuthTokens> tokens = signIn(http, store);
    QVERIFY(tokens);
    TokenRefresher session(&http, &store, m_profileId);
    session.startSession(*tokens);
    http.setAccessTokenSource(&session);
    QSignalSpy signedOut(&session, &TokenRefresher::signedOut);

    // Revoked elsewhere (another device signed this session out).
    QCOMPARE(api::postForm(m_backend, QStringLiteral("/v1/oauth/revoke"),
                           {{QStringLiteral("token"), tokens->refreshToken}})
                 .status,
             200);
    std::optional<HttpResult> me;
    http.get(QStringLiteral("/v1/me"), {}, this, [&](const HttpResult &r) { me = r; });
    QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), 10000);
    QVERIFY(!me->ok());
    QCOMPARE(me->status, 401);
    QCOMPARE(session.refreshRequestCount(), 1);
    QCOMPARE(signedOut.size(), 1);
    QVERIFY(!signedOut.first().first().toString().isEmpty());
    QVERIFY(!session.isSignedIn());
    QVERIFY(session.accessToken().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        readKeychain(m_service, TokenStore::keyFor(m_profileId, TokenStore::Secret::RefreshToken))
            .error,
        int(QKeychain::EntryNotFound), 10000);
    http.setAccessTokenSource(nullptr);
}

QTEST_GUILESS_MAIN(TestAuthTokenRefresh)
#include "tst_auth_token_refresh.moc"
