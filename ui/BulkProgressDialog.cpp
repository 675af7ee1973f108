// Bulk outbox job progress with cancel and the result list at the end.
#include "BulkProgressDialog.h"

#include "BulkResultDialog.h"
#include "store/BulkResult.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

BulkProgressDialog::BulkProgressDialog(Outbox &outbox, const QList<qint64> &entryIds,
                                       const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_outbox(outbox)
    , m_ids(entryIds)
    , m_heading(new QLabel(title, this))
    , m_bar(new QProgressBar(this))
    , m_count(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_timeLeft(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("bulkProgressDialog"));
    setWindowTitle(tr("Bulk Change"));
    for (const qint64 id : entryIds) {
        if (const std::optional<OutboxEntry> e = outbox.entry(id)) {
            const QStringList numbers = outbox::bulkNumbers(e->body);
            // A single-number PUT has no list in its body: its target is the number.
            m_batchNumbers.insert(id, numbers.isEmpty() ? QStringList{e->target} : numbers);
            m_batchSizes.insert(id, int(m_batchNumbers.value(id).size()));
        }
    }

    auto *layout = new QVBoxLayout(this);
    m_heading->setObjectName(QStringLiteral("progressHeading"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setAccessibleName(tr("Numbers answered"));
    m_bar->setTextVisible(true);
    layout->addWidget(m_bar);
    for (QLabel *label : {m_count, m_rate, m_timeLeft, m_status}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    m_count->setObjectName(QStringLiteral("progressCount"));
    m_rate->setObjectName(QStringLiteral("progressRate"));
    m_timeLeft->setObjectName(QStringLiteral("progressTimeLeft"));
    m_status->setObjectName(QStringLiteral("progressStatus"));
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(tr("&Cancel Remaining"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel remaining batches"));
    m_cancel->setAccessibleDescription(
        tr("Removes the batches not sent yet from the outbox; batches already sent are kept."));
    m_cancel->setAutoDefault(false);
    m_showResults = buttons->addButton(tr("Show &Results…"), QDialogButtonBox::ActionRole);
    m_showResults->setObjectName(QStringLiteral("showResultsButton"));
    m_showResults->setAccessibleName(tr("Show the result per number"));
    m_showResults->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setAccessibleDescription(
        tr("Closes this window; the batches keep going through the outbox."));
    m_close->setAutoDefault(false);
    // The buttons have their own roles: Escape must not cancel bulk work behind the user's back.
    connect(m_cancel, &QPushButton::clicked, this, &BulkProgressDialog::cancelJob);
    connect(m_showResults, &QPushButton::clicked, this, &BulkProgressDialog::showResults);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    layout->addWidget(buttons);
    setTabOrder(m_cancel, m_showResults);
    setTabOrder(m_showResults, m_close);

    connect(&m_outbox, &Outbox::entryChanged, this, [this](qint64 id) {
        if (m_batchSizes.contains(id))
            refresh();
    });
    // Rate and time left move with the clock, not only when a batch is answered.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &BulkProgressDialog::refresh);
    m_tick.start();
    m_clock.start();
    refresh();
    resize(480, 220);
}

void BulkProgressDialog::refresh()
{
    QList<OutboxEntry> present;
    for (const qint64 id : std::as_const(m_ids))
        if (std::optional<OutboxEntry> e = m_outbox.entry(id))
            present.append(*e);
    m_tally = bulkTally(m_batchSizes, present);
    const QLocale locale;
    const int goal = m_tally.total - m_tally.cancelled;
    m_bar->setRange(0, std::max(goal, 1));
    m_bar->setValue(goal == 0 ? 1 : m_tally.answered);
    m_bar->setFormat(tr("%1 of %2").arg(locale.toString(m_tally.answered), locale.toString(goal)));
    QString count = tr("%1 of %Ln numbers answered by the server.", nullptr, goal)
                        .arg(locale.toString(m_tally.answered));
    if (m_tally.failed > 0)
        count += QLatin1Char(' ') +
                 tr("%1 refused as a whole batch.").arg(locale.toString(m_tally.failed));
    m_count->setText(count);

    const BulkRate rate = bulkRate(m_tally.answered, m_tally.open, m_clock.elapsed());
    m_rate->setText(rate.numbersPerSecond > 0
                        ? tr("Rate: %1 numbers per second.")
                              .arg(locale.toString(rate.numbersPerSecond, 'f',
                                                   rate.numbersPerSecond < 10 ? 1 : 0))
                        : tr("Rate: measuring…"));
    m_timeLeft->setText(m_tally.finished() ? tr("Time left: none.")
                        : rate.secondsLeft
                            ? tr("Time left: %1.").arg(timeLeftText(*rate.secondsLeft))
                            : tr("Time left: not known yet."));

    if (m_cancelled)
        m_status->setText(QString(
            tr("Cancelled: %Ln numbers were not sent and are no longer in the outbox.", nullptr,
               m_tally.cancelled) +
            u' ' +
            tr("%Ln numbers already sent are kept.", nullptr, m_tally.answered + m_tally.open)));
    else if (m_tally.finished())
        m_status->setText(tr("Finished."));
    else
        m_status->setText(tr("Sending through the outbox. You can close this window; the work "
                             "goes on."));

    if (m_tally.finished() && !m_done) {
        m_done = true;
        m_tick.stop();
        m_cancel->setEnabled(false);
        m_showResults->setEnabled(true);
        m_showResults->setDefault(true);
        m_showResults->setFocus();
        emit jobFinished();
    }
}

QString BulkProgressDialog::timeLeftText(qint64 seconds) const
{
    // Whole units, rounded up: an estimate from a few batches is no more precise than that.
    if (seconds < 60)
        return tr("about %Ln seconds", nullptr, int(std::max<qint64>(seconds, 1)));
    if (seconds < 3600)
        return tr("about %Ln minutes", nullptr, seconds < 120 ? 1 : int((seconds + 59) / 60));
    return tr("about %Ln hours", nullptr, seconds < 7200 ? 1 : int((seconds + 3599) / 3600));
}

void BulkProgressDialog::cancelJob()
{
    m_cancelled = true;
    m_outbox.cancelQueued(m_ids);
    m_cancel->setEnabled(false);
    refresh();
}

void BulkProgressDialog::showResults()
{
    QList<OutboxEntry> present;
    for (const qint64 id : std::as_const(m_ids))
        if (std::optional<OutboxEntry> e = m_outbox.entry(id))
            present.append(*e);
    QList<BulkResultRow> rows = bulkResultRows(present);
    // Cancelled numbers belong in the list (and the CSV) too: nothing was done for them.
    for (const qint64 id : std::as_const(m_ids)) {
        if (m_outbox.entry(id))
            continue;
        for (const QString &n : m_batchNumbers.value(id))
            rows.append({n, BulkResultRow::Outcome::Cancelled,
                         tr("Not sent: the job was cancelled before this batch went out")});
    }
    if (!m_results) {
        m_results = new BulkResultDialog(rows, this);
        m_results->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_results->setRows(rows);
    }
    m_results->open();
}
