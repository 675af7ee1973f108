#include "MainWindow.h"

#include "MessageBanner.h"
#include "api/ApiClient.h"
#include "models/TenantListModel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tenantModel(new TenantListModel(this))
    , m_tenantTable(new QTableView(this))
    , m_banner(new MessageBanner(this))
    , m_summaryLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_reloadAction(new QAction(tr("&Reload"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Dispatchable"));
    resize(1200, 760);

    m_reloadAction->setObjectName(QStringLiteral("reloadAction"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setToolTip(
        tr("Load the tenants again (%1)")
            .arg(m_reloadAction->shortcut().toString(QKeySequence::NativeText)));
    m_reloadAction->setEnabled(false);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reloadTenants);
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_reloadAction);

    auto *title = new QLabel(tr("Tenants"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    title->setFont(titleFont);
    m_summaryLabel->setObjectName(QStringLiteral("tenantSummaryLabel"));

    m_tenantTable->setObjectName(QStringLiteral("tenantTable"));
    m_tenantTable->setAccessibleName(tr("Tenants"));
    m_tenantTable->setModel(m_tenantModel);
    m_tenantTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tenantTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tenantTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tenantTable->setAlternatingRowColors(true);
    m_tenantTable->setWordWrap(false);
    m_tenantTable->verticalHeader()->hide();
    // Dense rows: staff scan hundreds of tenants.
    m_tenantTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_tenantTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tenantTable->horizontalHeader()->setSectionResizeMode(TenantListModel::NameColumn,
                                                            QHeaderView::Stretch);
    m_tenantTable->setSortingEnabled(true);
    m_tenantTable->sortByColumn(TenantListModel::NameColumn, Qt::AscendingOrder);

    auto *heading = new QHBoxLayout;
    heading->addWidget(title);
    heading->addSpacing(12);
    heading->addWidget(m_summaryLabel, 1, Qt::AlignBottom);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addLayout(heading);
    layout->addWidget(m_tenantTable, 1);
    setCentralWidget(central);

    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addWidget(m_connectionLabel, 1);
    updateStatus();
}

void MainWindow::setConnectionInfo(const QUrl &url, const QString &role, bool certificatePinned)
{
    m_url = url;
    m_role = role;
    m_certificatePinned = certificatePinned;
    updateStatus();
}

void MainWindow::setApiClient(ApiClient *api)
{
    if (m_api)
        disconnect(m_api, nullptr, this, nullptr);
    m_api = api;
    m_reloadAction->setEnabled(api != nullptr);
    if (!api)
        return;
    connect(api, &ApiClient::tenantsLoaded, this, &MainWindow::showTenants);
    connect(api, &ApiClient::failed, this, &MainWindow::showError);
}

void MainWindow::reloadTenants()
{
    if (!m_api)
        return;
    m_state = State::Loading;
    m_reloadAction->setEnabled(false);
    updateStatus();
    m_api->fetchTenants();
}

void MainWindow::showNotConnected(const QString &headline, const QString &advice)
{
    m_state = State::NotConnected;
    m_banner->showMessage(MessageBanner::Kind::Information, headline, advice);
    updateStatus();
}

void MainWindow::showTenants(const QList<Tenant> &tenants)
{
    m_state = State::Loaded;
    m_reloadAction->setEnabled(true);
    m_tenantModel->setTenants(tenants);
    if (tenants.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("You have no tenants on this backend yet."),
                              tr("Ask the carrier's onboarding staff to add your tenant, or sign "
                                 "in with another account."));
    } else {
        m_banner->hide();
    }
    updateStatus();
    emit tenantsSettled();
}

void MainWindow::showError(const ApiError &error)
{
    m_state = State::Failed;
    m_reloadAction->setEnabled(true);
    m_lastError = error.message;
    // Rows already shown stay: they are still the last known state, and the banner says the
    // refresh failed.
    m_banner->showMessage(MessageBanner::Kind::Error, error.message, error.advice, error.details);
    updateStatus();
    emit tenantsSettled();
}

void MainWindow::updateStatus()
{
    const QString where = m_url.toDisplayString();
    const QString trust = m_certificatePinned ? tr("certificate pinned") : tr("system certificate");
    QString text;
    switch (m_state) {
    case State::NotConnected:
        text = tr("○ Not connected");
        break;
    case State::Loading:
        text = tr("◐ Loading tenants from %1 (%2) · %3…").arg(where, trust, m_role);
        break;
    case State::Loaded:
        text = tr("● Connected to %1 (%2) · %3").arg(where, trust, m_role);
        break;
    case State::Failed:
        text = tr("✖ Could not load tenants from %1 · %2").arg(where, m_lastError);
        break;
    }
    m_connectionLabel->setText(text);

    qint64 numbers = 0;
    for (int row = 0; row < m_tenantModel->rowCount(); ++row)
        numbers += m_tenantModel->tenant(row).counts.total;
    const QLocale locale;
    const int tenants = m_tenantModel->rowCount();
    const QString tenantText =
        tenants == 1 ? tr("1 tenant") : tr("%1 tenants").arg(locale.toString(tenants));
    m_summaryLabel->setText(
        tenants == 0 ? QString() : tr("%1 · %2 numbers").arg(tenantText, locale.toString(numbers)));
}
