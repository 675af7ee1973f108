// The audit log as a read-only table, newest first, filled page by page from AuditLogFetcher:
// views ask for more (canFetchMore/fetchMore) as they scroll to the end. Display strings are
// made once per entry, when its page arrives.
#pragma once

#include "api/ApiError.h"
#include "audit/AuditFilter.h"
#include "domain/AuditEntry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <functional>

class AuditLogFetcher;
class HttpClient;

class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        WhoColumn,
        ActionColumn,
        TenantColumn,
        TargetColumn,
        ChangeColumn,
        ReasonColumn,
        RequestIdColumn,
        ColumnCount
    };
    enum Role {
        ActionRole = Qt::UserRole + 1, // the wire action, "e911.enable"
        TenantIdRole,
        ActorEmailRole,
    };
    // A tenant's name for its id; the id itself when it returns "".
    using TenantNames = std::function<QString(const QString &tenantId)>;

    // `http` must outlive the model.
    explicit AuditLogModel(HttpClient *http, QObject *parent = nullptr);
    ~AuditLogModel() override;

    void setTenantNames(TenantNames names) { m_tenantNames = std::move(names); }
    void setPageSize(int entries);
    // Clears the table and loads the first page under `filter`.
    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const;
    // Loads the first page again under the current filter.
    void reload();

    const AuditEntry &entry(int row) const { return m_rows.at(row).entry; }
    bool isLoading() const;
    // The cells of `row` joined by tabs, as "Copy" puts them on the clipboard.
    QString rowText(int row) const;
    // The column titles joined by tabs.
    QString headerText() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A page arrived (or the first page of a new filter); `complete`: no more pages.
    void loaded(bool complete);
    void failed(const ApiError &error);
    void loadingChanged(bool loading);

private:
    struct Row
    {
        AuditEntry entry;
        QStringList cells;   // display text per column
        QString changeLines; // one change per line, for the tooltip
    };
    Row makeRow(const AuditEntry &entry) const;
    void onPage(const QList<AuditEntry> &entries, bool first);

    AuditLogFetcher *m_fetcher;
    TenantNames m_tenantNames;
    QList<Row> m_rows;
};
