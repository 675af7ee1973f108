#include "report/ComplianceReport.h"

#include "compliance/ComplianceQueries.h"

#include <QCoreApplication>

namespace compliancereport {

std::optional<ComplianceReport> gather(Cache *cache, const QString &tenantId, const QDateTime &now,
                                       QString *error)
{
    ComplianceQueries queries(cache);
    std::optional<ComplianceSummary> summary = queries.summary(tenantId, now);
    if (!summary) {
        *error = queries.lastError();
        return std::nullopt;
    }
    ComplianceReport report;
    report.summary = *summary;
    report.numbers = queries.nonCompliantNumbers(tenantId, now);
    if (!queries.lastError().isEmpty()) {
        *error = queries.lastError();
        return std::nullopt;
    }
    report.generatedAt = now.toUTC();
    error->clear();
    return report;
}

QString durationText(qint64 seconds)
{
    const auto tr = [](const char *source, qint64 n) {
        return QCoreApplication::translate("ComplianceReport", source, nullptr,
                                           static_cast<int>(n));
    };
    if (seconds < 60)
        return tr("less than a minute", 0);
    if (seconds < 3600)
        return tr("%n minute(s)", seconds / 60);
    if (seconds < 2 * 86400)
        return tr("%n hour(s)", seconds / 3600);
    return tr("%n day(s)", seconds / 86400);
}

} // namespace compliancereport

QString ComplianceReport::dataAgeText() const
{
    if (!summary.lastSync.isValid())
        return QCoreApplication::translate("ComplianceReport", "unknown (never synced)");
    return compliancereport::durationText(
        std::max<qint64>(0, summary.lastSync.secsTo(generatedAt)));
}
