// Where managed settings come from on Linux, and in what order: each directory of
// $XDG_CONFIG_DIRS (the first wins), /etc/xdg always, and $DISPATCHABLE_MANAGED_CONFIG last.
// Plus the value shapes each platform delivers (lists, numbers, booleans) and a file that
// exists but cannot be read, which must fail closed.
#include "settings/ManagedSettings.h"
#include "settings/PolicyValue.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestManagedSettingsSources : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void searchPathsFollowXdgConfigDirs();
    void firstDirectoryWinsAndEnvironmentFileComesLast();
    void missingEnvironmentFileIsReported();
    void unreadableFileFailsClosed();
    void policyValueShapes();

private:
    void writeFile(const QString &path, const QByteArray &contents);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestManagedSettingsSources::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    qunsetenv("XDG_CONFIG_DIRS");
    qunsetenv(ManagedSettingsReader::environmentVariable);
}

void TestManagedSettingsSources::cleanup()
{
    qunsetenv("XDG_CONFIG_DIRS");
    qunsetenv(ManagedSettingsReader::environmentVariable);
}

void TestManagedSettingsSources::writeFile(const QString &path, const QByteArray &contents)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
}

void TestManagedSettingsSources::searchPathsFollowXdgConfigDirs()
{
    QCOMPARE(ManagedSettingsReader::linuxSearchPaths(),
             QStringList{QStringLiteral("/etc/xdg/Dispatchable/managed.ini")});
    qputenv("XDG_CONFIG_DIRS", "/opt/corp/xdg:relative/ignored:/etc/xdg/");
    QCOMPARE(ManagedSettingsReader::linuxSearchPaths(),
             (QStringList{QStringLiteral("/opt/corp/xdg/Dispatchable/managed.ini"),
                          QStringLiteral("/etc/xdg/Dispatchable/managed.ini")}));
}

void TestManagedSettingsSources::firstDirectoryWinsAndEnvironmentFileComesLast()
{
    if (QFileInfo::exists(QStringLiteral("/etc/xdg/Dispatchable/managed.ini")))
        QSKIP("this machine has a system-wide managed.ini that would take part");
    const QString first = m_dir->filePath(QStringLiteral("first"));
    const QString second = m_dir->filePath(QStringLiteral("second"));
    writeFile(first + QStringLiteral("/Dispatchable/managed.ini"), "Language=es\n");
    writeFile(second + QStringLiteral("/Dispatchable/managed.ini"),
              "Language=fr_CA\nKioskMode=true\n");
    const QString extra = m_dir->filePath(QStringLiteral("extra.ini"));
    writeFile(extra, "KioskMode=false\nProxy=none\n");
    qputenv("XDG_CONFIG_DIRS", QString(first + QLatin1Char(':') + second).toLocal8Bit());
    qputenv(ManagedSettingsReader::environmentVariable, extra.toLocal8Bit());

    const ManagedSettings managed = ManagedSettings::load();
    QVERIFY(managed.problems().isEmpty());
    QCOMPARE(managed.language(), QStringLiteral("es"));
    QCOMPARE(managed.kioskMode(), true); // the second directory beats the environment's file
    QCOMPARE(managed.proxy()->mode, ProxySetting::Mode::None);
    QCOMPARE(managed.sources().size(), 3);
    QVERIFY(managed.sourceOf(SettingKey::Language).startsWith(first));
    QVERIFY(!managed.isSet(SettingKey::AllowedBackendUrls));
}

void TestManagedSettingsSources::missingEnvironmentFileIsReported()
{
    qputenv(ManagedSettingsReader::environmentVariable, "/nonexistent/managed.ini");
    const ManagedSettings managed = ManagedSettings::load();
    QCOMPARE(managed.problems().size(), 1);
    QVERIFY(managed.problems().first().message.contains(QLatin1StringView("/nonexistent")));
}

void TestManagedSettingsSources::unreadableFileFailsClosed()
{
    // A directory where the file should be: it exists, and QSettings cannot read it.
    const QString path = m_dir->filePath(QStringLiteral("managed.ini"));
    QVERIFY(QDir().mkpath(path));
    const ManagedSettings managed = ManagedSettings::fromIniFile(path);
    QVERIFY(managed.allowedBackendUrls().has_value());
    QVERIFY(
        !managed.allowedBackendUrls()->allows(QUrl(QStringLiteral("https://e911.example.com"))));
    QCOMPARE(managed.tileUrlTemplate(), QString());
    QVERIFY(!managed.problems().isEmpty());
}

void TestManagedSettingsSources::policyValueShapes()
{
    // REG_MULTI_SZ and plist arrays arrive as lists; REG_SZ and ini text as one string.
    QCOMPARE(PolicyValue::toStringList(QStringList{QStringLiteral(" a "), QStringLiteral("b, c")}),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(PolicyValue::toStringList(QStringLiteral("a;b\nc,,")),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    // REG_DWORD and plist booleans.
    QCOMPARE(PolicyValue::toBool(QVariant(1)), std::optional<bool>(true));
    QCOMPARE(PolicyValue::toBool(QVariant(0)), std::optional<bool>(false));
    QCOMPARE(PolicyValue::toBool(QVariant(2)), std::nullopt);
    QCOMPARE(PolicyValue::toBool(QVariant(true)), std::optional<bool>(true));
    QCOMPARE(PolicyValue::toBool(QStringLiteral(" Off ")), std::optional<bool>(false));
    QCOMPARE(PolicyValue::toText(QStringList{QStringLiteral("one"), QStringLiteral("two")}),
             std::nullopt);
}

QTEST_GUILESS_MAIN(TestManagedSettingsSources)
#include "tst_managed_settings_sources.moc"
