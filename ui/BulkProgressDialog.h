// The progress of bulk work going through the outbox (a list of batch entries of up to 1,000
// numbers each): numbers answered of the total, rate, time left and Cancel. Cancelling removes
// the batches still waiting in the outbox; batches already sent are left alone and their answers
// still arrive. At the end it offers the per-number result list (BulkResultDialog, CSV export).
#pragma once

#include "store/BulkProgress.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QMap>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class BulkResultDialog;
class Outbox;
class QLabel;
class QProgressBar;
class QPushButton;

class BulkProgressDialog : public QDialog
{
    Q_OBJECT
public:
    // `outbox` must outlive the dialog; `entryIds` are the job's batches as just queued.
    BulkProgressDialog(Outbox &outbox, const QList<qint64> &entryIds, const QString &title,
                       QWidget *parent = nullptr);

    BulkTally tally() const { return m_tally; }
    // The result list, once opened (for tests and the window that owns the job).
    BulkResultDialog *resultDialog() const { return m_results; }

signals:
    void jobFinished();

private:
    void refresh();
    void cancelJob();
    void showResults();
    QString timeLeftText(qint64 seconds) const;

    Outbox &m_outbox;
    QList<qint64> m_ids;
    QMap<qint64, int> m_batchSizes;
    QMap<qint64, QStringList> m_batchNumbers; // to list cancelled numbers in the results
    BulkTally m_tally;
    bool m_cancelled = false;
    bool m_done = false;
    QElapsedTimer m_clock;
    QTimer m_tick;
    QLabel *m_heading;
    QProgressBar *m_bar;
    QLabel *m_count;
    QLabel *m_rate;
    QLabel *m_timeLeft;
    QLabel *m_status;
    QPushButton *m_cancel;
    QPushButton *m_showResults;
    QPushButton *m_close;
    QPointer<BulkResultDialog> m_results;
};
