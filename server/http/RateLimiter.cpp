#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

RateLimiter::RateLimiter(double requestsPerSecond)
    : m_rate(requestsPerSecond)
    , m_burst(std::max(1.0, requestsPerSecond * 2))
{
    m_clock.start();
}

std::optional<int> RateLimiter::admit(const QString &caller)
{
    if (m_rate <= 0)
        return std::nullopt;
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(caller);
    if (it == m_buckets.end())
        it = m_buckets.insert(caller, Bucket{m_burst, now});
    Bucket &b = *it;
    b.tokens = std::min(m_burst, b.tokens + (now - b.lastMs) * m_rate / 1000.0);
    b.lastMs = now;
    if (b.tokens >= 1) {
        b.tokens -= 1;
        return std::nullopt;
    }
    return std::max(1, static_cast<int>(std::ceil((1 - b.tokens) / m_rate)));
}
