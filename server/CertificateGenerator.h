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

// Generates an EC P-256 key and a certificate valid for `validDays`, for the names "localhost",
// 127.0.0.1 and ::1. Returns nullopt (with errorMessage set) if OpenSSL refuses.
std::optional<GeneratedCertificate> generateSelfSignedCertificate(int validDays,
                                                                  QString *errorMessage);

// Writes cert.pem and key.pem (mode 0600) into dir.
bool writeCertificatePair(const GeneratedCertificate &pair, const QString &dir,
                          QString *errorMessage);
