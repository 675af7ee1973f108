#include "ReportExport.h"

#include "MainWindow.h"
#include "ReportProgressDialog.h"
#include "report/ComplianceCsv.h"
#include "report/CompliancePdf.h"
#include "report/ComplianceReport.h"
#include "session/AppSession.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace {
QString askForPath(MainWindow &window, const QString &tenantId, bool *csv)
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("compliance-%1-%2.pdf")
                          .arg(tenantId, QDate::currentDate().toString(Qt::ISODate)));
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        &window, MainWindow::tr("Export Compliance Report"), suggested,
        MainWindow::tr("PDF report (*.pdf);;CSV files (*.csv)"), &filter);
    *csv = path.endsWith(QLatin1StringView(".csv"), Qt::CaseInsensitive) ||
           filter.contains(QLatin1StringView("*.csv"));
    return path;
}
} // namespace

void exportComplianceReport(MainWindow &window, AppSession &session)
{
    const QString tenantId = window.currentTenantId();
    if (tenantId.isEmpty())
        return;
    QString error;
    const std::optional<ComplianceReport> report = compliancereport::gather(
        session.cache(), tenantId, QDateTime::currentDateTimeUtc(), &error);
    if (!report) {
        QMessageBox::warning(&window, MainWindow::tr("Export Compliance Report"),
                             error.isEmpty() ? MainWindow::tr("The tenant is not in the offline "
                                                              "copy yet; sync first (F5).")
                                             : error);
        return;
    }
    bool csv = false;
    const QString path = askForPath(window, tenantId, &csv);
    if (path.isEmpty())
        return;
    const ComplianceReport &written = *report;
    const ReportWriter writer = [&written, &path, csv](const ReportProgress &progress,
                                                       QString *why) {
        return csv ? compliancecsv::write(written, path, why, progress)
                   : compliancepdf::write(written, path, why, progress);
    };
    const ReportWriteOutcome outcome =
        writeReportWithProgress(&window, writer, csv ? ReportUnit::Rows : ReportUnit::Pages);
    if (outcome.cancelled) {
        window.statusBar()->showMessage(MainWindow::tr("Export cancelled: no report was written."),
                                        10000);
        return;
    }
    if (!outcome.written) {
        QMessageBox::warning(
            &window, MainWindow::tr("Export Compliance Report"),
            MainWindow::tr("The report could not be written: %1").arg(outcome.error));
        return;
    }
    window.statusBar()->showMessage(MainWindow::tr("Report saved to %1 (data as of the last "
                                                   "sync, %2 old).")
                                        .arg(QDir::toNativeSeparators(path), report->dataAgeText()),
                                    10000);
}
