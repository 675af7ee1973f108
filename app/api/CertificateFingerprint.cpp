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
