#include "models/TeamsComparisonModel.h"

#include "teams/TeamsAutomationRow.h"

TeamsComparisonModel::TeamsComparisonModel(TeamsObjectKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

void TeamsComparisonModel::setRows(const QList<TeamsComparisonRow> &rows)
{
    beginResetModel();
    m_all.clear();
    for (const TeamsComparisonRow &row : rows) {
        if (row.kind == m_kind)
            m_all.append(row);
    }
    refilter();
    endResetModel();
}

void TeamsComparisonModel::setShowEqual(bool show)
{
    if (show == m_showEqual)
        return;
    beginResetModel();
    m_showEqual = show;
    refilter();
    endResetModel();
}

void TeamsComparisonModel::refilter()
{
    m_shown.clear();
    for (int i = 0; i < int(m_all.size()); ++i) {
        if (m_showEqual || m_all.at(i).side != TeamsSide::Equal)
            m_shown.append(i);
    }
}

int TeamsComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int TeamsComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TeamsComparisonModel::sideText(TeamsSide side)
{
    switch (side) {
    case TeamsSide::OnlyInTeams:
        return QStringLiteral("← ") + teamsSideName(side);
    case TeamsSide::OnlyInDispatchable:
        return QStringLiteral("→ ") + teamsSideName(side);
    case TeamsSide::Different:
        return QStringLiteral("≠ ") + teamsSideName(side);
    case TeamsSide::Equal:
        return QStringLiteral("= ") + teamsSideName(side);
    case TeamsSide::Ambiguous:
        return QStringLiteral("? ") + teamsSideName(side);
    }
    return {};
}

QVariant TeamsComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const TeamsComparisonRow &row = rowAt(index.row());
    if (role == Qt::ToolTipRole) {
        QStringList lines{row.label};
        if (teams::isWithoutTeamsId(row.teamsId))
            lines.append(tr("From the TeamsE911Automation export, which has no Teams ids"));
        else if (!row.teamsId.isEmpty())
            lines.append(tr("In Teams: %1").arg(row.teamsId));
        if (!row.candidates.isEmpty())
            lines.append(tr("May be: %1").arg(row.candidates.join(QStringLiteral(", "))));
        if (!row.note.isEmpty())
            lines.append(row.note);
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case SideColumn:
        return sideText(row.side);
    case ObjectColumn:
        return row.label;
    case DifferencesColumn:
        return row.differences.join(QStringLiteral(", "));
    case NoteColumn:
        return row.note;
    }
    return {};
}

QVariant TeamsComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SideColumn:
        return tr("Where");
    case ObjectColumn:
        return teamsObjectKindName(m_kind);
    case DifferencesColumn:
        return tr("Differs in");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}
