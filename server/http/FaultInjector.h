// Faults a test can ask the reference backend to inject (all off unless asked by flag): added
// latency, dropped connections, a rate of 5xx and 429 answers, and failed database writes.
#pragma once

#include <QRandomGenerator>

struct FaultSettings
{
    int latencyMs = 0;
    double dropRate = 0; // share of requests whose connection is closed without an answer
    double error5xxRate = 0;
    double error429Rate = 0;
    int retryAfterSeconds = 1; // sent with injected 429 and 503 answers
    quint32 seed = 1;
    // --fail-db-write N: -1 off. N >= 1 fails the Nth database write after start-up (once);
    // N >= 0 also lets each request name its own with the header Dispatchable-Fail-Db-Write: N.
    int failDbWrite = -1;
    bool databaseFaultsAllowed() const { return failDbWrite >= 0; }
};

class FaultInjector
{
public:
    explicit FaultInjector(const FaultSettings &settings)
        : m_settings(settings)
        , m_random(settings.seed)
    {}

    enum class Fault { None, Drop, ServerError, TooManyRequests };

    // Decides the fault for the next request; deterministic for a given seed.
    Fault next()
    {
        const double r = m_random.generateDouble();
        double edge = m_settings.dropRate;
        if (r < edge)
            return Fault::Drop;
        edge += m_settings.error5xxRate;
        if (r < edge)
            return Fault::ServerError;
        edge += m_settings.error429Rate;
        if (r < edge)
            return Fault::TooManyRequests;
        return Fault::None;
    }
    const FaultSettings &settings() const { return m_settings; }
    bool active() const
    {
        return m_settings.latencyMs > 0 || m_settings.dropRate > 0 || m_settings.error5xxRate > 0 ||
               m_settings.error429Rate > 0;
    }

private:
    FaultSettings m_settings;
    QRandomGenerator m_random;
};
