#include "MainWindow.h"

#include "ConflictBanner.h"
#include "MessageBanner.h"
#include "NumberDetailPane.h"
#include "NumberTablePane.h"
#include "StartupBanner.h"
#include "StatusBarWidgets.h"
#include "TenantListPane.h"
#include "api/HttpClient.h"
#include "domain/Limitations.h"
#include "models/DidModel.h"
#include "models/TenantModel.h"
#include "session/AppSession.h"
#include "store/Cache.h"
#include "store/Outbox.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
MessageBanner *makeBanner(QWidget *parent, const QString &name)
{
    auto *banner = new MessageBanner(parent);
    banner->setObjectName(name);
    return banner;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tenantPane(new TenantListPane(this))
    , m_numberPane(new NumberTablePane(this))
    , m_detailPane(new NumberDetailPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_startupBanner(new StartupBanner(this))
    , m_readOnlyBanner(makeBanner(this, QStringLiteral("readOnlyBanner")))
    , m_offlineBanner(makeBanner(this, QStringLiteral("offlineBanner")))
    , m_errorBanner(makeBanner(this, QStringLiteral("errorBanner")))
    , m_conflictBanner(new ConflictBanner(this))
    , m_status(new StatusBarWidgets(statusBar()))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Dispatchable"));
    // Within the screen: without a window manager (a kiosk) nothing else keeps a window that
    // is wider than the screen from running off its edge.
    const QSize preferred(1500, 860);
    resize(screen() ? preferred.boundedTo(screen()->availableGeometry().size()) : preferred);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tenantPane);
    m_splitter->addWidget(m_numberPane);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({270, 920, 310});
    m_splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_startupBanner);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_offlineBanner);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_conflictBanner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    createToolBar();
    m_numberPane->addActionButtons({m_registerAction, m_moveAction, m_turnOffAction});

    connect(m_tenantPane, &TenantListPane::currentTenantChanged, this,
            &MainWindow::onTenantChanged);
    connect(m_numberPane, &NumberTablePane::currentNumberChanged, this,
            [this](const QString &number) { m_detailPane->showNumber(currentTenantId(), number); });
    connect(m_numberPane, &NumberTablePane::selectionChanged, this, &MainWindow::updateActions);
    connect(m_detailPane, &NumberDetailPane::limitationsRequested, this,
            &MainWindow::limitationsRequested);
    connect(m_status, &StatusBarWidgets::cancelRequested, this, [this] {
        if (m_session)
            m_session->syncEngine()->cancel();
    });
    connect(m_startupBanner, &StartupBanner::cancelRequested, this,
            [this](StartupStatus::Stage stage) {
                if (stage == StartupStatus::Stage::StartingBackend)
                    emit backendStartCancelled();
                else if (m_session)
                    m_session->syncEngine()->cancel();
            });

    // Keyboard order follows reading order: tenants, then the numbers, then the details.
    setTabOrder(m_tenantPane->filterEdit(), m_tenantPane->view());
    setTabOrder(m_tenantPane->view(), m_numberPane->view());
    updateActions();
}

MainWindow::~MainWindow()
{
    saveSettings();
}

void MainWindow::setSession(AppSession *session)
{
    m_session = session;
    m_tenantPane->setModel(session->tenantModel());
    m_numberPane->setModel(session->didModel());
    m_detailPane->setCache(session->cache());
    m_detailPane->setOutbox(session->outbox());
    m_conflictBanner->setSources(session->cache(), session->outbox(), session->outboxSender());
    // Retry's state follows the outbox (queued, sent, answered).
    connect(session->outbox(), &Outbox::entryChanged, m_detailPane, &NumberDetailPane::refresh);
    connect(session->outbox(), &Outbox::entryChanged, this, &MainWindow::refreshTenantHeader);
    connect(session->outbox(), &Outbox::entryChanged, this, &MainWindow::markConflict);
    for (const OutboxEntry &e : session->outbox()->entries())
        markConflict(e.id);
    restoreSettings();

    SyncEngine *sync = session->syncEngine();
    connect(sync, &SyncEngine::progressChanged, m_status, &StatusBarWidgets::showProgress);
    connect(sync, &SyncEngine::started, this, [this] { m_syncAction->setEnabled(false); });
    connect(sync, &SyncEngine::changesApplied, this, [this] {
        refreshTenantHeader();
        m_detailPane->refresh();
    });
    connect(session, &AppSession::syncSettled, this, &MainWindow::onSyncSettled);
    connect(session, &AppSession::syncFailed, this, &MainWindow::onSyncFailed);
    connect(session, &AppSession::meFailed, this, &MainWindow::onSyncFailed);
    connect(session, &AppSession::onlineChanged, this, &MainWindow::updateConnection);
    connect(session, &AppSession::startupStatusChanged, this,
            [this] { showStartupStatus(m_session->startupStatus()); });
    // During a first sync the tenants arrive page by page: open the first one as soon as there
    // is one, so its numbers show as they arrive too. Queued: after the whole page is listed.
    connect(session->tenantModel(), &QAbstractItemModel::rowsInserted, m_tenantPane,
            &TenantListPane::selectFirstIfNone, Qt::QueuedConnection);
    connect(session, &AppSession::userChanged, this, [this] {
        m_detailPane->setCanWrite(m_session->canWrite());
        updateConnection();
        updateRoleBanner();
        updateActions();
    });
    connect(session->outbox(), &Outbox::outboxSizeChanged, m_status,
            &StatusBarWidgets::setOutboxSize);
    m_status->setOutboxSize(session->outbox()->openCount());
    m_status->setLastSync(session->lastSync());
    updateConnection();
    updateRoleBanner();
    updateActions();
    m_tenantPane->selectFirstIfNone();
    showStartupStatus(session->startupStatus());
}

void MainWindow::showStartupStatus(const StartupStatus &status)
{
    m_startupBanner->showStatus(status);
}

void MainWindow::showNotConnected(const QString &headline, const QString &advice)
{
    m_errorBanner->showMessage(MessageBanner::Kind::Information, headline, advice);
    m_status->setConnection(false, false, QString());
}

QStringList MainWindow::selectedNumbers() const
{
    return m_numberPane->selectedNumbers();
}

QString MainWindow::currentTenantId() const
{
    return m_tenantPane->currentTenantId();
}

void MainWindow::onTenantChanged(const QString &tenantId)
{
    if (tenantId.isEmpty() || !m_session)
        m_numberPane->clearTenant();
    else
        refreshTenantHeader();
    m_detailPane->showNumber(tenantId, m_numberPane->currentNumber());
    updateActions();
}

void MainWindow::refreshTenantHeader()
{
    const QString tenantId = currentTenantId();
    if (!m_session || tenantId.isEmpty())
        return;
    TenantModel *tenants = m_session->tenantModel();
    const int row = tenants->rowOf(tenantId);
    if (row < 0)
        return;
    const Tenant &tenant = tenants->tenant(row);
    m_numberPane->showTenant(tenant, serviceTypeText(tenant.serviceType),
                             m_session->countriesOf(tenantId));
    m_numberPane->setAcknowledgementText(acknowledgementText(tenantId));
}

QString MainWindow::acknowledgementText(const QString &tenantId) const
{
    // The newest acknowledgement counts; only the current text's version lets numbers register.
    std::optional<DisclosureAcknowledgement> last;
    for (const DisclosureAcknowledgement &ack : m_session->cache()->acknowledgements(tenantId))
        if (!last || ack.acknowledgedAt > last->acknowledgedAt)
            last = ack;
    if (last && last->disclosureVersion == limitations::currentVersion)
        return tr("✓ Limitations acknowledged by %1 on %2 (version %3)")
            .arg(last->acknowledgedByEmail,
                 QLocale().toString(last->acknowledgedAt.toLocalTime(), QLocale::ShortFormat),
                 last->disclosureVersion);
    // Acknowledged here and still on its way: the next sync brings who and when.
    for (const OutboxEntry &e : m_session->outbox()->entries())
        if (e.kind == OutboxKind::Acknowledgement && e.tenantId == tenantId && e.isOpen())
            return tr("◐ Limitations acknowledgement (version %1) is being sent").arg(e.target);
    if (last)
        return tr("✖ Limitations acknowledged only in an older version (%1, by %2 on %3): "
                  "acknowledge again before registering numbers")
            .arg(last->disclosureVersion, last->acknowledgedByEmail,
                 QLocale().toString(last->acknowledgedAt.toLocalTime(), QLocale::ShortFormat));
    return tr("✖ Limitations not acknowledged");
}

void MainWindow::updateActions()
{
    const int selected = int(selectedNumbers().size());
    const bool canWrite = m_session && m_session->canWrite();
    const bool hasTenant = !currentTenantId().isEmpty();
    m_registerAction->setEnabled(canWrite && selected > 0);
    m_moveAction->setEnabled(canWrite && selected > 0);
    m_turnOffAction->setEnabled(canWrite && selected > 0);
    m_importAction->setEnabled(canWrite && hasTenant);
    m_addressesAction->setEnabled(hasTenant);
    m_reportAction->setEnabled(hasTenant);
    // The toolbar says how many numbers it acts on.
    m_registerAction->setText(selected > 1 ? tr("Register %Ln numbers With 911…", nullptr, selected)
                                           : tr("Register With 911…"));
    m_turnOffAction->setText(selected > 1 ? tr("Turn off E911 for %Ln numbers…", nullptr, selected)
                                          : tr("Turn off…"));
    const QString why = canWrite ? tr("Select numbers in the table first.")
                                 : tr("Your role can read but not change numbers.");
    m_registerAction->setToolTip(
        QString(tr("Register the selected numbers with their emergency address (Ctrl+E)") +
                (m_registerAction->isEnabled() ? QString() : QString(QLatin1Char('\n') + why))));
}

void MainWindow::markConflict(qint64 entryId)
{
    const std::optional<OutboxEntry> e = m_session->outbox()->entry(entryId);
    // Single-number changes carry If-Match and can meet a 412; bulk batches never do.
    if (!e || (e->kind != OutboxKind::E911Enable && e->kind != OutboxKind::E911Disable))
        return;
    const bool inConflict = e->state == OutboxState::Conflict;
    if (inConflict == m_conflictNumbers.contains(e->target))
        return;
    if (inConflict)
        m_conflictNumbers.insert(e->target);
    else
        m_conflictNumbers.remove(e->target);
    m_session->didModel()->setNumbersInConflict(m_conflictNumbers);
}

void MainWindow::updateConnection()
{
    if (!m_session)
        return;
    m_status->setConnection(m_session->isOnline(),
                            m_session->http()->pinnedFingerprint().size() > 0,
                            m_session->profile().backendUrl.host());
    m_status->setUser(m_session->userEmail(), m_session->role());
    if (m_session->isOnline()) {
        m_offlineBanner->hide();
        return;
    }
    const QDateTime last = m_session->lastSync();
    const QString when =
        last.isValid()
            ? tr("%1 (%2)").arg(QLocale().toString(last.toLocalTime().time(), QLocale::ShortFormat),
                                StatusBarWidgets::ageText(last, QDateTime::currentDateTimeUtc()))
            : tr("no earlier sync");
    m_offlineBanner->showMessage(
        MessageBanner::Kind::Information, tr("Offline — showing data from %1.").arg(when),
        tr("Changes wait in the outbox and go out when the connection returns."));
}

void MainWindow::updateRoleBanner()
{
    if (m_session && m_session->role() == QLatin1StringView("auditor"))
        m_readOnlyBanner->showMessage(MessageBanner::Kind::Information,
                                      tr("Read-only: you are signed in as an auditor."),
                                      tr("You can look at every tenant and number, but not "
                                         "change them."));
    else
        m_readOnlyBanner->hide();
}

void MainWindow::onSyncSettled()
{
    m_status->hideProgress();
    m_syncAction->setEnabled(true);
    m_status->setLastSync(m_session->lastSync());
    if (m_session->isOnline() && m_errorBanner->isVisibleTo(this) &&
        m_errorBanner->kind() == MessageBanner::Kind::Error && m_session->hasCompletedSync())
        m_errorBanner->hide();
    m_tenantPane->selectFirstIfNone();
    refreshTenantHeader();
    updateConnection();
    emit syncSettled();
}

void MainWindow::onSyncFailed(const ApiError &error)
{
    // Offline has its own banner; a cancel is the user's own doing.
    if (error.kind == ApiError::Kind::Cancelled || (error.httpStatus == 0 && error.isTransient()))
        return;
    QString details = error.details;
    if (!error.requestId.isEmpty())
        details += QString(QLatin1Char('\n') + tr("Request id: %1").arg(error.requestId));
    m_errorBanner->showMessage(MessageBanner::Kind::Error, error.message, error.advice, details);
}

void MainWindow::jump()
{
    const QString text = m_jumpEdit->text().trimmed();
    if (text.isEmpty() || !m_session)
        return;
    // A tenant by name first, then a number by its digits.
    if (!m_tenantPane->filterEdit()->text().isEmpty())
        m_tenantPane->filterEdit()->clear();
    TenantModel *tenants = m_session->tenantModel();
    for (int row = 0; row < tenants->rowCount(); ++row) {
        if (tenants->tenant(row).name.contains(text, Qt::CaseInsensitive)) {
            m_tenantPane->selectTenant(tenants->tenant(row).id);
            m_tenantPane->view()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    QString digits;
    for (QChar c : text)
        if (c.isDigit())
            digits.append(c);
    const auto [tenantId, number] = m_session->findNumber(digits);
    if (number.isEmpty()) {
        statusBar()->showMessage(tr("No tenant or number matches \"%1\".").arg(text), 5000);
        return;
    }
    m_tenantPane->selectTenant(tenantId);
    m_numberPane->focusFilter();
    const auto selectNumber = [this, number] {
        QTableView *table = m_numberPane->view();
        const int row = m_session->didModel()->rowOf(number);
        if (row >= 0) {
            table->setCurrentIndex(table->model()->index(row, 0));
            table->scrollTo(table->currentIndex());
            table->setFocus(Qt::OtherFocusReason);
        }
    };
    // A large tenant's rows are still being read: select the number once they are in.
    if (DidModel *model = m_session->didModel(); model->isLoading())
        connect(model, &DidModel::loaded, this, selectNumber, Qt::SingleShotConnection);
    else
        selectNumber();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    if (!m_persistLayout)
        return;
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    if (m_session)
        settings.setValue(QStringLiteral("numbersHeader"),
                          m_numberPane->view()->horizontalHeader()->saveState());
}

void MainWindow::restoreSettings()
{
    if (!m_persistLayout)
        return;
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_numberPane->view()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("numbersHeader")).toByteArray());
}
