#include "KioskLauncher.h"

#include "EmergencyDesk.h"
#include "KioskScreenFit.h"
#include "session/AppSession.h"

#include <QGuiApplication>
#include <QMessageBox>
#include <QScreen>

bool KioskOptions::parse(const QString &cycle, const QString &idle, QString *error)
{
    bool cycleOk = false, idleOk = false;
    const int seconds = cycle.toInt(&cycleOk);
    const int minutes = idle.toInt(&idleOk);
    if (!cycleOk || seconds < 5 || seconds > 3600) {
        *error = QCoreApplication::translate(
            "KioskLauncher", "--kiosk-interval must be a number of seconds from 5 to 3600.");
        return false;
    }
    if (!idleOk || minutes < 1 || minutes > 120) {
        *error = QCoreApplication::translate(
            "KioskLauncher", "--kiosk-idle must be a number of minutes from 1 to 120.");
        return false;
    }
    cycleSeconds = seconds;
    idleMinutes = minutes;
    return true;
}

KioskLauncher::KioskLauncher(AppSession *session, const EffectiveSettings *settings,
                             QSettings *store, const KioskOptions &options)
    : m_limiter(store)
    , m_gate(settings, &m_limiter)
    , m_window(std::make_unique<KioskWindow>(session, &m_gate))
{
    KioskWindow *window = m_window.get();
    window->setCycleInterval(std::chrono::seconds(options.cycleSeconds));
    window->setIdleTimeout(std::chrono::minutes(options.idleMinutes));
    QObject::connect(window, &KioskWindow::unlocked, window, [window] {
        window->close();
        QCoreApplication::exit(0);
    });
    QObject::connect(window, &KioskWindow::roleRefused, window, [window](const QString &message) {
        QMessageBox::critical(
            window,
            QCoreApplication::translate("KioskLauncher", "Kiosk mode needs an auditor account"),
            message);
        QCoreApplication::exit(1);
    });
    window->setWindowFlag(Qt::WindowStaysOnTopHint);
    QScreen *screen = QGuiApplication::primaryScreen();
    window->setTextScale(kioskscreen::textScale(screen));
    kioskscreen::fillScreen(window, screen);
    QObject::connect(screen, &QScreen::geometryChanged, window,
                     [window, screen] { window->setTextScale(kioskscreen::textScale(screen)); });
    if (session)
        startDesk(session, settings);
}

// A security desk often is an auditor's kiosk: a 911 call raises its alert above the kiosk. The
// feed starts once the backend has said who is signed in (before that it would only be refused),
// and only for a role the kiosk accepts.
void KioskLauncher::startDesk(AppSession *session, const EffectiveSettings *settings)
{
    m_desk = new EmergencyDesk(*session, m_window.get(), settings);
    m_desk->setAlertsStayOnTop(true);
    EmergencyDesk *desk = m_desk;
    const auto startWhenSignedIn = [session, desk] {
        if (session->isRoleKnown() && KioskWindow::roleRefusal(session->role()).isEmpty())
            desk->start();
    };
    QObject::connect(session, &AppSession::userChanged, m_desk, startWhenSignedIn);
    startWhenSignedIn();
}

KioskLauncher::~KioskLauncher() = default;
