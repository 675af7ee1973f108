// The dry run of a network map import as a table: per row of the file, what applying it does
// (create, already there, new place, skipped, refused) and where, or every reason it is refused,
// with the warnings that do not block it. Strings are made once per plan; "problems only" keeps
// an index list, so a 10,000-row file previews without building items.
#pragma once

#include "lis/NetworkImportPlan.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

class NetworkImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RowColumn,
        ActionColumn,
        ElementColumn,
        DetailColumn,
        WarningsColumn,
        ColumnCount
    };

    explicit NetworkImportPreviewModel(QObject *parent = nullptr);

    void setPlan(const csvimport::NetworkImportPlan &plan);
    void setProblemsOnly(bool problemsOnly);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "✚ Create", "= Already there", "✚ New place", "– Skip", "✖ Refused".
    static QString actionText(csvimport::NetworkRowAction action);

private:
    struct Row
    {
        bool refused = false;
        QString text[ColumnCount];
    };
    void rebuildVisible();

    QList<Row> m_rows;
    QList<int> m_visible;
    bool m_problemsOnly = false;
};
