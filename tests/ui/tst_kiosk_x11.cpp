// The real `dispatchable --kiosk` on an X server without a window manager (Xvfb at 1280×720),
// with no saved connection: the only window it maps is the kiosk's, and it covers the screen.
// Without a window manager showFullScreen() changes nothing, so this is what proves the kiosk
// sets its geometry itself. Reads the X server's window tree with xwininfo (x11-utils).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {
constexpr int screenWidth = 1280;
constexpr int screenHeight = 720;

struct MappedWindow
{
    QString id;
    QString description; // xwininfo's line about the window: id, name, geometry
    int width = 0;
    int height = 0;
    int x = 0;
    int y = 0;
};

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(10000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

int field(const QString &info, const char *name)
{
    const QRegularExpression re(QStringLiteral("^\\s*%1:\\s*(-?\\d+)").arg(QLatin1StringView(name)),
                                QRegularExpression::MultilineOption);
    return re.match(info).captured(1).toInt();
}

// The root window's children that are mapped and viewable.
QList<MappedWindow> mappedWindows(const QString &display)
{
    QList<MappedWindow> mapped;
    const QString children =
        run(QStringLiteral("xwininfo"), {QStringLiteral("-display"), display,
                                         QStringLiteral("-root"), QStringLiteral("-children")});
    static const QRegularExpression child(QStringLiteral("^\\s+(0x[0-9a-fA-F]+)\\s.*$"),
                                          QRegularExpression::MultilineOption);
    for (auto it = child.globalMatch(children); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString info =
            run(QStringLiteral("xwininfo"),
                {QStringLiteral("-display"), display, QStringLiteral("-id"), match.captured(1)});
        if (!info.contains(QLatin1StringView("Map State: IsViewable")))
            continue;
        mapped.append({match.captured(1), match.captured(0).trimmed(), field(info, "Width"),
                       field(info, "Height"), field(info, "Absolute upper-left X"),
                       field(info, "Absolute upper-left Y")});
    }
    return mapped;
}

QString describe(const QList<MappedWindow> &windows)
{
    QStringList lines;
    for (const MappedWindow &w : windows)
        lines.append(w.description);
    return lines.join(u'\n');
}

// A display number no X server on this computer uses.
int freeDisplay()
{
    for (int n = 90 + int(QCoreApplication::applicationPid() % 100); n < 400; ++n) {
        if (!QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)) &&
            !QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)))
            return n;
    }
    return -1;
}
} // namespace

class TestKioskX11 : public QObject
{
    Q_OBJECT
private slots:
    void kioskWithoutWindowManagerIsTheOnlyMappedWindowAndFillsTheScreen_data();
    void kioskWithoutWindowManagerIsTheOnlyMappedWindowAndFillsTheScreen();
};

void TestKioskX11::kioskWithoutWindowManagerIsTheOnlyMappedWindowAndFillsTheScreen_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no connection") << QStringList{QStringLiteral("--kiosk")};
    // A wrong start command locks the kiosk instead of raising a message box.
    QTest::newRow("bad command line") << QStringList{
        QStringLiteral("--kiosk"), QStringLiteral("--kiosk-interval"), QStringLiteral("0")};
}

void TestKioskX11::kioskWithoutWindowManagerIsTheOnlyMappedWindowAndFillsTheScreen()
{
    QFETCH(QStringList, arguments);
    const int n = freeDisplay();
    QVERIFY(n > 0);
    const QString display = QStringLiteral(":%1").arg(n);
    QProcess xvfb;
    xvfb.start(QStringLiteral("Xvfb"),
               {display, QStringLiteral("-screen"), QStringLiteral("0"),
                QStringLiteral("%1x%2x24").arg(screenWidth).arg(screenHeight),
                QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    QVERIFY2(xvfb.waitForStarted(10000), "Xvfb (package xvfb) must be installed");
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)), 15000);
    QVERIFY2(!run(QStringLiteral("xwininfo"),
                  {QStringLiteral("-display"), display, QStringLiteral("-root")})
                  .isEmpty(),
             "xwininfo (package x11-utils) must be installed");
    QVERIFY2(mappedWindows(display).isEmpty(), qPrintable(describe(mappedWindows(display))));

    // A user with no saved connection and no managed settings of their own.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_DIRS"), home.filePath(QStringLiteral("etc")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("DISPATCHABLE_MANAGED_CONFIG"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(DISPATCHABLE_APP), arguments);
    QVERIFY(app.waitForStarted(10000));

    QTRY_VERIFY_WITH_TIMEOUT(!mappedWindows(display).isEmpty(), 90000);
    // Give a stray window (a main window, a dialog) the time to show up too.
    QTest::qWait(2000);
    const QList<MappedWindow> mapped = mappedWindows(display);
    QVERIFY2(app.state() == QProcess::Running, "the kiosk quit by itself");
    QVERIFY2(mapped.size() == 1, qPrintable(describe(mapped)));
    const MappedWindow &kiosk = mapped.constFirst();
    QVERIFY2(kiosk.description.contains(QLatin1StringView("read-only audit view")),
             qPrintable(kiosk.description));
    QCOMPARE(kiosk.width, screenWidth);
    QCOMPARE(kiosk.height, screenHeight);
    QCOMPARE(kiosk.x, 0);
    QCOMPARE(kiosk.y, 0);

    app.terminate(); // SIGTERM quits like File > Quit
    if (!app.waitForFinished(20000))
        app.kill();
    xvfb.terminate();
    xvfb.waitForFinished(10000);
}

QTEST_GUILESS_MAIN(TestKioskX11)
#include "tst_kiosk_x11.moc"
