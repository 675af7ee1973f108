// The tenants as a table with their compliance figures, read from the cache: how many numbers
// are registered, pending, failed or still on basic 911, and which limitations disclosure the
// tenant acknowledged last. Sync's change sets update only the tenants they name.
#pragma once

#include "domain/Tenant.h"
#include "store/CacheChangeSet.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

class Cache;

class TenantModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ServiceTypeColumn,
        TotalColumn,
        RegisteredColumn,
        PendingColumn,
        FailedColumn,
        BasicColumn,
        AcknowledgedColumn,
        ColumnCount
    };
    enum Role {
        TenantIdRole = Qt::UserRole + 1,
        SortRole, // the raw value a column sorts by
    };

    // `cache` is an open cache used on this thread; it must outlive the model.
    explicit TenantModel(Cache *cache, QObject *parent = nullptr);

    void reload();
    // Connect to SyncEngine::changesApplied.
    void applyChanges(const CacheChangeSet &changes);

    const Tenant &tenant(int row) const { return m_rows.at(row).tenant; }
    int rowOf(const QString &tenantId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row
    {
        Tenant tenant; // counts from the cached numbers
        QString acknowledgedVersion;
        QDateTime acknowledgedAt;
    };
    Row loadRow(const QString &tenantId, const Tenant &tenant);
    QVariant sortValue(const Row &row, int column) const;
    bool lessThan(const Row &a, const Row &b) const;
    int insertPosition(const Row &row) const;

    Cache *m_cache;
    QList<Row> m_rows;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
