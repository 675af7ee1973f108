// The preview of the difference script for a table: every step, numbered in the order the script
// runs it, with what it changes, the cmdlet exactly as the script runs it and the reason; then
// what the script does not change, each with why (left in Teams, confirm first, not by script,
// left out). Display strings are made once, when the plan is set.
#pragma once

#include "teams/TeamsDifferencePlan.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

class TeamsDifferenceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StepColumn, KindColumn, ObjectColumn, CommandColumn, ReasonColumn, ColumnCount };

    explicit TeamsDifferenceModel(QObject *parent = nullptr);

    void setPlan(const TeamsDifferencePlan &plan);
    // Rows 0 .. stepCount() - 1 are the steps; the notes follow.
    int stepCount() const { return m_steps; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<QStringList> m_rows; // a display string per column
    int m_steps = 0;
};
