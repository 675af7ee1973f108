// Starts dispatchable-server as a child process on a free loopback port with a generated
// certificate (kept across restarts of this object), and reads the start-up lines it prints (URL,
// certificate fingerprint, demo tokens). Used by `dispatchable --demo`, the tests and the
// benchmarks.
#pragma once

#include <QHash>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
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

    // Starts the server with `arguments` added to the loopback/port/certificate ones and waits
    // until it is ready. Returns false with a message on failure.
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

private:
    bool parseStartupLine(const QString &line);

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
    bool m_ready = false;
};
