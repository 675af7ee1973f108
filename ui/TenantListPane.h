// The left pane: the tenants with a filter box, each with its number count and a compliance
// badge ("✖ 3 failed", "◐ 2 pending", "○ 40 basic only", "✓ all registered") in marks and words.
#pragma once

#include "domain/Tenant.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class TenantModel;

class TenantListPane : public QWidget
{
    Q_OBJECT
public:
    explicit TenantListPane(QWidget *parent = nullptr);

    void setModel(TenantModel *model);
    // The tenant's worst problem first: failed, then pending, then basic only.
    static QString complianceBadge(const TenantCounts &counts);

    QString currentTenantId() const;
    // Selects the tenant; false when it is not listed.
    bool selectTenant(const QString &tenantId);
    // Selects the first listed tenant when none is selected.
    void selectFirstIfNone();
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

signals:
    void currentTenantChanged(const QString &tenantId); // empty: none

private:
    void emitCurrent();

    QLineEdit *m_filter;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
    QString m_lastEmitted;
};
