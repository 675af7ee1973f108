// The tenants as a table (name, service type and the E911 counts of their numbers). Display
// strings are formatted once when the list is set, so data() is a lookup; sorting happens here
// rather than in a proxy so it stays fast for carriers with thousands of tenants.
#pragma once

#include "domain/Tenant.h"

#include <QAbstractTableModel>
#include <QList>

#include <array>

class TenantListModel : public QAbstractTableModel
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
        ColumnCount
    };
    enum Role {
        TenantIdRole = Qt::UserRole + 1,
        SortRole, // the raw value a column sorts by (QString or qint64)
    };

    explicit TenantListModel(QObject *parent = nullptr);

    void setTenants(const QList<Tenant> &tenants);
    const Tenant &tenant(int row) const { return m_rows.at(row).tenant; }

    static QString serviceTypeText(ServiceType type);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row
    {
        Tenant tenant;
        std::array<QString, ColumnCount> display;
    };
    static Row makeRow(const Tenant &tenant);
    void sortRows();

    QList<Row> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
