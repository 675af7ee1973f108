// A JSON Web Token (RFC 7519) in the compact JWS form Microsoft Graph puts in a notification's
// validationTokens, taken apart without any verification: the header and the claims decoded
// from base64url JSON, the signature decoded, and the signed text kept for the verifier. Nothing
// read here is to be trusted before ValidationTokenCheck has checked the signature.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

struct JsonWebToken
{
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput; // "header.claims" exactly as sent: what the signature covers
    QByteArray signature;

    QString algorithm() const { return header.value(QLatin1StringView("alg")).toString(); }
    QString keyId() const { return header.value(QLatin1StringView("kid")).toString(); }

    // Splits and decodes `compact`; nullopt with *reason when it is not three base64url parts
    // of which the first two are JSON objects.
    static std::optional<JsonWebToken> decode(const QByteArray &compact, QString *reason);
};

// Strict base64url without padding (RFC 7515, section 2), as JWTs and JWKs use it; nullopt for
// anything else.
std::optional<QByteArray> decodeBase64Url(const QByteArray &text);
