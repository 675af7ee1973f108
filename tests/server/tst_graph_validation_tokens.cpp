// The validation tokens of Graph's rich notifications on their own: taking a JWT apart, the
// rules Microsoft documents for them (signature by a published key, lifetime, audience, the
// change notification publisher, the issuing tenant), and the signing keys fetched from the
// Graph stand-in's key set, cached, refreshed for an unknown key id at most once an interval,
// and kept after Microsoft stops listing them; and the intake refusing a delivery whose keys
// cannot be fetched.
#include "GraphNotificationSealer.h"
#include "GraphStandIn.h"
#include "graph/GraphEncryptionKeys.h"
#include "graph/GraphNotificationIntake.h"
#include "graph/GraphSigningKeys.h"
#include "graph/JsonWebToken.h"
#include "graph/ValidationTokenCheck.h"
#include "store/EmergencyCallStore.h"
#include "store/ServerDatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace graph_test;
using namespace std::chrono_literals;

namespace {

const QString clientId = GraphStandIn::clientId();
const QString teamsTenant = QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Only the stand-in's key is known, as after a fetch of its key set.
EVP_PKEY *standInKeyOnly(const QString &keyId)
{
    return keyId == standInSigningKey().id ? standInSigningKey().key : nullptr;
}

std::optional<QString> check(const QString &token, QString *reason)
{
    ValidationTokenRules rules;
    rules.clientId = clientId;
    return checkValidationToken(token.toLatin1(), standInKeyOnly, rules, reason);
}

} // namespace

class TestGraphValidationTokens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_graph.start()); }

    void decodesACompactToken()
    {
        const QJsonObject claims = validationTokenClaims(clientId, teamsTenant);
        const QByteArray compact = signValidationToken(claims).toLatin1();
        QString reason;
        const auto token = JsonWebToken::decode(compact, &reason);
        QVERIFY2(token, qPrintable(reason));
        QCOMPARE(token->algorithm(), QStringLiteral("RS256"));
        QCOMPARE(token->keyId(), standInSigningKey().id);
        QCOMPARE(token->claims, claims);
        QCOMPARE(token->signingInput, compact.left(compact.lastIndexOf('.')));
        QCOMPARE(token->signature.size(), 256); // RSA 2048
        QCOMPARE(validationTokenKeyId(compact), standInSigningKey().id);
    }

    void refusesWhatIsNoCompactToken_data()
    {
        const QByteArray header =
            base64Url(json({{QStringLiteral("alg"), QStringLiteral("RS256")}}));
        const QByteArray claims = base64Url(json({{QStringLiteral("aud"), clientId}}));
        QTest::addColumn<QByteArray>("compact");
        QTest::addColumn<QString>("expectedReason");
        QTest::newRow("two parts") << QByteArray(header + '.' + claims) << "three dot-separated";
        QTest::newRow("header not JSON")
            << QByteArray(base64Url("{alg") + '.' + claims + ".c2ln") << "header";
        QTest::newRow("claims an array")
            << QByteArray(header + '.' + base64Url("[1]") + ".c2ln") << "payload";
        QTest::newRow("padded") << QByteArray(header + '.' + claims + ".c2lnbg==") << "signature";
        QTest::newRow("no signature") << QByteArray(header + '.' + claims + '.') << "signature";
        QTest::newRow("standard base64")
            << QByteArray(header + '.' + claims + ".ab+/") << "signature";
        QTest::newRow("huge") << QByteArray(header + '.' + QByteArray(20000, 'A') + ".c2ln")
                              << "bytes long";
    }

    void refusesWhatIsNoCompactToken()
    {
        QFETCH(QByteArray, compact);
        QFETCH(QString, expectedReason);
        QString reason;
        QVERIFY(!JsonWebToken::decode(compact, &reason));
        QVERIFY2(reason.contains(expectedReason), qPrintable(reason));
        QVERIFY(validationTokenKeyId(compact).isEmpty());
    }

    void validTokenVouchesForItsTenant()
    {
        QString reason;
        const auto tenant = check(
            signValidationToken(validationTokenClaims(clientId, teamsTenant.toUpper())), &reason);
        QVERIFY2(tenant, qPrintable(reason));
        QCOMPARE(*tenant, teamsTenant);
    }

    void tokensBreakingARuleAreRefused_data()
    {
        QTest::addColumn<QString>("breach");
        QTest::addColumn<QString>("expectedReason");
        QTest::newRow("signed by another key") << "key"
                                               << "signature does not verify";
        QTest::newRow("signature altered") << "signature"
                                           << "signature does not verify";
        QTest::newRow("claims altered") << "claims"
                                        << "signature does not verify";
        QTest::newRow("unknown key id") << "kid"
                                        << "unknown signing key kid";
        QTest::newRow("alg none") << "none"
                                  << "not RS256";
        QTest::newRow("expired") << "expired"
                                 << "expired at";
        QTest::newRow("no exp") << "no-exp"
                                << "has no exp";
        QTest::newRow("not yet valid") << "nbf"
                                       << "not valid before";
        QTest::newRow("another app's audience") << "aud"
                                                << "aud is not our app";
        QTest::newRow("issued by another app") << "appid"
                                               << "not Microsoft Graph's change notification";
        QTest::newRow("no appid nor azp") << "no-appid"
                                          << "not Microsoft Graph's change notification";
        QTest::newRow("another issuer") << "iss"
                                        << "is not a tenant's Microsoft identity";
        QTest::newRow("issuer without a tenant") << "iss-common"
                                                 << "is not a tenant's Microsoft identity";
    }

    void tokensBreakingARuleAreRefused()
    {
        QFETCH(QString, breach);
        QFETCH(QString, expectedReason);
        QJsonObject claims = validationTokenClaims(clientId, teamsTenant);
        TestSigningKey key = standInSigningKey();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (breach == QLatin1StringView("key"))
            key = strangerSigningKey();
        if (breach == QLatin1StringView("kid"))
            key = {QStringLiteral("somebody-else"), key.key};
        if (breach == QLatin1StringView("expired"))
            claims.insert(QStringLiteral("exp"), now - 600);
        if (breach == QLatin1StringView("no-exp"))
            claims.remove(QStringLiteral("exp"));
        if (breach == QLatin1StringView("nbf"))
            claims.insert(QStringLiteral("nbf"), now + 3600);
        if (breach == QLatin1StringView("aud"))
            claims.insert(QStringLiteral("aud"),
                          QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (breach == QLatin1StringView("appid"))
            claims.insert(QStringLiteral("appid"), clientId);
        if (breach == QLatin1StringView("no-appid"))
            claims.remove(QStringLiteral("appid"));
        if (breach == QLatin1StringView("iss"))
            claims.insert(QStringLiteral("iss"),
                          QStringLiteral("https://sts.example.com/%1/").arg(teamsTenant));
        if (breach == QLatin1StringView("iss-common"))
            claims.insert(QStringLiteral("iss"), QStringLiteral("https://sts.windows.net/common/"));
        QString token = signValidationToken(claims, key);
        const QStringList parts = token.split(QLatin1Char('.'));
        if (breach == QLatin1StringView("signature")) {
            QByteArray signature = *decodeBase64Url(parts.at(2).toLatin1());
            signature[10] = static_cast<char>(signature[10] ^ 0x01);
            token = parts.at(0) + QLatin1Char('.') + parts.at(1) + QLatin1Char('.') +
                    QString::fromLatin1(base64Url(signature));
        }
        if (breach == QLatin1StringView("claims")) {
            claims.insert(QStringLiteral("aud"), QStringLiteral("forged"));
            token = parts.at(0) + QLatin1Char('.') + QString::fromLatin1(base64Url(json(claims))) +
                    QLatin1Char('.') + parts.at(2);
        }
        if (breach == QLatin1StringView("none")) {
            const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("none")},
                                     {QStringLiteral("kid"), key.id}};
            token = QString::fromLatin1(base64Url(json(header))) + QLatin1Char('.') + parts.at(1) +
                    QLatin1Char('.') + parts.at(2);
        }
        QString reason;
        QVERIFY(!check(token, &reason));
        QVERIFY2(reason.contains(expectedReason), qPrintable(reason));
    }

    void v2TokensNameThePublisherInAzpAndMayListAudiences()
    {
        QJsonObject claims = validationTokenClaims(clientId, teamsTenant);
        claims.remove(QStringLiteral("appid"));
        claims.insert(QStringLiteral("azp"),
                      QStringLiteral("0bf30f3b-4a52-48df-9a82-234910c4a086"));
        claims.insert(QStringLiteral("aud"), QJsonArray{QStringLiteral("other"), clientId});
        QString reason;
        QVERIFY2(check(signValidationToken(claims), &reason), qPrintable(reason));
    }

    void slightClockSkewIsTolerated()
    {
        QJsonObject claims = validationTokenClaims(clientId, teamsTenant);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        claims.insert(QStringLiteral("nbf"), now + 60);
        claims.insert(QStringLiteral("exp"), now - 60);
        QString reason;
        QVERIFY2(check(signValidationToken(claims), &reason), qPrintable(reason));
    }

    void keySetUrlFollowsTheLoginUrl()
    {
        QCOMPARE(
            GraphSigningKeys::keySetUrl(QUrl(QStringLiteral("https://login.microsoftonline.com"))),
            QUrl(QStringLiteral("https://login.microsoftonline.com/common/discovery/v2.0/keys")));
        QCOMPARE(GraphSigningKeys::keySetUrl(m_graph.loginUrl()).path(),
                 QStringLiteral("/login/common/discovery/v2.0/keys"));
    }

    void keysAreFetchedOnceForManyTokens()
    {
        GraphSigningKeys keys(m_graph.loginUrl());
        int answered = 0;
        QString lastError = QStringLiteral("not called");
        for (int i = 0; i < 50; ++i) {
            keys.prepare({standInSigningKey().id}, [&](const QString &error) {
                ++answered;
                lastError = error;
            });
        }
        QTRY_COMPARE(answered, 50);
        QVERIFY2(lastError.isEmpty(), qPrintable(lastError));
        QCOMPARE(keys.fetches(), 1);
        QVERIFY(keys.key(standInSigningKey().id));
        // Held now: answered at once, no fetch.
        keys.prepare({standInSigningKey().id}, [&](const QString &) { ++answered; });
        QCOMPARE(answered, 51);
        QCOMPARE(keys.fetches(), 1);
        QString reason;
        ValidationTokenRules rules;
        rules.clientId = clientId;
        QVERIFY2(checkValidationToken(
                     signValidationToken(validationTokenClaims(clientId, teamsTenant)).toLatin1(),
                     [&keys](const QString &id) { return keys.key(id); }, rules, &reason),
                 qPrintable(reason));
    }

    void unknownKeyIdIsFetchedAgainAtMostOncePerInterval()
    {
        GraphSigningKeys keys(m_graph.loginUrl());
        int answered = 0;
        keys.prepare({standInSigningKey().id}, [&](const QString &) { ++answered; });
        QTRY_COMPARE(answered, 1);
        // Within the minute, an unknown kid is answered from the cache: still unknown.
        keys.prepare({QStringLiteral("unknown")}, [&](const QString &) { ++answered; });
        QCOMPARE(answered, 2);
        QCOMPARE(keys.fetches(), 1);
        // Once the interval has passed, the unknown kid makes a fetch, and stays unknown.
        keys.setMinimumRefreshInterval(0ms);
        keys.prepare({QStringLiteral("unknown")}, [&](const QString &) { ++answered; });
        QTRY_COMPARE(answered, 3);
        QCOMPARE(keys.fetches(), 2);
        QVERIFY(!keys.key(QStringLiteral("unknown")));
        QVERIFY(keys.key(standInSigningKey().id));
    }

    void rotatedOutKeyIsKept()
    {
        GraphSigningKeys keys(m_graph.loginUrl());
        keys.setMinimumRefreshInterval(0ms);
        int answered = 0;
        keys.prepare({standInSigningKey().id}, [&](const QString &) { ++answered; });
        QTRY_COMPARE(answered, 1);
        const TestSigningKey next = newSigningKey(QStringLiteral("next-signing-key"));
        m_graph.publishSigningKeys({next});
        keys.prepare({next.id}, [&](const QString &) { ++answered; });
        QTRY_COMPARE(answered, 2);
        m_graph.publishSigningKeys({standInSigningKey()});
        QVERIFY(keys.key(next.id));
        QVERIFY(keys.key(standInSigningKey().id)); // no longer listed, kept for a day
    }

    void unavailableKeysAreReported()
    {
        m_graph.setSigningKeysAvailable(false);
        GraphSigningKeys keys(m_graph.loginUrl());
        QString reported;
        bool answered = false;
        keys.prepare({standInSigningKey().id}, [&](const QString &error) {
            answered = true;
            reported = error;
        });
        QTRY_VERIFY(answered);
        m_graph.setSigningKeysAvailable(true);
        QVERIFY(!reported.isEmpty());
        QVERIFY(!keys.key(standInSigningKey().id));
        // Not fetched again within the minute: the same error, at once.
        answered = false;
        keys.prepare({standInSigningKey().id}, [&](const QString &error) {
            answered = true;
            reported = error;
        });
        QVERIFY(answered);
        QVERIFY(!reported.isEmpty());
        QCOMPARE(keys.fetches(), 1);
    }

    void deliveryIsRefusedWhenSigningKeysAreUnavailable()
    {
        m_graph.setSigningKeysAvailable(false);
        // The token check comes before any item is looked up: no database is needed.
        ServerDatabase db;
        EmergencyCallStore calls(db);
        GraphEncryptionKeys encryptionKeys;
        GraphSigningKeys signingKeys(m_graph.loginUrl());
        GraphNotificationIntake intake(db, calls, encryptionKeys, signingKeys, clientId);
        const QJsonObject item{{QStringLiteral("subscriptionId"), QStringLiteral("s-1")},
                               {QStringLiteral("tenantId"), teamsTenant}};
        const QJsonObject collection{
            {QStringLiteral("value"), QJsonArray{item, item}},
            {QStringLiteral("validationTokens"),
             QJsonArray{signValidationToken(validationTokenClaims(clientId, teamsTenant))}}};
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("cannot read the signing keys")));
        for (int i = 0; i < 2; ++i)
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral("refused a notification for "
                                                                   "subscription s-1 : validation "
                                                                   "token 1 of 1: signing keys "
                                                                   "unavailable")));
        QString reason;
        QVERIFY(intake.accept(QJsonDocument(collection).toJson(), &reason));
        QTRY_COMPARE(intake.counts().refused, 2);
        m_graph.setSigningKeysAvailable(true);
        QCOMPARE(intake.counts().recorded, 0);
        QCOMPARE(signingKeys.fetches(), 1);
    }

private:
    GraphStandIn m_graph;
};

QTEST_GUILESS_MAIN(TestGraphValidationTokens)
#include "tst_graph_validation_tokens.moc"
