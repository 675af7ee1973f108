// The settings dialog, offscreen: with nothing managed every field is editable and OK saves the
// user's values; with managed values the fields are disabled under a padlock and "Set by your
// organisation", an invalid managed value is reported under its field, and the keyboard reaches
// every field that is not locked. With DISPATCHABLE_SCREENSHOT_DIR set, the managed dialog is
// saved as settings-managed.png.
#include "LockNote.h"
#include "SettingsDialog.h"
#include "kiosk/KioskPinHash.h"
#include "settings/EffectiveSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

namespace {
template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qWarning("no child %s", qPrintable(name));
    return w;
}
} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void unmanagedFieldsAreEditableAndSaved();
    void managedValuesAreShownLockedAndDisabled();
    void invalidManagedValueIsReportedInTheDialog();
    void invalidUserInputKeepsTheDialogOpen();
    void keyboardReachesOnlyUnlockedFields();

private:
    std::unique_ptr<EffectiveSettings> settingsWith(const QByteArray &managedIni);
    QString userPath() const { return m_dir->filePath(QStringLiteral("user.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettingsDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

std::unique_ptr<EffectiveSettings> TestSettingsDialog::settingsWith(const QByteArray &managedIni)
{
    const QString path = m_dir->filePath(QStringLiteral("managed.ini"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(managedIni);
    file.close();
    return std::make_unique<EffectiveSettings>(ManagedSettings::fromIniFile(path), userPath());
}

void TestSettingsDialog::unmanagedFieldsAreEditableAndSaved()
{
    auto settings = settingsWith("");
    SettingsDialog dialog(settings.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *language = child<QComboBox>(&dialog, QStringLiteral("languageCombo"));
    auto *tiles = child<QLineEdit>(&dialog, QStringLiteral("tileUrlEdit"));
    auto *proxy = child<QComboBox>(&dialog, QStringLiteral("proxyModeCombo"));
    auto *host = child<QLineEdit>(&dialog, QStringLiteral("proxyHostEdit"));
    auto *port = child<QSpinBox>(&dialog, QStringLiteral("proxyPortSpin"));
    auto *alerts = child<QComboBox>(&dialog, QStringLiteral("alertStyleCombo"));
    QVERIFY(language && tiles && proxy && host && port && alerts);
    QCOMPARE(alerts->currentData().toString(), QStringLiteral("sound-and-flashing"));
    QVERIFY(alerts->isEnabled());
    QVERIFY(language->isEnabled() && tiles->isEnabled() && proxy->isEnabled());
    QVERIFY(dialog.findChildren<LockNote *>().isEmpty());
    QVERIFY(!host->isEnabled()); // only for an HTTP proxy

    language->setCurrentIndex(language->findData(QStringLiteral("es")));
    tiles->clear();
    QTest::keyClicks(tiles, QStringLiteral("https://tiles.example/{z}/{x}/{y}.png"));
    proxy->setCurrentIndex(proxy->findData(int(ProxySetting::Mode::Http)));
    QVERIFY(host->isEnabled());
    QTest::keyClicks(host, QStringLiteral("proxy.example.com"));
    port->setValue(8080);
    alerts->setCurrentIndex(alerts->findData(QStringLiteral("sound")));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QCOMPARE(settings->language(), QStringLiteral("es"));
    QCOMPARE(settings->tileUrlTemplate(), QStringLiteral("https://tiles.example/{z}/{x}/{y}.png"));
    QCOMPARE(settings->proxy().toString(), QStringLiteral("http://proxy.example.com:8080"));
    QCOMPARE(settings->emergencyAlertStyle(), QStringLiteral("sound"));
}

void TestSettingsDialog::managedValuesAreShownLockedAndDisabled()
{
    const QByteArray pin =
        KioskPinHash::create(QStringLiteral("482915"), KioskPinHash::minimumIterations).toLatin1();
    auto settings = settingsWith(
        "AllowedBackendUrls=https://e911.carrier.example, https://*.staging.carrier.example\n"
        "PinnedCertificates=\"https://e911.carrier.example "
        "3F:A1:9C:0B:72:E4:55:18:D6:2B:9E:47:C0:83:1A:F5:6E:2D:B9:04:77:CA:E1:58:93:0F:4B:D2:6A:"
        "15:C8:E7\"\n"
        "KioskMode=false\nKioskPinHash=" +
        pin +
        "\nLanguage=en\nProxy=http://proxy.carrier.example:3128\nEmergencyAlertStyle=silent\n");
    QVERIFY2(settings->problems().isEmpty(), qPrintable(settings->problems().value(0).message));
    SettingsDialog dialog(settings.get());
    dialog.resize(dialog.sizeHint().expandedTo(QSize(720, 0)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QVERIFY(!child<QComboBox>(&dialog, QStringLiteral("languageCombo"))->isEnabled());
    QVERIFY(!child<QComboBox>(&dialog, QStringLiteral("proxyModeCombo"))->isEnabled());
    auto *alerts = child<QComboBox>(&dialog, QStringLiteral("alertStyleCombo"));
    QVERIFY(!alerts->isEnabled());
    QCOMPARE(alerts->currentData().toString(), QStringLiteral("silent"));
    QVERIFY(!child<QLineEdit>(&dialog, QStringLiteral("proxyHostEdit"))->isEnabled());
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("proxyHostEdit"))->text(),
             QStringLiteral("proxy.carrier.example"));
    QVERIFY(child<QLineEdit>(&dialog, QStringLiteral("tileUrlEdit"))->isEnabled()); // not managed
    for (const char *key : {"Language", "Proxy", "AllowedBackendUrls", "PinnedCertificates",
                            "KioskMode", "KioskPinHash", "EmergencyAlertStyle"}) {
        auto *note = child<LockNote>(&dialog, QStringLiteral("lock%1").arg(QLatin1StringView(key)));
        QVERIFY2(note && note->isVisible(), key);
        // The words, not only an icon or a colour.
        QVERIFY(!note->findChildren<QLabel *>().isEmpty());
        QCOMPARE(note->accessibleName(), QStringLiteral("Set by your organisation"));
    }
    QVERIFY(!dialog.findChild<LockNote *>(QStringLiteral("lockTileUrlTemplate")));
    if (const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("settings-managed.png"))));
    QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("languageCombo"))->accessibleDescription(),
             QStringLiteral("Set by your organisation"));

    auto *allowed = child<QListWidget>(&dialog, QStringLiteral("allowedBackendsList"));
    QCOMPARE(allowed->count(), 2);
    QCOMPARE(allowed->item(1)->text(), QStringLiteral("https://*.staging.carrier.example"));
    auto *pins = child<QListWidget>(&dialog, QStringLiteral("pinnedCertificatesList"));
    QVERIFY(pins->item(0)->text().contains(QLatin1StringView("3F:A1:9C")));
    QCOMPARE(child<QLabel>(&dialog, QStringLiteral("kioskPinValue"))->text(),
             QStringLiteral("Set"));
    // The hash itself appears nowhere in the dialog.
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        QVERIFY(!label->text().contains(QLatin1StringView("pbkdf2")));

    // OK saves only what is not locked, and the managed values stay in force.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(settings->proxy().host, QStringLiteral("proxy.carrier.example"));
    QSettings user(userPath(), QSettings::IniFormat);
    QVERIFY(!user.contains(QStringLiteral("settings/proxy")));
    QVERIFY(!user.contains(QStringLiteral("settings/language")));
}

void TestSettingsDialog::invalidManagedValueIsReportedInTheDialog()
{
    auto settings = settingsWith("TileUrlTemplate=https://tiles.example/{z}.png\n"
                                 "Proxy=socks5://proxy:1080\nLaunguage=es\n");
    SettingsDialog dialog(settings.get());
    dialog.resize(720, dialog.sizeHint().height());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tileProblem = child<ProblemNote>(&dialog, QStringLiteral("problemTileUrlTemplate"));
    QVERIFY(tileProblem && tileProblem->isVisible());
    QVERIFY2(tileProblem->message().contains(QLatin1StringView("no tiles")),
             qPrintable(tileProblem->message()));
    auto *tiles = child<QLineEdit>(&dialog, QStringLiteral("tileUrlEdit"));
    QVERIFY(!tiles->isEnabled());
    QCOMPARE(tiles->text(), QString()); // tiles off, not the default server
    auto *proxyProblem = child<ProblemNote>(&dialog, QStringLiteral("problemProxy"));
    QVERIFY(proxyProblem && proxyProblem->message().contains(QLatin1StringView("socks5")));
    QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("proxyModeCombo"))->currentData().toInt(),
             int(ProxySetting::Mode::Blocked));
    // The misspelt key is reported at the top, since it belongs to no field.
    bool typoReported = false;
    for (const ProblemNote *note : dialog.findChildren<ProblemNote *>())
        typoReported = typoReported || note->message().contains(QLatin1StringView("Launguage"));
    QVERIFY(typoReported);
    if (const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("settings-invalid.png"))));
}

void TestSettingsDialog::invalidUserInputKeepsTheDialogOpen()
{
    auto settings = settingsWith("");
    SettingsDialog dialog(settings.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tiles = child<QLineEdit>(&dialog, QStringLiteral("tileUrlEdit"));
    tiles->setText(QStringLiteral("https://tiles.example/{x}/{y}.png"));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    auto *error = child<QLabel>(&dialog, QStringLiteral("settingsError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1StringView("{z}")), qPrintable(error->text()));
    QCOMPARE(QApplication::focusWidget(), tiles);
    QCOMPARE(settings->tileUrlTemplate(),
             QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog.isVisible());
}

void TestSettingsDialog::keyboardReachesOnlyUnlockedFields()
{
    auto settings = settingsWith("Language=es\n");
    SettingsDialog dialog(settings.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(QApplication::focusWidget());
    // Focus starts in the first field that may change: the language is locked, so the
    // appearance (the colours) below it.
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("appearanceCombo"));
    QSet<QString> reached;
    for (int i = 0; i < 12; ++i) {
        reached.insert(QApplication::focusWidget()->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QVERIFY(reached.contains(QStringLiteral("proxyModeCombo")));
    QVERIFY(reached.contains(QStringLiteral("allowedBackendsList")));
    QVERIFY(!reached.contains(QStringLiteral("languageCombo")));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settings_dialog.moc"
