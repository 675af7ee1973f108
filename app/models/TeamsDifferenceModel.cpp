#include "models/TeamsDifferenceModel.h"

#include "teams/TeamsDifferenceScript.h"

TeamsDifferenceModel::TeamsDifferenceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TeamsDifferenceModel::setPlan(const TeamsDifferencePlan &plan)
{
    beginResetModel();
    m_rows.clear();
    m_steps = int(plan.steps.size());
    for (int i = 0; i < m_steps; ++i) {
        const TeamsDifferenceStep &step = plan.steps.at(i);
        m_rows.append({QString::number(i + 1), teamsObjectKindName(step.kind), step.label,
                       teamsStepCommand(plan, i), step.reason});
    }
    for (const TeamsPlanNote &note : plan.notes) {
        // A mark that does not rely on colour: nothing runs for these rows.
        m_rows.append({QStringLiteral("— ") + teamsNoteReasonName(note.why),
                       note.kind ? teamsObjectKindName(*note.kind) : QString(), note.label,
                       tr("(no cmdlet)"), note.reason});
    }
    endResetModel();
}

int TeamsDifferenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TeamsDifferenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamsDifferenceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const QString &text = m_rows.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: // commands and reasons are long: the whole text on hover
        return text;
    case Qt::TextAlignmentRole:
        return index.column() == StepColumn && index.row() < m_steps
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    default:
        return {};
    }
}

QVariant TeamsDifferenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StepColumn:
        return tr("Step");
    case KindColumn:
        return tr("Kind");
    case ObjectColumn:
        return tr("Object");
    case CommandColumn:
        return tr("Cmdlet");
    case ReasonColumn:
        return tr("Why");
    }
    return {};
}
