// The security desk inside the app (issue 16): starts the session's live emergency-call feed,
// raises an alert window at once for every 911 call nobody has acknowledged, opens the call log
// (Tenant > Emergency Calls…), and sends acknowledgements from either. 933 test calls only
// appear in the log.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class AppSession;
class EmergencyAlertWindow;
class EmergencyCallLogModel;
class EmergencyCallLogWindow;
class MainWindow;
class QWidget;
struct EmergencyCall;

class EmergencyDesk : public QObject
{
    Q_OBJECT
public:
    // `tenantName` turns a tenant id into the name to show. The desk belongs to the session;
    // its windows are top-level windows of `windowParent` (the main window, or the kiosk).
    EmergencyDesk(AppSession &session, QWidget *windowParent,
                  std::function<QString(const QString &)> tenantName);
    ~EmergencyDesk() override;

    void start();
    void showCallLog();
    EmergencyAlertWindow *alertWindow(const QString &callId) const;
    EmergencyCallLogWindow *callLogWindow() const;

private:
    void raiseAlert(const EmergencyCall &call);
    void acknowledge(const QString &callId);

    AppSession &m_session;
    QWidget *m_windowParent;
    std::function<QString(const QString &)> m_tenantName;
    EmergencyCallLogModel *m_model = nullptr;
    QPointer<EmergencyCallLogWindow> m_log;
    QHash<QString, QPointer<EmergencyAlertWindow>> m_alerts;
};

// The desk for the main window: started with the session, the call log on its action.
EmergencyDesk *connectEmergencyDesk(MainWindow &window, AppSession &session);
