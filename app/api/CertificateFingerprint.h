// The SHA-256 fingerprint of a certificate, in the form the app shows and pins it.
#pragma once

#include <QSslCertificate>
#include <QString>

// "AB:CD:…": upper-case hex pairs of the SHA-256 digest of the DER encoding.
QString sha256Fingerprint(const QSslCertificate &certificate);

// "ab:cd…", "ABCD…" and "AB CD …" name the same certificate: letters and digits, upper-cased.
QString normalizedFingerprint(const QString &fingerprint);
// Whether `presented` is exactly the pinned certificate (false for an empty pin).
bool matchesPin(const QSslCertificate &presented, const QString &pin);
