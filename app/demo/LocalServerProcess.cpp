#include "LocalServerProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

LocalServerProcess::LocalServerProcess(QObject *parent)
    : QObject(parent)
    , m_executable(defaultExecutable())
    , m_tempDir(std::make_unique<QTemporaryDir>())
    , m_startTimer(new QTimer(this))
{
    m_startTimer->setSingleShot(true);
    connect(m_startTimer, &QTimer::timeout, this, [this] {
        failStartup(tr("The demo backend did not get ready within %1 s.")
                        .arg(m_startTimer->interval() / 1000));
        kill();
    });
}

LocalServerProcess::~LocalServerProcess()
{
    stop();
#ifdef Q_OS_WIN
    if (m_job)
        CloseHandle(m_job);
#endif
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

void LocalServerProcess::launch(const QStringList &arguments, int timeoutMs)
{
    stop();
    m_ready = false;
    m_startError.clear();
    m_tokens.clear();
    m_stdoutBuffer.clear();
    m_stderr.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_executable);
    m_process->setArguments(QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                                        QStringLiteral("--port"), QString::number(m_port),
                                        QStringLiteral("--generate-cert"), certificateDir(),
                                        QStringLiteral("--data-dir"), dataDir(),
                                        QStringLiteral("--exit-with-parent")} +
                            arguments);
    // stdin stays a pipe this process holds open (QProcess's default): its end of file is the
    // server's sign that this process is gone.
    connect(m_process.get(), &QProcess::readyReadStandardError, this,
            [this] { m_stderr += QString::fromLocal8Bit(m_process->readAllStandardError()); });
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this,
            &LocalServerProcess::readStartupLines);
    connect(m_process.get(), &QProcess::started, this, &LocalServerProcess::tieToThisProcess);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            failStartup(tr("Could not start %1: %2").arg(m_executable, m_process->errorString()));
    });
    connect(m_process.get(), &QProcess::finished, this, [this] {
        m_stderr += QString::fromLocal8Bit(m_process->readAllStandardError());
        failStartup(tr("The demo backend stopped during start-up: %1").arg(m_stderr.trimmed()));
    });
    m_startTimer->start(timeoutMs);
    m_process->start();
}

bool LocalServerProcess::start(const QStringList &arguments, int timeoutMs, QString *error)
{
    launch(arguments, timeoutMs);
    const QDeadlineTimer deadline(timeoutMs);
    // QProcess's waits deliver its signals as they happen, so the slots above parse the lines.
    while (!m_ready && m_startError.isEmpty() && m_process) {
        if (deadline.hasExpired()) {
            failStartup(
                tr("The demo backend did not get ready within %1 s.").arg(timeoutMs / 1000));
            kill();
            break;
        }
        const int slice = int(qMin<qint64>(deadline.remainingTime(), 200));
        if (m_process->state() == QProcess::NotRunning)
            break;
        if (m_process->state() == QProcess::Starting)
            m_process->waitForStarted(slice);
        else
            m_process->waitForReadyRead(slice);
    }
    if (!m_ready && m_startError.isEmpty()) // stopped by a slot meanwhile
        m_startError = tr("The demo backend was stopped during start-up.");
    if (!m_ready)
        *error = m_startError;
    return m_ready;
}

void LocalServerProcess::readStartupLines()
{
    m_stdoutBuffer += m_process->readAllStandardOutput();
    // After "ready" the output is only drained, so the child never blocks on a full pipe.
    if (m_ready) {
        m_stdoutBuffer.clear();
        return;
    }
    qsizetype newline;
    while ((newline = m_stdoutBuffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stdoutBuffer.left(newline)).trimmed();
        m_stdoutBuffer.remove(0, newline + 1);
        if (parseStartupLine(line)) {
            m_ready = true;
            m_stdoutBuffer.clear();
            m_startTimer->stop();
            emit ready();
            return;
        }
    }
}

void LocalServerProcess::failStartup(const QString &error)
{
    if (m_ready || !m_startError.isEmpty())
        return;
    m_startTimer->stop();
    m_startError = error;
    emit failed(error);
}

void LocalServerProcess::tieToThisProcess()
{
#ifdef Q_OS_WIN
    // A job object that kills what it holds when its last handle closes: this process holds the
    // only one, and the system closes it when this process ends, however it ends.
    if (!m_job) {
        m_job = CreateJobObjectW(nullptr, nullptr);
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits = {};
        limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
        if (m_job && !SetInformationJobObject(m_job, JobObjectExtendedLimitInformation, &limits,
                                              sizeof limits)) {
            CloseHandle(m_job);
            m_job = nullptr;
        }
    }
    if (m_job) {
        const HANDLE child = OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE,
                                         DWORD(m_process->processId()));
        if (child) {
            AssignProcessToJobObject(m_job, child);
            CloseHandle(child);
        }
    }
#endif
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
        // An intended end: finished() is not a failed start-up.
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

void LocalServerProcess::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            kill();
    }
}

qint64 LocalServerProcess::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

bool LocalServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}
