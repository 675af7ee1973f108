// The main window: tenants, their numbers and the selected number's details. For now the
// tenants table with the connection, loading and error states; the panes come later.
#pragma once

#include "api/ApiError.h"
#include "domain/Tenant.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class ApiClient;
class MessageBanner;
class QAction;
class QLabel;
class QTableView;
class TenantListModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Where the data comes from, for the status bar.
    void setConnectionInfo(const QUrl &url, const QString &role, bool certificatePinned);
    // Takes the tenants from `api` (not owned; it must outlive the window or be destroyed first).
    void setApiClient(ApiClient *api);
    // Asks the API client for the tenants again (F5).
    void reloadTenants();
    // Without a backend: says so and what to do instead.
    void showNotConnected(const QString &headline, const QString &advice);

    TenantListModel *tenantModel() const { return m_tenantModel; }

signals:
    // A load finished, with tenants or with an error: the window shows its final state.
    void tenantsSettled();

private:
    enum class State { NotConnected, Loading, Loaded, Failed };

    void showTenants(const QList<Tenant> &tenants);
    void showError(const ApiError &error);
    void updateStatus();

    QPointer<ApiClient> m_api;
    TenantListModel *m_tenantModel;
    QTableView *m_tenantTable;
    MessageBanner *m_banner;
    QLabel *m_summaryLabel;
    QLabel *m_connectionLabel;
    QAction *m_reloadAction;

    State m_state = State::NotConnected;
    QUrl m_url;
    QString m_role;
    bool m_certificatePinned = false;
    QString m_lastError;
};
