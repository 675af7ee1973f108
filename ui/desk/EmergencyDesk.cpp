#include "EmergencyDesk.h"

#include "EmergencyAlertWindow.h"
#include "EmergencyCallLogWindow.h"
#include "MainWindow.h"
#include "calls/EmergencyCallFeed.h"
#include "models/EmergencyCallLogModel.h"
#include "session/AppSession.h"
#include "store/Cache.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>

EmergencyDesk::EmergencyDesk(AppSession &session, QWidget *windowParent,
                             std::function<QString(const QString &)> tenantName)
    : QObject(&session) // ends with the session whose feed it shows
    , m_session(session)
    , m_windowParent(windowParent)
    , m_tenantName(std::move(tenantName))
{
    EmergencyCallFeed *feed = m_session.emergencyCallFeed();
    m_model = new EmergencyCallLogModel(*feed, this);
    connect(feed, &EmergencyCallFeed::alert, this, &EmergencyDesk::raiseAlert);
    connect(feed, &EmergencyCallFeed::callChanged, this, [this](const EmergencyCall &call) {
        if (EmergencyAlertWindow *window = alertWindow(call.id))
            window->update(call);
    });
    connect(feed, &EmergencyCallFeed::acknowledgeFailed, this,
            [this](const QString &callId, const ApiError &error) {
                if (EmergencyAlertWindow *window = alertWindow(callId))
                    window->showAcknowledgeError(error.message);
            });
}

EmergencyDesk::~EmergencyDesk() = default;

void EmergencyDesk::start()
{
    QHash<QString, QString> names;
    for (const Tenant &tenant : m_session.cache()->tenants())
        names.insert(tenant.id, tenant.name);
    m_model->setTenantNames(names);
    m_session.emergencyCallFeed()->start();
}

EmergencyAlertWindow *EmergencyDesk::alertWindow(const QString &callId) const
{
    return m_alerts.value(callId).data();
}

EmergencyCallLogWindow *EmergencyDesk::callLogWindow() const
{
    return m_log.data();
}

void EmergencyDesk::raiseAlert(const EmergencyCall &call)
{
    if (alertWindow(call.id))
        return;
    auto *window = new EmergencyAlertWindow(call, m_tenantName(call.tenantId),
                                            AlertStyle::fromSettings(), m_windowParent);
    m_alerts.insert(call.id, window);
    connect(window, &EmergencyAlertWindow::acknowledgeRequested, this, &EmergencyDesk::acknowledge);
    connect(window, &EmergencyAlertWindow::callLogRequested, this, [this, id = call.id] {
        showCallLog();
        m_log->selectCall(id);
    });
    window->show();
    window->raise();
    window->activateWindow();
    QApplication::alert(window); // the task bar or dock, when another app has the focus
    QAccessibleEvent announce(window, QAccessible::Alert);
    QAccessible::updateAccessibility(&announce);
}

void EmergencyDesk::acknowledge(const QString &callId)
{
    m_session.emergencyCallFeed()->acknowledge(callId);
}

void EmergencyDesk::showCallLog()
{
    if (!m_log) {
        m_log =
            new EmergencyCallLogWindow(*m_session.emergencyCallFeed(), *m_model, m_windowParent);
        m_log->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_log, &EmergencyCallLogWindow::acknowledgeRequested, this,
                &EmergencyDesk::acknowledge);
    }
    m_log->show();
    m_log->raise();
    m_log->activateWindow();
}

EmergencyDesk *connectEmergencyDesk(MainWindow &window, AppSession &session)
{
    auto *desk = new EmergencyDesk(session, &window, [&session](const QString &tenantId) {
        for (const Tenant &tenant : session.cache()->tenants()) {
            if (tenant.id == tenantId)
                return tenant.name;
        }
        return tenantId;
    });
    if (auto *action = window.findChild<QAction *>(QStringLiteral("emergencyCallsAction")))
        QObject::connect(action, &QAction::triggered, desk, &EmergencyDesk::showCallLog);
    desk->start();
    return desk;
}
