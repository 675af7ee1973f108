#include "kiosk/KioskLockNotice.h"

#include "api/ApiError.h"

namespace {
// Where IT puts managed settings, so a notice never leaves them guessing.
QString whereManagedSettingsLive()
{
    return KioskLockNotice::tr(
        "Managed settings go in the registry under "
        "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Dispatchable (Windows), a configuration profile "
        "for com.dispatchable.Dispatchable (macOS) or /etc/xdg/Dispatchable/managed.ini (Linux).");
}
} // namespace

KioskLockNotice KioskLockNotice::noConnection()
{
    KioskLockNotice notice;
    notice.reason = Reason::NoConnection;
    notice.title = tr("Kiosk not set up: no connection");
    notice.explanation = tr("This kiosk has no connection to a provisioning backend, so it has no "
                            "data to show.");
    notice.steps = {
        tr("Set AllowedBackendUrls to the one backend this kiosk shows (a single address, "
           "without \"*.\"): the kiosk then connects to it by itself."),
        tr("Set PinnedCertificates for that backend unless its certificate is one this computer "
           "already trusts."),
        tr("Restart the kiosk. It shows a sign-in code: sign in with an auditor account on another "
           "device."),
        whereManagedSettingsLive(),
    };
    return notice;
}

KioskLockNotice KioskLockNotice::backendNotAllowed(const QString &refusal)
{
    KioskLockNotice notice;
    notice.reason = Reason::BackendNotAllowed;
    notice.title = tr("Kiosk locked: connection not allowed");
    notice.explanation = refusal;
    notice.steps = {
        tr("Add this kiosk's backend to AllowedBackendUrls, or remove the kiosk account's saved "
           "connection so that the kiosk connects to the one backend AllowedBackendUrls names."),
        tr("Restart the kiosk."),
        whereManagedSettingsLive(),
    };
    return notice;
}

KioskLockNotice KioskLockNotice::certificateRefused(const ApiError &error, const QString &pinned)
{
    KioskLockNotice notice;
    notice.reason = Reason::CertificateRefused;
    notice.title = tr("Kiosk locked: the backend's certificate was refused");
    notice.explanation = error.message;
    notice.steps = {
        tr("Ask the backend's operator whether its certificate was replaced, and compare the "
           "fingerprint below with theirs."),
        tr("If it was replaced on purpose, set PinnedCertificates to the backend's address, a "
           "space and the new fingerprint, then restart the kiosk."),
        tr("If it was not, someone may be intercepting the connection: leave the kiosk locked."),
        whereManagedSettingsLive(),
    };
    QStringList facts;
    if (!pinned.isEmpty())
        facts.append(tr("Trusted fingerprint: %1").arg(pinned));
    if (!error.certificateFingerprint.isEmpty())
        facts.append(tr("Presented fingerprint: %1").arg(error.certificateFingerprint));
    notice.details = facts.join(QLatin1Char('\n'));
    return notice;
}

KioskLockNotice KioskLockNotice::unreachable(const ApiError &error)
{
    KioskLockNotice notice;
    notice.reason = Reason::Unreachable;
    notice.title = tr("Kiosk waiting: the backend cannot be reached");
    notice.explanation = error.message;
    notice.steps = {
        tr("Check this computer's network connection and that the backend is running."),
        tr("If this network needs a proxy, set Proxy (http://host:port, or system)."),
        tr("The kiosk tries again by itself every 30 seconds."),
        whereManagedSettingsLive(),
    };
    return notice;
}

KioskLockNotice KioskLockNotice::cacheUnusable(const QString &error)
{
    KioskLockNotice notice;
    notice.reason = Reason::CacheUnusable;
    notice.title = tr("Kiosk locked: the offline copy cannot be opened");
    notice.explanation = error;
    notice.steps = {
        tr("Make sure the kiosk account can write to its application data folder and that the "
           "disk is not full."),
        tr("Restart the kiosk."),
    };
    return notice;
}

KioskLockNotice KioskLockNotice::badCommandLine(const QString &error)
{
    KioskLockNotice notice;
    notice.reason = Reason::BadCommandLine;
    notice.title = tr("Kiosk locked: its start command is wrong");
    notice.explanation = error;
    notice.steps = {
        tr("Correct the value in the command that starts the kiosk (its shortcut, service or "
           "login script), or leave the option out to use the default."),
        tr("Restart the kiosk."),
    };
    return notice;
}

QString KioskLockNotice::plainText() const
{
    QStringList parts{title, explanation};
    parts += steps;
    if (!details.isEmpty())
        parts.append(details);
    return parts.join(QLatin1Char('\n'));
}
