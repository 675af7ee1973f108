// Writes a self-signed TLS certificate and key for the reference backend, so a demo or a test
// can serve HTTPS on loopback without any certificate authority.
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

struct GeneratedCertificate
{
    QSslCertificate certificate;
    QSslKey key;
};

enum class CertificatePurpose {
    // EC P-256, for the names "localhost", 127.0.0.1 and ::1.
    TlsServer,
    // RSA 2048, for Microsoft Graph to encrypt rich notifications with (Graph takes RSA keys of
    // 2,048 to 4,096 bits and does not check the issuer, so self-signed is fine).
    GraphEncryption,
};

// Generates a key and a self-signed certificate valid for `validDays`. Returns nullopt (with
// errorMessage set) if OpenSSL refuses.
std::optional<GeneratedCertificate>
generateSelfSignedCertificate(int validDays, QString *errorMessage,
                              CertificatePurpose purpose = CertificatePurpose::TlsServer);

// Writes cert.pem and key.pem (mode 0600) into dir.
bool writeCertificatePair(const GeneratedCertificate &pair, const QString &dir,
                          QString *errorMessage);
