// Everything a compliance report shows, gathered from the offline cache at one moment: the
// summary figures, the non-compliant numbers, when it was made and whether the data could be
// brought up to date first. The PDF and the CSV are two renderings of this one value.
#pragma once

#include "calls/EmergencyCall.h"
#include "compliance/ComplianceSummary.h"
#include "compliance/NonCompliantNumber.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Cache;

struct ComplianceReport
{
    ComplianceSummary summary;
    QList<NonCompliantNumber> numbers; // the non-compliant list, most urgent first
    // The tenant's calls through Teams (911 and 933) in the callLogDays before generatedAt,
    // newest first: the call log with each call's location verdict.
    QList<EmergencyCall> calls;
    static constexpr int callLogDays = 90;
    // Places whose last call through Teams sent them with another address, by label.
    struct FlaggedPlace
    {
        QString label;
        QString address; // the place's address on file, in one line
        QString reason;  // what the call showed, in a sentence
    };
    QList<FlaggedPlace> flaggedPlaces;
    QDateTime generatedAt; // UTC
    // True when the backend could not be reached and the figures are the cache's, as of
    // summary.lastSync; offlineReason says why (for the report and stderr).
    bool fromCacheOnly = false;
    QString offlineReason;

    // How old the data is at generatedAt, in words ("3 hours"); "unknown" before any sync.
    QString dataAgeText() const;
};

namespace compliancereport {
// Reads the report for `tenantId` from `cache`. nullopt when the tenant is not in the cache
// (*error empty) or a query failed (*error says why).
std::optional<ComplianceReport> gather(Cache *cache, const QString &tenantId, const QDateTime &now,
                                       QString *error);
// "3 minutes", "2 hours", "5 days": a duration in words for people (translated).
QString durationText(qint64 seconds);
} // namespace compliancereport
