// One kind's rows of the Teams comparison for a table: what it is, where it is (only in Teams,
// only in Dispatchable, different, equal, to confirm) and which Teams columns differ. Equal rows
// can be hidden, so a large tenant shows only what needs a look.
#pragma once

#include "teams/TeamsComparison.h"

#include <QAbstractTableModel>

class TeamsComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SideColumn, ObjectColumn, DifferencesColumn, NoteColumn, ColumnCount };

    explicit TeamsComparisonModel(TeamsObjectKind kind, QObject *parent = nullptr);

    TeamsObjectKind kind() const { return m_kind; }
    // Keeps the rows of this model's kind.
    void setRows(const QList<TeamsComparisonRow> &rows);
    void setShowEqual(bool show);
    bool showsEqual() const { return m_showEqual; }
    // All rows of the kind, shown or not.
    const QList<TeamsComparisonRow> &allRows() const { return m_all; }
    const TeamsComparisonRow &rowAt(int row) const { return m_all.at(m_shown.at(row)); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "≠ In both, different": the side with a mark that does not rely on colour.
    static QString sideText(TeamsSide side);

private:
    void refilter();

    TeamsObjectKind m_kind;
    bool m_showEqual = false;
    QList<TeamsComparisonRow> m_all;
    QList<int> m_shown; // indexes into m_all
};
