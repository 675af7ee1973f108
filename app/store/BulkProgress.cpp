// Bulk job tally and rate.
#include "store/BulkProgress.h"

#include <cmath>

BulkTally bulkTally(const QMap<qint64, int> &batchSizes, const QList<OutboxEntry> &present)
{
    BulkTally tally;
    QMap<qint64, const OutboxEntry *> byId;
    for (const OutboxEntry &e : present)
        byId.insert(e.id, &e);
    for (auto it = batchSizes.cbegin(); it != batchSizes.cend(); ++it) {
        const int size = it.value();
        tally.total += size;
        const OutboxEntry *e = byId.value(it.key(), nullptr);
        if (!e) {
            tally.cancelled += size;
        } else if (e->isOpen()) {
            tally.open += size;
        } else {
            tally.answered += size;
            if (e->state == OutboxState::Failed)
                tally.failed += size;
        }
    }
    return tally;
}

BulkRate bulkRate(int answered, int remaining, qint64 elapsedMs)
{
    BulkRate rate;
    if (remaining <= 0) {
        rate.secondsLeft = 0;
        if (answered > 0 && elapsedMs > 0)
            rate.numbersPerSecond = answered * 1000.0 / double(elapsedMs);
        return rate;
    }
    if (answered <= 0 || elapsedMs <= 0)
        return rate;
    rate.numbersPerSecond = answered * 1000.0 / double(elapsedMs);
    rate.secondsLeft = qint64(std::ceil(remaining / rate.numbersPerSecond));
    return rate;
}
