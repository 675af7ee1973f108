// The dry run of an import as a table: one line per data row with its number, what applying it
// does and the address or the problems. A model rather than a table widget, so a file of 100,000
// rows previews without building 400,000 items.
#pragma once

#include "import/NumberImportPlan.h"

#include <QAbstractTableModel>

class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RowColumn, NumberColumn, ActionColumn, DetailColumn, ColumnCount };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPlan(const csvimport::ImportPlan &plan);
    // Only the rows that will not be applied because of a problem.
    void setProblemsOnly(bool problemsOnly);
    const csvimport::PlannedRow &plannedRow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "✔ Register", "✖ Problem"…: the words carry the meaning, the mark only helps the eye.
    static QString actionText(csvimport::RowAction action);

private:
    void rebuildRows();

    csvimport::ImportPlan m_plan;
    QList<int> m_rows; // indexes into m_plan.rows that are shown
    bool m_problemsOnly = false;
};
