// The progress dialog of File > Export Compliance Report around the real PDF writer: left alone
// it writes the file; Cancel in the dialog stops the writer mid-report and no file (nor a
// temporary one) is left. The writer is held at page 3 until Cancel, so however fast it is the
// click lands mid-report. With DISPATCHABLE_SCREENSHOT_DIR set, the dialog is saved there as
// report-progress.png.
#include "ReportProgressDialog.h"
#include "report/CompliancePdf.h"
#include "report/ComplianceReport.h"

#include <QDir>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>

namespace {
NonCompliantNumber syntheticNumber(int i)
{
    NonCompliantNumber n;
    n.number = QStringLiteral("+1206555%1").arg(i, 4, 10, QLatin1Char('0'));
    n.nationalFormat = QStringLiteral("(206) 555-%1").arg(i, 4, 10, QLatin1Char('0'));
    n.userName = QStringLiteral("User %1").arg(i);
    n.usage = DidUsage::User;
    n.country = QStringLiteral("US");
    n.state = E911State::Failed;
    n.stateSince = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    n.addressLine = QStringLiteral("1 MICROSOFT WAY, FL 3, REDMOND WA");
    n.reasons = NonCompliance::RegistrationFailed;
    return n;
}

ComplianceReport syntheticReport(int numbers)
{
    ComplianceReport report;
    report.summary.tenantId = QStringLiteral("t-1");
    report.summary.tenantName = QStringLiteral("Contoso");
    report.summary.numbers = numbers;
    report.summary.failed = numbers;
    report.summary.nonCompliant = numbers;
    report.generatedAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < numbers; ++i)
        report.numbers.append(syntheticNumber(i));
    return report;
}
} // namespace

class TestReportProgressDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void leftAloneItWritesTheReport();
    void cancelStopsTheWriterMidReportAndLeavesNoFile();

private:
    QTemporaryDir m_dir;
    QWidget m_window;
};

void TestReportProgressDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_window.resize(800, 600);
    m_window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_window));
}

void TestReportProgressDialog::leftAloneItWritesTheReport()
{
    const ComplianceReport report = syntheticReport(200);
    const QString path = m_dir.filePath(QStringLiteral("whole.pdf"));
    qsizetype lastDone = 0;
    qsizetype lastTotal = 0;
    const ReportWriter writer = [&](const ReportProgress &progress, QString *error) {
        const ReportProgress counting([&](qsizetype done, qsizetype total) {
            lastDone = done;
            lastTotal = total;
            return progress.step(done, total);
        });
        return compliancepdf::write(report, path, error, counting);
    };
    const ReportWriteOutcome outcome =
        writeReportWithProgress(&m_window, writer, ReportUnit::Pages);
    QVERIFY2(outcome.written, qPrintable(outcome.error));
    QVERIFY(!outcome.cancelled);
    QVERIFY(QFileInfo(path).size() > 0);
    QVERIFY(lastTotal > 1);
    QCOMPARE(lastDone, lastTotal);
}

void TestReportProgressDialog::cancelStopsTheWriterMidReportAndLeavesNoFile()
{
    const ComplianceReport report = syntheticReport(3000);
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    qsizetype stoppedAt = 0;
    const ReportWriter writer = [&](const ReportProgress &progress, QString *error) {
        const ReportProgress heldAtPageThree([&](qsizetype done, qsizetype total) {
            // Waits for Cancel (a minute at most: then the test fails on its checks).
            for (int i = 0; total > 0 && done >= 3 && i < 12000 && progress.step(done, total); ++i)
                QThread::msleep(5);
            stoppedAt = done;
            return progress.step(done, total);
        });
        return compliancepdf::write(report, path, error, heldAtPageThree);
    };

    QString labelSeen;
    QTimer clicker;
    clicker.callOnTimeout([&] {
        auto *dialog =
            m_window.findChild<QProgressDialog *>(QStringLiteral("reportProgressDialog"));
        // The pace and time left show half a second into the count: wait for them.
        if (!dialog || !dialog->isVisible() ||
            !dialog->labelText().contains(QStringLiteral("left")))
            return;
        clicker.stop();
        labelSeen = dialog->labelText();
        if (const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(QDir(dir).filePath(QStringLiteral("report-progress.png")));
        auto *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    clicker.start(20);
    const ReportWriteOutcome outcome =
        writeReportWithProgress(&m_window, writer, ReportUnit::Pages);
    clicker.stop();

    QVERIFY2(labelSeen.contains(QStringLiteral("Writing page 3 of ")), qPrintable(labelSeen));
    QVERIFY2(labelSeen.contains(QStringLiteral("pages a second")), qPrintable(labelSeen));
    QVERIFY(outcome.cancelled);
    QVERIFY(!outcome.written);
    QVERIFY2(outcome.error.contains(QStringLiteral("Cancelled")), qPrintable(outcome.error));
    QCOMPARE(stoppedAt, qsizetype(3));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(
        QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden),
        QStringList());
}

QTEST_MAIN(TestReportProgressDialog)
#include "tst_report_progress_dialog.moc"
