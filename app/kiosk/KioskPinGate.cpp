#include "kiosk/KioskPinGate.h"

#include "kiosk/KioskPinHash.h"
#include "settings/EffectiveSettings.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKiosk, "dispatchable.kiosk")

KioskPinGate::KioskPinGate(const EffectiveSettings *settings, KioskPinLimiter *limiter)
    : m_settings(settings)
    , m_limiter(limiter)
{}

KioskPinGate::Outcome KioskPinGate::tryPin(const QString &pin)
{
    const QString hash = m_settings->kioskPinHash();
    if (hash.isEmpty())
        return Outcome::NoPinSet;
    if (!m_limiter->mayTry())
        return Outcome::MustWait;
    if (KioskPinHash::verify(pin, hash)) {
        m_limiter->recordSuccess();
        qCInfo(lcKiosk) << "kiosk mode left with the PIN";
        return Outcome::Unlocked;
    }
    m_limiter->recordFailure();
    // The count, never the PIN that was typed.
    qCWarning(lcKiosk) << "wrong kiosk PIN; wrong PINs in a row:" << m_limiter->failures();
    return Outcome::WrongPin;
}

QString KioskPinGate::message(Outcome outcome) const
{
    const int seconds = int(m_limiter->remainingWait().count());
    switch (outcome) {
    case Outcome::Unlocked:
        return {};
    case Outcome::WrongPin:
        if (seconds > 0)
            return tr("Wrong PIN. Try again in %n second(s).", nullptr, seconds);
        return tr("Wrong PIN.");
    case Outcome::MustWait:
        return tr("Too many wrong PINs. Try again in %n second(s).", nullptr, seconds);
    case Outcome::NoPinSet:
        return tr("No PIN is set for leaving kiosk mode. Ask the person who set up this "
                  "computer.");
    }
    return {};
}
