#include "CertificateFingerprint.h"

#include <QCryptographicHash>

QString sha256Fingerprint(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QString out;
    out.reserve(hex.size() * 3 / 2);
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i)
            out += QLatin1Char(':');
        out += QLatin1StringView(hex.mid(i, 2));
    }
    return out;
}

QString normalizedFingerprint(const QString &fingerprint)
{
    QString out;
    out.reserve(fingerprint.size());
    for (const QChar c : fingerprint) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

bool matchesPin(const QSslCertificate &presented, const QString &pin)
{
    const QString wanted = normalizedFingerprint(pin);
    return !wanted.isEmpty() && !presented.isNull() &&
           normalizedFingerprint(sha256Fingerprint(presented)) == wanted;
}
