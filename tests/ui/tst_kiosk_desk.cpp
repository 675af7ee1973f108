// The security desk on an auditor's kiosk (issue 16), against the real backend and the Graph
// stand-in, offscreen: the kiosk window fills the screen and stays on top, so a 911 call's alert
// must come above it, with the alert style the settings give; the auditor acknowledges it from
// the kiosk and the backend records who did; a 933 call raises nothing on the kiosk.
#include "EmergencyAlertWindow.h"
#include "EmergencyDesk.h"
#include "GraphBackendFixture.h"
#include "KioskLauncher.h"
#include "calls/EmergencyCallFeed.h"
#include "kiosk/KioskPinHash.h"
#include "session/AppSession.h"
#include "settings/EffectiveSettings.h"

#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace graph_test;

class TestKioskDesk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void emergencyCallAlertsAboveTheKiosk();
    void auditorAcknowledgesFromTheKiosk();
    void testCallRaisesNothing();

private:
    QList<EmergencyAlertWindow *> visibleAlerts() const;

    GraphBackendFixture m_graph;
    QTemporaryDir m_dir;
    std::unique_ptr<EffectiveSettings> m_settings;
    std::unique_ptr<QSettings> m_limiterStore;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<KioskLauncher> m_kiosk;
};

void TestKioskDesk::initTestCase()
{
    QString error;
    QVERIFY2(m_graph.start(&error), qPrintable(error));
    m_settings = std::make_unique<EffectiveSettings>(ManagedSettings(),
                                                     m_dir.filePath(QStringLiteral("user.ini")));
    QVERIFY(m_settings->setKioskPinHash(
        KioskPinHash::create(QStringLiteral("735911"), KioskPinHash::minimumIterations)));
    QVERIFY(m_settings->setEmergencyAlertStyle(QStringLiteral("flashing"))); // no beeping here
    m_limiterStore = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("limiter.ini")),
                                                 QSettings::IniFormat);
    ConnectionProfile profile;
    profile.id = QStringLiteral("kiosk");
    profile.backendUrl = m_graph.backend().process().baseUrl();
    profile.certificateSha256 = m_graph.backend().process().certificateFingerprint();
    m_session = std::make_unique<AppSession>(
        profile, m_graph.backend().token(QStringLiteral("auditor")), m_dir.path());
    QVERIFY2(m_session->open(&error), qPrintable(error));
    m_kiosk = std::make_unique<KioskLauncher>(m_session.get(), m_settings.get(),
                                              m_limiterStore.get(), KioskOptions());
    QVERIFY(m_kiosk->desk());
    // Not before the backend has said who is signed in.
    QCOMPARE(m_session->emergencyCallFeed()->state(), EmergencyCallFeed::State::Stopped);
    m_session->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->emergencyCallFeed()->state(),
                              EmergencyCallFeed::State::Live, 20000);
    QVERIFY(m_kiosk->window()->isVisible());
}

void TestKioskDesk::cleanupTestCase()
{
    m_kiosk.reset();
    m_session.reset();
}

QList<EmergencyAlertWindow *> TestKioskDesk::visibleAlerts() const
{
    QList<EmergencyAlertWindow *> alerts;
    for (EmergencyAlertWindow *alert : m_kiosk->window()->findChildren<EmergencyAlertWindow *>()) {
        if (alert->isVisible())
            alerts.append(alert);
    }
    return alerts;
}

void TestKioskDesk::emergencyCallAlertsAboveTheKiosk()
{
    QCOMPARE(
        m_graph.deliver({m_graph.event(QStringLiteral("callStarted"), QStringLiteral("911"),
                                       m_graph.number().mid(1), m_graph.registeredLocation())}),
        202);
    QTRY_COMPARE_WITH_TIMEOUT(visibleAlerts().size(), 1, 10000);
    EmergencyAlertWindow *alert = visibleAlerts().constFirst();
    QVERIFY(alert->isWindow());
    QVERIFY(alert->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    QVERIFY(m_kiosk->window()->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    QCOMPARE(alert->headline(), QStringLiteral("911 call in progress"));
    QVERIFY(alert->isFlashing());
    QVERIFY(!alert->beeps());
    // The kiosk stays as it was behind the alert.
    QVERIFY(m_kiosk->window()->isVisible());
    QVERIFY(!m_kiosk->window()->isLocked());
    if (const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR"); !dir.isEmpty())
        alert->grab().save(QDir(dir).filePath(QStringLiteral("kiosk-alert.png")));
}

void TestKioskDesk::auditorAcknowledgesFromTheKiosk()
{
    QCOMPARE(visibleAlerts().size(), 1);
    EmergencyAlertWindow *alert = visibleAlerts().constFirst();
    const QString callId = alert->callId();
    auto *acknowledge = alert->findChild<QPushButton *>(QStringLiteral("acknowledgeButton"));
    QVERIFY(acknowledge->isEnabled());
    acknowledge->click();
    EmergencyCallFeed *feed = m_session->emergencyCallFeed();
    QTRY_VERIFY_WITH_TIMEOUT(feed->call(callId)->isAcknowledged(), 10000);
    // The backend records who: the auditor the kiosk is signed in as.
    QVERIFY(!m_session->userEmail().isEmpty());
    QCOMPARE(feed->call(callId)->acknowledgedBy, m_session->userEmail());
    QTRY_VERIFY(!alert->isFlashing());
    alert->close();
}

void TestKioskDesk::testCallRaisesNothing()
{
    const qsizetype callsBefore = m_session->emergencyCallFeed()->calls().size();
    QCOMPARE(
        m_graph.deliver({m_graph.event(QStringLiteral("callStarted"), QStringLiteral("933"),
                                       m_graph.number().mid(1), m_graph.registeredLocation())}),
        202);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->emergencyCallFeed()->calls().size(), callsBefore + 1,
                              10000);
    QTest::qWait(200); // an alert would be raised in the same turn of the event loop
    QVERIFY(visibleAlerts().isEmpty());
}

QTEST_MAIN(TestKioskDesk)
#include "tst_kiosk_desk.moc"
