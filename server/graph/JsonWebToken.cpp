#include "JsonWebToken.h"

#include <QJsonDocument>
#include <QList>

namespace {

// Graph's tokens are about 1.5 KB; anything far larger is not one of them.
constexpr qsizetype maxTokenBytes = 16 * 1024;

std::optional<QJsonObject> jsonObject(const QByteArray &part)
{
    const auto bytes = decodeBase64Url(part);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

std::optional<QByteArray> decodeBase64Url(const QByteArray &text)
{
    // Qt accepts padding and a dangling sixth bit group; base64url in a JWS has neither.
    if (text.contains('=') || text.size() % 4 == 1)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<JsonWebToken> JsonWebToken::decode(const QByteArray &compact, QString *reason)
{
    if (compact.size() > maxTokenBytes) {
        *reason = QStringLiteral("the token is %1 bytes long").arg(compact.size());
        return std::nullopt;
    }
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 3) {
        *reason = QStringLiteral("the token is not three dot-separated parts");
        return std::nullopt;
    }
    JsonWebToken token;
    const auto header = jsonObject(parts.at(0));
    const auto claims = jsonObject(parts.at(1));
    const auto signature = decodeBase64Url(parts.at(2));
    if (!header || !claims) {
        *reason = QStringLiteral("the token's %1 is not base64url JSON")
                      .arg(header ? QStringLiteral("payload") : QStringLiteral("header"));
        return std::nullopt;
    }
    if (!signature || signature->isEmpty()) {
        *reason = QStringLiteral("the token's signature is missing or not base64url");
        return std::nullopt;
    }
    token.header = *header;
    token.claims = *claims;
    token.signingInput = parts.at(0) + '.' + parts.at(1);
    token.signature = *signature;
    return token;
}
