// A token bucket per caller: a caller who sends more than `requestsPerSecond` (with a burst of
// twice that) gets 429 with the seconds to wait.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <optional>

class RateLimiter
{
public:
    explicit RateLimiter(double requestsPerSecond);

    // nullopt when the request may go ahead, else the whole seconds until it may be retried.
    std::optional<int> admit(const QString &caller);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    double m_rate;
    double m_burst;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};
