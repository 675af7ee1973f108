// "Audit Trail…": the audit trail view in a window of its own, for every role (read-only).
#pragma once

#include <QDialog>

class AppSession;
class AuditTrailView;

class AuditTrailDialog : public QDialog
{
    Q_OBJECT
public:
    // `session` must outlive the dialog. A non-empty `tenantId` shows only that tenant.
    explicit AuditTrailDialog(AppSession *session, const QString &tenantId = QString(),
                              QWidget *parent = nullptr);

    AuditTrailView *view() const { return m_view; }

private:
    AuditTrailView *m_view;
};
