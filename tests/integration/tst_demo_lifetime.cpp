// `dispatchable --demo` never leaves its backend behind. The real app runs (offscreen) and is
// ended each way a desktop app ends: a normal quit, SIGTERM (`kill`), SIGHUP (a closed terminal,
// a logout), SIGINT (Ctrl+C), SIGKILL and a crash (SIGSEGV). Each time its dispatchable-server
// child must be gone within a few seconds and its port free again. Reads /proc: Linux only (on
// Windows a job object does the same; it is not tested here).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace {
constexpr int startTimeoutMs = 60000;
constexpr int goneTimeoutMs = 5000;

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool portIsFree(quint16 port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, port);
}

bool answersOn(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

// The fields of /proc/PID/stat after the command name: state, parent pid, …
QStringList statFields(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    const qsizetype nameEnd = line.lastIndexOf(')');
    return QString::fromLatin1(line.mid(nameEnd + 2)).split(QLatin1Char(' '));
}

// Running, and not a zombie nobody has reaped yet.
bool isAlive(qint64 pid)
{
    const QStringList fields = statFields(pid);
    return !fields.isEmpty() && fields.first() != QLatin1StringView("Z") &&
           fields.first() != QLatin1StringView("X");
}

// The dispatchable-server process whose parent is `parentPid`, or 0.
qint64 serverChildOf(qint64 parentPid)
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        const QStringList fields = statFields(pid);
        if (fields.size() < 2 || fields.at(1).toLongLong() != parentPid)
            continue;
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("dispatchable-se"))
            return pid;
    }
    return 0;
}

struct DemoApp
{
    QTemporaryDir home;
    QProcess app;
    quint16 port = 0;
    qint64 serverPid = 0;

    // Starts the app on a small demo and waits until its backend answers.
    bool start(const QStringList &extraArguments = {})
    {
        port = freePort();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        // Under AddressSanitizer the "crash" row must stay a crash: ASan would otherwise catch
        // SIGSEGV, print a report and exit normally with status 1.
        QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
        if (!asan.isEmpty())
            asan += QLatin1Char(':');
        env.insert(QStringLiteral("ASAN_OPTIONS"), asan + QStringLiteral("handle_segv=0"));
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(DISPATCHABLE_APP),
                  QStringList{
                      QStringLiteral("--demo"),
                      QStringLiteral("--backend-args=--tenants 2 --dids 300 --port %1").arg(port)} +
                      extraArguments);
        if (!app.waitForStarted(startTimeoutMs))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < startTimeoutMs && app.state() == QProcess::Running) {
            if (serverPid == 0)
                serverPid = serverChildOf(app.processId());
            if (serverPid != 0 && answersOn(port))
                return true;
            QTest::qWait(50);
        }
        return false;
    }
    void signal(int number) { ::kill(pid_t(app.processId()), number); }
};
} // namespace

class TestDemoLifetime : public QObject
{
    Q_OBJECT
private slots:
    void backendEndsWithTheApp_data();
    void backendEndsWithTheApp();
    void normalQuitStopsTheBackend();
};

void TestDemoLifetime::backendEndsWithTheApp_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<bool>("handled"); // the app quits cleanly with 128 + the signal
    QTest::newRow("SIGTERM (kill)") << int(SIGTERM) << true;
    QTest::newRow("SIGHUP (terminal closed)") << int(SIGHUP) << true;
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT) << true;
    QTest::newRow("SIGKILL") << int(SIGKILL) << false;
    QTest::newRow("crash (SIGSEGV)") << int(SIGSEGV) << false;
}

void TestDemoLifetime::backendEndsWithTheApp()
{
    QFETCH(int, signalNumber);
    QFETCH(bool, handled);
    DemoApp demo;
    QVERIFY2(demo.start(), "the demo app or its backend did not start");
    QVERIFY(isAlive(demo.serverPid));

    demo.signal(signalNumber);
    QVERIFY(demo.app.waitForFinished(goneTimeoutMs));
    if (handled) {
        QCOMPARE(demo.app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(demo.app.exitCode(), 128 + signalNumber);
    } else {
        QCOMPARE(demo.app.exitStatus(), QProcess::CrashExit);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!isAlive(demo.serverPid), goneTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(portIsFree(demo.port), goneTimeoutMs);
}

void TestDemoLifetime::normalQuitStopsTheBackend()
{
    // --screenshot quits through the event loop, as File > Quit does, once the first sync shows.
    DemoApp demo;
    QVERIFY2(demo.start({QStringLiteral("--screenshot"),
                         demo.home.filePath(QStringLiteral("window.png"))}),
             "the demo app or its backend did not start");
    QVERIFY(demo.app.waitForFinished(startTimeoutMs));
    QCOMPARE(demo.app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(demo.app.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!isAlive(demo.serverPid), goneTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(portIsFree(demo.port), goneTimeoutMs);
}

QTEST_GUILESS_MAIN(TestDemoLifetime)
#include "tst_demo_lifetime.moc"
