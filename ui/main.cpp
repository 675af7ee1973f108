// dispatchable: the desktop app. Parses the command line, starts the demo backend when asked,
// and wires the core (HttpClient, ApiClient) to the main window.
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "demo/LocalServerProcess.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>

namespace {
// How long the demo backend may take to generate its certificate and demo data.
constexpr int demoStartTimeoutMs = 120000;

// Saves the window as a PNG once the tenants are shown, then quits: for the docs' screenshots.
void saveScreenshotWhenSettled(MainWindow *window, const QString &path)
{
    QObject::connect(window, &MainWindow::tenantsSettled, window, [window, path] {
        // Let the table lay out its rows before grabbing.
        QTimer::singleShot(200, window, [window, path] {
            const bool saved = window->grab().save(path, "PNG");
            if (!saved)
                qWarning("Could not write the screenshot to %s", qPrintable(path));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
}
} // namespace

int main(int argc, char **argv)
{
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
    const QCommandLineOption backendArgsOption(
        QStringLiteral("backend-args"),
        QCoreApplication::translate("main",
                                    "Extra arguments for the demo backend, e.g. \"--tenants 4\"."),
        QStringLiteral("args"));
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save the window as a PNG once the tenants are shown, then quit."),
        QStringLiteral("file"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demoOption, backendArgsOption, screenshotOption});
    parser.process(app);

    // Declared before the window and the clients so it outlives them: the child stops last.
    LocalServerProcess demoServer;
    HttpClient http;
    ApiClient api(&http);
    MainWindow window;

    if (parser.isSet(demoOption)) {
        QString error;
        const QStringList arguments = QStringList{QStringLiteral("--demo")} +
                                      QProcess::splitCommand(parser.value(backendArgsOption));
        if (!demoServer.start(arguments, demoStartTimeoutMs, &error)) {
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "Dispatchable"),
                QCoreApplication::translate("main", "The demo backend could not start.\n\n%1")
                    .arg(error));
            return 1;
        }
        http.setBaseUrl(demoServer.baseUrl());
        http.setPinnedFingerprint(demoServer.certificateFingerprint());
        http.setBearerToken(demoServer.token(QStringLiteral("staff")));
        window.setConnectionInfo(demoServer.baseUrl(), QStringLiteral("staff"), true);
        window.setApiClient(&api);
        if (parser.isSet(screenshotOption))
            saveScreenshotWhenSettled(&window, parser.value(screenshotOption));
        window.reloadTenants();
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
