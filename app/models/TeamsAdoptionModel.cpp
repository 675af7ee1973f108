#include "models/TeamsAdoptionModel.h"

#include "domain/AddressLine.h"

TeamsAdoptionModel::TeamsAdoptionModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TeamsAdoptionModel::setCandidates(const QList<TeamsComparisonRow> &rows,
                                       const QList<bool> &checked)
{
    beginResetModel();
    m_candidates = rows;
    m_checked = checked;
    m_checked.resize(rows.size(), false);
    m_plan.clear();
    endResetModel();
}

QList<TeamsComparisonRow> TeamsAdoptionModel::chosen() const
{
    QList<TeamsComparisonRow> rows;
    for (int i = 0; i < int(m_candidates.size()); ++i) {
        if (m_checked.at(i))
            rows.append(m_candidates.at(i));
    }
    return rows;
}

void TeamsAdoptionModel::setChecked(int row, bool checked)
{
    if (row < 0 || row >= int(m_checked.size()) || m_run || m_checked.at(row) == checked)
        return;
    m_checked[row] = checked;
    emit dataChanged(index(row, ObjectColumn), index(row, ObjectColumn), {Qt::CheckStateRole});
    emit chosenChanged();
}

void TeamsAdoptionModel::setAllChecked(bool checked)
{
    if (m_run || m_candidates.isEmpty())
        return;
    m_checked.fill(checked);
    emit dataChanged(index(0, ObjectColumn), index(rowCount() - 1, ObjectColumn),
                     {Qt::CheckStateRole});
    emit chosenChanged();
}

void TeamsAdoptionModel::setPlan(const QList<TeamsAdoption> &plan)
{
    m_plan = plan;
    if (!m_candidates.isEmpty())
        emit dataChanged(index(0, BecomesColumn), index(rowCount() - 1, ResultColumn));
}

void TeamsAdoptionModel::setRun(TeamsAdoptionRun *run)
{
    beginResetModel();
    m_run = run;
    if (run) {
        m_plan = run->plan();
        connect(run, &TeamsAdoptionRun::rowsChanged, this, [this] {
            emit dataChanged(index(0, ResultColumn), index(rowCount() - 1, ResultColumn));
        });
    }
    endResetModel();
}

int TeamsAdoptionModel::planIndexOf(int row) const
{
    const TeamsComparisonRow &candidate = m_candidates.at(row);
    if (!m_checked.at(row))
        return -1;
    for (int i = 0; i < int(m_plan.size()); ++i) {
        if (m_plan.at(i).kind == candidate.kind && m_plan.at(i).teamsId == candidate.teamsId)
            return i;
    }
    return -1;
}

int TeamsAdoptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int TeamsAdoptionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TeamsAdoptionModel::kindText(TeamsObjectKind kind)
{
    switch (kind) {
    case TeamsObjectKind::Address:
        return tr("Address");
    case TeamsObjectKind::Place:
        return tr("Place");
    case TeamsObjectKind::Subnet:
        return tr("Subnet");
    case TeamsObjectKind::AccessPoint:
        return tr("Access point");
    case TeamsObjectKind::Switch:
        return tr("Switch");
    case TeamsObjectKind::Port:
        return tr("Port");
    case TeamsObjectKind::TrustedIp:
        return tr("Trusted IP");
    case TeamsObjectKind::Policy:
    case TeamsObjectKind::Routing:
    case TeamsObjectKind::Number:
        break; // never adopted
    }
    return teamsObjectKindName(kind);
}

QString TeamsAdoptionModel::dryRunText(const TeamsAdoption &adoption)
{
    QStringList parts;
    switch (adoption.action) {
    case TeamsAdoptAction::Create:
        parts.append(tr("Created, with its Teams id"));
        break;
    case TeamsAdoptAction::CreateAfter:
        parts.append(adoption.kind == TeamsObjectKind::Place
                         ? tr("Created after its address, with its Teams id")
                         : tr("Created after its place"));
        break;
    case TeamsAdoptAction::Refused:
        parts.append(tr("✖ Not adopted: %1").arg(adoption.reasons.join(QLatin1Char(' '))));
        break;
    }
    // A row that is not adopted needs no advice on how it would have been.
    if (adoption.isSent()) {
        for (const QString &warning : adoption.warnings)
            parts.append(tr("⚠ %1").arg(warning));
    }
    return parts.join(QLatin1Char(' '));
}

QString TeamsAdoptionModel::becomesText(const TeamsAdoption &adoption)
{
    switch (adoption.kind) {
    case TeamsObjectKind::Address:
        return civicAddressLine(adoption.address.civic);
    case TeamsObjectKind::Place: {
        QStringList parts;
        if (!adoption.place.building.isEmpty())
            parts.append(tr("Building: %1").arg(adoption.place.building));
        if (!adoption.place.floor.isEmpty())
            parts.append(tr("Floor: %1").arg(adoption.place.floor));
        if (!adoption.place.room.isEmpty())
            parts.append(tr("Room or wing: %1").arg(adoption.place.room));
        if (!adoption.parentLabel.isEmpty())
            parts.append(tr("at %1").arg(adoption.parentLabel));
        return parts.join(QStringLiteral(" · "));
    }
    default:
        return adoption.parentLabel.isEmpty()
                   ? adoption.element.identifier()
                   : tr("%1 · in %2").arg(adoption.element.identifier(), adoption.parentLabel);
    }
}

QVariant TeamsAdoptionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const TeamsComparisonRow &row = m_candidates.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == ObjectColumn)
        return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    const int planIndex = planIndexOf(index.row());
    const TeamsAdoption *adoption = planIndex >= 0 ? &m_plan.at(planIndex) : nullptr;
    switch (index.column()) {
    case ObjectColumn:
        return row.label;
    case KindColumn:
        return kindText(row.kind);
    case BecomesColumn:
        return adoption ? becomesText(*adoption) : QString();
    case DryRunColumn:
        return adoption ? dryRunText(*adoption) : QString();
    case ResultColumn:
        if (!m_run || planIndex < 0 || planIndex >= int(m_run->rows().size()))
            return {};
        return TeamsAdoptionRun::stateText(m_run->rows().at(planIndex));
    }
    return {};
}

bool TeamsAdoptionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != ObjectColumn || m_run)
        return false;
    setChecked(index.row(), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags TeamsAdoptionModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ObjectColumn && !m_run)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant TeamsAdoptionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ObjectColumn:
        return tr("Only in Teams");
    case KindColumn:
        return tr("Kind");
    case BecomesColumn:
        return tr("In Dispatchable");
    case DryRunColumn:
        return tr("Dry run");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}
