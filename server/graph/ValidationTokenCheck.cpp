#include "ValidationTokenCheck.h"

#include "JsonWebToken.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <openssl/evp.h>

#include <algorithm>
#include <memory>

namespace {

struct MdCtxFree
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};

bool verifyRs256(const QByteArray &input, const QByteArray &signature, EVP_PKEY *key)
{
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    // EVP_DigestVerifyInit defaults an RSA key to PKCS#1 v1.5 padding, which is RS256.
    return ctx && EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA &&
           EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) == 1 &&
           EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.data()),
                            static_cast<size_t>(signature.size()),
                            reinterpret_cast<const unsigned char *>(input.constData()),
                            static_cast<size_t>(input.size())) == 1;
}

// A NumericDate claim (seconds since the epoch), or nullopt when absent or not a number.
std::optional<QDateTime> numericDate(const QJsonObject &claims, const char *name)
{
    const QJsonValue value = claims.value(QLatin1StringView(name));
    if (!value.isDouble())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(value.toDouble()), Qt::UTC);
}

bool audienceIs(const QJsonValue &aud, const QString &clientId)
{
    const auto same = [&clientId](const QJsonValue &v) {
        return v.isString() && v.toString().compare(clientId, Qt::CaseInsensitive) == 0;
    };
    if (clientId.isEmpty())
        return false;
    if (aud.isArray()) {
        const QJsonArray list = aud.toArray();
        return std::any_of(list.begin(), list.end(), same);
    }
    return same(aud);
}

QString shown(const QString &value)
{
    return QLatin1Char('"') + value.left(80) + QLatin1Char('"');
}

} // namespace

QString validationTokenKeyId(const QByteArray &compact)
{
    QString ignored;
    const auto token = JsonWebToken::decode(compact, &ignored);
    return token ? token->keyId() : QString();
}

std::optional<QString> checkValidationToken(const QByteArray &compact,
                                            const SigningKeyLookup &keyFor,
                                            const ValidationTokenRules &rules, QString *reason)
{
    const auto token = JsonWebToken::decode(compact, reason);
    if (!token)
        return std::nullopt;
    // The algorithm comes from the sender: only the one Microsoft uses, never "none" or HMAC.
    if (token->algorithm() != QLatin1StringView("RS256")) {
        *reason =
            QStringLiteral("the token is signed with %1, not RS256").arg(shown(token->algorithm()));
        return std::nullopt;
    }
    EVP_PKEY *key = keyFor(token->keyId());
    if (!key) {
        *reason = QStringLiteral("unknown signing key kid %1").arg(shown(token->keyId()));
        return std::nullopt;
    }
    if (!verifyRs256(token->signingInput, token->signature, key)) {
        *reason = QStringLiteral("the token's signature does not verify with key %1")
                      .arg(shown(token->keyId()));
        return std::nullopt;
    }
    const QJsonObject &claims = token->claims;
    const auto expires = numericDate(claims, "exp");
    if (!expires || expires->addSecs(rules.clockSkewSeconds) <= rules.now) {
        *reason =
            expires ? QStringLiteral("the token expired at %1").arg(expires->toString(Qt::ISODate))
                    : QStringLiteral("the token has no exp");
        return std::nullopt;
    }
    const QJsonValue nbfValue = claims.value(QLatin1StringView("nbf"));
    const auto notBefore = numericDate(claims, "nbf");
    if (!nbfValue.isUndefined() &&
        (!notBefore || notBefore->addSecs(-rules.clockSkewSeconds) > rules.now)) {
        *reason = QStringLiteral("the token is not valid before %1")
                      .arg(notBefore ? notBefore->toString(Qt::ISODate) : QStringLiteral("(?)"));
        return std::nullopt;
    }
    if (!audienceIs(claims.value(QLatin1StringView("aud")), rules.clientId)) {
        *reason = QStringLiteral("the token's aud is not our app's client id");
        return std::nullopt;
    }
    // v1 tokens name the calling app in appid, v2 tokens in azp.
    const QString appId = claims.contains(QLatin1StringView("appid"))
                              ? claims.value(QLatin1StringView("appid")).toString()
                              : claims.value(QLatin1StringView("azp")).toString();
    if (appId.compare(QLatin1StringView(graphChangeTrackingAppId), Qt::CaseInsensitive) != 0) {
        *reason = QStringLiteral("the token's appid %1 is not Microsoft Graph's change "
                                 "notification publisher")
                      .arg(shown(appId));
        return std::nullopt;
    }
    static const QRegularExpression issuer(
        QStringLiteral("^https://sts\\.windows\\.net/([0-9A-Fa-f-]{36})/$"));
    const QString iss = claims.value(QLatin1StringView("iss")).toString();
    const QRegularExpressionMatch match = issuer.match(iss);
    if (!match.hasMatch()) {
        *reason = QStringLiteral("the token's issuer %1 is not a tenant's Microsoft identity")
                      .arg(shown(iss));
        return std::nullopt;
    }
    return match.captured(1).toLower();
}
