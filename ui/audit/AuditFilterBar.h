// The audit trail's filters: tenant, user, number, action and a time range. Each maps to one
// server-side filter of GET /v1/audit; the bar only collects them and says when they changed.
#pragma once

#include "audit/AuditFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;
class TenantModel;

class AuditFilterBar : public QWidget
{
    Q_OBJECT
public:
    // `tenants` (may be null) fills the tenant list; it must outlive the bar.
    explicit AuditFilterBar(TenantModel *tenants, QWidget *parent = nullptr);

    AuditFilter filter() const;
    // Shows `filter` in the fields without emitting filterChanged.
    void setFilter(const AuditFilter &filter);
    // Keeps the tenant fixed (a view opened for one tenant).
    void lockTenant(bool locked);

signals:
    void filterChanged(const AuditFilter &filter);

private:
    void fillTenants(TenantModel *tenants);
    void apply();
    void clear();

    QComboBox *m_tenant;
    QLineEdit *m_actor;
    QLineEdit *m_number;
    QComboBox *m_action;
    QCheckBox *m_useSince;
    QDateTimeEdit *m_since;
    QCheckBox *m_useUntil;
    QDateTimeEdit *m_until;
    QPushButton *m_apply;
    QPushButton *m_clear;
    bool m_quiet = false;
};
