// Slows down guessing the kiosk PIN: the first three wrong PINs cost nothing, the third starts a
// 30-second wait, and every wrong PIN after that doubles the wait, up to 15 minutes. A right PIN
// clears the count. The count and the end of the wait are saved, so restarting the app does not
// reset them. The clock is injectable so tests need not sleep.
#pragma once

#include <QDateTime>
#include <QSettings>

#include <chrono>
#include <functional>

class KioskPinLimiter
{
public:
    using Clock = std::function<QDateTime()>; // UTC
    static constexpr int freeAttempts = 3;
    static constexpr std::chrono::seconds firstWait{30};
    static constexpr std::chrono::seconds longestWait{15 * 60};

    // Keeps its state in `store` (not owned) under "kiosk/pinLimiter/".
    explicit KioskPinLimiter(QSettings *store, Clock clock = {});

    // The wait that starts after `failures` wrong PINs in a row (zero below freeAttempts).
    static std::chrono::seconds waitAfter(int failures);

    bool mayTry() const { return remainingWait() == std::chrono::seconds::zero(); }
    // Rounded up to whole seconds; zero when a PIN may be tried now.
    std::chrono::seconds remainingWait() const;
    int failures() const;

    void recordFailure();
    void recordSuccess();

private:
    QDateTime now() const;

    QSettings *m_store;
    Clock m_clock;
};
