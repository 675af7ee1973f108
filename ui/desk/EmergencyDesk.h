// The security desk (issue 16), in the main window and on a kiosk alike: starts the session's
// live emergency-call feed, raises an alert window at once for every 911 call nobody has
// acknowledged, opens the call log (Tenant > Emergency Calls… in the main window, the alert's
// button on a kiosk), and sends acknowledgements from either. 933 test calls only appear in the
// log.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class AppSession;
class EffectiveSettings;
class EmergencyAlertWindow;
class EmergencyCallLogModel;
class EmergencyCallLogWindow;
class QAction;
class QWidget;
struct EmergencyCall;

class EmergencyDesk : public QObject
{
    Q_OBJECT
public:
    // The desk belongs to the session; its windows are top-level windows of `windowParent` (the
    // main window, or the kiosk). `settings` (not owned, may be null for the defaults) gives the
    // alert style, read for each alert so a change applies to the next call.
    EmergencyDesk(AppSession &session, QWidget *windowParent, const EffectiveSettings *settings);
    ~EmergencyDesk() override;

    // A kiosk fills the screen and stays on top of everything: its alerts must stay above it.
    void setAlertsStayOnTop(bool onTop) { m_alertsStayOnTop = onTop; }
    // The main window's Tenant > Emergency Calls… action.
    void openCallLogOn(QAction *action);
    // Starts the feed; calling it again only refreshes the tenants' names.
    void start();
    void showCallLog();
    EmergencyAlertWindow *alertWindow(const QString &callId) const;
    EmergencyCallLogWindow *callLogWindow() const;

private:
    void raiseAlert(const EmergencyCall &call);
    void acknowledge(const QString &callId);
    QString tenantName(const QString &tenantId) const;
    void reloadTenantNames();
    static void bringToFront(QWidget *window);

    AppSession &m_session;
    QWidget *m_windowParent;
    const EffectiveSettings *m_settings;
    bool m_alertsStayOnTop = false;
    bool m_started = false;
    EmergencyCallLogModel *m_model = nullptr;
    QPointer<EmergencyCallLogWindow> m_log;
    QHash<QString, QPointer<EmergencyAlertWindow>> m_alerts;
};
