// The end of bulk E911 work: one line per number (done, failed with the reason, or still
// waiting), with counts, exportable to CSV for the ticket or the customer.
#pragma once

#include "store/BulkResult.h"

#include <QDialog>

class QLabel;
class QTableWidget;

class BulkResultDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BulkResultDialog(const QList<BulkResultRow> &rows, QWidget *parent = nullptr);

    void setRows(const QList<BulkResultRow> &rows);
    // Writes the CSV; false with `error` set when the file cannot be written.
    bool exportTo(const QString &path, QString *error) const;

private:
    void exportCsv();

    QList<BulkResultRow> m_rows;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_exportState;
};
