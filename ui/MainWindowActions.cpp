// The main window's actions, menus and toolbar: every action has a shortcut and sits in a menu,
// so the whole app can be driven from the keyboard and each command can be found by reading.
#include "MainWindow.h"

#include "NumberTablePane.h"
#include "session/AppSession.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QTableView>
#include <QToolBar>

namespace {
QAction *makeAction(const QString &text, const QString &name, const QKeySequence &shortcut,
                    QObject *parent)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    return action;
}
} // namespace

void MainWindow::createActions()
{
    m_syncAction =
        makeAction(tr("⟳ Sync"), QStringLiteral("syncAction"), QKeySequence(Qt::Key_F5), this);
    m_syncAction->setToolTip(tr("Fetch the latest changes from the backend (F5)"));
    connect(m_syncAction, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->syncEngine()->sync();
    });

    // Each number action forwards the selection only while it is enabled (role, selection).
    auto numberAction = [this](QAction *action, void (MainWindow::*signal)(const QStringList &)) {
        connect(action, &QAction::triggered, this, [this, action, signal] {
            const QStringList numbers = selectedNumbers();
            if (!numbers.isEmpty() && action->isEnabled())
                emit(this->*signal)(numbers);
        });
    };
    m_registerAction = makeAction(tr("Register With 911…"), QStringLiteral("registerAction"),
                                  QKeySequence(Qt::CTRL | Qt::Key_E), this);
    numberAction(m_registerAction, &MainWindow::registerRequested);

    m_moveAction = makeAction(tr("Move to Another Address…"), QStringLiteral("moveAction"),
                              QKeySequence(Qt::CTRL | Qt::Key_M), this);
    m_moveAction->setToolTip(tr("Point registered numbers at another emergency address; the "
                                "fee does not change (Ctrl+M)"));
    numberAction(m_moveAction, &MainWindow::moveRequested);

    m_turnOffAction = makeAction(tr("Turn off…"), QStringLiteral("turnOffAction"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this);
    m_turnOffAction->setToolTip(tr("Turn off E911: the numbers fall back to basic 911"));
    numberAction(m_turnOffAction, &MainWindow::turnOffRequested);

    m_importAction = makeAction(tr("&Import Numbers from CSV…"), QStringLiteral("importAction"),
                                QKeySequence(Qt::CTRL | Qt::Key_I), this);
    m_importAction->setToolTip(tr("Register many numbers at their emergency addresses from a "
                                  "CSV file, with a preview of every row first (Ctrl+I)"));
    connect(m_importAction, &QAction::triggered, this, [this] {
        if (m_importAction->isEnabled())
            emit importRequested();
    });

    m_addressesAction = makeAction(tr("Emergency &Addresses…"), QStringLiteral("addressesAction"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this);
    m_addressesAction->setToolTip(tr("The tenant's emergency addresses (Ctrl+Shift+A)"));
    connect(m_addressesAction, &QAction::triggered, this, [this] {
        if (m_addressesAction->isEnabled())
            emit addressesRequested();
    });

    m_auditAction = makeAction(tr("Audit &Trail…"), QStringLiteral("auditAction"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), this);
    m_auditAction->setToolTip(tr("Who changed which number or address, when and why "
                                 "(Ctrl+Shift+T)"));
    connect(m_auditAction, &QAction::triggered, this, &MainWindow::auditTrailRequested);

    m_reportAction = makeAction(tr("Export Compliance &Report…"), QStringLiteral("reportAction"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this);
    m_reportAction->setToolTip(tr("The tenant's 911 readiness as a PDF or CSV file "
                                  "(Ctrl+Shift+R)"));
    connect(m_reportAction, &QAction::triggered, this, [this] {
        if (m_reportAction->isEnabled())
            emit reportRequested();
    });

    // 47 CFR 9.11 warning labels; the session wiring opens the dialog (found by its name).
    auto *labelsAction =
        makeAction(tr("Print &Warning Labels…"), QStringLiteral("warningLabelsAction"),
                   QKeySequence(Qt::CTRL | Qt::Key_P), this);
    labelsAction->setToolTip(tr("Labels for phones stating the limits of emergency calling, as a "
                                "PDF for Avery label sheets (Ctrl+P)"));
    addAction(labelsAction);

    // The network map, the 933 checklist and the Teams script (issue 9); ui/lis/LisWiring
    // answers them (found by their names). Auditors get them too, read-only.
    auto *networkMapAction = makeAction(tr("&Network Map…"), QStringLiteral("networkMapAction"),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    networkMapAction->setToolTip(tr("The subnets, Wi-Fi access points and switches that tell "
                                    "Teams where a caller is (Ctrl+Shift+N)"));
    auto *testCallsAction = makeAction(tr("&933 Test Calls…"), QStringLiteral("testCallsAction"),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this);
    testCallsAction->setToolTip(tr("Which places and numbers a 933 test call has proven, and "
                                   "record a new one (Ctrl+Shift+L)"));
    auto *teamsScriptAction =
        makeAction(tr("Export &Teams Script…"), QStringLiteral("exportTeamsScriptAction"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this);
    teamsScriptAction->setToolTip(tr("Save the tenant's emergency configuration as a PowerShell "
                                     "script for Teams (Ctrl+Shift+P)"));
    // What Teams holds beside what Dispatchable holds (issue 17); ui/lis/LisWiring answers it.
    auto *compareTeamsAction =
        makeAction(tr("Co&mpare With Teams…"), QStringLiteral("compareTeamsAction"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), this);
    compareTeamsAction->setToolTip(tr("Read the tenant's Teams PowerShell exports and show what "
                                      "differs from Dispatchable (Ctrl+Shift+M)"));
    // The desk's call log (issue 16); ui/desk/EmergencyDesk answers it.
    auto *callsAction = makeAction(tr("&Emergency Calls…"), QStringLiteral("emergencyCallsAction"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y), this);
    callsAction->setToolTip(tr("Live 911 and 933 calls from Teams, with the location each one "
                               "sent (Ctrl+Shift+Y)"));
    addActions(
        {networkMapAction, testCallsAction, compareTeamsAction, teamsScriptAction, callsAction});

    m_limitationsAction =
        makeAction(tr("Limitations of emergency calling"), QStringLiteral("limitationsAction"),
                   QKeySequence(Qt::Key_F1), this);
    connect(m_limitationsAction, &QAction::triggered, this, &MainWindow::limitationsRequested);

    m_settingsAction = makeAction(tr("&Settings…"), QStringLiteral("settingsAction"),
                                  QKeySequence(Qt::CTRL | Qt::Key_Comma), this);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);

    m_aboutAction = makeAction(tr("&About Dispatchable"), QStringLiteral("aboutAction"),
                               QKeySequence(Qt::SHIFT | Qt::Key_F1), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::aboutRequested);

    // Wired by the start-up flow of a real connection; the demo hides them.
    m_connectAction = makeAction(tr("&Connect to a Backend…"), QStringLiteral("connectAction"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this);
    m_signOutAction = makeAction(tr("Sign &Out"), QStringLiteral("signOutAction"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), this);
    m_signOutAction->setToolTip(tr("Revoke this computer's sign-in and remove it from the "
                                   "keychain; the connection and queued changes stay"));

    m_quitAction = makeAction(tr("&Quit"), QStringLiteral("quitAction"),
                              QKeySequence(Qt::CTRL | Qt::Key_Q), this);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_filterAction = makeAction(tr("Filter numbers"), QStringLiteral("filterAction"),
                                QKeySequence(Qt::CTRL | Qt::Key_F), this);
    connect(m_filterAction, &QAction::triggered, m_numberPane, &NumberTablePane::focusFilter);

    m_jumpAction = makeAction(tr("Jump to tenant or number"), QStringLiteral("jumpAction"),
                              QKeySequence(Qt::CTRL | Qt::Key_K), this);
    connect(m_jumpAction, &QAction::triggered, this, [this] {
        m_jumpEdit->setFocus(Qt::ShortcutFocusReason);
        m_jumpEdit->selectAll();
    });

    // Copy acts on the table only, so Ctrl+C in a text field still copies its text.
    m_copyAction = new QAction(tr("Copy numbers (E.164)"), m_numberPane->view());
    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, m_numberPane, &NumberTablePane::copySelection);

    addActions({m_syncAction, m_registerAction, m_moveAction, m_turnOffAction, m_importAction,
                m_addressesAction, m_auditAction, m_reportAction, m_limitationsAction,
                m_settingsAction, m_aboutAction, m_connectAction, m_signOutAction, m_quitAction,
                m_filterAction, m_jumpAction});
    // Right-click offers what the toolbar offers.
    QTableView *table = m_numberPane->view();
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addActions({m_registerAction, m_moveAction, m_turnOffAction, m_copyAction});
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importAction);
    file->addAction(m_reportAction);
    file->addAction(findChild<QAction *>(QStringLiteral("exportTeamsScriptAction")));
    file->addAction(findChild<QAction *>(QStringLiteral("warningLabelsAction")));
    file->addSeparator();
    file->addAction(m_connectAction);
    file->addAction(m_signOutAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *numbers = menuBar()->addMenu(tr("&Numbers"));
    numbers->addAction(m_registerAction);
    numbers->addAction(m_moveAction);
    numbers->addAction(m_turnOffAction);
    numbers->addSeparator();
    numbers->addAction(m_copyAction);
    numbers->addAction(m_filterAction);
    numbers->addAction(m_jumpAction);

    QMenu *tenant = menuBar()->addMenu(tr("&Tenant"));
    tenant->addAction(m_addressesAction);
    tenant->addAction(findChild<QAction *>(QStringLiteral("networkMapAction")));
    tenant->addAction(findChild<QAction *>(QStringLiteral("testCallsAction")));
    tenant->addAction(findChild<QAction *>(QStringLiteral("compareTeamsAction")));
    tenant->addAction(findChild<QAction *>(QStringLiteral("emergencyCallsAction")));
    tenant->addAction(m_auditAction);
    tenant->addAction(m_syncAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_limitationsAction);
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->addAction(m_syncAction);
    m_jumpEdit = new QLineEdit(toolBar);
    m_jumpEdit->setObjectName(QStringLiteral("jumpEdit"));
    m_jumpEdit->setPlaceholderText(tr("Jump to tenant or number… (Ctrl+K)"));
    m_jumpEdit->setAccessibleName(tr("Jump to tenant or number"));
    m_jumpEdit->setMaximumWidth(320);
    connect(m_jumpEdit, &QLineEdit::returnPressed, this, &MainWindow::jump);
    toolBar->addWidget(m_jumpEdit);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addAction(m_addressesAction);
    toolBar->addAction(m_limitationsAction);
}
