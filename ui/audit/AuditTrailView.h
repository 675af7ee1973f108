// The audit trail: who changed which number or address, from what to what, when and why, as the
// backend recorded it. Read-only for every role; filters are applied by the server, pages load as
// the table scrolls, and rows copy as tab-separated text. Used by the Audit Trail dialog and the
// kiosk.
#pragma once

#include <QWidget>

class AppSession;
class AuditFilterBar;
class AuditLogModel;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
struct AuditFilter;

class AuditTrailView : public QWidget
{
    Q_OBJECT
public:
    // `session` must outlive the view. A non-empty `tenantId` fixes the tenant filter.
    explicit AuditTrailView(AppSession *session, const QString &tenantId = QString(),
                            QWidget *parent = nullptr);

    AuditFilterBar *filterBar() const { return m_filters; }
    AuditLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // Entries per request (tests use small pages to see paging).
    void setPageSize(int entries);
    // Shows and loads `filter`.
    void setFilter(const AuditFilter &filter);
    // Loads the first page again with the current filters.
    void refresh();
    // The selected rows (or the current one) as tab-separated lines with a header line.
    QString selectedText() const;
    void copySelection() const;

private:
    void updateStatus();
    void showDetails();

    AppSession *m_session;
    AuditFilterBar *m_filters;
    AuditLogModel *m_model;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QLabel *m_status;
    QPushButton *m_copy;
    QPushButton *m_refresh;
    QString m_error;
};
