// The alert a live 911 call raises at the desk: who is calling from which number, the location
// Teams sent beside the registered one (and both on the map), how long the call has been going
// on, and Acknowledge. It comes to the front at once, beeps and flashes until acknowledged, as
// far as the desk's alert style allows (people who cannot bear flashing or sound turn them off;
// the window and its text stay).
#pragma once

#include "calls/EmergencyCall.h"

#include <QTimer>
#include <QWidget>

class MapView;
class QLabel;
class QPushButton;

struct AlertStyle
{
    bool sound = true;
    bool flashing = true;
    // The EmergencyAlertStyle setting's code ("sound-and-flashing", "sound", …).
    static AlertStyle fromCode(const QString &code);
};

class EmergencyAlertWindow : public QWidget
{
    Q_OBJECT
public:
    EmergencyAlertWindow(const EmergencyCall &call, const QString &tenantName,
                         const AlertStyle &style, QWidget *parent = nullptr);

    QString callId() const { return m_call.id; }
    // A newer state of the same call (ended, acknowledged elsewhere, location updated).
    void update(const EmergencyCall &call);
    // The acknowledgement failed at the backend: say so and let the desk try again.
    void showAcknowledgeError(const QString &message);

    // For tests and screenshots: what the window says.
    QString headline() const;
    QString elapsedText() const;
    bool isFlashing() const { return m_flashTimer.isActive(); }
    bool beeps() const { return m_style.sound; }

signals:
    void acknowledgeRequested(const QString &callId);
    void callLogRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildLocations();
    void refresh();
    void tick();
    void flash();
    void stopAttention();

    EmergencyCall m_call;
    QString m_tenantName;
    AlertStyle m_style;
    QWidget *m_header = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_caller = nullptr;
    QLabel *m_sent = nullptr;
    QLabel *m_registered = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_status = nullptr;
    MapView *m_map = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QTimer m_clock;
    QTimer m_flashTimer;
    bool m_flashOn = false;
};
