#include "report/ComplianceCsv.h"

#include "report/CsvFormat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace compliancecsv {

namespace {
// ISO 8601 in UTC: the one date form every tool reads the same way.
QString isoUtc(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QString count(qint64 value)
{
    return QString::number(value);
}

bool save(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = QCoreApplication::translate("ComplianceCsv", "Could not write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}
} // namespace

QStringList numbersHeader()
{
    return {QStringLiteral("tenant_id"),       QStringLiteral("number"),
            QStringLiteral("national_format"), QStringLiteral("user"),
            QStringLiteral("user_upn"),        QStringLiteral("usage"),
            QStringLiteral("country"),         QStringLiteral("e911_state"),
            QStringLiteral("state_since"),     QStringLiteral("address_id"),
            QStringLiteral("address"),         QStringLiteral("provider_reason"),
            QStringLiteral("reason_codes"),    QStringLiteral("reasons")};
}

QStringList numberValues(const ComplianceReport &report, const NonCompliantNumber &n)
{
    return {report.summary.tenantId,
            n.number,
            n.nationalFormat,
            n.userName,
            n.userUpn,
            didUsageToWire(n.usage),
            n.country,
            e911StateToWire(n.state),
            isoUtc(n.stateSince),
            n.addressId,
            n.addressLine,
            n.providerReason,
            noncompliance::codes(n.reasons).join(QLatin1Char(';')),
            noncompliance::texts(n.reasons).join(QStringLiteral("; "))};
}

QStringList summaryHeader()
{
    return {QStringLiteral("tenant_id"),
            QStringLiteral("tenant_name"),
            QStringLiteral("generated_at"),
            QStringLiteral("data_as_of"),
            QStringLiteral("data_source"),
            QStringLiteral("offline_reason"),
            QStringLiteral("numbers"),
            QStringLiteral("registered"),
            QStringLiteral("pending"),
            QStringLiteral("failed"),
            QStringLiteral("turning_off"),
            QStringLiteral("basic_911_only"),
            QStringLiteral("basic_911_only_eligible"),
            QStringLiteral("outside_us"),
            QStringLiteral("toll_free"),
            QStringLiteral("common_area"),
            QStringLiteral("common_area_without_e911"),
            QStringLiteral("addresses"),
            QStringLiteral("addresses_not_validated"),
            QStringLiteral("addresses_without_location_detail"),
            QStringLiteral("numbers_at_address_without_detail"),
            QStringLiteral("non_compliant"),
            QStringLiteral("stuck_after_hours"),
            QStringLiteral("acknowledged_by"),
            QStringLiteral("acknowledged_at"),
            QStringLiteral("acknowledged_version"),
            QStringLiteral("acknowledgement_current"),
            QStringLiteral("current_disclosure_version")};
}

QStringList summaryValues(const ComplianceReport &report)
{
    const ComplianceSummary &s = report.summary;
    const auto &ack = s.acknowledgement.latest;
    return {s.tenantId,
            s.tenantName,
            isoUtc(report.generatedAt),
            isoUtc(s.lastSync),
            report.fromCacheOnly ? QStringLiteral("offline-cache") : QStringLiteral("synced"),
            report.offlineReason,
            count(s.numbers),
            count(s.registered),
            count(s.pending),
            count(s.failed),
            count(s.deregistering),
            count(s.basic),
            count(s.basicEligible),
            count(s.outsideUs),
            count(s.tollFree),
            count(s.commonArea),
            count(s.commonAreaWithoutE911),
            count(s.addresses),
            count(s.addressesNotValidated),
            count(s.addressesWithoutDetail),
            count(s.numbersAtAddressWithoutDetail),
            count(s.nonCompliant),
            count(s.stuckAfterHours),
            ack ? ack->acknowledgedByEmail : QString(),
            ack ? isoUtc(ack->acknowledgedAt) : QString(),
            ack ? ack->disclosureVersion : QString(),
            s.acknowledgement.isCurrent() ? QStringLiteral("yes") : QStringLiteral("no"),
            s.acknowledgement.currentVersion};
}

QByteArray numbersFile(const ComplianceReport &report, const ReportProgress &progress)
{
    // Rows between two progress steps: often enough to cancel at once, rare enough to cost
    // nothing.
    constexpr qsizetype rowsPerStep = 5000;
    QByteArray out(csvformat::byteOrderMark);
    out.reserve(report.numbers.size() * 200);
    out += csvformat::record(numbersHeader());
    const qsizetype total = report.numbers.size();
    for (qsizetype i = 0; i < total; ++i) {
        if (i % rowsPerStep == 0 && !progress.step(i, total))
            return {};
        out += csvformat::record(numberValues(report, report.numbers.at(i)));
    }
    progress.step(total, total);
    return out;
}

QByteArray summaryFile(const ComplianceReport &report)
{
    QByteArray out(csvformat::byteOrderMark);
    out += csvformat::record(summaryHeader());
    out += csvformat::record(summaryValues(report));
    return out;
}

QString summaryPathFor(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    const QString base = suffix.isEmpty() ? path : path.left(path.size() - suffix.size() - 1);
    return QString(base + QStringLiteral(".summary.csv"));
}

bool write(const ComplianceReport &report, const QString &path, QString *error,
           const ReportProgress &progress)
{
    const QByteArray numbers = numbersFile(report, progress);
    if (progress.cancelled()) {
        *error = QCoreApplication::translate("ComplianceCsv", "Cancelled: %1 was not written.")
                     .arg(path);
        return false;
    }
    return save(path, numbers, error) && save(summaryPathFor(path), summaryFile(report), error);
}

} // namespace compliancecsv
