// The encrypted part of a Microsoft Graph rich notification ("encryptedContent") and its
// decryption as Microsoft documents it (concepts/change-notifications-with-resource-data.md):
// the symmetric key in dataKey is RSA-OAEP (SHA-1) encrypted with our certificate's public key,
// dataSignature is HMAC-SHA256 over the encrypted data with that key, and the data is AES-CBC
// with PKCS#7 padding whose IV is the key's first 16 bytes. Only decryption lives here: the
// tests seal their notifications with their own OpenSSL code (tests/support/GraphStandIn).
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <openssl/types.h>

#include <optional>

struct EncryptedContent
{
    QByteArray data;          // encrypted resource data (decoded from base64)
    QByteArray dataSignature; // HMAC-SHA256 of `data` (decoded)
    QByteArray dataKey;       // encrypted symmetric key (decoded)
    QString certificateId;    // our own id of the certificate Graph encrypted with
    QString certificateThumbprint;

    // Reads the JSON member; nullopt with *reason when a member is missing or not base64.
    static std::optional<EncryptedContent> fromJson(const QJsonObject &object, QString *reason);
};

// The decrypted resource data (JSON text), or nullopt with *reason. Refuses before decrypting
// when the signature does not match: the payload was altered or not meant for this key.
std::optional<QByteArray> decryptResourceData(const EncryptedContent &content, EVP_PKEY *privateKey,
                                              QString *reason);
