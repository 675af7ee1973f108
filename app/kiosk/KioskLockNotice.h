// What a locked kiosk says when it has nothing it may show: what happened, in words a passer-by
// can read, and what IT must configure to fix it, naming the managed settings
// (docs/managed-configuration.md). A kiosk has no keyboard user who could fix it in the app.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class ApiError;

class KioskLockNotice
{
    Q_DECLARE_TR_FUNCTIONS(KioskLockNotice)
public:
    enum class Reason {
        NoConnection,       // no saved connection, and no single allowed backend to use
        BackendNotAllowed,  // the saved connection's backend is not on AllowedBackendUrls
        CertificateRefused, // the backend presented a certificate that is not the trusted one
        Unreachable,        // the backend did not answer
        CacheUnusable,      // the offline copy on this computer could not be opened
        BadCommandLine,     // the kiosk's start command has a value out of range
    };

    Reason reason = Reason::NoConnection;
    QString title;       // one line, large
    QString explanation; // what happened
    QStringList steps;   // what IT must configure, in order
    QString details;     // facts to compare (fingerprints); may be empty

    static KioskLockNotice noConnection();
    // `refusal` is AllowedBackendUrls' sentence about the saved connection.
    static KioskLockNotice backendNotAllowed(const QString &refusal);
    // `error` is a certificate error; `pinned` the fingerprint the connection trusts ("" none).
    static KioskLockNotice certificateRefused(const ApiError &error, const QString &pinned);
    static KioskLockNotice unreachable(const ApiError &error);
    static KioskLockNotice cacheUnusable(const QString &error);
    // `error` is the command line's sentence about the value it refused.
    static KioskLockNotice badCommandLine(const QString &error);

    // Everything above as plain text, for accessibility and logs.
    QString plainText() const;
};
