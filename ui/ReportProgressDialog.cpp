#include "ReportProgressDialog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>

namespace {
// The dialog belongs to File > Export Compliance Report, whose words are the main window's.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
};

// What the worker shares with the dialog: how far it is, and whether Cancel was pressed.
struct WriteState
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> stop{false};
};

QString timeLeftText(double seconds)
{
    // Whole units, rounded up: an estimate from the pages so far is no more precise than that.
    const int whole = std::max(1, int(std::ceil(seconds)));
    if (whole < 60)
        return Text::tr("about %n second(s) left", nullptr, whole);
    return Text::tr("about %n minute(s) left", nullptr, (whole + 59) / 60);
}

// "Writing page 120 of 1,392…" and, once there is a pace to go by, the rate and time left.
QString progressText(qint64 done, qint64 total, qint64 elapsedMs, ReportUnit unit)
{
    const QLocale locale;
    const bool pages = unit == ReportUnit::Pages;
    QString text = (pages ? Text::tr("Writing page %1 of %2…") : Text::tr("Writing row %1 of %2…"))
                       .arg(locale.toString(done), locale.toString(total));
    if (done <= 0 || elapsedMs < 500)
        return text;
    const double perSecond = done * 1000.0 / double(elapsedMs);
    const QString rate = locale.toString(perSecond, 'f', perSecond < 10 ? 1 : 0);
    text += QLatin1Char('\n');
    text +=
        pages ? Text::tr("%1 pages a second").arg(rate) : Text::tr("%1 rows a second").arg(rate);
    text += QStringLiteral(" · ");
    text += timeLeftText(double(total - done) / perSecond);
    return text;
}
} // namespace

ReportWriteOutcome writeReportWithProgress(QWidget *parent, const ReportWriter &writer,
                                           ReportUnit unit)
{
    auto state = std::make_shared<WriteState>();
    auto outcome = std::make_shared<ReportWriteOutcome>();
    const ReportProgress progress([state](qsizetype done, qsizetype total) {
        state->done = done;
        state->total = total;
        return !state->stop.load();
    });
    QThread *worker = QThread::create([writer, progress, outcome] {
        outcome->written = writer(progress, &outcome->error);
        outcome->cancelled = progress.cancelled();
    });

    QProgressDialog dialog(Text::tr("Preparing the report…"), Text::tr("Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("reportProgressDialog"));
    dialog.setWindowTitle(Text::tr("Export Compliance Report"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300); // a small report is done before the dialog would flash
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [state, &dialog] {
        state->stop = true;
        dialog.setLabelText(Text::tr("Cancelling…"));
    });
    // The pace is measured from the first counted page or row: measuring the list comes before.
    QElapsedTimer sinceCounting;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [state, &dialog, &sinceCounting, unit] {
        const qint64 total = state->total;
        if (total <= 0 || state->stop)
            return;
        if (!sinceCounting.isValid())
            sinceCounting.start();
        const qint64 done = state->done;
        dialog.setMaximum(int(total));
        dialog.setValue(int(done));
        dialog.setLabelText(progressText(done, total, sinceCounting.elapsed(), unit));
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
