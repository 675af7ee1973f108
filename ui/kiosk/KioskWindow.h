// Kiosk mode: a full-screen, read-only audit view for a wall screen. It cycles the compliance
// dashboard through the tenants, can show the audit trail, and offers nothing that changes data
// or leaves the app: the only way out is the kiosk PIN (close and Escape are refused), and after
// a while without input it returns to the dashboard. It shows data only to an auditor account.
// Without a connection it may use it is locked (KioskLockedPage says what IT must configure);
// while its sign-in is needed it keeps the cached figures and shows the code for another device.
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
class KioskDeviceSignIn;
class KioskIdleWatcher;
class KioskLockNotice;
class KioskLockedPage;
class KioskPinGate;
class KioskSignInPanel;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds defaultCycleInterval{30};

    // `session` (open) and `gate` must outlive the window. Without a session the window can only
    // be locked (showLocked()) or left with the PIN.
    KioskWindow(AppSession *session, KioskPinGate *gate, QWidget *parent = nullptr);
    ~KioskWindow() override;

    // Empty when `role` may run the kiosk (an auditor); otherwise why not, in one paragraph.
    static QString roleRefusal(const QString &role);

    void setCycleInterval(std::chrono::milliseconds interval);
    void setIdleTimeout(std::chrono::milliseconds timeout);
    // The role the backend last confirmed for this connection (kept across starts): an auditor's
    // lets the cached figures show before the backend has answered, e.g. while signed out.
    void setRememberedRole(const QString &role);
    // Type sizes for the screen: 1.0 at 1080 lines (kioskscreen::textScale).
    void setTextScale(qreal scale);
    qreal textScale() const { return m_textScale; }

    // Shows `notice` instead of any data until clearLock(); only "Leave Kiosk Mode…" stays.
    void showLocked(const KioskLockNotice &notice);
    void clearLock();
    bool isLocked() const { return m_locked; }
    KioskLockedPage *lockedPage() const { return m_lockedPage; }
    // The sign-in expired or was revoked: `signIn` (not owned) runs the code for another device.
    // Null: signed in again.
    void setSignInNeeded(KioskDeviceSignIn *signIn);
    bool isSignInNeeded() const;
    KioskSignInPanel *signInPanel() const { return m_signInPanel; }

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
    void applyStyle();
    void checkRole();
    void allow();
    void refuse();
    void updateControls();
    void reloadTenants();
    void refreshSummary();
    void returnToDashboard();

    AppSession *m_session;
    KioskPinGate *m_gate;
    std::unique_ptr<ComplianceQueries> m_queries;
    QStackedWidget *m_pages;
    QLabel *m_notice; // "checking who is signed in", or the refusal
    KioskDashboard *m_dashboard;
    KioskLockedPage *m_lockedPage;
    AuditTrailView *m_auditTrail = nullptr;
    KioskSignInPanel *m_signInPanel;
    QWidget *m_bar;
    QList<QPushButton *> m_viewButtons; // every bar button but "Leave"
    QPushButton *m_pause = nullptr;
    QPushButton *m_leave = nullptr;
    QTimer *m_cycle;
    KioskIdleWatcher *m_idle;
    QPointer<KioskPinDialog> m_pinDialog;
    QStringList m_tenantIds;
    QString m_currentTenant;
    QString m_refusal;
    QString m_rememberedRole;
    qreal m_textScale = 1.0;
    bool m_allowed = false;
    bool m_locked = false;
    bool m_unlocked = false;
};
