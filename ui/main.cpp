// dispatchable: the desktop app. Parses the command line, shows the main window, starts the demo
// backend behind it when asked, and opens an AppSession for the connection profile.
#include "AboutDialog.h"
#include "DemoStartup.h"
#include "KioskLauncher.h"
#include "KioskPinHashCommand.h"
#include "KioskStartup.h"
#include "LabelsCommand.h"
#include "LaunchOptions.h"
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
#include "kiosk/KioskLockNotice.h"
#include "platform/CoreDumps.h"
#include "platform/TerminationSignals.h"
#include "session/AppSession.h"
#include "settings/EffectiveSettings.h"
#include "settings/SettingsApplier.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
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

// Also on standard error, for launchers that keep a log (a kiosk's, a login script's).
int fail(const QString &message)
{
    qCritical("%s", qPrintable(message));
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

// A kiosk whose start command is wrong: the kiosk window says what to correct, and no message
// box or other window appears on the wall screen.
int runLockedKiosk(EffectiveSettings &settings, QSettings &userSettings, const QString &error)
{
    qCritical("%s", qPrintable(error));
    TokenStore tokenStore;
    KioskStartup kiosk(&userSettings, &settings, &tokenStore, KioskOptions());
    kiosk.lock(KioskLockNotice::badCommandLine(error));
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

// Names, icon, colours and map tiles of the application; the organisation's settings win over
// the user's, and proxy and language apply before any window exists.
void setUpApplication(EffectiveSettings &settings)
{
    QApplication::setApplicationName(QStringLiteral("Dispatchable"));
    QApplication::setOrganizationName(QStringLiteral("Dispatchable"));
    // Names the installed desktop entry and icon (docs/packaging.md), so docks and task bars
    // show Dispatchable's icon; Windows and macOS take it from the executable and the bundle.
    QApplication::setDesktopFileName(QStringLiteral(DISPATCHABLE_BUNDLE_ID));
    if (QIcon::hasThemeIcon(QStringLiteral(DISPATCHABLE_BUNDLE_ID)))
        QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(DISPATCHABLE_BUNDLE_ID)));
    QApplication::setApplicationVersion(QStringLiteral(DISPATCHABLE_VERSION));
    // The colours (the system's, light, dark, high contrast): now, and whenever they change.
    ThemePalettes::apply(settings.appearance());
    QObject::connect(&settings, &EffectiveSettings::changed, qApp, [&settings](SettingKey key) {
        if (key == SettingKey::Appearance)
            ThemePalettes::apply(settings.appearance());
    });
    MapView::setApplicationTileSource(tileSourceFor(settings.tileUrlTemplate()));
}

// The demo: the window at once, the backend getting ready behind it, signed in by itself.
std::unique_ptr<DemoStartup> startDemo(MainWindow &window, LocalServerProcess &demoServer,
                                       EffectiveSettings &settings, const LaunchOptions &options,
                                       const QString &dataDir)
{
    // The demo signs in by itself and has no other backend to connect to.
    window.connectAction()->setVisible(false);
    window.signOutAction()->setVisible(false);
    // A screenshot shows the default layout, not the one this machine saved.
    window.setPersistLayout(options.screenshotPath.isEmpty());
    auto demo = std::make_unique<DemoStartup>(&window, &demoServer, &settings);
    QObject::connect(demo.get(), &DemoStartup::sessionOpened, &window,
                     [&window, &settings, path = options.screenshotPath](AppSession *opened) {
                         connectSessionDialogs(window, *opened, &settings);
                         if (!path.isEmpty())
                             saveScreenshotWhenSettled(&window, opened, path);
                     });
    QObject::connect(demo.get(), &DemoStartup::failed, &window,
                     [](const QString &error) { QCoreApplication::exit(fail(error)); });
    demo->start(options.demoArguments, options.demoRole, dataDir, demoStartTimeoutMs);
    return demo;
}

// The organisation's own backend: the saved connection, or the connection dialog.
std::unique_ptr<StartupFlow> startSignIn(MainWindow &window, QSettings &userSettings,
                                         EffectiveSettings &settings, TokenStore &tokenStore,
                                         const QString &screenshotPath)
{
    auto startup = std::make_unique<StartupFlow>(&window, &userSettings, &settings, &tokenStore);
    QObject::connect(startup.get(), &StartupFlow::sessionCreated, &window,
                     [&window, &settings](AppSession *created) {
                         connectSessionDialogs(window, *created, &settings);
                     });
    QObject::connect(window.connectAction(), &QAction::triggered, startup.get(),
                     &StartupFlow::showConnectionDialog);
    QObject::connect(window.signOutAction(), &QAction::triggered, startup.get(),
                     &StartupFlow::signOut);
    startup->start();
    if (!screenshotPath.isEmpty()) {
        QTimer::singleShot(200, &window, [&window, screenshotPath] {
            QCoreApplication::exit(window.grab().save(screenshotPath, "PNG") ? 0 : 1);
        });
    }
    return startup;
}

// The admin's main window, on the demo or on the organisation's backend.
int runMainWindow(LocalServerProcess &demoServer, EffectiveSettings &settings,
                  QSettings &userSettings, const LaunchOptions &options, const QString &demoDataDir)
{
    // The start-ups own their sessions, so they are declared before the window and outlive it.
    std::unique_ptr<DemoStartup> demo;
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
    if (options.demo)
        demo = startDemo(window, demoServer, settings, options, demoDataDir);
    else
        startup = startSignIn(window, userSettings, settings, tokenStore, options.screenshotPath);
    // The window shows at once; the backend and the sign-in get ready behind it.
    window.show();
    return QApplication::exec();
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
    QSettings userSettings;
    EffectiveSettings settings(ManagedSettings::load(), &userSettings);
    const SettingsApplier applier(&settings);
    setUpApplication(settings);

    LaunchOptions options;
    if (QString error; !options.parse(app, settings.kioskMode(), &error))
        return options.kiosk ? runLockedKiosk(settings, userSettings, error) : fail(error);
    // Declared before the session and the window so it outlives them: the child stops last.
    LocalServerProcess demoServer;
    // The demo's data is new on every start, so its cache must not survive it.
    QTemporaryDir demoDataDir;
    int status = 0;
    if (options.kiosk && options.demo)
        status = runDemoKiosk(demoServer, options.demoArguments, options.demoRole,
                              demoDataDir.path(), settings, userSettings, options.kioskOptions);
    else if (options.kiosk)
        status = runKiosk(settings, userSettings, options.kioskOptions);
    else
        status = runMainWindow(demoServer, settings, userSettings, options, demoDataDir.path());
    demoServer.stop();
    return status;
}
