#include "ReportExport.h"

#include "MainWindow.h"
#include "report/ComplianceCsv.h"
#include "report/CompliancePdf.h"
#include "report/ComplianceReport.h"
#include "session/AppSession.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace {
// What the worker shares with the dialog: how far it is, and whether Cancel was pressed.
struct ExportState
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> stop{false};
};

struct ExportOutcome
{
    bool written = false;
    bool cancelled = false;
    QString error;
};

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

// Writes on a worker thread and keeps the dialog current until it is done or cancelled.
ExportOutcome writeWithProgress(MainWindow &window, const ComplianceReport &report,
                                const QString &path, bool csv)
{
    auto state = std::make_shared<ExportState>();
    auto outcome = std::make_shared<ExportOutcome>();
    const ReportProgress progress([state](qsizetype done, qsizetype total) {
        state->done = done;
        state->total = total;
        return !state->stop.load();
    });
    QThread *worker = QThread::create([report, path, csv, progress, outcome] {
        outcome->written = csv ? compliancecsv::write(report, path, &outcome->error, progress)
                               : compliancepdf::write(report, path, &outcome->error, progress);
        outcome->cancelled = progress.cancelled();
    });

    QProgressDialog dialog(MainWindow::tr("Preparing the report…"), MainWindow::tr("Cancel"), 0, 0,
                           &window);
    dialog.setObjectName(QStringLiteral("reportProgressDialog"));
    dialog.setWindowTitle(MainWindow::tr("Export Compliance Report"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300); // a small report is done before the dialog would flash
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [state, &dialog] {
        state->stop = true;
        dialog.setLabelText(MainWindow::tr("Cancelling…"));
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [state, &dialog, csv] {
        const qint64 total = state->total;
        if (total <= 0 || state->stop)
            return;
        const QLocale locale;
        dialog.setMaximum(int(total));
        dialog.setValue(int(state->done));
        dialog.setLabelText((csv ? MainWindow::tr("Writing row %1 of %2…")
                                 : MainWindow::tr("Writing page %1 of %2…"))
                                .arg(locale.toString(qint64(state->done)), locale.toString(total)));
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    poll.start(50);
    worker->start();
    loop.exec();
    poll.stop();
    worker->wait();
    delete worker;
    dialog.reset();
    return *outcome;
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
    const ExportOutcome outcome = writeWithProgress(window, *report, path, csv);
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
