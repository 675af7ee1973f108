// Seals emergency-call events the way Microsoft Graph does for a rich notification
// (concepts/change-notifications-with-resource-data.md), written straight against OpenSSL so the
// backend's decryption is checked against an independent implementation: a fresh AES-256 key,
// the data AES-CBC/PKCS#7 with the key's first 16 bytes as IV, the key RSA-OAEP (SHA-1) for the
// certificate, and an HMAC-SHA256 signature of the encrypted data.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

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

} // namespace graph_test
