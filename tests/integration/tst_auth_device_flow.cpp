// Sign-in against dispatchable-server over TLS with the real keychain (gnome-keyring in a private
// D-Bus session): the device flow end to end, slow_down backing off by 5 s, an expired, declined
// or unknown code ending the flow with its own outcome, API tokens, sign-out, and long secrets
// chunked through the real keychain.
#include "ApiTestHelpers.h"
#include "TestBackend.h"
#include "api/HttpClient.h"
#include "auth/ConnectionProfileStore.h"
#include "auth/DeviceFlow.h"
#include "auth/TokenRefresher.h"
#include "auth/TokenStore.h"
#include "tst_auth_support.h"

#include <QTemporaryDir>
#include <QtTest>

#include <qt6keychain/keychain.h>

using namespace authtest;

class TestAuthDeviceFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void deviceFlowSignsInAndKeepsTheRefreshTokenInTheKeychain();
    void slowDownAddsFiveSecondsToThePollInterval();
    void expiredCodeEndsTheFlowAsExpired();
    void declinedCodeEndsTheFlowAsDenied();
    void unknownDeviceCodeEndsTheFlowAsRejected();
    void cancelStopsPolling();
    void signOutRevokesAndDeletesFromTheKeychain();
    void apiTokenIsStoredAndUsedWithoutRefresh();
    void longSecretsRoundTripThroughKeychainChunks();

private:
    QString profileId() const { return m_profileId; }

    TestBackend m_backend;
    QString m_service;
    QString m_profileId = QStringLiteral("5f0e8a52-1d1c-4c1e-9a37-0d7e1f0c2b11");
};

void TestAuthDeviceFlow::initTestCase()
{
    QVERIFY(m_backend.start());
    m_service = uniqueService();
}

void TestAuthDeviceFlow::deviceFlowSignsInAndKeepsTheRefreshTokenInTheKeychain()
{
    QTemporaryDir dir;
    ConnectionProfileStore profiles(dir.filePath(QStringLiteral("settings.ini")));
    auto profile = profiles.add(QStringLiteral("Demo"), m_backend.process().baseUrl().toString());
    QVERIFY(profile);
    QVERIFY(profiles.trustCertificate(profile->id, m_backend.process().certificateFingerprint(),
                                      QStringLiteral("CN=dispatchable demo")));

    HttpClient http;
    configure(http, m_backend);
    TokenStore store(m_service);
    DeviceFlow flow(&http, &store, profile->id);
    flow.setPollIntervalOverride(300);
    QSignalSpy codeReady(&flow, &DeviceFlow::codeReady);

    const DeviceFlowResult result = signIn(flow, m_backend);
    QVERIFY2(result.signedIn(), qPrintable(result.message + QLatin1Char(' ') + result.details));
    QCOMPARE(codeReady.size(), 1);
    const QString userCode = codeReady.first().at(0).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Z]{4}-[A-Z]{4}$")).match(userCode).hasMatch());
    QCOMPARE(codeReady.first().at(1).toUrl().scheme(), QStringLiteral("https"));
    QVERIFY(codeReady.first().at(2).toUrl().toString().contains(userCode));
    QVERIFY(codeReady.first().at(3).toDateTime() > QDateTime::currentDateTimeUtc());
    QCOMPARE(flow.pollTimesMs().size(), 1); // approved before the first poll
    QVERIFY(result.tokens);
    QVERIFY(result.tokens->accessToken.startsWith(QLatin1StringView("dat_")));
    QVERIFY(result.tokens->refreshToken.startsWith(QLatin1StringView("drt_")));

    // The refresh token is in the keychain, as QtKeychain itself reads it.
    const KeychainEntry stored =
        readKeychain(m_service, TokenStore::keyFor(profile->id, TokenStore::Secret::RefreshToken));
    QVERIFY2(stored.found(), qPrintable(QString::number(stored.error)));
    QCOMPARE(QString::fromUtf8(stored.data), result.tokens->refreshToken);

    // The access token works: /v1/me through HttpClient with the session as its token source.
    TokenRefresher session(&http, &store, profile->id);
    session.startSession(*result.tokens);
    http.setAccessTokenSource(&session);
    std::optional<HttpResult> me;
    http.get(QStringLiteral("/v1/me"), {}, this, [&](const HttpResult &r) { me = r; });
    QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), 10000);
    QVERIFY2(me->ok(), qPrintable(me->error ? me->error->message : QString()));
    const QString email = me->json.object().value(QLatin1StringView("email")).toString();
    QVERIFY(email.contains(QLatin1Char('@')));
    QCOMPARE(me->json.object().value(QLatin1StringView("role")).toString(),
             QStringLiteral("staff"));
    QCOMPARE(session.refreshRequestCount(), 0);
    QVERIFY(profiles.setAccount(profile->id, email));
    QCOMPARE(profiles.profile(profile->id)->account, email);

    // The settings file has the account and the pin, and no token.
    QFile settings(profiles.fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray text = settings.readAll();
    QVERIFY(!text.contains(result.tokens->accessToken.toUtf8()));
    QVERIFY(!text.contains(result.tokens->refreshToken.toUtf8()));

    http.setAccessTokenSource(nullptr);
    bool removed = false;
    store.removeAll(profile->id, this, [&](const TokenStoreResult &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
}

void TestAuthDeviceFlow::slowDownAddsFiveSecondsToThePollInterval()
{
    HttpClient http;
    configure(http, m_backend);
    TokenStore store(m_service);
    DeviceFlow flow(&http, &store, profileId());
    // Far faster than the server's 5 s: the second poll earns slow_down.
    flow.setPollIntervalOverride(200);
    QSignalSpy intervals(&flow, &DeviceFlow::pollIntervalChanged);
    QSignalSpy finished(&flow, &DeviceFlow::finished);
    QString code;
    connect(&flow, &DeviceFlow::codeReady, this, [&](const QString &userCode) { code = userCode; });
    flow.start();

    QTRY_COMPARE_WITH_TIMEOUT(intervals.size(), 1, 10000);
    QCOMPARE(intervals.first().first().toInt(), 200 + DeviceFlow::slowDownStepMs);
    QCOMPARE(flow.pollIntervalMs(), 5200);
    QCOMPARE(flow.pollTimesMs().size(), 2);
    QVERIFY(finished.isEmpty());

    // Approved now, the next poll succeeds, but only after the longer interval.
    QCOMPARE(decide(m_backend, code, true), 204);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const DeviceFlowResult result = finished.first().first().value<DeviceFlowResult>();
    QVERIFY2(result.signedIn(), qPrintable(result.message));
    const QList<qint64> polls = flow.pollTimesMs();
    QCOMPARE(polls.size(), 3);
    QVERIFY2(polls.at(1) - polls.at(0) < 2000,
             qPrintable(QString::number(polls.at(1) - polls.at(0))));
    QVERIFY2(polls.at(2) - polls.at(1) >= 5200,
             qPrintable(QString::number(polls.at(2) - polls.at(1))));

    bool removed = false;
    store.removeAll(profileId(), this, [&](const TokenStoreResult &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
}

void TestAuthDeviceFlow::expiredCodeEndsTheFlowAsExpired()
{
    // The server's codes live 10 minutes; age this one in the server's database instead of
    // waiting, so the answer is the server's real expired_token.
    HttpClient http;
    configure(http, m_backend);
    TokenStore store(m_service);
    DeviceFlow flow(&http, &store, profileId());
    flow.setPollIntervalOverride(200);
    const DeviceFlowResult result = signIn(flow, m_backend, false, [&](const QString &userCode) {
        QVERIFY(serverExec(
            m_backend, QStringLiteral("UPDATE device_codes SET expires_at = ? WHERE user_code = ?"),
            {QDateTime::currentSecsSinceEpoch() - 1, userCode}));
    });
    QCOMPARE(result.outcome, DeviceFlowResult::Outcome::Expired);
    QVERIFY(!result.tokens);
    QVERIFY(result.message.contains(QLatin1StringView("expired")));
    QVERIFY2(result.details.contains(QLatin1StringView("expired")), qPrintable(result.details));
    QCOMPARE(flow.pollTimesMs().size(), 1);
    QVERIFY(!flow.isRunning());
}

void TestAuthDeviceFlow::declinedCodeEndsTheFlowAsDenied()
{
    HttpClient http;
    configure(http, m_backend);
    TokenStore store(m_service);
    DeviceFlow flow(&http, &store, profileId());
    flow.setPollIntervalOverride(200);
    const DeviceFlowResult result = signIn(flow, m_backend, false);
    QCOMPARE(result.outcome, DeviceFlowResult::Outcome::Denied);
    QVERIFY(!result.tokens);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(flow.pollTimesMs().size(), 1);
}

void TestAuthDeviceFlow::unknownDeviceCodeEndsTheFlowAsRejected()
{
    HttpClient http;
    configure(http, m_backend);
    TokenStore store(m_service);
    DeviceFlow flow(&http, &store, profileId());
    flow.setPollIntervalOverride(200);
    const DeviceFlowResult result = signIn(flow, m_backend, false, [&](const QString &userCode) {
        QVERIFY(serverExec(
            m_backend, QStringLiteral("DELETE FROM device_codes WHERE user_code = ?"), {userCode}));
    });
    QCOMPARE(result.outcome, DeviceFlowResult::Outcome::Rejected);
    QVERIFY2(result.message.contains(QLatin1StringView("invalid_grant")),
             qPrintable(result.message));
    QCOMPARE(flow.pollTimesMs().size(), 1);
}

void TestAuthDeviceFlow::cancelStopsPolling()
{
    HttpClient http;
    configure(http, m_backend);
    TokenStore store(m_service);
    DeviceFlow flow(&http, &store, profileId());
    flow.setPollIntervalOverride(150);
    QSignalSpy finished(&flow, &DeviceFlow::finished);
    flow.start();
    QTRY_VERIFY_WITH_TIMEOUT(!flow.pollTimesMs().isEmpty(), 10000);
    flow.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<DeviceFlowResult>().outcome,
             DeviceFlowResult::Outcome::Cancelled);
    QVERIFY(!flow.isRunning());
    const qsizetype polls = flow.pollTimesMs().size();
    // Several intervals later nothing more went out (a negative can only be shown by waiting).
    QTest::qWait(600);
    QCOMPARE(flow.pollTimesMs().size(), polls);
    QCOMPARE(finished.size(), 1);
}

void TestAuthDeviceFlow::signOutRevokesAndDeletesFromTheKeychain()
{
    HttpClient http;
    configure(http, m_backend);
    TokenStore store(m_service);
    DeviceFlow flow(&http, &store, profileId());
    flow.setPollIntervalOverride(200);
    const DeviceFlowResult result = signIn(flow, m_backend);
    QVERIFY2(result.signedIn(), qPrintable(result.message));
    const OAuthTokens tokens = *result.tokens;
    QCOMPARE(meStatus(m_backend, tokens.accessToken), 200);

    TokenRefresher session(&http, &store, profileId());
    session.startSession(tokens);
    std::optional<SignOutResult> signedOut;
    session.signOut(this, [&](const SignOutResult &r) { signedOut = r; });
    QVERIFY(!session.isSignedIn());
    QVERIFY(session.accessToken().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(signedOut.has_value(), 10000);
    QVERIFY(signedOut->revoked);
    QVERIFY(signedOut->keychain.ok());

    const KeychainEntry stored =
        readKeychain(m_service, TokenStore::keyFor(profileId(), TokenStore::Secret::RefreshToken));
    QCOMPARE(stored.error, int(QKeychain::EntryNotFound));
    QCOMPARE(meStatus(m_backend, tokens.accessToken), 401);
    QCOMPARE(refreshError(m_backend, tokens.refreshToken), QStringLiteral("invalid_grant"));
}

void TestAuthDeviceFlow::apiTokenIsStoredAndUsedWithoutRefresh()
{
    const TestReply created = m_backend.sendJson(
        "POST", QStringLiteral("/v1/api-tokens"), m_backend.token(QStringLiteral("staff")),
        QJsonObject{{QStringLiteral("label"), QStringLiteral("service account")}});
    QCOMPARE(created.status, 201);
    const QString apiToken = created.json().value(QLatin1StringView("token")).toString();
    QVERIFY(apiToken.startsWith(QLatin1StringView("dsp_")));

    HttpClient http;
    configure(http, m_backend);
    TokenStore store(m_service);
    {
        TokenRefresher pasted(&http, &store, profileId());
        std::optional<TokenStoreResult> stored;
        pasted.useApiToken(QString(QStringLiteral("  ") + apiToken + QStringLiteral("\n")), this,
                           [&](const TokenStoreResult &r) { stored = r; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
        QVERIFY2(stored->ok(), qPrintable(stored->message));
        QCOMPARE(pasted.mode(), TokenRefresher::Mode::ApiToken);
    }
    const KeychainEntry entry =
        readKeychain(m_service, TokenStore::keyFor(profileId(), TokenStore::Secret::ApiToken));
    QVERIFY(entry.found());
    QCOMPARE(QString::fromUtf8(entry.data), apiToken);

    // The next start picks it up from the keychain.
    TokenRefresher restored(&http, &store, profileId());
    std::optional<TokenStoreResult> restoredResult;
    restored.restore(this, [&](const TokenStoreResult &r) { restoredResult = r; });
    QTRY_VERIFY_WITH_TIMEOUT(restoredResult.has_value(), 10000);
    QVERIFY(restoredResult->ok());
    QCOMPARE(restored.mode(), TokenRefresher::Mode::ApiToken);
    QCOMPARE(restored.accessToken(), apiToken);

    http.setAccessTokenSource(&restored);
    std::optional<HttpResult> me;
    http.get(QStringLiteral("/v1/me"), {}, this, [&](const HttpResult &r) { me = r; });
    QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), 10000);
    QVERIFY(me->ok());

    // An API token is never refreshed: a 401 ends the session without a token request.
    QSignalSpy signedOut(&restored, &TokenRefresher::signedOut);
    std::optional<bool> refreshed;
    restored.refreshAccessToken(this, [&](bool ok) { refreshed = ok; });
    QVERIFY(!refreshed.has_value()); // called back later, never from inside the call
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 5000);
    QVERIFY(!*refreshed);
    QCOMPARE(restored.refreshRequestCount(), 0);
    QCOMPARE(signedOut.size(), 1);
    http.setAccessTokenSource(nullptr);

    std::optional<SignOutResult> out;
    restored.signOut(this, [&](const SignOutResult &r) { out = r; });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
    QVERIFY(out->keychain.ok());
    QCOMPARE(readKeychain(m_service, TokenStore::keyFor(profileId(), TokenStore::Secret::ApiToken))
                 .error,
             int(QKeychain::EntryNotFound));
}

void TestAuthDeviceFlow::longSecretsRoundTripThroughKeychainChunks()
{
    TokenStore store(m_service);
    const QString profile = QStringLiteral("0b6c2f7e-8a3d-4d55-b1f4-2f2f6c9d0e01");
    const QString key = TokenStore::keyFor(profile, TokenStore::Secret::RefreshToken);
    auto writeRead = [&](const QString &value) -> std::optional<TokenStoreResult> {
        std::optional<TokenStoreResult> written;
        std::optional<TokenStoreResult> read;
        store.write(profile, TokenStore::Secret::RefreshToken, value, this,
                    [&](const TokenStoreResult &r) { written = r; });
        store.read(profile, TokenStore::Secret::RefreshToken, this,
                   [&](const TokenStoreResult &r) { read = r; });
        if (!QTest::qWaitFor([&] { return read.has_value(); }, 20000) || !written->ok())
            return written;
        return read;
    };

    QString longValue;
    for (int i = 0; longValue.size() < 9000; ++i)
        longValue += QString::number(i) + QLatin1Char('-');
    longValue.truncate(9000);
    std::optional<TokenStoreResult> r = writeRead(longValue);
    QVERIFY(r && r->ok());
    QCOMPARE(r->value, longValue);
    // 9,000 bytes: four full 2,048-byte chunks and a short fifth, as separate keychain entries.
    for (int i = 0; i < 5; ++i) {
        const KeychainEntry chunk = readKeychain(m_service, TokenStore::chunkKey(key, i));
        QVERIFY2(chunk.found(), qPrintable(TokenStore::chunkKey(key, i)));
        QVERIFY(chunk.data.size() <= TokenStore::defaultChunkSize);
    }
    QCOMPARE(readKeychain(m_service, TokenStore::chunkKey(key, 5)).error,
             int(QKeychain::EntryNotFound));

    // A shorter value replaces it and leaves no chunk behind.
    r = writeRead(QStringLiteral("short"));
    QVERIFY(r && r->ok());
    QCOMPARE(r->value, QStringLiteral("short"));
    QCOMPARE(readKeychain(m_service, TokenStore::chunkKey(key, 1)).error,
             int(QKeychain::EntryNotFound));

    // An exact multiple of the chunk size ends with an empty chunk.
    const QString exact(2 * TokenStore::defaultChunkSize, QLatin1Char('x'));
    r = writeRead(exact);
    QVERIFY(r && r->ok());
    QCOMPARE(r->value, exact);

    std::optional<TokenStoreResult> removed;
    store.removeAll(profile, this, [&](const TokenStoreResult &res) { removed = res; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
    QVERIFY(removed->ok());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(readKeychain(m_service, TokenStore::chunkKey(key, i)).error,
                 int(QKeychain::EntryNotFound));
}

QTEST_GUILESS_MAIN(TestAuthDeviceFlow)
#include "tst_auth_device_flow.moc"
