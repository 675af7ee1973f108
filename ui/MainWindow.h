// The main window: tenants on the left, the selected tenant's numbers in the middle, the selected
// number's details on the right (three panes in a splitter, like a mail client), with banners for
// read-only, offline and errors above them and the connection, user, data age, outbox and sync
// progress in the status bar. It shows what an AppSession holds; it never touches the network.
#pragma once

#include "api/ApiError.h"
#include "session/AppSession.h"

#include <QMainWindow>
#include <QPointer>

class ConflictBanner;
class MessageBanner;
class NumberDetailPane;
class NumberTablePane;
class QAction;
class QLineEdit;
class QSplitter;
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

    QStringList selectedNumbers() const;
    QString currentTenantId() const;
    TenantListPane *tenantPane() const { return m_tenantPane; }
    NumberTablePane *numberPane() const { return m_numberPane; }
    NumberDetailPane *detailPane() const { return m_detailPane; }
    QAction *registerAction() const { return m_registerAction; }
    QAction *turnOffAction() const { return m_turnOffAction; }
    ConflictBanner *conflictBanner() const { return m_conflictBanner; }

signals:
    // The E911 dialogs (ui/ dialogs glue) connect here; the window only says what was asked.
    void registerRequested(const QStringList &numbers);
    void turnOffRequested(const QStringList &numbers);
    void limitationsRequested();
    // A sync ended and the window shows its result (a tenant selected when there is one).
    void syncSettled();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void onTenantChanged(const QString &tenantId);
    void refreshTenantHeader();
    QString acknowledgementText(const QString &tenantId) const;
    void updateActions();
    void updateConnection();
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
    MessageBanner *m_readOnlyBanner;
    MessageBanner *m_offlineBanner;
    MessageBanner *m_errorBanner;
    ConflictBanner *m_conflictBanner;
    StatusBarWidgets *m_status;
    QLineEdit *m_jumpEdit = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_registerAction = nullptr;
    QAction *m_turnOffAction = nullptr;
    QAction *m_limitationsAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_jumpAction = nullptr;
    bool m_persistLayout = true;
};
