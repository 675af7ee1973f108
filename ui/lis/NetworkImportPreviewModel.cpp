// The network import's dry run, row by row.
#include "NetworkImportPreviewModel.h"

#include "models/NetworkMapSnapshot.h"

using csvimport::NetworkRowAction;

NetworkImportPreviewModel::NetworkImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString NetworkImportPreviewModel::actionText(NetworkRowAction action)
{
    switch (action) {
    case NetworkRowAction::Create:
        return tr("✚ Create");
    case NetworkRowAction::NoChange:
        return tr("= Already there");
    case NetworkRowAction::CreatePlace:
        return tr("✚ Create with new place");
    case NetworkRowAction::Skip:
        return tr("– Skip");
    case NetworkRowAction::Refused:
        return tr("✖ Refused");
    }
    return {};
}

void NetworkImportPreviewModel::setPlan(const csvimport::NetworkImportPlan &plan)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(plan.rows.size());
    for (const csvimport::PlannedNetworkRow &r : plan.rows) {
        Row row;
        row.refused = r.action == NetworkRowAction::Refused;
        row.text[RowColumn] = QString::number(r.record);
        row.text[ActionColumn] = actionText(r.action);
        const QString id = r.element.identifier();
        row.text[ElementColumn] =
            id.isEmpty() ? QString() : tr("%1 %2").arg(networkElementKindText(r.element.kind), id);
        row.text[DetailColumn] = row.refused ? r.reasons.join(QLatin1Char(' ')) : r.detail;
        row.text[WarningsColumn] =
            r.warnings.isEmpty()
                ? QString()
                : QString(QStringLiteral("⚠ ") + r.warnings.join(QStringLiteral(" ⚠ ")));
        m_rows.append(std::move(row));
    }
    rebuildVisible();
    endResetModel();
}

void NetworkImportPreviewModel::setProblemsOnly(bool problemsOnly)
{
    beginResetModel();
    m_problemsOnly = problemsOnly;
    rebuildVisible();
    endResetModel();
}

void NetworkImportPreviewModel::rebuildVisible()
{
    m_visible.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        if (!m_problemsOnly || m_rows.at(i).refused)
            m_visible.append(i);
}

int NetworkImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int NetworkImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetworkImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const Row &row = m_rows.at(m_visible.at(index.row()));
    if (role == Qt::DisplayRole || (role == Qt::ToolTipRole && index.column() >= DetailColumn))
        return row.text[index.column()];
    return {};
}

QVariant NetworkImportPreviewModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case ActionColumn:
        return tr("What applying does");
    case ElementColumn:
        return tr("Element");
    case DetailColumn:
        return tr("Where, or why not");
    case WarningsColumn:
        return tr("Warnings");
    default:
        return {};
    }
}
