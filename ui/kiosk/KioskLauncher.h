// Kiosk mode as `dispatchable --kiosk` (or the organisation's KioskMode policy) starts it: the
// kiosk window filling the screen over a session (or locked, without one), the PIN gate with its
// wrong-PIN limiter, leaving the app after the right PIN, refusing any account that is not an
// auditor's, and the security desk's alerts above it once the auditor is signed in.
#pragma once

#include "KioskWindow.h"
#include "kiosk/KioskPinGate.h"
#include "kiosk/KioskPinLimiter.h"

#include <QSettings>
#include <QString>

#include <memory>

class AppSession;
class EffectiveSettings;
class EmergencyDesk;

struct KioskOptions
{
    int cycleSeconds = 30; // each tenant's time on the dashboard
    int idleMinutes = 2;   // no input for this long: back to the dashboard

    // From the command line's text; false with a sentence in *error when out of range.
    bool parse(const QString &cycleSeconds, const QString &idleMinutes, QString *error);
};

class KioskLauncher
{
public:
    // Shows the kiosk over the whole primary screen. The right PIN quits the application with
    // status 0; an account that is not an auditor's is told why and quits it with status 1.
    // `session` may be null (the window can then only be locked); `store` keeps the wrong-PIN
    // count (the user's settings). `session`, `settings` and `store` must outlive this object.
    KioskLauncher(AppSession *session, const EffectiveSettings *settings, QSettings *store,
                  const KioskOptions &options);
    ~KioskLauncher();

    KioskWindow *window() const { return m_window.get(); }
    // Null without a session.
    EmergencyDesk *desk() const { return m_desk; }

private:
    void startDesk(AppSession *session, const EffectiveSettings *settings);

    KioskPinLimiter m_limiter;
    KioskPinGate m_gate;
    std::unique_ptr<KioskWindow> m_window;
    EmergencyDesk *m_desk = nullptr; // owned by the session
};
