// The one way out of kiosk mode: a PIN checked against the effective PIN hash, behind the
// wrong-PIN limiter. The kiosk window asks here and shows what it answers.
#pragma once

#include "kiosk/KioskPinLimiter.h"

#include <QCoreApplication>

class EffectiveSettings;

class KioskPinGate
{
    Q_DECLARE_TR_FUNCTIONS(KioskPinGate)
public:
    enum class Outcome {
        Unlocked, // the PIN was right
        WrongPin, // counted; remainingWait() may now be above zero
        MustWait, // not checked: the wait after earlier wrong PINs has not passed
        NoPinSet, // no PIN can leave kiosk mode (none set, or the organisation's is invalid)
    };

    // Neither is owned; both must outlive the gate.
    KioskPinGate(const EffectiveSettings *settings, KioskPinLimiter *limiter);

    Outcome tryPin(const QString &pin);
    std::chrono::seconds remainingWait() const { return m_limiter->remainingWait(); }
    // What to tell the person after `outcome`, e.g. "Wrong PIN. Try again in 30 seconds."
    QString message(Outcome outcome) const;

private:
    const EffectiveSettings *m_settings;
    KioskPinLimiter *m_limiter;
};
