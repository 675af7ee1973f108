// The SHA-256 fingerprint of a certificate, in the form the app shows and pins it.
#pragma once

#include <QSslCertificate>
#include <QString>

// "AB:CD:…": upper-case hex pairs of the SHA-256 digest of the DER encoding.
QString sha256Fingerprint(const QSslCertificate &certificate);
