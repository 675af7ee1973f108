#include "KioskWindow.h"

#include "AuditTrailView.h"
#include "KioskDashboard.h"
#include "KioskIdleWatcher.h"
#include "KioskLabels.h"
#include "KioskLockedPage.h"
#include "KioskPinDialog.h"
#include "KioskSignInPanel.h"
#include "compliance/ComplianceQueries.h"
#include "kiosk/KioskDeviceSignIn.h"
#include "kiosk/KioskLockNotice.h"
#include "models/TenantModel.h"
#include "session/AppSession.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Keys that close windows or quit elsewhere; in the kiosk they do nothing.
bool isLeavingKey(const QKeyEvent *key)
{
    const QKeyCombination combination = key->keyCombination();
    return key->key() == Qt::Key_Escape || key->matches(QKeySequence::Close) ||
           key->matches(QKeySequence::Quit) ||
           combination == QKeyCombination(Qt::AltModifier, Qt::Key_F4);
}

// Dark and high-contrast like the dashboard; the focused button gets a bright frame. Pixel sizes
// are the 1080-line design's, times `scale`.
QString styleSheetFor(qreal scale)
{
    const auto px = [scale](int pixels) {
        return QString::number(qMax(8, qRound(pixels * scale)));
    };
    return QStringLiteral(
               "#kioskWindow, #kioskBar { background: #101820; }"
               "QLabel#kioskNotice { color: #f5f7fa; font-size: %1px; }"
               "#kioskLockedPage QLabel { color: #f5f7fa; }"
               "#kioskSignInPanel { background: #2a2414; border-top: 3px solid #e3b341; }"
               "#kioskSignInPanel QLabel { color: #f5f7fa; }"
               "#kioskSignInPanel QLabel#kioskSignInHeading { color: #e3b341; }"
               "#kioskBar QPushButton { color: #f5f7fa; background: #26313d; font-size: %2px;"
               " padding: %3px %4px; border: 2px solid #56636f; border-radius: 8px; }"
               "#kioskBar QPushButton:checked { background: #3a4a5c; border-color: #e3b341; }"
               "#kioskBar QPushButton:focus { border-color: #f5f7fa; }"
               "#kioskBar QPushButton:disabled { color: #56636f; }")
        .arg(px(36), px(24), px(8), px(20));
}
} // namespace

KioskWindow::KioskWindow(AppSession *session, KioskPinGate *gate, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_gate(gate)
    , m_queries(session ? std::make_unique<ComplianceQueries>(session->cache()) : nullptr)
    , m_pages(new QStackedWidget(this))
    , m_notice(new QLabel(this))
    , m_dashboard(new KioskDashboard(this))
    , m_lockedPage(new KioskLockedPage(this))
    , m_signInPanel(new KioskSignInPanel(this))
    , m_bar(new QWidget(this))
    , m_cycle(new QTimer(this))
    , m_idle(new KioskIdleWatcher(this))
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(tr("Dispatchable — read-only audit view"));
    setAccessibleName(tr("Kiosk: read-only audit view"));
    m_bar->setObjectName(QStringLiteral("kioskBar"));
    m_bar->setAttribute(Qt::WA_StyledBackground);

    m_notice->setObjectName(QStringLiteral("kioskNotice"));
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setWordWrap(true);
    m_notice->setText(tr("Checking who is signed in…"));
    m_pages->addWidget(m_notice);
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_lockedPage);
    m_signInPanel->hide();

    auto *barLayout = new QHBoxLayout(m_bar);
    barLayout->setContentsMargins(24, 8, 24, 12);
    QPushButton *previous = addBarButton(tr("◀ &Previous Tenant"), "kioskPreviousTenant",
                                         tr("Show the previous tenant"));
    m_pause = addBarButton(tr("P&ause Cycling"), "kioskPauseCycling",
                           tr("Pause cycling through the tenants"));
    m_pause->setCheckable(true);
    QPushButton *next =
        addBarButton(tr("&Next Tenant ▶"), "kioskNextTenant", tr("Show the next tenant"));
    QPushButton *dashboard =
        addBarButton(tr("&Dashboard"), "kioskShowDashboard", tr("Show the compliance dashboard"));
    QPushButton *audit =
        addBarButton(tr("Audit &Trail"), "kioskShowAuditTrail", tr("Show the audit trail"));
    m_leave = addBarButton(tr("&Leave Kiosk Mode…"), "kioskLeave",
                           tr("Leave kiosk mode (needs the PIN)"));
    QPushButton *leave = m_leave;
    m_viewButtons = {previous, m_pause, next, dashboard, audit};
    barLayout->addWidget(previous);
    barLayout->addWidget(m_pause);
    barLayout->addWidget(next);
    barLayout->addSpacing(32);
    barLayout->addWidget(dashboard);
    barLayout->addWidget(audit);
    barLayout->addStretch(1);
    barLayout->addWidget(leave);
    connect(previous, &QPushButton::clicked, this, &KioskWindow::showPreviousTenant);
    connect(next, &QPushButton::clicked, this, &KioskWindow::showNextTenant);
    connect(m_pause, &QPushButton::toggled, this, &KioskWindow::setCyclingPaused);
    connect(dashboard, &QPushButton::clicked, this, &KioskWindow::showDashboard);
    connect(audit, &QPushButton::clicked, this, &KioskWindow::showAuditTrail);
    connect(leave, &QPushButton::clicked, this, &KioskWindow::requestLeave);
    updateControls(); // nothing but the way out until the account is known to be an auditor's

    auto *layout = new QVBoxLayout(this);
    // The screen decides the window's size, never its contents: a minimum size would make the
    // window outgrow a small screen.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_signInPanel);
    layout->addWidget(m_bar);
    applyStyle();

    setCycleInterval(defaultCycleInterval);
    connect(m_cycle, &QTimer::timeout, this, &KioskWindow::showNextTenant);
    connect(m_idle, &KioskIdleWatcher::idle, this, &KioskWindow::returnToDashboard);
    qApp->installEventFilter(this);
    if (!session)
        return;
    connect(session, &AppSession::userChanged, this, &KioskWindow::checkRole);
    connect(session, &AppSession::syncSettled, this, [this] {
        reloadTenants();
        refreshSummary();
    });
    connect(session, &AppSession::onlineChanged, m_dashboard, &KioskDashboard::setOnline);
    m_dashboard->setOnline(session->isOnline());
    checkRole();
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
}

QString KioskWindow::roleRefusal(const QString &role)
{
    if (role == QLatin1StringView("auditor"))
        return {};
    return tr("Kiosk mode shows every tenant's data on an unattended screen, so it runs only with "
              "an auditor account, which cannot change anything. This connection is signed in as "
              "%1. Sign in with an auditor account or API token to use kiosk mode.")
        .arg(role.isEmpty() ? tr("an unknown role") : role);
}

QPushButton *KioskWindow::addBarButton(const QString &text, const char *objectName,
                                       const QString &accessibleName)
{
    auto *button = new QPushButton(text, m_bar);
    button->setObjectName(QLatin1StringView(objectName));
    button->setAccessibleName(accessibleName);
    return button;
}

void KioskWindow::setTextScale(qreal scale)
{
    m_textScale = scale;
    applyStyle();
}

void KioskWindow::applyStyle()
{
    setStyleSheet(styleSheetFor(m_textScale));
    m_lockedPage->setTextScale(m_textScale);
    m_signInPanel->setTextScale(m_textScale);
    const int margin = qRound(24 * m_textScale);
    m_bar->layout()->setContentsMargins(margin, qRound(8 * m_textScale), margin,
                                        qRound(12 * m_textScale));
    for (QPushButton *button : m_bar->findChildren<QPushButton *>())
        button->setMinimumHeight(qRound(48 * m_textScale));
    if (m_auditTrail) {
        m_auditTrail->setFont(kioskFont(font(), 20 * m_textScale));
    }
}

void KioskWindow::setRememberedRole(const QString &role)
{
    m_rememberedRole = role;
    checkRole();
}

void KioskWindow::showLocked(const KioskLockNotice &notice)
{
    m_locked = true;
    m_cycle->stop();
    m_lockedPage->setNotice(notice);
    m_pages->setCurrentWidget(m_lockedPage);
    updateControls();
}

void KioskWindow::clearLock()
{
    if (!m_locked)
        return;
    m_locked = false;
    m_pages->setCurrentWidget(m_allowed ? static_cast<QWidget *>(m_dashboard) : m_notice);
    updateControls();
    checkRole();
    if (m_allowed && !m_pause->isChecked())
        m_cycle->start();
}

void KioskWindow::setSignInNeeded(KioskDeviceSignIn *signIn)
{
    m_signInPanel->setSignIn(signIn);
    m_signInPanel->setVisible(signIn != nullptr);
    m_dashboard->setSignInNeeded(signIn != nullptr);
}

bool KioskWindow::isSignInNeeded() const
{
    return m_dashboard->isSignInNeeded();
}

void KioskWindow::updateControls()
{
    for (QPushButton *button : std::as_const(m_viewButtons))
        button->setEnabled(m_allowed && !m_locked);
    // Locked, the PIN is still the way out for IT; while the role is unknown there is nothing
    // to protect yet and nothing to leave to.
    m_leave->setEnabled(m_allowed || m_locked);
}

void KioskWindow::setCycleInterval(std::chrono::milliseconds interval)
{
    m_cycle->setInterval(interval);
}

void KioskWindow::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idle->setTimeout(timeout);
}

void KioskWindow::checkRole()
{
    if (!m_session || !m_refusal.isEmpty())
        return;
    if (!m_session->isRoleKnown()) {
        // Confirmed by the backend on an earlier start: the cache holds an auditor's data.
        if (!m_allowed && m_rememberedRole == QLatin1StringView("auditor"))
            allow();
        return;
    }
    m_refusal = roleRefusal(m_session->role());
    if (!m_refusal.isEmpty())
        refuse();
    else if (!m_allowed)
        allow();
}

void KioskWindow::allow()
{
    m_allowed = true;
    updateControls();
    if (m_locked)
        return; // clearLock() shows the dashboard
    m_pages->setCurrentWidget(m_dashboard);
    reloadTenants();
    refreshSummary();
    if (!m_pause->isChecked())
        m_cycle->start();
}

void KioskWindow::refuse()
{
    // Also after a remembered role let the cached figures show: they go at once.
    m_allowed = false;
    m_cycle->stop();
    m_dashboard->setSummary(std::nullopt);
    m_notice->setText(m_refusal);
    if (!m_locked)
        m_pages->setCurrentWidget(m_notice);
    updateControls();
    emit roleRefused(m_refusal);
}

void KioskWindow::reloadTenants()
{
    m_tenantIds.clear();
    if (TenantModel *tenants = m_session ? m_session->tenantModel() : nullptr) {
        for (int row = 0; row < tenants->rowCount(); ++row)
            m_tenantIds.append(tenants->tenant(row).id);
    }
    if (!m_tenantIds.contains(m_currentTenant))
        m_currentTenant = m_tenantIds.value(0);
}

void KioskWindow::refreshSummary()
{
    if (!m_allowed)
        return;
    // The cache is the source: it holds the last synced data even when the backend is gone.
    m_dashboard->setSummary(m_currentTenant.isEmpty() ? std::nullopt
                                                      : m_queries->summary(m_currentTenant));
    m_dashboard->setPosition(int(m_tenantIds.indexOf(m_currentTenant)), int(m_tenantIds.size()));
}

void KioskWindow::showTenant(const QString &tenantId)
{
    if (!m_tenantIds.contains(tenantId))
        return;
    m_currentTenant = tenantId;
    refreshSummary();
}

void KioskWindow::showNextTenant()
{
    if (m_tenantIds.isEmpty())
        return;
    const qsizetype at = m_tenantIds.indexOf(m_currentTenant);
    showTenant(m_tenantIds.at((at + 1) % m_tenantIds.size()));
}

void KioskWindow::showPreviousTenant()
{
    if (m_tenantIds.isEmpty())
        return;
    const qsizetype at = m_tenantIds.indexOf(m_currentTenant);
    showTenant(m_tenantIds.at((at - 1 + m_tenantIds.size()) % m_tenantIds.size()));
}

bool KioskWindow::isShowingDashboard() const
{
    return m_pages->currentWidget() == m_dashboard;
}

void KioskWindow::showDashboard()
{
    if (!m_allowed || m_locked)
        return;
    m_pages->setCurrentWidget(m_dashboard);
    if (!m_pause->isChecked())
        m_cycle->start();
}

void KioskWindow::showAuditTrail()
{
    if (!m_allowed || m_locked)
        return;
    if (!m_auditTrail) {
        m_auditTrail = new AuditTrailView(m_session, QString(), this);
        m_auditTrail->setAutoFillBackground(true);
        m_pages->addWidget(m_auditTrail);
        applyStyle(); // its type size
    } else {
        m_auditTrail->refresh();
    }
    m_cycle->stop(); // someone is reading: do not pull the page away
    m_pages->setCurrentWidget(m_auditTrail);
}

void KioskWindow::setCyclingPaused(bool paused)
{
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused);
    if (paused)
        m_cycle->stop();
    else if (isShowingDashboard() && m_allowed && !m_locked)
        m_cycle->start();
}

void KioskWindow::requestLeave()
{
    if (m_pinDialog) {
        m_pinDialog->raise();
        return;
    }
    m_pinDialog = new KioskPinDialog(m_gate, this);
    m_pinDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_pinDialog, &QDialog::accepted, this, [this] {
        m_unlocked = true;
        emit unlocked();
    });
    m_pinDialog->open();
}

void KioskWindow::returnToDashboard()
{
    if (m_pinDialog)
        m_pinDialog->reject();
    setCyclingPaused(false);
    showDashboard();
}

bool KioskWindow::event(QEvent *event)
{
    // Claim leaving keys before any shortcut sees them, then ignore them in keyPressEvent.
    if (event->type() == QEvent::ShortcutOverride &&
        isLeavingKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void KioskWindow::keyPressEvent(QKeyEvent *event)
{
    if (isLeavingKey(event)) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Escape and the close/quit keys pressed in any widget of this window (not in the PIN
    // dialog, where Escape just closes the dialog) are swallowed.
    if ((event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) &&
        watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->window() == this && isLeavingKey(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    // Alt+F4, the window manager's close button and QWidget::close() all land here.
    if (m_unlocked || !m_refusal.isEmpty()) {
        event->accept();
        return;
    }
    event->ignore();
    if (m_allowed || m_locked)
        requestLeave();
}
