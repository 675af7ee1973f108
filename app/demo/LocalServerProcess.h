// Starts dispatchable-server as a child process on a free loopback port with a generated
// certificate (kept across restarts of this object), and reads the start-up lines it prints (URL,
// certificate fingerprint, demo tokens). Used by `dispatchable --demo`, the tests and the
// benchmarks. The child never outlives this process: it is started with --exit-with-parent
// (it ends when the pipe on its stdin closes, and on Linux with the parent-death signal), and on
// Windows it runs in a job object that the system closes, killing it, when this process ends.
#pragma once

#include <QHash>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <memory>

class LocalServerProcess : public QObject
{
    Q_OBJECT
public:
    explicit LocalServerProcess(QObject *parent = nullptr);
    ~LocalServerProcess() override;

    // The server executable: next to the running program, or from $DISPATCHABLE_SERVER.
    static QString defaultExecutable();

    void setExecutable(const QString &path) { m_executable = path; }
    // A data directory that outlives stop()/start(), for restart tests. Defaults to a temp dir.
    void setDataDir(const QString &dir) { m_dataDir = dir; }
    // The port to listen on; 0 (the default) picks a free one. Restart tests set the port of the
    // previous run so clients find the server where it was; the certificate is kept too.
    void setPort(quint16 port) { m_port = port; }
    quint16 port() const { return static_cast<quint16>(m_baseUrl.port()); }
    QString dataDir() const;

    // Starts the server with `arguments` added to the loopback/port/certificate ones and returns
    // at once; ready() or failed() follows, failed() at the latest after `timeoutMs`.
    void launch(const QStringList &arguments, int timeoutMs);
    // launch(), then waits until the server is ready. Returns false with a message on failure.
    bool start(const QStringList &arguments, int timeoutMs, QString *error);
    // Kills the process (SIGKILL): a crash, as far as the server is concerned.
    void kill();
    // Asks it to stop and waits.
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const { return m_baseUrl; }
    QString certificateFingerprint() const { return m_fingerprint; }
    // Demo tokens by role ("staff", "admin", "auditor"), when started with --demo.
    QString token(const QString &role) const { return m_tokens.value(role); }
    QString certificateDir() const;
    // Everything the server wrote to stderr so far (for test failure messages).
    QString diagnostics() const { return m_stderr; }
    // The process id while it runs, else 0.
    qint64 processId() const;

signals:
    // The server printed its start-up lines: baseUrl(), the fingerprint and tokens are known.
    void ready();
    // It could not start, stopped during start-up, or did not get ready in time; `error` is a
    // sentence for people.
    void failed(const QString &error);

private:
    void readStartupLines();
    bool parseStartupLine(const QString &line);
    void failStartup(const QString &error);
    void tieToThisProcess();

    QString m_executable;
    QString m_dataDir;
    quint16 m_port = 0;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QString m_fingerprint;
    QHash<QString, QString> m_tokens;
    QString m_stderr;
    QByteArray m_stdoutBuffer;
    QTimer *m_startTimer;
    bool m_ready = false;
    QString m_startError; // set when start-up failed
#ifdef Q_OS_WIN
    void *m_job = nullptr; // HANDLE of the job object the child runs in
#endif
};
