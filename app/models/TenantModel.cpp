#include "TenantModel.h"

#include "store/Cache.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

TenantModel::TenantModel(Cache *cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{}

TenantModel::Row TenantModel::loadRow(const QString &tenantId, const Tenant &tenant)
{
    Row row;
    row.tenant = tenant;
    row.tenant.counts = m_cache->countsFor(tenantId);
    const QList<DisclosureAcknowledgement> acks = m_cache->acknowledgements(tenantId);
    if (!acks.isEmpty()) {
        row.acknowledgedVersion = acks.last().disclosureVersion;
        row.acknowledgedAt = acks.last().acknowledgedAt;
    }
    return row;
}

void TenantModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const QList<Tenant> tenants = m_cache->tenants();
    m_rows.reserve(tenants.size());
    for (const Tenant &tenant : tenants)
        m_rows.append(loadRow(tenant.id, tenant));
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [this](const Row &a, const Row &b) { return lessThan(a, b); });
    endResetModel();
}

int TenantModel::rowOf(const QString &tenantId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).tenant.id == tenantId)
            return int(i);
    }
    return -1;
}

int TenantModel::insertPosition(const Row &row) const
{
    const auto it = std::upper_bound(m_rows.begin(), m_rows.end(), row,
                                     [this](const Row &a, const Row &b) { return lessThan(a, b); });
    return int(it - m_rows.begin());
}

void TenantModel::applyChanges(const CacheChangeSet &changes)
{
    if (changes.reloaded) {
        reload();
        return;
    }
    for (const QString &id : changes.deletedTenants) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    QSet<QString> touched = changes.tenants;
    touched.unite(changes.acknowledgementTenants);
    for (const QString &id : std::as_const(touched)) {
        const int row = rowOf(id);
        Tenant base;
        if (row >= 0) {
            base = m_rows.at(row).tenant;
        }
        // The tenant's own row (name, service type) may have changed too: read it back.
        QSqlQuery q(m_cache->database());
        q.prepare(QStringLiteral("SELECT name, service_type, etag, updated_at FROM tenants"
                                 " WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            continue; // numbers of a tenant this cache does not hold
        base.id = id;
        base.name = q.value(0).toString();
        base.serviceType = ServiceType(q.value(1).toInt());
        base.etag = q.value(2).toString();
        base.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        Row fresh = loadRow(id, base);
        if (row >= 0) {
            m_rows[row] = fresh;
            const bool inPlace =
                (row == 0 || !lessThan(m_rows.at(row), m_rows.at(row - 1))) &&
                (row + 1 == m_rows.size() || !lessThan(m_rows.at(row + 1), m_rows.at(row)));
            if (inPlace) {
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
                continue;
            }
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        const int position = insertPosition(fresh);
        beginInsertRows({}, position, position);
        m_rows.insert(position, fresh);
        endInsertRows();
    }
}

int TenantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TenantModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TenantModel::sortValue(const Row &row, int column) const
{
    const TenantCounts &c = row.tenant.counts;
    switch (column) {
    case NameColumn:
        return row.tenant.name;
    case ServiceTypeColumn:
        return serviceTypeText(row.tenant.serviceType);
    case TotalColumn:
        return c.total;
    case RegisteredColumn:
        return c.registered;
    case PendingColumn:
        return c.pending + c.deregistering;
    case FailedColumn:
        return c.failed;
    case BasicColumn:
        return c.basic;
    case AcknowledgedColumn:
        return row.acknowledgedAt;
    }
    return {};
}

bool TenantModel::lessThan(const Row &a, const Row &b) const
{
    const QVariant x = sortValue(a, m_sortColumn);
    const QVariant y = sortValue(b, m_sortColumn);
    int c = 0;
    if (x.typeId() == QMetaType::QString)
        c = x.toString().compare(y.toString(), Qt::CaseInsensitive);
    else
        c = QVariant::compare(x, y) == QPartialOrdering::Less      ? -1
            : QVariant::compare(x, y) == QPartialOrdering::Greater ? 1
                                                                   : 0;
    if (c == 0)
        c = a.tenant.id.compare(b.tenant.id);
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

QVariant TenantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == TenantIdRole)
        return row.tenant.id;
    if (role == SortRole)
        return sortValue(row, index.column());
    if (role == Qt::TextAlignmentRole && index.column() >= TotalColumn &&
        index.column() <= BasicColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case NameColumn:
    case ServiceTypeColumn:
        return sortValue(row, index.column());
    case AcknowledgedColumn:
        if (row.acknowledgedVersion.isEmpty())
            return tr("Not acknowledged");
        return tr("Version %1 on %2")
            .arg(row.acknowledgedVersion,
                 locale.toString(row.acknowledgedAt.toLocalTime().date(), QLocale::ShortFormat));
    default:
        return locale.toString(sortValue(row, index.column()).toLongLong());
    }
}

QVariant TenantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Tenant");
    case ServiceTypeColumn:
        return tr("Service");
    case TotalColumn:
        return tr("Numbers");
    case RegisteredColumn:
        return tr("E911 registered");
    case PendingColumn:
        return tr("In progress");
    case FailedColumn:
        return tr("Failed");
    case BasicColumn:
        return tr("Basic 911 only");
    case AcknowledgedColumn:
        return tr("Limitations acknowledged");
    }
    return {};
}

void TenantModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    for (const QModelIndex &i : before)
        ids.append(m_rows.at(i.row()).tenant.id);
    m_sortColumn = column;
    m_sortOrder = order;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [this](const Row &a, const Row &b) { return lessThan(a, b); });
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOf(ids.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
