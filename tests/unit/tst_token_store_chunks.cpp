// The pieces of sign-in that need no keychain and no server: splitting long secrets into chunks
// small enough for Windows' credential store and joining them back, the session-only mode kept
// in memory, and reading the OAuth token endpoint's answers strictly.
#include "auth/OAuthAnswer.h"
#include "auth/TokenStore.h"

#include <QRandomGenerator>
#include <QtTest>

class TestTokenStoreChunks : public QObject
{
    Q_OBJECT
private slots:
    void chunksRoundTrip_data();
    void chunksRoundTrip();
    void chunkKeysFollowTheNamingScheme();
    void incompleteChainIsNotAValue();
    void staleTrailingChunksAreIgnored();
    void sessionOnlyModeKeepsSecretsInMemory();
    void tokenAnswerIsReadStrictly_data();
    void tokenAnswerIsReadStrictly();
    void oauthErrorAnswerIsRecognised();
    void formRequestIsEncodedAndNeverRetried();
};

void TestTokenStoreChunks::chunksRoundTrip_data()
{
    QTest::addColumn<int>("length");
    QTest::newRow("empty") << 0;
    QTest::newRow("short") << 48;
    QTest::newRow("one below chunk") << TokenStore::defaultChunkSize - 1;
    QTest::newRow("exactly one chunk") << TokenStore::defaultChunkSize;
    QTest::newRow("one above chunk") << TokenStore::defaultChunkSize + 1;
    QTest::newRow("exact multiple") << TokenStore::defaultChunkSize * 3;
    QTest::newRow("long JWT-like") << 9000;
}

void TestTokenStoreChunks::chunksRoundTrip()
{
    QFETCH(int, length);
    QByteArray value(length, Qt::Uninitialized);
    for (char &c : value)
        c = static_cast<char>(QRandomGenerator::global()->bounded(33, 127));
    const int chunkSize = TokenStore::defaultChunkSize;
    const QList<QByteArray> chunks = TokenStore::splitIntoChunks(value, chunkSize);
    QCOMPARE(chunks.size(), length / chunkSize + 1);
    for (const QByteArray &chunk : chunks)
        QVERIFY(chunk.size() <= chunkSize);
    // Windows refuses credential blobs above 2,560 bytes.
    for (const QByteArray &chunk : chunks)
        QVERIFY(chunk.size() <= 2560);
    QVERIFY(chunks.last().size() < chunkSize);
    QByteArray joined;
    QVERIFY(TokenStore::joinChunks(chunks, chunkSize, &joined));
    QCOMPARE(joined, value);
}

void TestTokenStoreChunks::chunkKeysFollowTheNamingScheme()
{
    const QString key = TokenStore::keyFor(QStringLiteral("p1"), TokenStore::Secret::RefreshToken);
    QCOMPARE(TokenStore::chunkKey(key, 0), key);
    QCOMPARE(TokenStore::chunkKey(key, 1), QString(key + QStringLiteral(".1")));
    QCOMPARE(TokenStore::chunkKey(key, 12), QString(key + QStringLiteral(".12")));
    QVERIFY(TokenStore::keyFor(QStringLiteral("p1"), TokenStore::Secret::ApiToken) != key);
    QVERIFY(TokenStore::keyFor(QStringLiteral("p2"), TokenStore::Secret::RefreshToken) != key);
}

void TestTokenStoreChunks::incompleteChainIsNotAValue()
{
    const QByteArray value(5000, 'x');
    QList<QByteArray> chunks = TokenStore::splitIntoChunks(value, 2048);
    chunks.removeLast();
    QByteArray joined;
    QVERIFY(!TokenStore::joinChunks(chunks, 2048, &joined));
    QVERIFY(!TokenStore::joinChunks({QByteArray(3000, 'y')}, 2048, &joined));
}

void TestTokenStoreChunks::staleTrailingChunksAreIgnored()
{
    // A shorter value written over a longer one: chunks after the short one are not part of it.
    const QByteArray shorter(100, 's');
    QList<QByteArray> chain = TokenStore::splitIntoChunks(shorter, 2048);
    chain << QByteArray(2048, 'o') << QByteArray(10, 'o');
    QByteArray joined;
    QVERIFY(TokenStore::joinChunks(chain, 2048, &joined));
    QCOMPARE(joined, shorter);
}

void TestTokenStoreChunks::sessionOnlyModeKeepsSecretsInMemory()
{
    // A service no keychain has: were the keychain asked, reads would find nothing.
    TokenStore store(QStringLiteral("dispatchable-test-session-only"));
    store.setSessionOnly(true);
    const QString secret(6000, QLatin1Char('t'));
    QList<TokenStoreResult> results;
    auto collect = [&results](const TokenStoreResult &r) { results.append(r); };
    store.write(QStringLiteral("p"), TokenStore::Secret::RefreshToken, secret, this, collect);
    store.read(QStringLiteral("p"), TokenStore::Secret::RefreshToken, this, collect);
    store.read(QStringLiteral("p"), TokenStore::Secret::ApiToken, this, collect);
    store.removeAll(QStringLiteral("p"), this, collect);
    store.read(QStringLiteral("p"), TokenStore::Secret::RefreshToken, this, collect);
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 5, 5000);
    QVERIFY(results.at(0).ok());
    QVERIFY(results.at(1).ok());
    QCOMPARE(results.at(1).value, secret);
    QCOMPARE(results.at(2).status, TokenStoreResult::Status::NotFound);
    QVERIFY(results.at(3).ok());
    QCOMPARE(results.at(4).status, TokenStoreResult::Status::NotFound);
}

void TestTokenStoreChunks::tokenAnswerIsReadStrictly_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");
    QTest::newRow("complete") << QByteArray(R"({"access_token":"dat_a","token_type":"Bearer",)"
                                            R"("expires_in":3600,"refresh_token":"drt_r"})")
                              << true;
    QTest::newRow("bearer lower case")
        << QByteArray(R"({"access_token":"dat_a","token_type":"bearer"})") << true;
    QTest::newRow("no access token")
        << QByteArray(R"({"token_type":"Bearer","refresh_token":"drt_r"})") << false;
    QTest::newRow("access token not a string")
        << QByteArray(R"({"access_token":42,"token_type":"Bearer"})") << false;
    QTest::newRow("empty access token")
        << QByteArray(R"({"access_token":"","token_type":"Bearer"})") << false;
    QTest::newRow("other token type")
        << QByteArray(R"({"access_token":"a","token_type":"MAC"})") << false;
    QTest::newRow("expires_in a string")
        << QByteArray(R"({"access_token":"a","token_type":"Bearer","expires_in":"3600"})") << false;
    QTest::newRow("refresh token an object")
        << QByteArray(R"({"access_token":"a","token_type":"Bearer","refresh_token":{}})") << false;
    QTest::newRow("huge token") << QByteArray(R"({"access_token":")" + QByteArray(100000, 'a') +
                                              R"(","token_type":"Bearer"})")
                                << false;
    QTest::newRow("array") << QByteArray("[]") << false;
}

void TestTokenStoreChunks::tokenAnswerIsReadStrictly()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    HttpResult result;
    result.status = 200;
    result.body = body;
    result.json = QJsonDocument::fromJson(body);
    const OAuthAnswer answer = OAuthAnswer::fromResult(result);
    QCOMPARE(answer.tokens.has_value(), valid);
    QCOMPARE(answer.failure.has_value(), !valid);
    if (!valid)
        QCOMPARE(answer.failure->kind, ApiError::Kind::InvalidResponse);
}

void TestTokenStoreChunks::oauthErrorAnswerIsRecognised()
{
    HttpResult result;
    result.status = 400;
    result.body = R"({"error":"slow_down","error_description":"Poll less often."})";
    result.error = ApiError::fromHttp(400, result.body, {});
    OAuthAnswer answer = OAuthAnswer::fromResult(result);
    QCOMPARE(answer.error, QStringLiteral("slow_down"));
    QVERIFY(!answer.tokens);

    // A 400 that is not an OAuth answer stays a transport-level failure.
    result.body = "<html>bad gateway</html>";
    answer = OAuthAnswer::fromResult(result);
    QVERIFY(answer.error.isEmpty());
    QVERIFY(answer.failure);

    result.status = 503;
    result.body = R"({"error":"slow_down"})";
    result.error = ApiError::fromHttp(503, result.body, {});
    answer = OAuthAnswer::fromResult(result);
    QVERIFY(answer.error.isEmpty());
    QVERIFY(answer.failure);
}

void TestTokenStoreChunks::formRequestIsEncodedAndNeverRetried()
{
    const HttpRequestSpec spec =
        oauthFormRequest(QStringLiteral("/v1/oauth/token"),
                         {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                          {QStringLiteral("refresh_token"), QStringLiteral("a+b/c=&d")}});
    QCOMPARE(spec.method, QByteArray("POST"));
    QCOMPARE(spec.body, QByteArray("grant_type=refresh_token&refresh_token=a%2Bb%2Fc%3D%26d"));
    QVERIFY(!spec.retryable);
    QVERIFY(spec.headers.contains(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded"))));
}

QTEST_GUILESS_MAIN(TestTokenStoreChunks)
#include "tst_token_store_chunks.moc"
