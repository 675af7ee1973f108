#include "HeadlessCommand.h"

#include <QFileInfo>

std::unique_ptr<QGuiApplication> startHeadlessApplication(int &argc, char **argv)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Fonts need a GUI application, not a display: a scheduled run renders offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    auto app = std::make_unique<QGuiApplication>(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Dispatchable"));
    QGuiApplication::setOrganizationName(QStringLiteral("Dispatchable"));
    QGuiApplication::setApplicationVersion(QStringLiteral(DISPATCHABLE_VERSION));
    return app;
}

void printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = QString(text + QLatin1Char('\n')).toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int failWith(ReportExitCode code, const QString &message)
{
    printTo(stderr, message);
    return static_cast<int>(code);
}

std::optional<int> usageExit(QCommandLineParser &parser, const QString &messagePrefix)
{
    if (!parser.parse(QCoreApplication::arguments()))
        return failWith(ReportExitCode::BadUsage, QString(messagePrefix + parser.errorText()));
    if (parser.isSet(QStringLiteral("help"))) {
        printTo(stdout, parser.helpText());
        return static_cast<int>(ReportExitCode::Written);
    }
    return std::nullopt;
}

bool isWritable(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return false;
    if (info.exists())
        return info.isWritable();
    const QFileInfo dir(info.absolutePath());
    return dir.isDir() && dir.isWritable();
}
