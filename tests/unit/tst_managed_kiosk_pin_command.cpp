// `dispatchable kiosk-pin-hash`, the real binary: a PIN on standard input gives one line on
// standard output that verifies that PIN (and no other), without a display, and with the PIN
// nowhere in the output; a short PIN and empty input fail with their exit codes.
#include "kiosk/KioskPinHash.h"

#include <QProcess>
#include <QtTest>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCommand(const QByteArray &input)
{
    QProcess process;
    // No display and no platform plugin: the command must not need a GUI.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DISPATCHABLE_APP), {QStringLiteral("kiosk-pin-hash")});
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}
} // namespace

class TestKioskPinHashCommand : public QObject
{
    Q_OBJECT
private slots:
    void printsAHashThatVerifiesThePin();
    void windowsLineEndingIsNotPartOfThePin();
    void shortPinIsRefused();
    void emptyInputIsRefused();
};

void TestKioskPinHashCommand::printsAHashThatVerifiesThePin()
{
    const Run run = runCommand("735911\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QString hash = QString::fromLatin1(lines.first());
    QString problem;
    const auto parts = KioskPinHash::parse(hash, &problem);
    QVERIFY2(parts, qPrintable(problem));
    QCOMPARE(parts->iterations, KioskPinHash::defaultIterations);
    QVERIFY(KioskPinHash::verify(QStringLiteral("735911"), hash));
    QVERIFY(!KioskPinHash::verify(QStringLiteral("735912"), hash));
    QVERIFY(!run.out.contains("735911"));
    QVERIFY(!run.err.contains("735911"));
    // A second run salts differently.
    const Run again = runCommand("735911\n");
    QVERIFY(again.out.trimmed() != run.out.trimmed());
}

void TestKioskPinHashCommand::windowsLineEndingIsNotPartOfThePin()
{
    const Run run = runCommand("4321\r\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY(KioskPinHash::verify(QStringLiteral("4321"), QString::fromLatin1(run.out.trimmed())));
}

void TestKioskPinHashCommand::shortPinIsRefused()
{
    const Run run = runCommand("12\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("at least 4"), run.err.constData());
}

void TestKioskPinHashCommand::emptyInputIsRefused()
{
    const Run run = runCommand("");
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestKioskPinHashCommand)
#include "tst_managed_kiosk_pin_command.moc"
