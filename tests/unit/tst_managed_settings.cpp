// Managed configuration: for language, map tiles and kiosk mode, the organisation's value wins
// over the user's and locks it; an invalid managed value is reported and replaced by the safe
// choice, never by the user's value or an open default. The managed values come from real ini
// files, as on Linux. The keys that guard connections are in tst_managed_connection_settings.
#include "kiosk/KioskPinGate.h"
#include "kiosk/KioskPinHash.h"
#include "settings/EffectiveSettings.h"
#include "settings/ManagedSettings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// A fast hash for tests: the minimum the parser accepts.
QString quickHash(const QString &pin)
{
    return KioskPinHash::create(pin, KioskPinHash::minimumIterations);
}
} // namespace

class TestManagedSettings : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void nothingManagedMeansUserValuesAndDefaults();
    void languageManagedOverridesUser();
    void invalidManagedLanguageIsReportedAndLocksSystemLanguage();
    void tileTemplateManagedOverridesUser();
    void invalidManagedTileTemplateTurnsTilesOff();
    void kioskModeManagedOverridesUser();
    void invalidManagedKioskModeKeepsKioskOn();
    void kioskPinHashManagedOverridesUser();
    void invalidManagedPinHashUnlocksNothingAndIsNotRepeated();
    void managedKioskModeIgnoresTheUsersPin();
    void lockedKeysRefuseUserChanges();
    void changedIsEmittedWhenManagedValuesChange();
    void unknownKeyIsReported();
    void alertStyleIsTheUsersUnlessManaged();
    void invalidManagedAlertStyleSoundsWithoutFlashing();
    void legacyDeskKeysStillChooseTheAlertStyle();

private:
    QString writeManaged(const QByteArray &ini);
    QString userPath() const { return m_dir->filePath(QStringLiteral("user.ini")); }
    std::unique_ptr<EffectiveSettings> settingsWith(const QByteArray &managedIni);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestManagedSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestManagedSettings::writeManaged(const QByteArray &ini)
{
    const QString path = m_dir->filePath(QStringLiteral("managed.ini"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(ini);
    return path;
}

std::unique_ptr<EffectiveSettings> TestManagedSettings::settingsWith(const QByteArray &managedIni)
{
    return std::make_unique<EffectiveSettings>(
        ManagedSettings::fromIniFile(writeManaged(managedIni)), userPath());
}

void TestManagedSettings::nothingManagedMeansUserValuesAndDefaults()
{
    auto settings = settingsWith("");
    QVERIFY(settings->managed().isEmpty());
    QVERIFY(settings->problems().isEmpty());
    QCOMPARE(settings->tileUrlTemplate(),
             QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
    QCOMPARE(settings->language(), QString());
    QCOMPARE(settings->proxy().mode, ProxySetting::Mode::System);
    QCOMPARE(settings->kioskMode(), false);
    QVERIFY(settings->backendRefusal(QUrl(QStringLiteral("https://any.example.com"))).isEmpty());
    QVERIFY(settings->setLanguage(QStringLiteral("es")));
    QCOMPARE(settings->language(), QStringLiteral("es"));
    for (const SettingKey key : SettingKeys::all())
        QVERIFY(!settings->isLocked(key));
}

void TestManagedSettings::languageManagedOverridesUser()
{
    {
        EffectiveSettings user(ManagedSettings(), userPath());
        QVERIFY(user.setLanguage(QStringLiteral("es")));
    }
    auto settings = settingsWith("Language=fr-CA\n");
    QCOMPARE(settings->language(), QStringLiteral("fr_CA"));
    QVERIFY(settings->isLocked(SettingKey::Language));
    QVERIFY(settings->problems().isEmpty());
}

void TestManagedSettings::invalidManagedLanguageIsReportedAndLocksSystemLanguage()
{
    {
        EffectiveSettings user(ManagedSettings(), userPath());
        QVERIFY(user.setLanguage(QStringLiteral("es")));
    }
    auto settings = settingsWith("Language=klingon\n");
    QCOMPARE(settings->language(), QString()); // the system's, not the user's "es"
    QVERIFY(settings->isLocked(SettingKey::Language));
    const QList<SettingProblem> problems = settings->problemsWith(SettingKey::Language);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.contains(QStringLiteral("klingon")),
             qPrintable(problems.first().message));
}

void TestManagedSettings::tileTemplateManagedOverridesUser()
{
    {
        EffectiveSettings user(ManagedSettings(), userPath());
        QVERIFY(user.setTileUrlTemplate(QStringLiteral("https://user.example/{z}/{x}/{y}.png")));
        QCOMPARE(user.tileUrlTemplate(), QStringLiteral("https://user.example/{z}/{x}/{y}.png"));
    }
    auto settings = settingsWith("TileUrlTemplate=https://tiles.corp.example/{z}/{x}/{y}.png\n");
    QCOMPARE(settings->tileUrlTemplate(),
             QStringLiteral("https://tiles.corp.example/{z}/{x}/{y}.png"));
    QVERIFY(settings->isLocked(SettingKey::TileUrlTemplate));

    // An empty managed template is a deliberate "no map tiles", not a problem.
    auto off = settingsWith("TileUrlTemplate=\n");
    QCOMPARE(off->tileUrlTemplate(), QString());
    QVERIFY(off->problems().isEmpty());
}

void TestManagedSettings::invalidManagedTileTemplateTurnsTilesOff()
{
    auto settings = settingsWith("TileUrlTemplate=https://tiles.corp.example/{z}/{x}.png\n");
    QCOMPARE(settings->tileUrlTemplate(), QString());
    QCOMPARE(settings->problemsWith(SettingKey::TileUrlTemplate).size(), 1);
    QVERIFY(settings->problemsWith(SettingKey::TileUrlTemplate)
                .first()
                .message.contains(QStringLiteral("{y}")));
}

void TestManagedSettings::kioskModeManagedOverridesUser()
{
    {
        EffectiveSettings user(ManagedSettings(), userPath());
        QVERIFY(user.setKioskMode(false));
    }
    auto on = settingsWith("KioskMode=true\n");
    QCOMPARE(on->kioskMode(), true);
    QVERIFY(on->isLocked(SettingKey::KioskMode));

    {
        EffectiveSettings user(ManagedSettings(), userPath());
        QVERIFY(user.setKioskMode(true));
    }
    auto off = settingsWith("KioskMode=0\n");
    QCOMPARE(off->kioskMode(), false);
}

void TestManagedSettings::invalidManagedKioskModeKeepsKioskOn()
{
    auto settings = settingsWith("KioskMode=sometimes\n");
    QCOMPARE(settings->kioskMode(), true);
    QCOMPARE(settings->problemsWith(SettingKey::KioskMode).size(), 1);
}

void TestManagedSettings::kioskPinHashManagedOverridesUser()
{
    const QString userHash = quickHash(QStringLiteral("1111"));
    const QString managedHash = quickHash(QStringLiteral("2222"));
    {
        EffectiveSettings user(ManagedSettings(), userPath());
        QVERIFY(user.setKioskPinHash(userHash));
        QCOMPARE(user.kioskPinHash(), userHash);
    }
    auto settings = settingsWith(QByteArray("KioskPinHash=" + managedHash.toLatin1() + '\n'));
    QCOMPARE(settings->kioskPinHash(), managedHash);
    QVERIFY(settings->isLocked(SettingKey::KioskPinHash));

    QSettings limiterStore(m_dir->filePath(QStringLiteral("limiter.ini")), QSettings::IniFormat);
    KioskPinLimiter limiter(&limiterStore);
    KioskPinGate gate(settings.get(), &limiter);
    QCOMPARE(gate.tryPin(QStringLiteral("1111")), KioskPinGate::Outcome::WrongPin);
    QCOMPARE(gate.tryPin(QStringLiteral("2222")), KioskPinGate::Outcome::Unlocked);
}

void TestManagedSettings::invalidManagedPinHashUnlocksNothingAndIsNotRepeated()
{
    {
        EffectiveSettings user(ManagedSettings(), userPath());
        QVERIFY(user.setKioskPinHash(quickHash(QStringLiteral("1111"))));
    }
    const QByteArray broken = "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==$AAAA";
    auto settings = settingsWith("KioskPinHash=" + broken + '\n');
    QCOMPARE(settings->kioskPinHash(), QString());
    QSettings limiterStore(m_dir->filePath(QStringLiteral("limiter.ini")), QSettings::IniFormat);
    KioskPinLimiter limiter(&limiterStore);
    KioskPinGate gate(settings.get(), &limiter);
    QCOMPARE(gate.tryPin(QStringLiteral("1111")), KioskPinGate::Outcome::NoPinSet);
    const QList<SettingProblem> problems = settings->problemsWith(SettingKey::KioskPinHash);
    QCOMPARE(problems.size(), 1);
    QVERIFY(!problems.first().message.contains(QLatin1StringView("c2FsdHNhbHRz")));
    QVERIFY(!settings->describe(SettingKey::KioskPinHash).isValid());
}

void TestManagedSettings::managedKioskModeIgnoresTheUsersPin()
{
    {
        EffectiveSettings user(ManagedSettings(), userPath());
        QVERIFY(user.setKioskPinHash(quickHash(QStringLiteral("1111"))));
    }
    // The organisation forces kiosk mode and sets no PIN: the user's own PIN must not open it.
    auto settings = settingsWith("KioskMode=true\n");
    QVERIFY(settings->isLocked(SettingKey::KioskPinHash));
    QCOMPARE(settings->kioskPinHash(), QString());
}

void TestManagedSettings::lockedKeysRefuseUserChanges()
{
    auto settings = settingsWith("Language=es\nTileUrlTemplate=\nProxy=none\nKioskMode=false\n");
    QString error;
    QVERIFY(!settings->setLanguage(QStringLiteral("fr_CA"), &error));
    QVERIFY2(error.contains(QLatin1StringView("organisation")), qPrintable(error));
    QVERIFY(!settings->setTileUrlTemplate(QStringLiteral("https://t.example/{z}/{x}/{y}.png")));
    QVERIFY(!settings->setProxy(ProxySetting{}));
    QVERIFY(!settings->setKioskMode(true));
    QVERIFY(!settings->setKioskPinHash(quickHash(QStringLiteral("1234"))));
    QSettings user(userPath(), QSettings::IniFormat);
    QVERIFY(user.allKeys().isEmpty());
}

void TestManagedSettings::changedIsEmittedWhenManagedValuesChange()
{
    auto settings = settingsWith("Language=es\n");
    QSignalSpy spy(settings.get(), &EffectiveSettings::changed);
    settings->setManaged(ManagedSettings::fromIniFile(writeManaged("Language=es\nProxy=none\n")));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<SettingKey>(), SettingKey::Proxy);
    spy.clear();
    settings->setManaged(ManagedSettings());
    QCOMPARE(spy.size(), 2); // language back to the user's (system), proxy unlocked
    spy.clear();
    QVERIFY(settings->setLanguage(QStringLiteral("fr_CA")));
    QCOMPARE(spy.size(), 1);
}

void TestManagedSettings::unknownKeyIsReported()
{
    auto settings = settingsWith("AllowedBackendUrl=https://typo.example\n");
    QCOMPARE(settings->problems().size(), 1);
    QVERIFY(settings->problems().first().message.contains(QLatin1StringView("AllowedBackendUrl")));
    QVERIFY(!settings->isLocked(SettingKey::AllowedBackendUrls));
}

void TestManagedSettings::alertStyleIsTheUsersUnlessManaged()
{
    {
        EffectiveSettings user(ManagedSettings(), userPath());
        QCOMPARE(user.emergencyAlertStyle(), QStringLiteral("sound-and-flashing"));
        QSignalSpy changed(&user, &EffectiveSettings::changed);
        QVERIFY(user.setEmergencyAlertStyle(QStringLiteral(" Flashing ")));
        QCOMPARE(user.emergencyAlertStyle(), QStringLiteral("flashing"));
        QCOMPARE(changed.size(), 1);
        QString error;
        QVERIFY(!user.setEmergencyAlertStyle(QStringLiteral("vibrate"), &error));
        QVERIFY2(error.contains(QStringLiteral("vibrate")) &&
                     error.contains(QStringLiteral("sound-and-flashing")),
                 qPrintable(error));
        QCOMPARE(user.emergencyAlertStyle(), QStringLiteral("flashing"));
    }
    auto settings = settingsWith("EmergencyAlertStyle=Sound_And_Flashing\n");
    QCOMPARE(settings->emergencyAlertStyle(), QStringLiteral("sound-and-flashing"));
    QVERIFY(settings->isLocked(SettingKey::EmergencyAlertStyle));
    QVERIFY(settings->problems().isEmpty());
    QString error;
    QVERIFY(!settings->setEmergencyAlertStyle(QStringLiteral("silent"), &error));
    QVERIFY2(error.contains(QStringLiteral("Emergency call alerts")), qPrintable(error));
    QCOMPARE(settings->emergencyAlertStyle(), QStringLiteral("sound-and-flashing"));
}

void TestManagedSettings::invalidManagedAlertStyleSoundsWithoutFlashing()
{
    {
        EffectiveSettings user(ManagedSettings(), userPath());
        QVERIFY(user.setEmergencyAlertStyle(QStringLiteral("silent")));
    }
    auto settings = settingsWith("EmergencyAlertStyle=blink\n");
    // Neither the user's "silent" nor flashing someone the organisation may have meant to spare.
    QCOMPARE(settings->emergencyAlertStyle(), QStringLiteral("sound"));
    QVERIFY(settings->isLocked(SettingKey::EmergencyAlertStyle));
    const QList<SettingProblem> problems = settings->problemsWith(SettingKey::EmergencyAlertStyle);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.contains(QStringLiteral("blink")) &&
                 problems.first().message.contains(QStringLiteral("do not flash")),
             qPrintable(problems.first().message));
}

void TestManagedSettings::legacyDeskKeysStillChooseTheAlertStyle()
{
    {
        QSettings user(userPath(), QSettings::IniFormat);
        user.setValue(QStringLiteral("desk/alertFlashing"), false);
    }
    {
        EffectiveSettings settings(ManagedSettings(), userPath());
        QCOMPARE(settings.emergencyAlertStyle(), QStringLiteral("sound"));
    }
    {
        QSettings user(userPath(), QSettings::IniFormat);
        user.setValue(QStringLiteral("desk/alertSound"), false);
    }
    {
        EffectiveSettings settings(ManagedSettings(), userPath());
        QCOMPARE(settings.emergencyAlertStyle(), QStringLiteral("silent"));
        // A choice made in the settings dialog replaces the old keys.
        QVERIFY(settings.setEmergencyAlertStyle(QStringLiteral("sound-and-flashing")));
        QCOMPARE(settings.emergencyAlertStyle(), QStringLiteral("sound-and-flashing"));
    }
    EffectiveSettings reopened(ManagedSettings(), userPath());
    QCOMPARE(reopened.emergencyAlertStyle(), QStringLiteral("sound-and-flashing"));
}

QTEST_GUILESS_MAIN(TestManagedSettings)
#include "tst_managed_settings.moc"
