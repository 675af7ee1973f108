#include "report/ComplianceReport.h"

#include "calls/CallLocationQuery.h"
#include "compliance/ComplianceQueries.h"
#include "domain/AddressLine.h"

#include "store/Cache.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceReport)
};
} // namespace

namespace compliancereport {
namespace {
QList<ComplianceReport::FlaggedPlace> flaggedPlaces(Cache &cache, const QString &tenantId)
{
    const QHash<QString, QString> flagged =
        calllocation::flaggedPlaces(calllocation::loadPlaces(cache, tenantId));
    QList<ComplianceReport::FlaggedPlace> out;
    if (flagged.isEmpty())
        return out;
    QHash<QString, QString> addressLines;
    for (const EmergencyAddress &a : cache.addresses(tenantId))
        addressLines.insert(a.id, emergencyAddressLine(a));
    for (const Place &p : cache.places(tenantId)) {
        if (const auto reason = flagged.constFind(p.id); reason != flagged.cend())
            out.append({p.label(), addressLines.value(p.addressId), *reason});
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.label, b.label) < 0;
    });
    return out;
}
} // namespace

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
    report.calls =
        cache->emergencyCalls(tenantId, report.generatedAt.addDays(-ComplianceReport::callLogDays));
    std::reverse(report.calls.begin(), report.calls.end());
    report.flaggedPlaces = flaggedPlaces(*cache, tenantId);
    error->clear();
    return report;
}

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return Text::tr("less than a minute");
    if (seconds < 3600)
        return Text::tr("%n minute(s)", nullptr, static_cast<int>(seconds / 60));
    if (seconds < 2 * 86400)
        return Text::tr("%n hour(s)", nullptr, static_cast<int>(seconds / 3600));
    return Text::tr("%n day(s)", nullptr, static_cast<int>(seconds / 86400));
}

} // namespace compliancereport

QString ComplianceReport::dataAgeText() const
{
    if (!summary.lastSync.isValid())
        return QCoreApplication::translate("ComplianceReport", "unknown (never synced)");
    return compliancereport::durationText(
        std::max<qint64>(0, summary.lastSync.secsTo(generatedAt)));
}
