// Where a bulk outbox job stands (numbers answered, failed, still open, cancelled) and how fast
// it goes (numbers per second, time left). Pure functions, so the progress dialog only shows them.
#pragma once

#include "store/OutboxEntry.h"

#include <QList>
#include <QMap>

#include <optional>

struct BulkTally
{
    int total = 0;     // numbers in the job as it was queued
    int answered = 0;  // numbers whose batch the server answered (done or failed)
    int failed = 0;    // of those, numbers whose whole batch the server refused
    int open = 0;      // numbers still queued or on the network
    int cancelled = 0; // numbers whose batch was removed from the outbox before it was sent

    bool finished() const { return open == 0; }
    friend bool operator==(const BulkTally &, const BulkTally &) = default;
};

// `batchSizes`: entry id → numbers in that batch, as queued. `present`: the job's entries as the
// outbox holds them now; a batch missing from it was cancelled.
BulkTally bulkTally(const QMap<qint64, int> &batchSizes, const QList<OutboxEntry> &present);

struct BulkRate
{
    double numbersPerSecond = 0;       // 0 until something has been answered
    std::optional<qint64> secondsLeft; // nullopt while the rate is unknown
};

// The average rate since the job started and the time the rest takes at that rate (rounded up
// to whole seconds). `remaining` excludes cancelled numbers.
BulkRate bulkRate(int answered, int remaining, qint64 elapsedMs);
