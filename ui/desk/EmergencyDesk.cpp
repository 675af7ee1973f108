#include "EmergencyDesk.h"

#include "EmergencyAlertWindow.h"
#include "EmergencyCallLogWindow.h"
#include "calls/EmergencyCallFeed.h"
#include "models/EmergencyCallLogModel.h"
#include "session/AppSession.h"
#include "settings/EffectiveSettings.h"
#include "settings/EmergencyAlertStyleSetting.h"
#include "store/Cache.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>

EmergencyDesk::EmergencyDesk(AppSession &session, QWidget *windowParent,
                             const EffectiveSettings *settings)
    : QObject(&session) // ends with the session whose feed it shows
    , m_session(session)
    , m_windowParent(windowParent)
    , m_settings(settings)
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

void EmergencyDesk::openCallLogOn(QAction *action)
{
    if (action)
        connect(action, &QAction::triggered, this, &EmergencyDesk::showCallLog);
}

QString EmergencyDesk::tenantName(const QString &tenantId) const
{
    return m_session.cache()->tenantName(tenantId, tenantId);
}

void EmergencyDesk::bringToFront(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

void EmergencyDesk::start()
{
    if (!m_started) {
        m_started = true;
        // The first sync may bring the tenants after the feed's first calls.
        connect(&m_session, &AppSession::syncSettled, this, &EmergencyDesk::reloadTenantNames);
    }
    reloadTenantNames();
    m_session.emergencyCallFeed()->start();
}

void EmergencyDesk::reloadTenantNames()
{
    m_model->setTenantNames(m_session.cache()->tenantNames());
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
    const QString style =
        m_settings ? m_settings->emergencyAlertStyle() : EmergencyAlertStyleSetting::defaultCode();
    auto *window = new EmergencyAlertWindow(call, tenantName(call.tenantId),
                                            AlertStyle::fromCode(style), m_windowParent);
    window->setWindowFlag(Qt::WindowStaysOnTopHint, m_alertsStayOnTop);
    m_alerts.insert(call.id, window);
    connect(window, &EmergencyAlertWindow::acknowledgeRequested, this, &EmergencyDesk::acknowledge);
    connect(window, &EmergencyAlertWindow::callLogRequested, this, [this, id = call.id] {
        showCallLog();
        m_log->selectCall(id);
    });
    bringToFront(window);
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
        m_log->setWindowFlag(Qt::WindowStaysOnTopHint, m_alertsStayOnTop);
    }
    bringToFront(m_log);
}
