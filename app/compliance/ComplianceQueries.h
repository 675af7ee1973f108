// Computes a tenant's ComplianceSummary and its non-compliant list from the offline cache, with
// SQL aggregates over the cache's tables (one pass over the tenant's numbers), so it stays fast
// at 100,000 numbers. Reads only; use it on the thread that opened the Cache.
#pragma once

#include "compliance/ComplianceSummary.h"
#include "compliance/NonCompliantNumber.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Cache;

class ComplianceQueries
{
public:
    // A registration the 911 provider has not finished within a day is stuck: the reference
    // provider takes seconds, real ones minutes to hours.
    static constexpr int defaultStuckAfterHours = 24;

    explicit ComplianceQueries(Cache *cache);

    void setStuckAfterHours(int hours) { m_stuckAfterHours = hours; }
    int stuckAfterHours() const { return m_stuckAfterHours; }

    // nullopt when the tenant is not in the cache (lastError() empty) or a query failed
    // (lastError() says why). `now` decides what is stuck and how old the acknowledgement is.
    std::optional<ComplianceSummary>
    summary(const QString &tenantId, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The tenant's non-compliant numbers, most urgent reason first, then by number.
    QList<NonCompliantNumber>
    nonCompliantNumbers(const QString &tenantId,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());

    QString lastError() const { return m_lastError; }

private:
    QString reasonsExpression(const QDateTime &now) const;
    // The numbers flagged by their last call through Teams, as a JSON array for :flagged.
    QByteArray flaggedByCalls(const QString &tenantId);
    // The numbers Teams gives another location, by the last export recorded, for :teamsFlagged.
    QByteArray flaggedByTeams(const QString &tenantId);

    Cache *m_cache;
    int m_stuckAfterHours = defaultStuckAfterHours;
    QString m_lastError;
    qint64 m_callLocationDiffers = 0;
    qint64 m_teamsLocationDiffers = 0;
    QDateTime m_teamsNumbersReadAt;
};
