// The main window: tenants on the left, the selected tenant's numbers in the middle, the selected
// number's details on the right (three panes in a splitter, like a mail client), with banners for
// read-only, offline and errors above them and the connection, user, data age, outbox and sync
// progress in the status bar. It shows what an AppSession holds; it never touches the network.
#pragma once

#include "api/ApiError.h"
#include "session/AppSession.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

class ConflictBanner;
class MessageBanner;
class NumberDetailPane;
class NumberTablePane;
class QAction;
class QLineEdit;
class QSplitter;
class StartupBanner;
class StatusBarWidgets;
class TenantListPane;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Off: the layout is neither restored from nor saved to QSettings (screenshots show the
    // defaults). Call before setSession().
    void setPersistLayout(bool persist) { m_persistLayout = persist; }
    // Shows `session` (not owned; it must outlive the window or be destroyed after it).
    void setSession(AppSession *session);
    AppSession *session() const { return m_session; }
    // Without a backend: says so and what to do instead.
    void showNotConnected(const QString &headline, const QString &advice);
    // What start-up is doing, above the panes; a session's own stages (signing in, the first
    // sync) follow by themselves once setSession() was called.
    void showStartupStatus(const StartupStatus &status);
    StartupBanner *startupBanner() const { return m_startupBanner; }

    QStringList selectedNumbers() const;
    QString currentTenantId() const;
    TenantListPane *tenantPane() const { return m_tenantPane; }
    NumberTablePane *numberPane() const { return m_numberPane; }
    NumberDetailPane *detailPane() const { return m_detailPane; }
    QAction *registerAction() const { return m_registerAction; }
    QAction *turnOffAction() const { return m_turnOffAction; }
    QAction *moveAction() const { return m_moveAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *addressesAction() const { return m_addressesAction; }
    // File > Connect to a Backend… and Sign Out (hidden in the demo, which has neither).
    QAction *connectAction() const { return m_connectAction; }
    QAction *signOutAction() const { return m_signOutAction; }
    ConflictBanner *conflictBanner() const { return m_conflictBanner; }

signals:
    // The E911 dialogs (ui/ dialogs glue) connect here; the window only says what was asked.
    void registerRequested(const QStringList &numbers);
    void turnOffRequested(const QStringList &numbers);
    // Registered numbers to move to another emergency address (the fee does not change).
    void moveRequested(const QStringList &numbers);
    // Onboarding: numbers and their addresses from a CSV file, for the current tenant.
    void importRequested();
    // The current tenant's emergency addresses (view, and edit where the role may).
    void addressesRequested();
    void settingsRequested();
    // The backend's audit log, filtered to the current tenant to start with.
    void auditTrailRequested();
    // The current tenant's compliance report, as PDF or CSV.
    void reportRequested();
    void aboutRequested();
    void limitationsRequested();
    // A sync ended and the window shows its result (a tenant selected when there is one).
    void syncSettled();
    // Cancel while the demo backend starts: there is nothing to show without it.
    void backendStartCancelled();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void onTenantChanged(const QString &tenantId);
    void refreshTenantHeader();
    QString acknowledgementText(const QString &tenantId) const;
    void updateActions();
    void updateConnection();
    // Keeps the table's conflict marks in step with the outbox.
    void markConflict(qint64 entryId);
    void updateRoleBanner();
    void onSyncSettled();
    void onSyncFailed(const ApiError &error);
    void jump();
    void saveSettings() const;
    void restoreSettings();

    QPointer<AppSession> m_session;
    TenantListPane *m_tenantPane;
    NumberTablePane *m_numberPane;
    NumberDetailPane *m_detailPane;
    QSplitter *m_splitter;
    StartupBanner *m_startupBanner;
    MessageBanner *m_readOnlyBanner;
    MessageBanner *m_offlineBanner;
    MessageBanner *m_errorBanner;
    ConflictBanner *m_conflictBanner;
    StatusBarWidgets *m_status;
    QLineEdit *m_jumpEdit = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_registerAction = nullptr;
    QAction *m_turnOffAction = nullptr;
    QAction *m_moveAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_addressesAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_limitationsAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_jumpAction = nullptr;
    bool m_persistLayout = true;
    QSet<QString> m_conflictNumbers; // E.164 numbers whose change of mine is in conflict
};
