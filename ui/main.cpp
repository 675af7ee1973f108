// dispatchable: the desktop app. Parses the command line, shows the main window, starts the demo
// backend behind it when asked, and opens an AppSession for the connection profile.
#include "AboutDialog.h"
#include "DemoStartup.h"
#include "KioskLauncher.h"
#include "KioskPinHashCommand.h"
#include "KioskStartup.h"
#include "LabelsCommand.h"
#include "MainWindow.h"
#include "MapView.h"
#include "NumberTablePane.h"
#include "ReportCommand.h"
#include "SessionWiring.h"
#include "SettingsDialog.h"
#include "StartupFlow.h"
#include "ThemePalettes.h"
#include "auth/ConnectionProfile.h"
#include "auth/TokenStore.h"
#include "demo/LocalServerProcess.h"
#include "platform/CoreDumps.h"
#include "platform/TerminationSignals.h"
#include "session/AppSession.h"
#include "settings/EffectiveSettings.h"
#include "settings/SettingsApplier.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace {
// How long the demo backend may take to generate its certificate and demo data.
constexpr int demoStartTimeoutMs = 120000;

// Saves the window as a PNG once the first sync finished and a tenant is shown, then quits: for
// the docs' screenshots. The first number is selected so the detail pane has something to show.
void saveScreenshotWhenSettled(MainWindow *window, AppSession *session, const QString &path)
{
    QObject::connect(window, &MainWindow::syncSettled, window, [window, session, path] {
        if (!session->hasCompletedSync() || window->currentTenantId().isEmpty())
            return;
        QTableView *table = window->numberPane()->view();
        if (table->model()->rowCount() > 0)
            table->selectRow(0);
        // Let the views lay out their rows before grabbing.
        QTimer::singleShot(300, window, [window, path] {
            const bool saved = window->grab().save(path, "PNG");
            if (!saved)
                qWarning("Could not write the screenshot to %s", qPrintable(path));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
}

int fail(const QString &message)
{
    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Dispatchable"), message);
    return 1;
}

// Kiosk mode on the built-in demo backend: the kiosk window instead of the main window; it alone
// decides when to quit.
int runDemoKiosk(LocalServerProcess &demoServer, const QStringList &arguments, const QString &role,
                 const QString &dataDir, EffectiveSettings &settings, QSettings &userSettings,
                 const KioskOptions &options)
{
    QString error;
    if (!demoServer.start(arguments, demoStartTimeoutMs, &error))
        return fail(QCoreApplication::translate("main", "The demo backend could not start.\n\n%1")
                        .arg(error));
    const std::unique_ptr<AppSession> session =
        createDemoSession(demoServer, settings, role, dataDir, &error);
    if (!session)
        return fail(error);
    const KioskLauncher kiosk(session.get(), &settings, &userSettings, options);
    session->start();
    return QApplication::exec();
}

// Kiosk mode on the organisation's backend: no main window, menu or dialog of the admin app is
// ever created; the kiosk window says what is missing instead (docs/kiosk.md).
int runKiosk(EffectiveSettings &settings, QSettings &userSettings, const KioskOptions &options)
{
    TokenStore tokenStore;
    KioskStartup kiosk(&userSettings, &settings, &tokenStore, options);
    kiosk.start();
    return QApplication::exec();
}

// The settings' tile URL as a tile source: OpenStreetMap's own attribution for its layer, the
// server's name for any other (an empty URL keeps tiles off).
TileSource tileSourceFor(const QString &urlTemplate)
{
    if (urlTemplate == TileSource::defaultTemplate)
        return TileSource();
    return TileSource(
        urlTemplate,
        QCoreApplication::translate("main", "Map tiles: %1")
            .arg(QUrl(QString(urlTemplate).remove(QLatin1Char('{')).remove(QLatin1Char('}')))
                     .host()));
}
} // namespace

int main(int argc, char **argv)
{
    // Tokens live in this process's memory: never write them into a core file.
    disableCoreDumps();
    if (isKioskPinHashCommand(argc, argv))
        return runKioskPinHashCommand(argc, argv);
    // `dispatchable report …` runs headless, before any widget application exists.
    if (isReportCommand(argc, argv))
        return runReportCommand(argc, argv);
    // `dispatchable labels …`: warning label sheets, headless and offline.
    if (isLabelsCommand(argc, argv))
        return runLabelsCommand(argc, argv);
    QApplication app(argc, argv);
    // A `kill`, a closed terminal or Ctrl+C quits like File > Quit: the demo backend stops too.
    const TerminationSignals terminationSignals;
    QApplication::setApplicationName(QStringLiteral("Dispatchable"));
    QApplication::setOrganizationName(QStringLiteral("Dispatchable"));
    // Names the installed desktop entry and icon (docs/packaging.md), so docks and task bars
    // show Dispatchable's icon; Windows and macOS take it from the executable and the bundle.
    QApplication::setDesktopFileName(QStringLiteral(DISPATCHABLE_BUNDLE_ID));
    if (QIcon::hasThemeIcon(QStringLiteral(DISPATCHABLE_BUNDLE_ID)))
        QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(DISPATCHABLE_BUNDLE_ID)));
    QApplication::setApplicationVersion(QStringLiteral(DISPATCHABLE_VERSION));
    // The organisation's settings win over the user's; proxy and language apply before any
    // window exists.
    QSettings userSettings;
    EffectiveSettings settings(ManagedSettings::load(), &userSettings);
    const SettingsApplier applier(&settings);
    // The colours (the system's, light, dark, high contrast): now, and whenever they change.
    ThemePalettes::apply(settings.appearance());
    QObject::connect(&settings, &EffectiveSettings::changed, &app, [&settings](SettingKey key) {
        if (key == SettingKey::Appearance)
            ThemePalettes::apply(settings.appearance());
    });
    MapView::setApplicationTileSource(tileSourceFor(settings.tileUrlTemplate()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Emergency calling (911/E911) for Teams numbers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start the built-in demo backend and connect to it."));
    const QCommandLineOption demoRoleOption(
        QStringLiteral("demo-role"),
        QCoreApplication::translate("main", "Sign in to the demo as staff, admin or auditor."),
        QStringLiteral("role"), QStringLiteral("staff"));
    const QCommandLineOption backendArgsOption(
        QStringLiteral("backend-args"),
        QCoreApplication::translate("main",
                                    "Extra arguments for the demo backend, e.g. \"--tenants 4\"."),
        QStringLiteral("args"));
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save the window as a PNG once the first sync is shown, then quit."),
        QStringLiteral("file"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption kioskOption(
        QStringLiteral("kiosk"),
        QCoreApplication::translate("main", "Start in kiosk mode, the read-only audit view for a "
                                            "wall screen (auditor accounts only)."));
    const QCommandLineOption kioskIntervalOption(
        QStringLiteral("kiosk-interval"),
        QCoreApplication::translate("main", "Seconds each tenant stays on the kiosk dashboard."),
        QStringLiteral("seconds"), QStringLiteral("30"));
    const QCommandLineOption kioskIdleOption(
        QStringLiteral("kiosk-idle"),
        QCoreApplication::translate("main", "Minutes without input before the kiosk returns to "
                                            "its dashboard."),
        QStringLiteral("minutes"), QStringLiteral("2"));
    parser.addOptions({demoOption, demoRoleOption, backendArgsOption, screenshotOption, kioskOption,
                       kioskIntervalOption, kioskIdleOption});
    parser.process(app);
    // Kiosk mode (docs/kiosk.md): asked for on the command line or by the organisation.
    const bool kioskMode = parser.isSet(kioskOption) || settings.kioskMode();
    KioskOptions kioskOptions;
    if (QString error; kioskMode && !kioskOptions.parse(parser.value(kioskIntervalOption),
                                                        parser.value(kioskIdleOption), &error))
        return fail(error);
    const QString demoRole = parser.value(demoRoleOption);
    if (parser.isSet(demoOption) && demoRole != QLatin1StringView("staff") &&
        demoRole != QLatin1StringView("admin") && demoRole != QLatin1StringView("auditor"))
        return fail(QCoreApplication::translate("main", "--demo-role must be staff, admin "
                                                        "or auditor."));
    const QStringList demoArguments = QStringList{QStringLiteral("--demo")} +
                                      QProcess::splitCommand(parser.value(backendArgsOption));

    // Declared before the session and the window so it outlives them: the child stops last.
    LocalServerProcess demoServer;
    // The demo's data is new on every start, so its cache must not survive it.
    QTemporaryDir demoDataDir;
    if (kioskMode) {
        const int status =
            parser.isSet(demoOption)
                ? runDemoKiosk(demoServer, demoArguments, demoRole, demoDataDir.path(), settings,
                               userSettings, kioskOptions)
                : runKiosk(settings, userSettings, kioskOptions);
        demoServer.stop();
        return status;
    }
    std::unique_ptr<DemoStartup> demo; // the demo's start-up; it owns the demo's session
    // Sign-in to a backend of the user's own; it owns that session, so it too outlives the window.
    TokenStore tokenStore;
    std::unique_ptr<StartupFlow> startup;
    MainWindow window;
    QObject::connect(&window, &MainWindow::aboutRequested, &window, [&window] {
        AboutDialog dialog(&window);
        dialog.exec();
    });
    QObject::connect(&window, &MainWindow::settingsRequested, &window, [&window, &settings] {
        SettingsDialog dialog(&settings, &window);
        dialog.exec();
    });
    if (parser.isSet(demoOption)) {
        // The demo signs in by itself and has no other backend to connect to.
        window.connectAction()->setVisible(false);
        window.signOutAction()->setVisible(false);
        // A screenshot shows the default layout, not the one this machine saved.
        window.setPersistLayout(!parser.isSet(screenshotOption));
        demo = std::make_unique<DemoStartup>(&window, &demoServer, &settings);
        QObject::connect(demo.get(), &DemoStartup::sessionOpened, &window,
                         [&window, &parser, &screenshotOption](AppSession *opened) {
                             connectSessionDialogs(window, *opened);
                             if (parser.isSet(screenshotOption))
                                 saveScreenshotWhenSettled(&window, opened,
                                                           parser.value(screenshotOption));
                         });
        QObject::connect(demo.get(), &DemoStartup::failed, &window,
                         [](const QString &error) { QCoreApplication::exit(fail(error)); });
        // The window shows below, at once; the backend gets ready behind it.
        demo->start(demoArguments, demoRole, demoDataDir.path(), demoStartTimeoutMs);
    } else {
        startup = std::make_unique<StartupFlow>(&window, &userSettings, &settings, &tokenStore);
        QObject::connect(
            startup.get(), &StartupFlow::sessionCreated, &window,
            [&window](AppSession *created) { connectSessionDialogs(window, *created); });
        QObject::connect(window.connectAction(), &QAction::triggered, startup.get(),
                         &StartupFlow::showConnectionDialog);
        QObject::connect(window.signOutAction(), &QAction::triggered, startup.get(),
                         &StartupFlow::signOut);
        startup->start();
        if (parser.isSet(screenshotOption)) {
            const QString path = parser.value(screenshotOption);
            QTimer::singleShot(200, &window, [&window, path] {
                QCoreApplication::exit(window.grab().save(path, "PNG") ? 0 : 1);
            });
        }
    }
    window.show();
    const int status = QApplication::exec();
    demoServer.stop();
    return status;
}
