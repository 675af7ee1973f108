// The kiosk PIN: a salted PBKDF2-HMAC-SHA256 hash that verifies the right PIN and nothing else
// (checked against a vector computed independently with Python's hashlib), a strict parser for
// stored hashes, and the wrong-PIN limiter: three free tries, then 30 s doubling up to 15 min,
// surviving a restart, driven by a fake clock.
#include "kiosk/KioskPinGate.h"
#include "kiosk/KioskPinHash.h"
#include "kiosk/KioskPinLimiter.h"
#include "settings/EffectiveSettings.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono_literals;

namespace {
// hashlib.pbkdf2_hmac("sha256", b"2468", bytes(range(16)), 100000, 32), base64.
const QString knownHash = QStringLiteral(
    "pbkdf2-sha256$100000$AAECAwQFBgcICQoLDA0ODw==$ayf3tcDVah5kRZWydsw6bJ//4aRAeOWgSOaDtH/B5Lg=");
// The same salt, PIN "Zürich-1": the PIN is hashed as UTF-8.
const QString knownUtf8Hash = QStringLiteral(
    "pbkdf2-sha256$100000$AAECAwQFBgcICQoLDA0ODw==$BPqyh+JO2YXGUgP9720AcJRxzT2nVi1rmvqLUZJrvkk=");

struct FakeClock
{
    QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
    KioskPinLimiter::Clock function()
    {
        return [this] { return now; };
    }
};
} // namespace

class TestKioskPin : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void knownVectorVerifies();
    void createdHashVerifiesOnlyItsPin();
    void createdHashIsSaltedAndSelfDescribing();
    void malformedHashesAreRefused_data();
    void malformedHashesAreRefused();
    void shortPinIsRefused();
    void constantTimeCompare();
    void waitsDoubleAndAreCapped();
    void limiterBlocksAfterThreeWrongPins();
    void limiterSurvivesRestart();
    void clockSetBackDoesNotLockForever();
    void gateRefusesWhileWaitingEvenTheRightPin();
    void rightPinClearsTheCount();

private:
    QString storePath() const { return m_dir->filePath(QStringLiteral("state.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestKioskPin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestKioskPin::knownVectorVerifies()
{
    QVERIFY(KioskPinHash::verify(QStringLiteral("2468"), knownHash));
    QVERIFY(!KioskPinHash::verify(QStringLiteral("2469"), knownHash));
    QVERIFY(!KioskPinHash::verify(QStringLiteral("2468 "), knownHash));
    QVERIFY(KioskPinHash::verify(QStringLiteral("Zürich-1"), knownUtf8Hash));
    QVERIFY(!KioskPinHash::verify(QString(), knownHash));
}

void TestKioskPin::createdHashVerifiesOnlyItsPin()
{
    const QString hash = KioskPinHash::create(QStringLiteral("735911"));
    QVERIFY(KioskPinHash::verify(QStringLiteral("735911"), hash));
    QVERIFY(!KioskPinHash::verify(QStringLiteral("735912"), hash));
    QVERIFY(!KioskPinHash::verify(QStringLiteral("73591"), hash));
}

void TestKioskPin::createdHashIsSaltedAndSelfDescribing()
{
    const QString a = KioskPinHash::create(QStringLiteral("1234"), KioskPinHash::minimumIterations);
    const QString b = KioskPinHash::create(QStringLiteral("1234"), KioskPinHash::minimumIterations);
    QVERIFY(a != b); // a fresh random salt each time
    QVERIFY(!a.contains(QLatin1StringView("1234")));
    const auto parts = KioskPinHash::parse(a);
    QVERIFY(parts);
    QCOMPARE(parts->iterations, KioskPinHash::minimumIterations);
    QCOMPARE(parts->salt.size(), 16);
    QCOMPARE(parts->hash.size(), 32);
    QVERIFY(a.startsWith(QLatin1StringView("pbkdf2-sha256$100000$")));
    // The default is above the minimum the brief of the format asks for.
    QVERIFY(KioskPinHash::defaultIterations >= 100000);
    const auto defaults = KioskPinHash::parse(KioskPinHash::create(QStringLiteral("1234")));
    QCOMPARE(defaults->iterations, KioskPinHash::defaultIterations);
}

void TestKioskPin::malformedHashesAreRefused_data()
{
    QTest::addColumn<QString>("hash");
    const QString salt = QStringLiteral("AAECAwQFBgcICQoLDA0ODw==");
    const QString hash = QStringLiteral("ayf3tcDVah5kRZWydsw6bJ//4aRAeOWgSOaDtH/B5Lg=");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain PIN") << QStringLiteral("2468");
    QTest::newRow("other scheme") << QStringLiteral("pbkdf2-sha1$100000$%1$%2").arg(salt, hash);
    QTest::newRow("too few rounds") << QStringLiteral("pbkdf2-sha256$99999$%1$%2").arg(salt, hash);
    QTest::newRow("absurd rounds")
        << QStringLiteral("pbkdf2-sha256$2000000000$%1$%2").arg(salt, hash);
    QTest::newRow("short salt") << QStringLiteral("pbkdf2-sha256$100000$AAEC$%1").arg(hash);
    QTest::newRow("bad base64") << QStringLiteral("pbkdf2-sha256$100000$%1$not*base64").arg(salt);
    QTest::newRow("short hash") << QStringLiteral("pbkdf2-sha256$100000$%1$AAAA").arg(salt);
    QTest::newRow("extra part") << QString(knownHash + QStringLiteral("$x"));
}

void TestKioskPin::malformedHashesAreRefused()
{
    QFETCH(QString, hash);
    QString problem;
    QVERIFY(!KioskPinHash::parse(hash, &problem));
    QVERIFY(!problem.isEmpty());
    QVERIFY(!KioskPinHash::verify(QStringLiteral("2468"), hash));
}

void TestKioskPin::shortPinIsRefused()
{
    QVERIFY(!KioskPinHash::problemWithPin(QStringLiteral("123")).isEmpty());
    QVERIFY(KioskPinHash::problemWithPin(QStringLiteral("1234")).isEmpty());
    QVERIFY(!KioskPinHash::problemWithPin(QString(129, QLatin1Char('1'))).isEmpty());
}

void TestKioskPin::constantTimeCompare()
{
    QVERIFY(KioskPinHash::constantTimeEquals("abc", "abc"));
    QVERIFY(!KioskPinHash::constantTimeEquals("abc", "abd"));
    QVERIFY(!KioskPinHash::constantTimeEquals("abc", "ab"));
    QVERIFY(KioskPinHash::constantTimeEquals(QByteArray(), QByteArray()));
}

void TestKioskPin::waitsDoubleAndAreCapped()
{
    QCOMPARE(KioskPinLimiter::waitAfter(0), 0s);
    QCOMPARE(KioskPinLimiter::waitAfter(2), 0s);
    QCOMPARE(KioskPinLimiter::waitAfter(3), 30s);
    QCOMPARE(KioskPinLimiter::waitAfter(4), 60s);
    QCOMPARE(KioskPinLimiter::waitAfter(5), 120s);
    QCOMPARE(KioskPinLimiter::waitAfter(7), 480s);
    QCOMPARE(KioskPinLimiter::waitAfter(8), 900s); // 960 s capped at 15 min
    QCOMPARE(KioskPinLimiter::waitAfter(1000), 900s);
}

void TestKioskPin::limiterBlocksAfterThreeWrongPins()
{
    FakeClock clock;
    QSettings store(storePath(), QSettings::IniFormat);
    KioskPinLimiter limiter(&store, clock.function());
    limiter.recordFailure();
    limiter.recordFailure();
    QVERIFY(limiter.mayTry());
    limiter.recordFailure();
    QVERIFY(!limiter.mayTry());
    QCOMPARE(limiter.remainingWait(), 30s);
    clock.now = clock.now.addSecs(29);
    QCOMPARE(limiter.remainingWait(), 1s);
    clock.now = clock.now.addSecs(1);
    QVERIFY(limiter.mayTry());
    limiter.recordFailure();
    QCOMPARE(limiter.remainingWait(), 60s);
}

void TestKioskPin::limiterSurvivesRestart()
{
    FakeClock clock;
    {
        QSettings store(storePath(), QSettings::IniFormat);
        KioskPinLimiter limiter(&store, clock.function());
        for (int i = 0; i < 4; ++i) {
            clock.now = clock.now.addSecs(limiter.remainingWait().count());
            limiter.recordFailure();
        }
        QCOMPARE(limiter.remainingWait(), 60s);
    }
    clock.now = clock.now.addSecs(10);
    QSettings store(storePath(), QSettings::IniFormat);
    KioskPinLimiter restarted(&store, clock.function());
    QCOMPARE(restarted.failures(), 4);
    QCOMPARE(restarted.remainingWait(), 50s);
}

void TestKioskPin::clockSetBackDoesNotLockForever()
{
    FakeClock clock;
    QSettings store(storePath(), QSettings::IniFormat);
    KioskPinLimiter limiter(&store, clock.function());
    for (int i = 0; i < 3; ++i)
        limiter.recordFailure();
    clock.now = clock.now.addDays(-2);
    QCOMPARE(limiter.remainingWait(), 30s);
}

void TestKioskPin::gateRefusesWhileWaitingEvenTheRightPin()
{
    FakeClock clock;
    EffectiveSettings settings(ManagedSettings(), m_dir->filePath(QStringLiteral("user.ini")));
    QVERIFY(settings.setKioskPinHash(knownHash));
    QSettings store(storePath(), QSettings::IniFormat);
    KioskPinLimiter limiter(&store, clock.function());
    KioskPinGate gate(&settings, &limiter);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(gate.tryPin(QStringLiteral("0000")), KioskPinGate::Outcome::WrongPin);
    QVERIFY2(gate.message(KioskPinGate::Outcome::WrongPin).contains(QLatin1StringView("30")),
             qPrintable(gate.message(KioskPinGate::Outcome::WrongPin)));
    QCOMPARE(gate.tryPin(QStringLiteral("2468")), KioskPinGate::Outcome::MustWait);
    QCOMPARE(limiter.failures(), 3); // a refused try is not counted again
    clock.now = clock.now.addSecs(30);
    QCOMPARE(gate.tryPin(QStringLiteral("2468")), KioskPinGate::Outcome::Unlocked);
}

void TestKioskPin::rightPinClearsTheCount()
{
    FakeClock clock;
    EffectiveSettings settings(ManagedSettings(), m_dir->filePath(QStringLiteral("user.ini")));
    QVERIFY(settings.setKioskPinHash(knownHash));
    QSettings store(storePath(), QSettings::IniFormat);
    KioskPinLimiter limiter(&store, clock.function());
    KioskPinGate gate(&settings, &limiter);
    QCOMPARE(gate.tryPin(QStringLiteral("1111")), KioskPinGate::Outcome::WrongPin);
    QCOMPARE(gate.tryPin(QStringLiteral("2468")), KioskPinGate::Outcome::Unlocked);
    QCOMPARE(limiter.failures(), 0);
    // Nothing that was typed ends up in the state file.
    QFile file(storePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(!contents.contains("1111") && !contents.contains("2468"));
}

QTEST_GUILESS_MAIN(TestKioskPin)
#include "tst_kiosk_pin.moc"
