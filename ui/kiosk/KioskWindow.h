// Kiosk mode: a full-screen, read-only audit view for a wall screen. It cycles the compliance
// dashboard through the tenants, can show the audit trail, and offers nothing that changes data
// or leaves the app: the only way out is the kiosk PIN (close and Escape are refused), and after
// a while without input it returns to the dashboard. It shows data only to an auditor account.
#pragma once

#include "KioskPinDialog.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <chrono>
#include <memory>

class AppSession;
class AuditTrailView;
class ComplianceQueries;
class KioskDashboard;
class KioskIdleWatcher;
class KioskPinGate;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds defaultCycleInterval{30};

    // `session` (open) and `gate` must outlive the window.
    KioskWindow(AppSession *session, KioskPinGate *gate, QWidget *parent = nullptr);
    ~KioskWindow() override;

    // Empty when `role` may run the kiosk (an auditor); otherwise why not, in one paragraph.
    static QString roleRefusal(const QString &role);

    void setCycleInterval(std::chrono::milliseconds interval);
    void setIdleTimeout(std::chrono::milliseconds timeout);

    KioskDashboard *dashboard() const { return m_dashboard; }
    AuditTrailView *auditTrail() const { return m_auditTrail; }
    KioskPinDialog *pinDialog() const { return m_pinDialog; }
    QString currentTenantId() const { return m_currentTenant; }
    QStringList tenantIds() const { return m_tenantIds; }
    bool isShowingDashboard() const;
    bool isUnlocked() const { return m_unlocked; }
    // The reason the signed-in account may not use the kiosk; empty while allowed or unknown.
    QString refusal() const { return m_refusal; }

    void showTenant(const QString &tenantId);
    void showNextTenant();
    void showPreviousTenant();
    void showDashboard();
    void showAuditTrail();
    void setCyclingPaused(bool paused);
    // Asks for the PIN; unlocked() follows a right one.
    void requestLeave();

signals:
    // The right PIN was entered: the kiosk may close.
    void unlocked();
    // The account is not an auditor's; refusal() says so.
    void roleRefused(const QString &message);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPushButton *addBarButton(const QString &text, const char *objectName,
                              const QString &accessibleName);
    void checkRole();
    void reloadTenants();
    void refreshSummary();
    void returnToDashboard();

    AppSession *m_session;
    KioskPinGate *m_gate;
    std::unique_ptr<ComplianceQueries> m_queries;
    QStackedWidget *m_pages;
    QLabel *m_notice; // "checking who is signed in", or the refusal
    KioskDashboard *m_dashboard;
    AuditTrailView *m_auditTrail = nullptr;
    QWidget *m_bar;
    QPushButton *m_pause = nullptr;
    QTimer *m_cycle;
    KioskIdleWatcher *m_idle;
    QPointer<KioskPinDialog> m_pinDialog;
    QStringList m_tenantIds;
    QString m_currentTenant;
    QString m_refusal;
    bool m_allowed = false;
    bool m_unlocked = false;
};
