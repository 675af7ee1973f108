#include "LaunchOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>

bool LaunchOptions::parse(const QCoreApplication &app, bool kioskBySettings, QString *error)
{
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
        QCoreApplication::translate(
            "main", "Minutes without input before the kiosk returns to its dashboard."),
        QStringLiteral("minutes"), QStringLiteral("2"));
    parser.addOptions({demoOption, demoRoleOption, backendArgsOption, screenshotOption, kioskOption,
                       kioskIntervalOption, kioskIdleOption});
    parser.process(app);

    demo = parser.isSet(demoOption);
    demoRole = parser.value(demoRoleOption);
    // The interactive demo shows a few past calls through Teams (the desk's log, a flagged
    // number); tests start their own backends without them.
    demoArguments = QStringList{QStringLiteral("--demo"), QStringLiteral("--demo-calls")} +
                    QProcess::splitCommand(parser.value(backendArgsOption));
    screenshotPath = parser.value(screenshotOption);
    kiosk = parser.isSet(kioskOption) || kioskBySettings;
    if (kiosk && !kioskOptions.parse(parser.value(kioskIntervalOption),
                                     parser.value(kioskIdleOption), error))
        return false;
    if (demo && demoRole != QLatin1StringView("staff") && demoRole != QLatin1StringView("admin") &&
        demoRole != QLatin1StringView("auditor")) {
        *error =
            QCoreApplication::translate("main", "--demo-role must be staff, admin or auditor.");
        return false;
    }
    return true;
}
