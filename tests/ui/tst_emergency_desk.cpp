// The security desk in the real window against the real backend and the Graph stand-in (issue
// 16): a 911 call raises the alert at once, acknowledging it is recorded and audited, a 933 call
// raises no alert and becomes a test-call record (in the app's checklist too, marked as from
// Teams), a mismatch flags the number in the table and the detail pane, the live feed survives a
// backend restart in the middle of a call without losing or repeating anything, the alert's
// sound and flashing follow the EmergencyAlertStyle setting, and a burst of calls gives each one
// row. A call that names a place (Teams's location) with another address flags the place on
// the network map, the kiosk and the report.
#include "ApiTestHelpers.h"
#include "EmergencyAlertWindow.h"
#include "EmergencyCallLogWindow.h"
#include "EmergencyDesk.h"
#include "GraphBackendFixture.h"
#include "GraphNotificationSealer.h"
#include "KioskFigures.h"
#include "MainWindowFixture.h"
#include "NetworkMapWindow.h"
#include "TenantListPane.h"
#include "calls/EmergencyCallFeed.h"
#include "compliance/ComplianceQueries.h"
#include "models/DidModel.h"
#include "models/EmergencyCallLogModel.h"
#include "models/NetworkMapSnapshot.h"
#include "models/NetworkTreeModel.h"
#include "models/TestChecklistModel.h"
#include "report/ComplianceReport.h"
#include "report/ComplianceReportHtml.h"
#include "settings/EffectiveSettings.h"
#include "store/Cache.h"

#include <QAction>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QUuid>
#include <QtTest>

using namespace graph_test;

class TestEmergencyDesk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void emergencyCallRaisesTheAlertAtOnce();
    void acknowledgingIsRecordedAndAudited();
    void mismatchShowsWhatDiffered();
    void testCallRaisesNoAlertAndIsRecorded();
    void feedSurvivesABackendRestartMidCall();
    void alertStyleFollowsTheSetting();
    void burstGivesOneRowPerCall();
    void placeTeamsHoldsElsewhereIsFlagged();

private:
    QList<EmergencyAlertWindow *> alertWindows() const;
    EmergencyAlertWindow *alertFor(const QString &number) const;
    QJsonObject startedCall(const QString &dialed, const QString &phone,
                            const QJsonObject &location) const;
    void numberIsFlaggedInTableAndDetailPane(const QString &number);

    GraphBackendFixture m_graph;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<EffectiveSettings> m_settings;
    MainWindowFixture m_app;
    EmergencyDesk *m_desk = nullptr;
};

void TestEmergencyDesk::initTestCase()
{
    m_settings = std::make_unique<EffectiveSettings>(
        ManagedSettings(), m_settingsDir.filePath(QStringLiteral("user.ini")));
    // No beeping in the test run; flashing stays on, as desks have it.
    QVERIFY(m_settings->setEmergencyAlertStyle(QStringLiteral("flashing")));
    QString error;
    QVERIFY2(m_graph.start(&error), qPrintable(error));
    QVERIFY(
        m_app.open(m_graph.backend(), QStringLiteral("staff"), MainWindowFixture::Dialogs::None));
    // As the app wires it (ui/SessionWiring.cpp).
    m_desk = new EmergencyDesk(*m_app.session, m_app.window.get(), m_settings.get());
    m_desk->openCallLogOn(m_app.find<QAction>(QStringLiteral("emergencyCallsAction")));
    m_desk->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_app.session->emergencyCallFeed()->state(),
                              EmergencyCallFeed::State::Live, 10000);
}

void TestEmergencyDesk::cleanupTestCase()
{
    for (EmergencyAlertWindow *w : alertWindows())
        w->close();
    m_app.window.reset();
    m_app.session.reset();
}

QList<EmergencyAlertWindow *> TestEmergencyDesk::alertWindows() const
{
    QList<EmergencyAlertWindow *> windows;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *alert = qobject_cast<EmergencyAlertWindow *>(w); alert && alert->isVisible())
            windows.append(alert);
    }
    return windows;
}

EmergencyAlertWindow *TestEmergencyDesk::alertFor(const QString &number) const
{
    for (EmergencyAlertWindow *w : alertWindows()) {
        const auto call = m_app.session->emergencyCallFeed()->call(w->callId());
        if (call && call->number == number)
            return w;
    }
    return nullptr;
}

QJsonObject TestEmergencyDesk::startedCall(const QString &dialed, const QString &phone,
                                           const QJsonObject &location) const
{
    return m_graph.event(QStringLiteral("callStarted"), dialed, phone, location);
}

void TestEmergencyDesk::emergencyCallRaisesTheAlertAtOnce()
{
    const QString number = m_graph.number();
    QElapsedTimer sinceDelivery;
    sinceDelivery.start();
    QCOMPARE(m_graph.deliver(
                 {startedCall(QStringLiteral("911"), number.mid(1), m_graph.registeredLocation())}),
             202);
    QTRY_VERIFY_WITH_TIMEOUT(alertFor(number), 10000);
    const qint64 elapsed = sinceDelivery.elapsed();
    qInfo("alert shown %lld ms after the notification was delivered", elapsed);
    QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
    EmergencyAlertWindow *alert = alertFor(number);
    QCOMPARE(alert->headline(), QStringLiteral("911 call in progress"));
    QVERIFY(alert->isFlashing());
    const auto *verdict = alert->findChild<QLabel *>(QStringLiteral("alertVerdict"));
    QVERIFY2(verdict->text().contains(QStringLiteral("Matches")), qPrintable(verdict->text()));
    const auto *sent = alert->findChild<QLabel *>(QStringLiteral("alertSentLocation"));
    QVERIFY(!sent->text().isEmpty());
}

void TestEmergencyDesk::acknowledgingIsRecordedAndAudited()
{
    EmergencyAlertWindow *alert = alertFor(m_graph.number());
    QVERIFY(alert);
    const QString callId = alert->callId();
    alert->findChild<QPushButton *>(QStringLiteral("acknowledgeButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_app.session->emergencyCallFeed()->call(callId)->isAcknowledged(),
                             10000);
    QTRY_VERIFY(!alert->isFlashing());
    QVERIFY(!alert->findChild<QPushButton *>(QStringLiteral("acknowledgeButton"))->isEnabled());
    const QJsonArray audit =
        api::listAll(m_graph.backend(),
                     QStringLiteral("/v1/audit?tenantId=%1&action=emergency_call.acknowledge")
                         .arg(m_graph.tenant()),
                     m_graph.staff());
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.at(0).toObject().value(QStringLiteral("target")).toString(), callId);
    // The caller hangs up; the window says so and the log keeps the call.
    QCOMPARE(m_graph.deliver({m_graph.event(QStringLiteral("callEnded"), QStringLiteral("911"),
                                            m_graph.number().mid(1), QJsonObject())}),
             202);
    QTRY_COMPARE_WITH_TIMEOUT(alert->headline(), QStringLiteral("911 call ended"), 10000);
    alert->close();
}

void TestEmergencyDesk::mismatchShowsWhatDiffered()
{
    // The user took the laptop home: Teams sends the home address, far from the office.
    QJsonObject home =
        teamsLocation(QStringLiteral("742"), QStringLiteral("Evergreen"), QStringLiteral("Terrace"),
                      QStringLiteral("Springfield"), QStringLiteral("OR"), QStringLiteral("97477"));
    home.insert(QStringLiteral("coordinates"),
                QJsonObject{{QStringLiteral("latitude"), QStringLiteral("44.0462")},
                            {QStringLiteral("longitude"), QStringLiteral("-123.0220")}});
    QCOMPARE(m_graph.deliver({startedCall(QStringLiteral("911"), m_graph.number().mid(1), home)}),
             202);
    QTRY_VERIFY_WITH_TIMEOUT(
        alertFor(m_graph.number()) &&
            alertFor(m_graph.number())->headline().contains(QStringLiteral("in progress")),
        10000);
    EmergencyAlertWindow *alert = alertFor(m_graph.number());
    const QString verdict = alert->findChild<QLabel *>(QStringLiteral("alertVerdict"))->text();
    QVERIFY2(verdict.contains(QStringLiteral("Differs")) &&
                 verdict.contains(QStringLiteral("house number")) &&
                 verdict.contains(QStringLiteral("ZIP code")),
             qPrintable(verdict));
    if (const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR"); !dir.isEmpty())
        alert->grab().save(QDir(dir).filePath(QStringLiteral("desk-alert.png")));
    alert->findChild<QPushButton *>(QStringLiteral("acknowledgeButton"))->click();
    QCOMPARE(m_graph.deliver({m_graph.event(QStringLiteral("callEnded"), QStringLiteral("911"),
                                            m_graph.number().mid(1), QJsonObject())}),
             202);
    QTRY_COMPARE_WITH_TIMEOUT(alert->headline(), QStringLiteral("911 call ended"), 10000);
    alert->close();
    numberIsFlaggedInTableAndDetailPane(m_graph.number());
}

void TestEmergencyDesk::numberIsFlaggedInTableAndDetailPane(const QString &number)
{
    // The call reached the cache through the sync it set off: the number is flagged where
    // admins look, with what differed.
    QVERIFY(m_app.window->tenantPane()->selectTenant(m_graph.tenant()));
    DidModel *model = m_app.session->didModel();
    const auto flag = [model, &number] {
        const int row = model->rowOf(number);
        return row < 0 ? QString()
                       : model->index(row, DidModel::StateColumn)
                             .data(DidModel::CallLocationRole)
                             .toString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!flag().isEmpty(), 15000);
    QVERIFY2(flag().contains(QStringLiteral("house number")), qPrintable(flag()));
    const QModelIndex state = model->index(model->rowOf(number), DidModel::StateColumn);
    QVERIFY2(state.data().toString().startsWith(QStringLiteral("⚠ Location differs")),
             qPrintable(state.data().toString()));
    QCOMPARE(state.data(Qt::ToolTipRole).toString(), flag());
    m_app.table()->setCurrentIndex(model->index(state.row(), DidModel::NumberColumn));
    const auto *fact = m_app.find<QLabel>(QStringLiteral("callLocationFact"));
    QVERIFY(fact);
    QTRY_VERIFY(fact->isVisible());
    QVERIFY2(fact->text().startsWith(QStringLiteral("⚠ Teams sent another location")) &&
                 fact->text().contains(QStringLiteral("house number: Teams sent 742")),
             qPrintable(fact->text()));
    // Every line of it is on screen once the pane is laid out, not clipped to the first.
    QTRY_VERIFY2(fact->height() >= fact->heightForWidth(fact->width()),
                 qPrintable(QStringLiteral("%1 px for %2 px of text")
                                .arg(fact->height())
                                .arg(fact->heightForWidth(fact->width()))));
    if (const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR"); !dir.isEmpty())
        m_app.window->grab().save(QDir(dir).filePath(QStringLiteral("desk-mismatch.png")));
}

void TestEmergencyDesk::testCallRaisesNoAlertAndIsRecorded()
{
    const int alertsBefore = static_cast<int>(alertWindows().size());
    QCOMPARE(m_graph.deliver({startedCall(QStringLiteral("933"), m_graph.number().mid(1),
                                          m_graph.registeredLocation())}),
             202);
    EmergencyCallFeed *feed = m_app.session->emergencyCallFeed();
    const auto hasTestRecord = [feed] {
        const QList<EmergencyCall> calls = feed->calls();
        return std::any_of(calls.cbegin(), calls.cend(), [](const EmergencyCall &c) {
            return c.isTest && !c.testCallId.isEmpty();
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasTestRecord(), 10000);
    QCOMPARE(alertWindows().size(), alertsBefore);
    // The 933 checklist's record: written by the backend from the call, marked as from Teams.
    bool found = false;
    for (const QJsonValue &t : api::listAll(
             m_graph.backend(), QStringLiteral("/v1/tenants/%1/test-calls").arg(m_graph.tenant()),
             m_graph.staff())) {
        found = found || (t.toObject().value(QStringLiteral("source")).toString() ==
                              QLatin1StringView("teams") &&
                          t.toObject().value(QStringLiteral("result")).toString() ==
                              QLatin1StringView("pass"));
    }
    QVERIFY(found);
    // The app's cache has it too, through the sync the call set off, and the checklist says
    // where it came from.
    Cache *cache = m_app.session->cache();
    const auto cachedFromTeams = [cache, this] {
        const QList<TestCall> calls = cache->testCalls(m_graph.tenant());
        return std::any_of(calls.cbegin(), calls.cend(), [](const TestCall &c) {
            return c.source == TestCallSource::Teams && c.result == TestCallResult::Pass;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(cachedFromTeams(), 15000);
    TestChecklistModel checklist;
    checklist.reload(*cache, m_graph.tenant());
    bool saysTeams = false;
    for (int row = 0; row < checklist.rowCount(); ++row)
        saysTeams = saysTeams || checklist.index(row, TestChecklistModel::LastTestColumn)
                                     .data()
                                     .toString()
                                     .contains(QStringLiteral("call through Teams"));
    QVERIFY(saysTeams);
}

void TestEmergencyDesk::feedSurvivesABackendRestartMidCall()
{
    const QString phone = QStringLiteral("12065550142");
    QCOMPARE(m_graph.deliver({startedCall(QStringLiteral("911"), phone, QJsonObject())}), 202);
    QTRY_VERIFY_WITH_TIMEOUT(alertFor(QStringLiteral("+") + phone), 10000);
    EmergencyAlertWindow *alert = alertFor(QStringLiteral("+") + phone);
    const QString callId = alert->callId();
    EmergencyCallFeed *feed = m_app.session->emergencyCallFeed();

    QString error;
    QVERIFY2(m_graph.restartBackend(&error), qPrintable(error));
    // Events that happen while the desk reconnects are not lost...
    QCOMPARE(m_graph.deliver({m_graph.event(QStringLiteral("rosterUpdated"), QStringLiteral("911"),
                                            phone, QJsonObject())}),
             202);
    QCOMPARE(m_graph.deliver({m_graph.event(QStringLiteral("callEnded"), QStringLiteral("911"),
                                            phone, QJsonObject())}),
             202);
    QTRY_VERIFY_WITH_TIMEOUT(!feed->call(callId)->isActive(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(feed->state(), EmergencyCallFeed::State::Live, 30000);
    QTRY_COMPARE(alert->headline(), QStringLiteral("911 call ended"));
    // ...and nothing is repeated: still one window and one row for the call.
    int windows = 0;
    for (EmergencyAlertWindow *w : alertWindows())
        windows += w->callId() == callId ? 1 : 0;
    QCOMPARE(windows, 1);
    m_desk->showCallLog();
    auto *model = qobject_cast<EmergencyCallLogModel *>(m_desk->callLogWindow()->view()->model());
    int rows = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        rows += model->callAt(row).id == callId ? 1 : 0;
    QCOMPARE(rows, 1);
    QCOMPARE(model->callAt(model->rowOf(callId)).lastEventSeq, feed->call(callId)->lastEventSeq);
    if (const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        m_desk->callLogWindow()->selectCall(callId);
        m_desk->callLogWindow()->grab().save(
            QDir(dir).filePath(QStringLiteral("desk-call-log.png")));
    }
}

void TestEmergencyDesk::alertStyleFollowsTheSetting()
{
    // A desk that turned sound and flashing off still gets the window at once, and the change
    // applies to the next call without a restart.
    QVERIFY(m_settings->setEmergencyAlertStyle(QStringLiteral("silent")));
    const QString number = QStringLiteral("+17205558888");
    QCOMPARE(m_graph.deliver({startedCall(QStringLiteral("911"), number.mid(1), QJsonObject())}),
             202);
    QTRY_VERIFY_WITH_TIMEOUT(alertFor(number), 10000);
    EmergencyAlertWindow *alert = alertFor(number);
    QVERIFY(!alert->isFlashing());
    QVERIFY(!alert->beeps());
    QCOMPARE(alert->headline(), QStringLiteral("911 call in progress"));
    alert->close();
    QVERIFY(m_settings->setEmergencyAlertStyle(QStringLiteral("flashing")));
}

void TestEmergencyDesk::burstGivesOneRowPerCall()
{
    m_desk->showCallLog();
    auto *model = qobject_cast<EmergencyCallLogModel *>(m_desk->callLogWindow()->view()->model());
    const int before = model->rowCount();
    for (int i = 0; i < 100; ++i)
        QCOMPARE(m_graph.deliver({startedCall(
                     QStringLiteral("911"),
                     QStringLiteral("1720555%1").arg(i, 4, 10, QLatin1Char('0')), QJsonObject())}),
                 202);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), before + 100, 30000);
    QSet<QString> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->callAt(row).id);
    QCOMPARE(ids.size(), model->rowCount());
    for (EmergencyAlertWindow *w : alertWindows())
        w->close();
}

void TestEmergencyDesk::placeTeamsHoldsElsewhereIsFlagged()
{
    // A place at the number's address, which Teams holds at another building: a 933 test from
    // it names it and sends that other address.
    const QString tenant = m_graph.tenant();
    const TestReply created = m_graph.backend().sendJson(
        "POST", QStringLiteral("/v1/tenants/%1/places").arg(tenant), m_graph.staff(),
        QJsonObject{{QStringLiteral("addressId"), m_graph.address().value(QStringLiteral("id"))},
                    {QStringLiteral("floor"), QStringLiteral("Floor 7")}},
        {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}});
    QCOMPARE(created.status, 201);
    const QString placeId = created.json().value(QStringLiteral("id")).toString();
    QJsonObject elsewhere =
        teamsLocation(QStringLiteral("742"), QStringLiteral("Evergreen"), QStringLiteral("Terrace"),
                      QStringLiteral("Springfield"), QStringLiteral("OR"), QStringLiteral("97477"));
    elsewhere.insert(QStringLiteral("displayName"), QStringLiteral("Floor 7"));
    QCOMPARE(
        m_graph.deliver({startedCall(QStringLiteral("933"), m_graph.number().mid(1), elsewhere),
                         m_graph.event(QStringLiteral("callEnded"), QStringLiteral("933"),
                                       m_graph.number().mid(1), QJsonObject())}),
        202);
    Cache &cache = *m_app.session->cache();
    QTRY_VERIFY_WITH_TIMEOUT(
        NetworkMapSnapshot::load(cache, tenant)->placeCallFlags.contains(placeId), 15000);

    // The network map: the place's row says so, and why.
    NetworkMapWindow map(m_app.session.get(), tenant, m_app.window.get());
    const QModelIndex place = map.treeModel()->indexOfPlace(placeId);
    QVERIFY(place.isValid());
    const QModelIndex flags = place.siblingAtColumn(NetworkTreeModel::FlagsColumn);
    QVERIFY2(flags.data().toString().startsWith(QStringLiteral("⚠ Teams sent it with another")),
             qPrintable(flags.data().toString()));
    const QString why = place.data(Qt::ToolTipRole).toString();
    QVERIFY2(why.contains(QStringLiteral("933 test call")) &&
                 why.contains(QStringLiteral("ZIP code")),
             qPrintable(why));

    // The kiosk and the report.
    const std::optional<ComplianceSummary> summary = ComplianceQueries(&cache).summary(tenant);
    QVERIFY(summary);
    QCOMPARE(summary->placeCallDiffers, 1);
    const QList<KioskFigure> figures =
        kioskfigures::details(*summary, QDateTime::currentDateTimeUtc());
    const auto figure = std::find_if(figures.cbegin(), figures.cend(), [](const KioskFigure &f) {
        return f.id == QLatin1StringView("placeCallDiffers");
    });
    QVERIFY(figure != figures.cend());
    QCOMPARE(figure->count, 1);
    QString error;
    const auto report =
        compliancereport::gather(&cache, tenant, QDateTime::currentDateTimeUtc(), &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->flaggedPlaces.size(), 1);
    QCOMPARE(report->flaggedPlaces.constFirst().label, QStringLiteral("Floor 7"));
    const QString html = compliancehtml::summary(*report);
    QVERIFY(html.contains(QStringLiteral("Places flagged now")));
    QVERIFY(html.contains(QStringLiteral("Teams holds the place elsewhere")));
    if (const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        map.resize(1100, 640);
        map.show();
        auto *tree = map.findChild<QTreeView *>();
        tree->expandAll();
        tree->setCurrentIndex(place);
        tree->scrollTo(place, QAbstractItemView::PositionAtCenter);
        QTest::qWait(200);
        map.grab().save(QDir(dir).filePath(QStringLiteral("place-call-flag.png")));
    }

    // Correcting the place's address in Dispatchable (or a later call that matches) clears it:
    // here, a 933 test that sends the place with its own address.
    QJsonObject home = m_graph.registeredLocation();
    home.insert(QStringLiteral("displayName"), QStringLiteral("Floor 7"));
    QCOMPARE(m_graph.deliver({startedCall(QStringLiteral("933"), m_graph.number().mid(1), home),
                              m_graph.event(QStringLiteral("callEnded"), QStringLiteral("933"),
                                            m_graph.number().mid(1), QJsonObject())}),
             202);
    QTRY_VERIFY_WITH_TIMEOUT(
        !NetworkMapSnapshot::load(cache, tenant)->placeCallFlags.contains(placeId), 15000);
}

QTEST_MAIN(TestEmergencyDesk)
#include "tst_emergency_desk.moc"
