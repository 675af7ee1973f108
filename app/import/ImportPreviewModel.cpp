// Table rows of an import's dry run.
#include "import/ImportPreviewModel.h"

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::setPlan(const csvimport::ImportPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    rebuildRows();
    endResetModel();
}

void ImportPreviewModel::setProblemsOnly(bool problemsOnly)
{
    if (problemsOnly == m_problemsOnly)
        return;
    beginResetModel();
    m_problemsOnly = problemsOnly;
    rebuildRows();
    endResetModel();
}

void ImportPreviewModel::rebuildRows()
{
    m_rows.clear();
    for (int i = 0; i < m_plan.rows.size(); ++i)
        if (!m_problemsOnly || m_plan.rows.at(i).action == csvimport::RowAction::Refused)
            m_rows.append(i);
}

const csvimport::PlannedRow &ImportPreviewModel::plannedRow(int row) const
{
    return m_plan.rows.at(m_rows.at(row));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::actionText(csvimport::RowAction action)
{
    switch (action) {
    case csvimport::RowAction::Register:
        return tr("✔ Register");
    case csvimport::RowAction::Move:
        return tr("➜ Move here");
    case csvimport::RowAction::NoChange:
        return tr("= No change");
    case csvimport::RowAction::Skip:
        return tr("– Skipped");
    case csvimport::RowAction::Refused:
        return tr("✖ Problem");
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const csvimport::PlannedRow &row = plannedRow(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case RowColumn:
            return row.record;
        case NumberColumn:
            return row.e164;
        case ActionColumn:
            return actionText(row.action);
        case DetailColumn:
            return row.detail;
        }
    }
    if (role == Qt::AccessibleTextRole && index.column() == ActionColumn)
        return QString(actionText(row.action) + QStringLiteral(": ") + row.detail);
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case NumberColumn:
        return tr("Number");
    case ActionColumn:
        return tr("Action");
    case DetailColumn:
        return tr("Address or problem");
    }
    return {};
}
