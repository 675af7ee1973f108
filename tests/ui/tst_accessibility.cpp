// Every window and dialog of the app, walked as a screen-reader and keyboard user meets it
// (AccessibilityWalker): each interactive widget has an accessible name and is reached with Tab,
// and Tab never gets stuck. The main window runs on the real backend as staff, admin and auditor;
// the dialogs are opened the way the app opens them where that is cheap (menu actions on the
// wired window), directly otherwise. The last test reads ui/ for QDialog subclasses and fails on
// one this test does not walk, so a new dialog cannot slip past.
#include "AboutDialog.h"
#include "AccessibilityWalker.h"
#include "AddressBookWiring.h"
#include "AddressEditorDialog.h"
#include "AuditTrailDialog.h"
#include "BulkProgressDialog.h"
#include "BulkResultDialog.h"
#include "ConflictDialog.h"
#include "KioskPinDialog.h"
#include "KioskWindow.h"
#include "LimitationsDialog.h"
#include "MainWindowFixture.h"
#include "NetworkMapWindow.h"
#include "NumberTablePane.h"
#include "SessionWiring.h"
#include "SettingsDialog.h"
#include "SignInFixture.h"
#include "TeamsComparisonWindow.h"
#include "TeamsDifferenceDialog.h"
#include "TestCallChecklistDialog.h"
#include "kiosk/KioskPinGate.h"
#include "kiosk/KioskPinHash.h"
#include "kiosk/KioskPinLimiter.h"
#include "store/Cache.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>
#include <QtTest>

#include <functional>

namespace {
// The dialog classes in ui/ (QDialog, QMainWindow, QWizard subclasses), read from the source.
QSet<QString> windowClassesInSource()
{
    static const QRegularExpression declaration(QStringLiteral(
        R"(class\s+(\w+)\s*(?:final\s*)?:\s*public\s+(?:QDialog|QMainWindow|QWizard)\b)"));
    QSet<QString> found;
    QDirIterator it(QStringLiteral(DISPATCHABLE_UI_DIR), {QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (const QRegularExpressionMatch &m : declaration.globalMatch(text))
            found.insert(m.captured(1));
    }
    return found;
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void mainWindowForEachRole_data();
    void mainWindowForEachRole();
    void dialogsOpenedFromTheMainWindow();
    void dialogsBuiltDirectly();
    void kioskWindowAndItsPinDialog();
    void signInDialogs();
    void cleanupTestCase();
    // Last: the inventory of what the walks above covered.
    void everyDialogInUiIsWalked();

private:
    // Walks `window` and adds what it finds to m_findings (under `what`).
    void check(QWidget *window, const QString &what);
    // Runs `trigger`, which opens a dialog (exec(), open() or show()), walks that dialog after
    // `prepare`, then closes it. False when no dialog opened.
    bool checkModal(const QString &what, const std::function<void()> &trigger,
                    const std::function<void(QWidget *)> &prepare = {});
    // Fails the current test with every finding so far, and starts a new list.
    bool reportFindings();

    TestBackend m_backend;
    QSet<QString> m_walked; // class names of the windows walked
    QStringList m_findings;
    int m_interactive = 0;
    int m_withoutDescription = 0;
    int m_totalFindings = 0;
};

void TestAccessibility::initTestCase()
{
    QVERIFY2(m_backend.start(), qPrintable(m_backend.process().diagnostics()));
}

void TestAccessibility::check(QWidget *window, const QString &what)
{
    const a11y::WalkResult result = a11y::walk(window);
    // For looking at every window, e.g. at QT_SCALE_FACTOR=2 for high-DPI rendering.
    if (const QString dir = qEnvironmentVariable("DISPATCHABLE_A11Y_SHOT_DIR"); !dir.isEmpty())
        window->grab().save(QDir(dir).filePath(QString(what + QStringLiteral(".png"))));
    m_walked.insert(QString::fromLatin1(window->metaObject()->className()));
    m_interactive += result.interactive;
    m_withoutDescription += result.withoutDescription;
    for (const QString &finding : result.findings)
        m_findings.append(QStringLiteral("%1: %2").arg(what, finding));
    qInfo("%s: %d interactive widgets, %d without a description, %d findings", qPrintable(what),
          result.interactive, result.withoutDescription, int(result.findings.size()));
}

bool TestAccessibility::checkModal(const QString &what, const std::function<void()> &trigger,
                                   const std::function<void(QWidget *)> &prepare)
{
    QSet<QWidget *> before;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible())
            before.insert(w);
    auto opened = [&before]() -> QWidget * {
        if (QWidget *modal = QApplication::activeModalWidget(); modal && !before.contains(modal))
            return modal;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->isVisible() && !before.contains(w) && qobject_cast<QDialog *>(w))
                return w;
        return nullptr;
    };
    bool walked = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget *modal = opened();
        if (!modal || walked)
            return;
        poll.stop();
        walked = true;
        if (prepare)
            prepare(modal);
        check(modal, what);
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    });
    poll.start();
    trigger();
    walked = QTest::qWaitFor([&walked] { return walked; }, 10000);
    poll.stop();
    if (!walked)
        m_findings.append(QStringLiteral("%1: no dialog opened").arg(what));
    return walked;
}

bool TestAccessibility::reportFindings()
{
    const QStringList findings = std::exchange(m_findings, {});
    m_totalFindings += int(findings.size());
    if (findings.isEmpty())
        return true;
    qWarning("%d findings:\n  %s", int(findings.size()),
             qPrintable(findings.join(QStringLiteral("\n  "))));
    return false;
}

void TestAccessibility::mainWindowForEachRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::newRow("staff") << QStringLiteral("staff");
    QTest::newRow("admin") << QStringLiteral("admin");
    QTest::newRow("auditor") << QStringLiteral("auditor");
}

void TestAccessibility::mainWindowForEachRole()
{
    QFETCH(QString, role);
    MainWindowFixture f;
    QVERIFY(f.open(m_backend, role, MainWindowFixture::Dialogs::None));
    // A selected number fills the detail pane with its facts and actions.
    QTRY_VERIFY(f.table()->model()->rowCount() > 0);
    f.table()->selectRow(0);
    check(f.window.get(), QStringLiteral("main window (%1)").arg(role));
    QVERIFY2(reportFindings(), "see the findings above");
}

void TestAccessibility::dialogsOpenedFromTheMainWindow()
{
    MainWindowFixture f;
    QVERIFY(f.open(m_backend, QStringLiteral("staff"), MainWindowFixture::Dialogs::None));
    connectSessionDialogs(*f.window, *f.session, nullptr);
    QTRY_VERIFY(f.table()->model()->rowCount() > 3);
    auto trigger = [&f](const char *action) {
        return [&f, action] {
            auto *a = f.window->findChild<QAction *>(QLatin1StringView(action));
            QVERIFY2(a && a->isEnabled(), action);
            a->trigger();
        };
    };
    // A few numbers in whatever states the first rows hold.
    f.table()->selectionModel()->select(
        QItemSelection(f.table()->model()->index(0, 0), f.table()->model()->index(3, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    checkModal(QStringLiteral("register with 911"), trigger("registerAction"));
    checkModal(QStringLiteral("turn off"), trigger("turnOffAction"));
    checkModal(QStringLiteral("limitations"), trigger("limitationsAction"));
    checkModal(QStringLiteral("import"), trigger("importAction"));
    checkModal(QStringLiteral("address book"), trigger("addressesAction"));
    checkModal(QStringLiteral("audit trail"), trigger("auditAction"));
    // Qt's own file dialog here; Windows and macOS show the system's.
    checkModal(QStringLiteral("report export"), trigger("reportAction"));
    checkModal(QStringLiteral("warning labels"), trigger("warningLabelsAction"));
    // The network map and the 933 checklist (non-modal), and the dialogs they open.
    checkModal(QStringLiteral("network map"), trigger("networkMapAction"), [this](QWidget *w) {
        auto *map = qobject_cast<NetworkMapWindow *>(w);
        QVERIFY(map);
        checkModal(QStringLiteral("network element"), [map] { map->addElement(); });
        checkModal(QStringLiteral("network import"), [map] { map->importCsv(); });
    });
    checkModal(
        QStringLiteral("Teams comparison"), trigger("compareTeamsAction"), [this](QWidget *w) {
            auto *comparison = qobject_cast<TeamsComparisonWindow *>(w);
            QVERIFY(comparison);
            // One address only Teams holds, so that there is something to adopt.
            QTemporaryDir dir;
            QFile file(dir.filePath(QStringLiteral("teams-civic-addresses.csv")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("\"CivicAddressId\",\"HouseNumber\",\"StreetName\",\"City\",\"PostalCode\","
                       "\"StateOrProvince\",\"CountryOrRegion\",\"CompanyName\"\r\n"
                       "\"6f1c3c7e-2b8d-4a52-9d41-3f0a7c9b1e22\",\"742\",\"Evergreen Ter\","
                       "\"Springfield\",\"62704\",\"IL\",\"US\",\"Contoso\"\r\n");
            file.close();
            comparison->addFiles({file.fileName()});
            checkModal(QStringLiteral("Teams adoption"),
                       [comparison] { comparison->adoptFromTeams(); });
            comparison->clearFiles();
        });
    checkModal(QStringLiteral("933 checklist"), trigger("testCallsAction"), [this](QWidget *w) {
        auto *checklist = qobject_cast<TestCallChecklistDialog *>(w);
        QVERIFY(checklist);
        checkModal(QStringLiteral("933 test call"), [checklist] { checklist->recordTestCall(); });
    });

    // The address editor, for a new and an existing address.
    const QString tenant = f.window->currentTenantId();
    const QList<EmergencyAddress> addresses = f.session->cache()->addresses(tenant);
    QVERIFY(!addresses.isEmpty());
    for (const QString &id : {QString(), addresses.first().id}) {
        auto editor =
            std::make_unique<AddressEditorDialog>(f.session.get(), tenant, id, f.window.get());
        editor->show();
        check(editor.get(),
              id.isEmpty() ? QStringLiteral("new address") : QStringLiteral("address editor"));
    }
    // Bulk progress and result as E911Actions shows them (non-modal, over the window).
    BulkProgressDialog progress(*f.session->outbox(), {}, QStringLiteral("Registering 250 numbers"),
                                f.window.get());
    progress.show();
    check(&progress, QStringLiteral("bulk progress"));
    QVERIFY2(reportFindings(), "see the findings above");
}

void TestAccessibility::dialogsBuiltDirectly()
{
    AboutDialog about;
    check(&about, QStringLiteral("about"));

    QTemporaryDir dir;
    EffectiveSettings settings(ManagedSettings(), dir.filePath(QStringLiteral("user.ini")));
    SettingsDialog settingsDialog(&settings);
    check(&settingsDialog, QStringLiteral("settings"));

    const QList<BulkResultRow> rows{
        {QStringLiteral("+12065550100"), BulkResultRow::Outcome::Done, QString()},
        {QStringLiteral("+12065550101"), BulkResultRow::Outcome::Failed,
         QStringLiteral("The address is not validated")},
        {QStringLiteral("+12065550102"), BulkResultRow::Outcome::Cancelled, QString()},
    };
    BulkResultDialog results(rows);
    check(&results, QStringLiteral("bulk result"));

    OutboxEntry entry;
    entry.kind = OutboxKind::E911Enable;
    entry.target = QStringLiteral("+12065550100");
    entry.body = R"({"enabled":true,"addressId":"a1"})";
    entry.theirs = R"({"number":"+12065550100","e911":{"state":"basic"}})";
    entry.state = OutboxState::Conflict;
    ConflictDialog conflict(entry, nullptr);
    check(&conflict, QStringLiteral("conflict"));

    // The Limitations page without a tenant (as from the sign-in screens).
    QTemporaryDir cacheDir;
    Cache cache(cacheDir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY2(cache.open(), qPrintable(cache.lastError()));
    LimitationsDialog limitations(cache, QString(), QString());
    check(&limitations, QStringLiteral("limitations without a tenant"));

    // The difference preview of a tenant that Teams and Dispatchable hold alike: no step.
    TeamsDifferenceDialog difference(
        TeamsScriptInput(), planTeamsDifference(TeamsTenantSnapshot(), DispatchableTenantState()));
    check(&difference, QStringLiteral("Teams difference preview"));
    QVERIFY2(reportFindings(), "see the findings above");
}

void TestAccessibility::kioskWindowAndItsPinDialog()
{
    QTemporaryDir dir;
    EffectiveSettings settings(ManagedSettings(), dir.filePath(QStringLiteral("user.ini")));
    QVERIFY(settings.setKioskPinHash(
        KioskPinHash::create(QStringLiteral("735911"), KioskPinHash::minimumIterations)));
    QSettings limiterStore(dir.filePath(QStringLiteral("limiter.ini")), QSettings::IniFormat);
    KioskPinLimiter limiter(&limiterStore);
    KioskPinGate gate(&settings, &limiter);
    ConnectionProfile profile;
    profile.id = QStringLiteral("kiosk");
    profile.backendUrl = m_backend.process().baseUrl();
    profile.certificateSha256 = m_backend.process().certificateFingerprint();
    AppSession session(profile, m_backend.token(QStringLiteral("auditor")), dir.path());
    QString error;
    QVERIFY2(session.open(&error), qPrintable(error));
    {
        KioskWindow window(&session, &gate);
        window.resize(1920, 1080);
        window.show();
        session.start();
        QVERIFY(QTest::qWaitFor([&session] { return session.hasCompletedSync(); }, 60000));
        check(&window, QStringLiteral("kiosk dashboard"));
        window.showAuditTrail();
        check(&window, QStringLiteral("kiosk audit trail"));
        window.showDashboard();
        window.requestLeave();
        QTRY_VERIFY(window.pinDialog() && window.pinDialog()->isVisible());
        check(window.pinDialog(), QStringLiteral("kiosk PIN"));
        window.pinDialog()->reject();
    }
    QVERIFY2(reportFindings(), "see the findings above");
}

void TestAccessibility::signInDialogs()
{
    QTemporaryDir dir;
    SignInStart start(dir.path(), QStringLiteral("dispatchable-a11y-test"));
    start.start();
    QTRY_VERIFY(start.flow->connectionDialog() && start.flow->connectionDialog()->isVisible());
    ConnectionDialog *connection = start.flow->connectionDialog();
    check(connection, QStringLiteral("connection"));
    QTest::keyClicks(connection->urlEdit(), m_backend.process().baseUrl().toString());
    QTest::keyClicks(connection->nameEdit(), QStringLiteral("Carrier production"));
    QTest::mouseClick(connection->connectButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(connection->isShowingCertificate(), 15000);
    check(connection, QStringLiteral("certificate trust"));
    auto *compared = connection->findChild<QCheckBox *>(QStringLiteral("comparedCheck"));
    QVERIFY(compared);
    compared->setChecked(true);
    QTest::mouseClick(connection->trustButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(start.flow->signInDialog(), 15000);
    SignInDialog *signIn = start.flow->signInDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!signIn->userCode().isEmpty(), 15000);
    check(signIn, QStringLiteral("device-code sign-in"));
    QVERIFY2(reportFindings(), "see the findings above");
}

void TestAccessibility::cleanupTestCase()
{
    qInfo("walked %d interactive widgets in %d window classes; %d without a description; "
          "%d findings",
          m_interactive, int(m_walked.size()), m_withoutDescription, m_totalFindings);
}

void TestAccessibility::everyDialogInUiIsWalked()
{
    const QSet<QString> inSource = windowClassesInSource();
    QVERIFY2(inSource.size() >= 10, "ui/ not found or not read");
    QStringList missing;
    for (const QString &name : inSource)
        if (!m_walked.contains(name))
            missing.append(name);
    missing.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("windows in ui/ this test does not walk (add them): %1")
                            .arg(missing.join(QStringLiteral(", ")))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
