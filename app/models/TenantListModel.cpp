#include "TenantListModel.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace {
qint64 countFor(const Tenant &tenant, int column)
{
    switch (column) {
    case TenantListModel::TotalColumn:
        return tenant.counts.total;
    case TenantListModel::RegisteredColumn:
        return tenant.counts.registered;
    case TenantListModel::PendingColumn:
        return tenant.counts.pending;
    case TenantListModel::FailedColumn:
        return tenant.counts.failed;
    case TenantListModel::BasicColumn:
        return tenant.counts.basic;
    default:
        return 0;
    }
}

bool isCountColumn(int column)
{
    return column >= TenantListModel::TotalColumn && column <= TenantListModel::BasicColumn;
}
} // namespace

TenantListModel::TenantListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString TenantListModel::serviceTypeText(ServiceType type)
{
    switch (type) {
    case ServiceType::DirectRouting:
        return tr("Direct Routing");
    case ServiceType::OperatorConnect:
        return tr("Operator Connect");
    }
    return {};
}

TenantListModel::Row TenantListModel::makeRow(const Tenant &tenant)
{
    const QLocale locale;
    Row row{tenant, {}};
    row.display[NameColumn] = tenant.name;
    row.display[ServiceTypeColumn] = serviceTypeText(tenant.serviceType);
    for (int column = TotalColumn; column <= BasicColumn; ++column)
        row.display[column] = locale.toString(countFor(tenant, column));
    return row;
}

void TenantListModel::setTenants(const QList<Tenant> &tenants)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(tenants.size());
    for (const Tenant &tenant : tenants)
        m_rows.append(makeRow(tenant));
    sortRows();
    endResetModel();
}

int TenantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TenantListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TenantListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.display[column];
    case Qt::TextAlignmentRole:
        return isCountColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case TenantIdRole:
        return row.tenant.id;
    case SortRole:
        return isCountColumn(column) ? QVariant(countFor(row.tenant, column))
                                     : QVariant(row.display[column]);
    default:
        return {};
    }
}

QVariant TenantListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return isCountColumn(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case NameColumn:
        return tr("Tenant");
    case ServiceTypeColumn:
        return tr("Service");
    case TotalColumn:
        return tip ? tr("All numbers of the tenant") : tr("Numbers");
    case RegisteredColumn:
        return tip ? tr("Numbers registered with 911 (E911)") : tr("Registered");
    case PendingColumn:
        return tip ? tr("Numbers waiting for the 911 provider") : tr("Pending");
    case FailedColumn:
        return tip ? tr("Numbers whose registration failed") : tr("Failed");
    case BasicColumn:
        return tip ? tr("Numbers with basic 911 only: the caller must say where they are")
                   : tr("Basic 911 only");
    default:
        return {};
    }
}

void TenantListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QString> idsBefore;
    idsBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        idsBefore.append(m_rows.at(index.row()).tenant.id);

    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();

    // Persistent indexes (selection, current row) follow their tenant to its new row.
    QHash<QString, int> rowOfId;
    rowOfId.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        rowOfId.insert(m_rows.at(row).tenant.id, row);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOfId.value(idsBefore.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TenantListModel::sortRows()
{
    if (m_sortColumn < 0)
        return;
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const int column = m_sortColumn;
    // Ties fall back to the name, then the id, so the order is stable and predictable.
    auto less = [&](const Row &a, const Row &b) {
        if (isCountColumn(column)) {
            const qint64 left = countFor(a.tenant, column);
            const qint64 right = countFor(b.tenant, column);
            if (left != right)
                return left < right;
        } else if (column == ServiceTypeColumn && a.display[column] != b.display[column]) {
            return collator.compare(a.display[column], b.display[column]) < 0;
        }
        const int byName = collator.compare(a.tenant.name, b.tenant.name);
        return byName != 0 ? byName < 0 : a.tenant.id < b.tenant.id;
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_rows.begin(), m_rows.end(), less);
    else
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [&](const Row &a, const Row &b) { return less(b, a); });
}
