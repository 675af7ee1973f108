// dispatchable: the desktop app. Parses the command line, starts the demo backend when asked,
// opens an AppSession for the connection profile and shows the main window over it.
#include "E911Wiring.h"
#include "MainWindow.h"
#include "NumberTablePane.h"
#include "auth/ConnectionProfile.h"
#include "demo/LocalServerProcess.h"
#include "platform/CoreDumps.h"
#include "session/AppSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QProcess>
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
} // namespace

int main(int argc, char **argv)
{
    // Tokens live in this process's memory: never write them into a core file.
    disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Dispatchable"));
    QApplication::setOrganizationName(QStringLiteral("Dispatchable"));
    QApplication::setApplicationVersion(QStringLiteral(DISPATCHABLE_VERSION));

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
    parser.addOptions({demoOption, demoRoleOption, backendArgsOption, screenshotOption});
    parser.process(app);

    // Declared before the session and the window so it outlives them: the child stops last.
    LocalServerProcess demoServer;
    // The demo's data is new on every start, so its cache must not survive it.
    QTemporaryDir demoDataDir;
    std::unique_ptr<AppSession> session;
    MainWindow window;
    if (parser.isSet(demoOption)) {
        const QString role = parser.value(demoRoleOption);
        if (role != QLatin1StringView("staff") && role != QLatin1StringView("admin") &&
            role != QLatin1StringView("auditor"))
            return fail(QCoreApplication::translate("main", "--demo-role must be staff, admin "
                                                            "or auditor."));
        QString error;
        const QStringList arguments = QStringList{QStringLiteral("--demo")} +
                                      QProcess::splitCommand(parser.value(backendArgsOption));
        if (!demoServer.start(arguments, demoStartTimeoutMs, &error))
            return fail(
                QCoreApplication::translate("main", "The demo backend could not start.\n\n%1")
                    .arg(error));
        ConnectionProfile profile;
        profile.id = QStringLiteral("demo");
        profile.displayName = QCoreApplication::translate("main", "Demo");
        profile.backendUrl = demoServer.baseUrl();
        profile.certificateSha256 = demoServer.certificateFingerprint();
        session = std::make_unique<AppSession>(profile, demoServer.token(role), demoDataDir.path());
        if (!session->open(&error))
            return fail(error);
        // A screenshot shows the default layout, not the one this machine saved.
        window.setPersistLayout(!parser.isSet(screenshotOption));
        window.setSession(session.get());
        connectE911Dialogs(window, *session);
        if (parser.isSet(screenshotOption))
            saveScreenshotWhenSettled(&window, session.get(), parser.value(screenshotOption));
        session->start();
    } else {
        window.showNotConnected(
            QCoreApplication::translate("main", "Connections to your own backend come in a later "
                                                "version."),
            QCoreApplication::translate("main",
                                        "Start Dispatchable with --demo to try it on the built-in "
                                        "demo backend."));
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
