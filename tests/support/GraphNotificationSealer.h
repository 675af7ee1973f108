// Seals emergency-call events the way Microsoft Graph does for a rich notification
// (concepts/change-notifications-with-resource-data.md), written straight against OpenSSL so the
// backend's decryption is checked against an independent implementation: a fresh AES-256 key,
// the data AES-CBC/PKCS#7 with the key's first 16 bytes as IV, the key RSA-OAEP (SHA-1) for the
// certificate, and an HMAC-SHA256 signature of the encrypted data. It also signs the
// validationTokens Microsoft identity issues for a delivery (RS256 JWTs) with a test RSA key,
// and publishes that key as a JSON Web Key Set.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <openssl/types.h>

namespace graph_test {

// "encryptedContent" for `plaintext`, for the holder of the certificate (DER or PEM).
QJsonObject sealForCertificate(const QByteArray &plaintext, const QByteArray &certificate,
                               const QString &certificateId);

// A self-signed RSA 2048 certificate that is not the backend's (for "wrong key" cases): PEM.
QByteArray strangerCertificatePem();

// The decrypted resource data Graph sends for an emergency-call event, as documented.
QJsonObject emergencyEventResource(const QString &eventId, const QString &type,
                                   const QString &dialed, const QString &phoneNumber,
                                   const QString &teamsTenantId, const QJsonObject &location);

// callerInfo.location for an address (and optional coordinates).
QJsonObject teamsLocation(const QString &houseNumber, const QString &street,
                          const QString &streetSuffix, const QString &city, const QString &state,
                          const QString &postalCode, const QString &country = QStringLiteral("US"));

// A key Microsoft identity would sign validation tokens with: its kid and the RSA key pair.
struct TestSigningKey
{
    QString id;
    EVP_PKEY *key = nullptr; // made once per process, never freed
};
// The stand-in's signing key, and another one that nobody publishes (for forged signatures).
TestSigningKey standInSigningKey();
TestSigningKey strangerSigningKey();
// A fresh 2048-bit key under `id` (a rotation); lives until the process ends.
TestSigningKey newSigningKey(const QString &id);

// {"keys": [...]} with the public halves of `keys` (kty RSA, use sig, kid, n, e).
QJsonObject jsonWebKeySet(const QList<TestSigningKey> &keys);

// The claims of Graph's validation token for our app (`audience`) in a Teams tenant, as
// Microsoft documents them: a v1 token of Microsoft Graph Change Tracking, valid for an hour.
QJsonObject validationTokenClaims(const QString &audience, const QString &teamsTenantId);

// The compact JWT of `claims` signed RS256 with `key` and naming its kid.
QString signValidationToken(const QJsonObject &claims,
                            const TestSigningKey &key = standInSigningKey());

} // namespace graph_test
