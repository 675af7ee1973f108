// Per-number results with CSV export.
#include "BulkResultDialog.h"

#include "DialogAnswerHook.h"
#include "domain/Did.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString outcomeWords(BulkResultRow::Outcome outcome)
{
    switch (outcome) {
    case BulkResultRow::Outcome::Done:
        return BulkResultDialog::tr("✓ Done");
    case BulkResultRow::Outcome::Failed:
        return BulkResultDialog::tr("✖ Failed");
    case BulkResultRow::Outcome::Cancelled:
        return BulkResultDialog::tr("⊘ Cancelled");
    case BulkResultRow::Outcome::Waiting:
        break;
    }
    return BulkResultDialog::tr("◐ Waiting");
}
} // namespace

BulkResultDialog::BulkResultDialog(const QList<BulkResultRow> &rows, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_exportState(new QLabel(this))
{
    setObjectName(QStringLiteral("bulkResultDialog"));
    setWindowTitle(tr("Results"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("resultSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table->setObjectName(QStringLiteral("resultTable"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->setAccessibleName(tr("Result per number"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Result"), tr("Reason")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);
    m_exportState->setObjectName(QStringLiteral("exportState"));
    m_exportState->setWordWrap(true);
    layout->addWidget(m_exportState);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *exportButton = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    exportButton->setAccessibleName(tr("Export CSV"));
    exportButton->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(exportButton, &QPushButton::clicked, this, &BulkResultDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setRows(rows);
    m_table->setFocus();
    resize(680, 520);
}

void BulkResultDialog::setRows(const QList<BulkResultRow> &rows)
{
    m_rows = rows;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(rows.size()));
    int done = 0;
    int failed = 0;
    int cancelled = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const BulkResultRow &r = rows.at(i);
        done += r.outcome == BulkResultRow::Outcome::Done;
        failed += r.outcome == BulkResultRow::Outcome::Failed;
        cancelled += r.outcome == BulkResultRow::Outcome::Cancelled;
        const QString national = Did::formatNational(r.number);
        auto *number = new QTableWidgetItem(national.isEmpty() ? r.number : national);
        number->setToolTip(r.number);
        m_table->setItem(i, 0, number);
        m_table->setItem(i, 1, new QTableWidgetItem(outcomeWords(r.outcome)));
        m_table->setItem(i, 2, new QTableWidgetItem(r.detail));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    const int waiting = int(rows.size()) - done - failed - cancelled;
    QString summary =
        tr("%Ln numbers: %1 done, %2 failed, %3 still waiting.", nullptr, int(rows.size()))
            .arg(done)
            .arg(failed)
            .arg(waiting);
    if (cancelled > 0)
        summary += QLatin1Char(' ') + tr("%Ln not sent (cancelled).", nullptr, cancelled);
    m_summary->setText(summary);
}

bool BulkResultDialog::exportTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bulkResultCsv(m_rows)) < 0 ||
        !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void BulkResultDialog::exportCsv()
{
    const QString path = dialoghook::getSaveFileName(
        this, tr("Export Results"), QDir::home().filePath(QStringLiteral("e911-results.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error))
        m_exportState->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    else
        m_exportState->setText(tr("Could not save %1: %2").arg(path, error));
}
