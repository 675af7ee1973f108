// Kiosk mode against dispatchable-server over TLS, offscreen: nothing in the kiosk changes data,
// nothing leaves it without the PIN (close and Escape refused, wrong PINs rate-limited on an
// injected clock), the dashboard's figures equal what the server's own answers add up to, and
// after the backend stops the dashboard keeps the cached figures and says how old they are.
#include "ApiTestHelpers.h"
#include "AuditTrailView.h"
#include "KioskDashboard.h"
#include "KioskPinDialog.h"
#include "KioskWindow.h"
#include "TestBackend.h"
#include "api/HttpClient.h"
#include "kiosk/KioskPinGate.h"
#include "kiosk/KioskPinHash.h"
#include "kiosk/KioskPinLimiter.h"
#include "session/AppSession.h"
#include "settings/EffectiveSettings.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
const QString pin = QStringLiteral("735911");

// The kiosk's controls; each only reads or moves the view. A new control fails the walk until it
// is judged and added here.
const QStringList readOnlyControls{
    QStringLiteral("kioskPreviousTenant"), QStringLiteral("kioskPauseCycling"),
    QStringLiteral("kioskNextTenant"),     QStringLiteral("kioskShowDashboard"),
    QStringLiteral("kioskShowAuditTrail"), QStringLiteral("kioskLeave"),
    QStringLiteral("auditApplyFilters"),   QStringLiteral("auditClearFilters"),
    QStringLiteral("auditSinceEnabled"),   QStringLiteral("auditUntilEnabled"),
    QStringLiteral("auditCopy"),           QStringLiteral("auditRefresh"),
    QStringLiteral("auditCopyAction"),
};

bool isUsRegion(const QString &country)
{
    // DOMAIN.md: the states and the NANP territories; Canada is not the US.
    static const QStringList us{QStringLiteral("US"), QStringLiteral("PR"), QStringLiteral("VI"),
                                QStringLiteral("GU"), QStringLiteral("AS"), QStringLiteral("MP")};
    return us.contains(country);
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

// A tenant's figures worked out from the server's API answers, not from the app's cache.
QHash<QString, qint64> serverFigures(TestBackend &backend, const QString &token,
                                     const QString &tenantId)
{
    QHash<QString, qint64> f;
    const QString base = QString(QStringLiteral("/v1/tenants/") + tenantId);
    for (const QJsonValue &v :
         api::listAll(backend, QString(base + QStringLiteral("/dids?limit=1000")), token)) {
        const QJsonObject d = v.toObject();
        const QString state = str(d.value(QLatin1StringView("e911")).toObject(), "state");
        const bool us = isUsRegion(str(d, "country"));
        const bool commonArea = str(d, "usage") == QLatin1StringView("common_area");
        f[state] += 1;
        f[QStringLiteral("outsideUs")] += !us;
        f[QStringLiteral("tollFree")] += us && d.value(QLatin1StringView("tollFree")).toBool();
        f[QStringLiteral("commonArea")] += commonArea;
        f[QStringLiteral("commonAreaWithoutE911")] +=
            commonArea && state != QLatin1StringView("registered");
    }
    for (const QJsonValue &v :
         api::listAll(backend, QString(base + QStringLiteral("/addresses?limit=1000")), token)) {
        const QJsonObject a = v.toObject();
        const QJsonObject civic = a.value(QLatin1StringView("civic")).toObject();
        bool detail = false;
        for (const char *key : {"building", "floor", "unit", "room"})
            detail = detail || !str(civic, key).isEmpty();
        f[QStringLiteral("addressesWithoutDetail")] += !detail;
        f[QStringLiteral("addressesNotValidated")] +=
            str(a.value(QLatin1StringView("validation")).toObject(), "status") !=
            QLatin1StringView("valid");
    }
    return f;
}

// What the dashboard shows, by figure id.
QHash<QString, qint64> shownFigures(const KioskDashboard *dashboard)
{
    QHash<QString, qint64> f;
    for (const KioskFigure &figure : dashboard->stateFigures() + dashboard->detailFigures()) {
        f.insert(figure.id, figure.count);
        // The counts in the notes: "2 without E911" under the common-area phones.
        if (figure.id == QLatin1StringView("commonArea"))
            f.insert(QStringLiteral("commonAreaWithoutE911"), figure.noteCount);
    }
    return f;
}

QString mismatch(const QHash<QString, qint64> &expected, const QHash<QString, qint64> &shown)
{
    QStringList out;
    for (const QString &id :
         {QStringLiteral("registered"), QStringLiteral("pending"), QStringLiteral("failed"),
          QStringLiteral("deregistering"), QStringLiteral("basic"), QStringLiteral("outsideUs"),
          QStringLiteral("tollFree"), QStringLiteral("commonArea"),
          QStringLiteral("commonAreaWithoutE911"), QStringLiteral("addressesWithoutDetail"),
          QStringLiteral("addressesNotValidated")}) {
        if (expected.value(id) != shown.value(id))
            out.append(QStringLiteral("%1: server %2, shown %3")
                           .arg(id)
                           .arg(expected.value(id))
                           .arg(shown.value(id)));
    }
    return out.join(QStringLiteral("; "));
}

struct KioskFixture
{
    QTemporaryDir dir;
    QDateTime fakeNow = QDateTime::currentDateTimeUtc();
    std::unique_ptr<EffectiveSettings> settings;
    std::unique_ptr<QSettings> limiterStore;
    std::unique_ptr<KioskPinLimiter> limiter;
    std::unique_ptr<KioskPinGate> gate;
    std::unique_ptr<AppSession> session;
    std::unique_ptr<KioskWindow> window;

    bool open(TestBackend &backend, const QString &role, int syncMs = 60000)
    {
        settings = std::make_unique<EffectiveSettings>(ManagedSettings(),
                                                       dir.filePath(QStringLiteral("user.ini")));
        if (!settings->setKioskPinHash(KioskPinHash::create(pin, KioskPinHash::minimumIterations)))
            return false;
        limiterStore = std::make_unique<QSettings>(dir.filePath(QStringLiteral("limiter.ini")),
                                                   QSettings::IniFormat);
        limiter = std::make_unique<KioskPinLimiter>(limiterStore.get(), [this] { return fakeNow; });
        gate = std::make_unique<KioskPinGate>(settings.get(), limiter.get());
        ConnectionProfile profile;
        profile.id = QStringLiteral("kiosk");
        profile.backendUrl = backend.process().baseUrl();
        profile.certificateSha256 = backend.process().certificateFingerprint();
        session = std::make_unique<AppSession>(profile, backend.token(role), dir.path());
        QString error;
        if (!session->open(&error))
            return false;
        window = std::make_unique<KioskWindow>(session.get(), gate.get());
        window->resize(1920, 1080);
        window->show();
        session->start(syncMs);
        return QTest::qWaitFor(
            [this] { return session->hasCompletedSync() && session->isRoleKnown(); }, 60000);
    }
    ~KioskFixture()
    {
        window.reset();
        session.reset();
    }
};
} // namespace

class TestKioskWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void kioskOffersNoMutatingAction();
    void closeAndEscapeDoNotLeave();
    void wrongPinIsRateLimitedAndTheRightOneUnlocks();
    void dashboardFiguresEqualTheServersCounts();
    void idleKioskReturnsToTheDashboard();
    void staffAccountIsRefused();
    void backendLossKeepsCachedFiguresWithTheirAge();

private:
    TestBackend m_backend;
};

void TestKioskWindow::initTestCase()
{
    QVERIFY2(m_backend.start(), qPrintable(m_backend.process().diagnostics()));
}

void TestKioskWindow::kioskOffersNoMutatingAction()
{
    KioskFixture f;
    QVERIFY(f.open(m_backend, QStringLiteral("auditor")));
    QTRY_VERIFY(f.window->dashboard()->summary().has_value());
    // The audit trail page and the PIN dialog exist only once shown: show them to walk them.
    f.window->showAuditTrail();
    f.window->requestLeave();
    QVERIFY(f.window->pinDialog());
    const QStringList pinControls{QStringLiteral("kioskPinUnlock"), QStringLiteral("kioskPinStay")};

    const QRegularExpression mutating(
        QStringLiteral("register|turn off|enable|disable|delete|remove|edit|import|acknowledge|"
                       "settings|sync|send|save|new|create|revoke"),
        QRegularExpression::CaseInsensitiveOption);
    int walked = 0;
    for (QAbstractButton *button : f.window->findChildren<QAbstractButton *>()) {
        const QLatin1StringView type(button->metaObject()->className());
        if (button->objectName().startsWith(QLatin1StringView("qt_")) ||
            type == QLatin1StringView("QTableCornerButton") ||
            type == QLatin1StringView("QLineEditIconButton"))
            continue; // Qt's own parts of a view or a line edit (its clear button)
        ++walked;
        QVERIFY2(readOnlyControls.contains(button->objectName()) ||
                     pinControls.contains(button->objectName()),
                 qPrintable(QStringLiteral("unjudged control %1 %2 \"%3\"")
                                .arg(QLatin1StringView(button->metaObject()->className()),
                                     button->objectName(), button->text())));
        QVERIFY2(!mutating.match(button->text()).hasMatch(), qPrintable(button->text()));
    }
    for (QAction *action : f.window->findChildren<QAction *>()) {
        if (action->objectName().startsWith(QLatin1StringView("_q_")) ||
            action->objectName().startsWith(QLatin1StringView("qt_")))
            continue; // a line edit's clear button and the like
        ++walked;
        QVERIFY2(!action->isEnabled() || readOnlyControls.contains(action->objectName()),
                 qPrintable(QStringLiteral("unjudged action %1 \"%2\"")
                                .arg(action->objectName(), action->text())));
        QVERIFY2(!mutating.match(action->text()).hasMatch(), qPrintable(action->text()));
    }
    QVERIFY(walked >= readOnlyControls.size());
    // A sign-in secret is never on screen.
    const QString token = m_backend.token(QStringLiteral("auditor"));
    QStringList shown{f.window->dashboard()->accessibleDescription(),
                      f.window->dashboard()->dataAgeText()};
    for (QLabel *label : f.window->findChildren<QLabel *>())
        shown.append(label->text());
    for (QLineEdit *edit : f.window->findChildren<QLineEdit *>())
        shown.append(edit->text());
    QVERIFY(!shown.join(u'\n').contains(token));
}

void TestKioskWindow::closeAndEscapeDoNotLeave()
{
    KioskFixture f;
    QVERIFY(f.open(m_backend, QStringLiteral("auditor")));
    QTRY_VERIFY(f.window->dashboard()->summary().has_value());
    QSignalSpy unlocked(f.window.get(), &KioskWindow::unlocked);

    QVERIFY(!f.window->close()); // Alt+F4 and the title bar's close button end here
    QVERIFY(f.window->isVisible());
    // …and asking to close asks for the PIN; staying is always possible.
    QTRY_VERIFY(f.window->pinDialog() && f.window->pinDialog()->isVisible());
    f.window->pinDialog()->reject();
    QTRY_VERIFY(!f.window->pinDialog());

    for (QWidget *target :
         {static_cast<QWidget *>(f.window.get()), static_cast<QWidget *>(f.window->dashboard())}) {
        QTest::keyClick(target, Qt::Key_Escape);
        QTest::keyClick(target, Qt::Key_W, Qt::ControlModifier);
        QTest::keyClick(target, Qt::Key_Q, Qt::ControlModifier);
        QTest::keyClick(target, Qt::Key_F4, Qt::AltModifier);
    }
    f.window->showAuditTrail();
    QTest::keyClick(f.window->auditTrail(), Qt::Key_Escape);
    QVERIFY(f.window->isVisible());
    QVERIFY(!f.window->isUnlocked());
    QCOMPARE(unlocked.count(), 0);
}

void TestKioskWindow::wrongPinIsRateLimitedAndTheRightOneUnlocks()
{
    KioskFixture f;
    QVERIFY(f.open(m_backend, QStringLiteral("auditor")));
    QSignalSpy unlocked(f.window.get(), &KioskWindow::unlocked);
    f.window->requestLeave();
    KioskPinDialog *dialog = f.window->pinDialog();
    QVERIFY(dialog);
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("kioskPin"));
    auto *unlock = dialog->findChild<QAbstractButton *>(QStringLiteral("kioskPinUnlock"));
    QVERIFY(field && unlock);

    for (int attempt = 1; attempt <= KioskPinLimiter::freeAttempts; ++attempt) {
        QVERIFY(unlock->isEnabled());
        QTest::keyClicks(field, QStringLiteral("0000"));
        unlock->click();
        QVERIFY(field->text().isEmpty()); // never left in the field
    }
    // The third wrong PIN starts a 30-second wait: nothing is checked, and the wait is shown.
    QVERIFY(!unlock->isEnabled());
    QVERIFY(!field->isEnabled());
    QVERIFY2(dialog->message().contains(QLatin1StringView("30")), qPrintable(dialog->message()));
    QCOMPARE(f.gate->tryPin(pin), KioskPinGate::Outcome::MustWait);
    QCOMPARE(unlocked.count(), 0);

    // The wait counts down on the (fake) clock.
    f.fakeNow = f.fakeNow.addSecs(20);
    QTRY_VERIFY2(dialog->message().contains(QLatin1StringView("10")),
                 qPrintable(dialog->message()));
    f.fakeNow = f.fakeNow.addSecs(11);
    QTRY_VERIFY(unlock->isEnabled());
    QTest::keyClicks(field, pin);
    unlock->click();
    QTRY_COMPARE(unlocked.count(), 1);
    QVERIFY(f.window->isUnlocked());
    QVERIFY(f.window->close());
}

void TestKioskWindow::dashboardFiguresEqualTheServersCounts()
{
    KioskFixture f;
    QVERIFY(f.open(m_backend, QStringLiteral("auditor"), 1000));
    const QString auditor = m_backend.token(QStringLiteral("auditor"));
    const QStringList tenants = api::tenantIds(m_backend, auditor);
    QTRY_COMPARE(f.window->tenantIds().size(), tenants.size());
    const QString disclosure = m_backend.get(QStringLiteral("/v1/disclosures/current"), auditor)
                                   .json()
                                   .value(QLatin1StringView("version"))
                                   .toString();
    for (const QString &tenantId : tenants) {
        f.window->showTenant(tenantId);
        QCOMPARE(f.window->currentTenantId(), tenantId);
        // The provider may still move a number between the server's answer and the next sync:
        // compare once both have settled.
        QString difference;
        const bool same = QTest::qWaitFor(
            [&] {
                f.window->showTenant(tenantId);
                difference = mismatch(serverFigures(m_backend, auditor, tenantId),
                                      shownFigures(f.window->dashboard()));
                return difference.isEmpty();
            },
            20000);
        QVERIFY2(same, qPrintable(difference));

        // The acknowledgement: the newest on record, and whether it is of the current text.
        const QJsonArray acks = api::listAll(m_backend,
                                             QString(QStringLiteral("/v1/tenants/") + tenantId +
                                                     QStringLiteral("/acknowledgements")),
                                             auditor);
        const auto summary = f.window->dashboard()->summary();
        QVERIFY(summary);
        QCOMPARE(summary->acknowledgement.isOnRecord(), !acks.isEmpty());
        if (!acks.isEmpty()) {
            QString newestAt, newestVersion;
            for (const QJsonValue &v : acks) {
                const QString at = str(v.toObject(), "acknowledgedAt");
                if (at > newestAt) {
                    newestAt = at;
                    newestVersion = str(v.toObject(), "disclosureVersion");
                }
            }
            QCOMPARE(summary->acknowledgement.latest->disclosureVersion, newestVersion);
            QCOMPARE(summary->acknowledgement.isCurrent(), newestVersion == disclosure);
        }
    }
    // The screenshot for the docs: a tenant with something to look at.
    f.window->showTenant(tenants.value(0));
    const QString screenshots = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR");
    if (!screenshots.isEmpty())
        QVERIFY(f.window->grab().save(
            QDir(screenshots).filePath(QStringLiteral("kiosk-dashboard.png"))));
}

void TestKioskWindow::idleKioskReturnsToTheDashboard()
{
    KioskFixture f;
    QVERIFY(f.open(m_backend, QStringLiteral("auditor")));
    f.window->showAuditTrail();
    f.window->setCyclingPaused(true);
    f.window->requestLeave();
    QVERIFY(!f.window->isShowingDashboard());
    QVERIFY(f.window->pinDialog());
    f.window->setIdleTimeout(std::chrono::milliseconds(300));
    QTRY_VERIFY(f.window->isShowingDashboard());
    QTRY_VERIFY(!f.window->pinDialog());
    QVERIFY(
        !f.window->findChild<QAbstractButton *>(QStringLiteral("kioskPauseCycling"))->isChecked());
}

void TestKioskWindow::staffAccountIsRefused()
{
    KioskFixture f;
    QVERIFY(f.open(m_backend, QStringLiteral("staff")));
    QTRY_VERIFY(!f.window->refusal().isEmpty());
    QVERIFY(f.window->refusal().contains(QLatin1StringView("auditor")));
    QVERIFY(!f.window->isShowingDashboard());
    QVERIFY(!f.window->dashboard()->summary().has_value()); // no tenant data shown
    QVERIFY(f.window->close());                             // nothing to protect: it may close
    QVERIFY(KioskWindow::roleRefusal(QStringLiteral("auditor")).isEmpty());
    QVERIFY(!KioskWindow::roleRefusal(QStringLiteral("admin")).isEmpty());
}

void TestKioskWindow::backendLossKeepsCachedFiguresWithTheirAge()
{
    KioskFixture f;
    QVERIFY(f.open(m_backend, QStringLiteral("auditor"), 500));
    QTRY_VERIFY(f.window->dashboard()->summary().has_value());
    const QHash<QString, qint64> before = shownFigures(f.window->dashboard());
    const QDateTime lastSync = f.session->lastSync();
    QVERIFY(lastSync.isValid());
    QVERIFY(f.window->dashboard()->isOnline());

    // The app's retry budget (30 s) is shortened so the test need not sit through it.
    f.session->http()->setRetryPolicy(RetryPolicy{2, 50, 100, 1000});
    m_backend.process().stop();
    QTRY_VERIFY_WITH_TIMEOUT(!f.session->isOnline(), 20000);
    QTRY_VERIFY(!f.window->dashboard()->isOnline());
    const QString age = f.window->dashboard()->dataAgeText();
    QVERIFY2(age.contains(QLatin1StringView("Offline")), qPrintable(age));
    QVERIFY2(age.contains(QLocale().toString(lastSync.toLocalTime().time(), QLocale::ShortFormat)),
             qPrintable(age));
    QVERIFY(f.window->dashboard()->summary().has_value());
    QCOMPARE(shownFigures(f.window->dashboard()), before);
    // Moving on to another tenant still works from the cache.
    f.window->showNextTenant();
    QVERIFY(f.window->dashboard()->summary().has_value());
    const QString screenshots = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR");
    if (!screenshots.isEmpty())
        QVERIFY(f.window->grab().save(
            QDir(screenshots).filePath(QStringLiteral("kiosk-dashboard-offline.png"))));
}

QTEST_MAIN(TestKioskWindow)
#include "tst_kiosk_window.moc"
