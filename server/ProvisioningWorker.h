// Plays the 911 provider: after the configured delay it moves pending registrations to
// registered (or failed, with the provider's reason) and deregistrations back to basic 911.
#pragma once

#include <QObject>
#include <QTimer>

struct ServerContext;

class ProvisioningWorker : public QObject
{
    Q_OBJECT
public:
    // failureRate: the share of registrations the simulated provider rejects, decided by a
    // hash of the number and address so a run is repeatable.
    ProvisioningWorker(ServerContext &ctx, int delayMs, double failureRate,
                       QObject *parent = nullptr);

    void start();
    // One pass: settles everything whose delay has passed. Returns how many numbers moved; a
    // database failure is logged and moves none (the batch is retried on the next tick).
    int settleDue();

private:
    int settleBatch();
    bool providerAccepts(const QString &number, const QString &addressId, bool hasGeocode) const;

    ServerContext &m_ctx;
    int m_delayMs;
    double m_failureRate;
    QTimer m_timer;
};
