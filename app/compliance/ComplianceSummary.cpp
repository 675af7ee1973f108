#include "compliance/ComplianceSummary.h"

qint64 AcknowledgementStatus::ageDays(const QDateTime &now) const
{
    if (!latest || !latest->acknowledgedAt.isValid())
        return -1;
    return latest->acknowledgedAt.secsTo(now) / 86400;
}

int ComplianceSummary::registeredPercent() const
{
    const qint64 eligible = numbers - outsideUs - tollFree;
    if (eligible <= 0)
        return 100;
    return static_cast<int>(registered * 100 / eligible);
}
