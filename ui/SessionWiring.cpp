// The main window's requests, answered for one session.
#include "SessionWiring.h"

#include "AddressBookWiring.h"
#include "AuditTrailDialog.h"
#include "E911Wiring.h"
#include "LisWiring.h"
#include "MainWindow.h"
#include "WarningLabelDialog.h"
#include "report/ComplianceCsv.h"
#include "report/CompliancePdf.h"
#include "report/ComplianceReport.h"
#include "session/AppSession.h"
#include "store/Cache.h"

#include <QAction>
#include <QDateTime>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace {
void exportReport(MainWindow &window, AppSession &session)
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
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("compliance-%1-%2.pdf")
                          .arg(tenantId, QDate::currentDate().toString(Qt::ISODate)));
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        &window, MainWindow::tr("Export Compliance Report"), suggested,
        MainWindow::tr("PDF report (*.pdf);;CSV files (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    const bool csv = path.endsWith(QLatin1StringView(".csv"), Qt::CaseInsensitive) ||
                     filter.contains(QLatin1StringView("*.csv"));
    const bool written = csv ? compliancecsv::write(*report, path, &error)
                             : compliancepdf::write(*report, path, &error);
    if (!written) {
        QMessageBox::warning(&window, MainWindow::tr("Export Compliance Report"),
                             MainWindow::tr("The report could not be written: %1").arg(error));
        return;
    }
    window.statusBar()->showMessage(MainWindow::tr("Report saved to %1 (data as of the last "
                                                   "sync, %2 old).")
                                        .arg(QDir::toNativeSeparators(path), report->dataAgeText()),
                                    10000);
}
} // namespace

void connectSessionDialogs(MainWindow &window, AppSession &session)
{
    connectE911Dialogs(window, session);
    connectAddressBook(window, session);
    connectLisDialogs(window, session);
    QObject::connect(&window, &MainWindow::auditTrailRequested, &window, [&window, &session] {
        AuditTrailDialog dialog(&session, window.currentTenantId(), &window);
        dialog.exec();
    });
    QObject::connect(&window, &MainWindow::reportRequested, &window,
                     [&window, &session] { exportReport(window, session); });
    if (auto *labels = window.findChild<QAction *>(QStringLiteral("warningLabelsAction")))
        QObject::connect(labels, &QAction::triggered, &window, [&window, &session] {
            QString tenantName;
            for (const Tenant &tenant : session.cache()->tenants())
                if (tenant.id == window.currentTenantId())
                    tenantName = tenant.name;
            WarningLabelDialog dialog(tenantName, &window);
            dialog.exec();
        });
}
