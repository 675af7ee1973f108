#include "kiosk/KioskPinLimiter.h"

#include <algorithm>

namespace {
const QString keyFailures = QStringLiteral("kiosk/pinLimiter/failures");
const QString keyWaitUntil = QStringLiteral("kiosk/pinLimiter/waitUntil");
} // namespace

KioskPinLimiter::KioskPinLimiter(QSettings *store, Clock clock)
    : m_store(store)
    , m_clock(std::move(clock))
{}

std::chrono::seconds KioskPinLimiter::waitAfter(int failures)
{
    if (failures < freeAttempts)
        return std::chrono::seconds::zero();
    const int doublings = qMin(failures - freeAttempts, 16); // 30 s · 2^16 is far past the cap
    return std::min(longestWait,
                    std::chrono::seconds(firstWait.count() * (qint64(1) << doublings)));
}

std::chrono::seconds KioskPinLimiter::remainingWait() const
{
    const QDateTime until = m_store->value(keyWaitUntil).toDateTime();
    if (!until.isValid())
        return std::chrono::seconds::zero();
    const qint64 ms = now().msecsTo(until);
    if (ms <= 0)
        return std::chrono::seconds::zero();
    // A clock set back must not turn one wait into days: never more than the current step.
    const std::chrono::seconds step = waitAfter(failures());
    return std::min(step, std::chrono::seconds((ms + 999) / 1000));
}

int KioskPinLimiter::failures() const
{
    return qMax(0, m_store->value(keyFailures, 0).toInt());
}

void KioskPinLimiter::recordFailure()
{
    const int count = failures() + 1;
    m_store->setValue(keyFailures, count);
    const std::chrono::seconds wait = waitAfter(count);
    if (wait > std::chrono::seconds::zero())
        m_store->setValue(keyWaitUntil, now().addSecs(wait.count()));
    m_store->sync();
}

void KioskPinLimiter::recordSuccess()
{
    m_store->remove(QStringLiteral("kiosk/pinLimiter"));
    m_store->sync();
}

QDateTime KioskPinLimiter::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}
