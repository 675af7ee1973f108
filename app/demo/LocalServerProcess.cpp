#include "LocalServerProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>

LocalServerProcess::LocalServerProcess(QObject *parent)
    : QObject(parent)
    , m_executable(defaultExecutable())
    , m_tempDir(std::make_unique<QTemporaryDir>())
{}

LocalServerProcess::~LocalServerProcess()
{
    stop();
}

QString LocalServerProcess::defaultExecutable()
{
    const QString fromEnv = qEnvironmentVariable("DISPATCHABLE_SERVER");
    if (!fromEnv.isEmpty())
        return fromEnv;
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("dispatchable-server.exe");
#else
    const QString name = QStringLiteral("dispatchable-server");
#endif
    const QDir appDir(QCoreApplication::applicationDirPath());
    // Beside the app (Windows, macOS bundle), the build tree, then the Linux install's private
    // helper folder (packaging/linux/Linux.cmake).
    for (const QString &candidate :
         {appDir.filePath(name), appDir.filePath(QStringLiteral("../server/") + name),
          appDir.filePath(QStringLiteral("../../server/") + name),
          appDir.filePath(QStringLiteral("../lib/dispatchable/") + name)}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return name; // let PATH find it
}

QString LocalServerProcess::dataDir() const
{
    return m_dataDir.isEmpty() ? m_tempDir->filePath(QStringLiteral("data")) : m_dataDir;
}

QString LocalServerProcess::certificateDir() const
{
    return m_tempDir->filePath(QStringLiteral("tls"));
}

bool LocalServerProcess::start(const QStringList &arguments, int timeoutMs, QString *error)
{
    stop();
    m_ready = false;
    m_tokens.clear();
    m_stdoutBuffer.clear();
    m_stderr.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_executable);
    m_process->setArguments(QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                                        QStringLiteral("--port"), QString::number(m_port),
                                        QStringLiteral("--generate-cert"), certificateDir(),
                                        QStringLiteral("--data-dir"), dataDir()} +
                            arguments);
    connect(m_process.get(), &QProcess::readyReadStandardError, this,
            [this] { m_stderr += QString::fromLocal8Bit(m_process->readAllStandardError()); });
    m_process->start();
    if (!m_process->waitForStarted(timeoutMs)) {
        *error =
            QStringLiteral("Could not start %1: %2").arg(m_executable, m_process->errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_ready) {
        if (m_process->state() == QProcess::NotRunning) {
            m_stderr += QString::fromLocal8Bit(m_process->readAllStandardError());
            *error = QStringLiteral("The demo backend stopped during start-up: %1")
                         .arg(m_stderr.trimmed());
            return false;
        }
        if (deadline.hasExpired()) {
            *error = QStringLiteral("The demo backend did not get ready within %1 s.")
                         .arg(timeoutMs / 1000);
            return false;
        }
        m_process->waitForReadyRead(static_cast<int>(qMin<qint64>(deadline.remainingTime(), 200)));
        m_stdoutBuffer += m_process->readAllStandardOutput();
        qsizetype newline;
        while ((newline = m_stdoutBuffer.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(m_stdoutBuffer.left(newline)).trimmed();
            m_stdoutBuffer.remove(0, newline + 1);
            if (parseStartupLine(line))
                break;
        }
    }
    // Keep draining stdout so the child never blocks on a full pipe.
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this,
            [this] { m_process->readAllStandardOutput(); });
    return true;
}

bool LocalServerProcess::parseStartupLine(const QString &line)
{
    if (line == QLatin1StringView("ready")) {
        m_ready = true;
        return true;
    }
    const qsizetype colon = line.indexOf(QLatin1StringView(": "));
    if (colon < 0)
        return false;
    const QString key = line.left(colon);
    const QString value = line.mid(colon + 2);
    if (key == QLatin1StringView("url"))
        m_baseUrl = QUrl(value);
    else if (key == QLatin1StringView("fingerprint"))
        m_fingerprint = value;
    else if (key.startsWith(QLatin1StringView("token.")))
        m_tokens.insert(key.mid(6), value);
    return false;
}

void LocalServerProcess::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

void LocalServerProcess::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            kill();
    }
}

bool LocalServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}
