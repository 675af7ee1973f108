// `dispatchable --kiosk`'s start-up (KioskStartup) against dispatchable-server over TLS, offscreen,
// with the real keychain: with no connection, with a refused certificate, with a backend that
// does not answer and with a revoked sign-in, the only window on screen is the kiosk's, it covers
// the whole screen, it says what IT must configure, and nothing opens a browser. A revoked
// sign-in keeps the cached figures and shows a code that is completed from another device.
#include "ApiTestHelpers.h"
#include "KioskDashboard.h"
#include "KioskLockedPage.h"
#include "KioskScreenFit.h"
#include "KioskSignInPanel.h"
#include "KioskStartup.h"
#include "KioskWindow.h"
#include "StartupFlow.h"
#include "TestBackend.h"
#include "auth/ConnectionProfileStore.h"
#include "auth/TokenStore.h"
#include "kiosk/KioskDeviceSignIn.h"
#include "kiosk/KioskLockNotice.h"
#include "session/AppSession.h"
#include "settings/EffectiveSettings.h"
#include "tst_auth_support.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace std::chrono_literals;

namespace {
// One start of `dispatchable --kiosk`: user settings in an ini file, the organisation's settings,
// the keychain service of this test run.
struct KioskStart
{
    KioskStart(const QString &dir, const QString &service, ManagedSettings managed = {})
        : userSettings(dir + QStringLiteral("/settings.ini"), QSettings::IniFormat)
        , settings(std::move(managed), &userSettings)
        , tokens(service)
        , startup(std::make_unique<KioskStartup>(&userSettings, &settings, &tokens, KioskOptions{}))
    {
        startup->setDataRoot(dir + QStringLiteral("/data"));
        startup->setPollIntervalOverride(200);
        startup->setRetryDelay(500ms);
    }

    KioskWindow *window() const { return startup->window(); }

    QSettings userSettings;
    EffectiveSettings settings;
    TokenStore tokens;
    std::unique_ptr<KioskStartup> startup;
};

ManagedSettings managed(const QHash<SettingKey, QVariant> &values)
{
    RawManagedSettings raw;
    raw.values = values;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        raw.sourceOf.insert(it.key(), QStringLiteral("test"));
    return ManagedSettings::fromRaw(raw);
}

// Every visible top-level widget that is neither the kiosk window nor one of its own (its PIN
// dialog, say); and any main window at all, shown or not.
QString strayWindows(const QWidget *kiosk)
{
    QStringList stray;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        const QString name = QStringLiteral("%1 \"%2\" (%3)")
                                 .arg(QLatin1StringView(widget->metaObject()->className()),
                                      widget->windowTitle(), widget->objectName());
        if (widget->inherits("QMainWindow")) {
            stray.append(QStringLiteral("main window ") + name);
            continue;
        }
        if (!widget->isVisible())
            continue;
        bool owned = false;
        for (const QObject *o = widget; o && !owned; o = o->parent())
            owned = o == kiosk;
        if (!owned)
            stray.append(name);
    }
    return stray.join(QStringLiteral("; "));
}

// Records every top-level widget shown that does not belong to a kiosk window, the moment it is
// shown: "never" is checked over the whole test, not only at its end.
class StrayWindowRecorder : public QObject
{
public:
    QStringList shown;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Show || !watched->isWidgetType())
            return false;
        auto *widget = static_cast<QWidget *>(watched);
        if (!widget->isWindow())
            return false;
        for (const QObject *o = widget; o; o = o->parent()) {
            if (qobject_cast<const KioskWindow *>(o))
                return false;
        }
        shown.append(QStringLiteral("%1 \"%2\" (%3)")
                         .arg(QLatin1StringView(widget->metaObject()->className()),
                              widget->windowTitle(), widget->objectName()));
        return false;
    }
};

// Catches every attempt to open a web address in the browser.
class BrowserSpy : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened.append(url); }
};

// A port on this computer that nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")), "PNG"));
}
} // namespace

class TestKioskStartup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void noConnectionLocksTheKioskWithWhatItMustConfigure();
    void refusedCertificateLocksTheKioskWithBothFingerprints();
    void unreachableBackendLocksTheKioskUntilItAnswers();
    void revokedSignInKeepsCachedFiguresAndShowsACodeForAnotherDevice();

private:
    // The kiosk is the only window, it covers the screen, and its type follows the screen.
    static void verifyKioskOwnsTheScreen(KioskWindow *kiosk);

    TestBackend m_backend;
    QString m_service;
    BrowserSpy m_browser;
    StrayWindowRecorder m_strays;
};

void TestKioskStartup::initTestCase()
{
    QVERIFY2(m_backend.start(), qPrintable(m_backend.process().diagnostics()));
    m_service = authtest::uniqueService();
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
}

void TestKioskStartup::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

void TestKioskStartup::init()
{
    m_browser.opened.clear();
    m_strays.shown.clear();
    qApp->installEventFilter(&m_strays);
}

void TestKioskStartup::cleanup()
{
    qApp->removeEventFilter(&m_strays);
    QVERIFY2(m_strays.shown.isEmpty(),
             qPrintable(QStringLiteral("shown besides the kiosk: %1")
                            .arg(m_strays.shown.join(QStringLiteral("; ")))));
    QVERIFY2(m_browser.opened.isEmpty(),
             qPrintable(QStringLiteral("a browser was asked to open %1")
                            .arg(m_browser.opened.value(0).toString())));
}

void TestKioskStartup::verifyKioskOwnsTheScreen(KioskWindow *kiosk)
{
    QVERIFY(kiosk);
    QTRY_VERIFY(kiosk->isVisible());
    const QString stray = strayWindows(kiosk);
    QVERIFY2(stray.isEmpty(), qPrintable(stray));
    const QScreen *screen = QGuiApplication::primaryScreen();
    QTRY_COMPARE(kiosk->geometry(), screen->geometry());
    QCOMPARE(kiosk->textScale(), kioskscreen::textScale(screen));
    const auto *title = kiosk->lockedPage()->findChild<QLabel *>(QStringLiteral("kioskLockTitle"));
    QVERIFY(title);
    QCOMPARE(title->font().pixelSize(), qRound(56 * kiosk->textScale()));
}

void TestKioskStartup::noConnectionLocksTheKioskWithWhatItMustConfigure()
{
    QTemporaryDir dir;
    KioskStart start(dir.path(), m_service);
    start.startup->start();
    KioskWindow *kiosk = start.window();
    QVERIFY(kiosk);
    QVERIFY(!start.startup->session());
    QVERIFY(kiosk->isLocked());
    const KioskLockNotice notice = kiosk->lockedPage()->notice();
    QCOMPARE(notice.reason, KioskLockNotice::Reason::NoConnection);
    const QString text = notice.plainText();
    for (const char *key : {"AllowedBackendUrls", "PinnedCertificates", "managed.ini"})
        QVERIFY2(text.contains(QLatin1StringView(key)), qPrintable(text));
    verifyKioskOwnsTheScreen(kiosk);
    if (QTest::currentTestFailed())
        return;

    // Only the way out is offered, and closing still needs the PIN.
    for (QAbstractButton *button : kiosk->findChildren<QAbstractButton *>())
        QCOMPARE(button->isEnabled(), button->objectName() == QLatin1StringView("kioskLeave"));
    QVERIFY(!kiosk->close());
    QTRY_VERIFY(kiosk->pinDialog() && kiosk->pinDialog()->isVisible());
    QVERIFY(strayWindows(kiosk).isEmpty());
    kiosk->pinDialog()->reject();
    QTRY_VERIFY(!kiosk->pinDialog());
    screenshot(kiosk, QStringLiteral("kiosk-locked"));
}

void TestKioskStartup::refusedCertificateLocksTheKioskWithBothFingerprints()
{
    QTemporaryDir dir;
    const QString backendUrl = m_backend.process().baseUrl().toString();
    const QString real = m_backend.process().certificateFingerprint();
    QString fake = real;
    fake.replace(0, 2,
                 real.startsWith(QLatin1StringView("AA")) ? QStringLiteral("BB")
                                                          : QStringLiteral("AA"));
    // The organisation names one backend and pins a certificate it does not present.
    KioskStart start(dir.path(), m_service,
                     managed({{SettingKey::AllowedBackendUrls, QStringList{backendUrl}},
                              {SettingKey::PinnedCertificates,
                               QStringList{backendUrl + QLatin1Char(' ') + fake}}}));
    start.startup->start();
    QVERIFY2(start.startup->session(), "the one allowed backend becomes the kiosk's connection");
    QCOMPARE(start.startup->session()->profile().backendUrl, QUrl(backendUrl));
    KioskWindow *kiosk = start.window();
    QVERIFY(kiosk);
    QTRY_VERIFY_WITH_TIMEOUT(kiosk->isLocked(), 20000);
    const KioskLockNotice notice = kiosk->lockedPage()->notice();
    QCOMPARE(notice.reason, KioskLockNotice::Reason::CertificateRefused);
    QVERIFY2(notice.details.contains(fake) && notice.details.contains(real),
             qPrintable(notice.details));
    QVERIFY(notice.plainText().contains(QLatin1StringView("PinnedCertificates")));
    verifyKioskOwnsTheScreen(kiosk);
    if (QTest::currentTestFailed())
        return;
    // No code to sign in with is shown for a backend that may be an impostor.
    QVERIFY(!start.startup->deviceSignIn() || !start.startup->deviceSignIn()->isRunning());
    QVERIFY(!kiosk->isSignInNeeded());
    QVERIFY(!kiosk->dashboard()->summary().has_value());
}

void TestKioskStartup::unreachableBackendLocksTheKioskUntilItAnswers()
{
    QTemporaryDir dir;
    QUrl url(QStringLiteral("https://127.0.0.1"));
    url.setPort(closedPort());
    KioskStart start(dir.path(), m_service,
                     managed({{SettingKey::AllowedBackendUrls, QStringList{url.toString()}}}));
    start.startup->start();
    QVERIFY(start.startup->session());
    KioskWindow *kiosk = start.window();
    QVERIFY(kiosk);
    // The client retries a refused connection for a while before it gives up.
    QTRY_VERIFY_WITH_TIMEOUT(kiosk->isLocked(), 60000);
    const KioskLockNotice notice = kiosk->lockedPage()->notice();
    QCOMPARE(notice.reason, KioskLockNotice::Reason::Unreachable);
    QVERIFY(notice.plainText().contains(QLatin1StringView("Proxy")));
    verifyKioskOwnsTheScreen(kiosk);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!kiosk->dashboard()->summary().has_value());
}

void TestKioskStartup::revokedSignInKeepsCachedFiguresAndShowsACodeForAnotherDevice()
{
    QTemporaryDir dir;
    QString profileId;
    {
        QSettings user(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        ConnectionProfileStore profiles(&user);
        const auto profile =
            profiles.add(QStringLiteral("Audit"), m_backend.process().baseUrl().toString());
        QVERIFY(profile);
        QVERIFY(profiles.trustCertificate(profile->id, m_backend.process().certificateFingerprint(),
                                          QStringLiteral("CN=localhost")));
        profileId = profile->id;
    }
    const auto approveAsAuditor = [this](const QString &userCode) {
        return m_backend
            .sendJson("POST", QStringLiteral("/v1/oauth/device/approve"),
                      m_backend.token(QStringLiteral("auditor")),
                      QJsonObject{{QStringLiteral("userCode"), userCode},
                                  {QStringLiteral("approve"), true}})
            .status;
    };
    {
        // First start: nobody signed in yet. The code is on the kiosk; an auditor signs in on
        // another device (here: the API).
        KioskStart first(dir.path(), m_service);
        first.startup->start();
        KioskWindow *kiosk = first.window();
        QTRY_VERIFY_WITH_TIMEOUT(kiosk->isSignInNeeded(), 15000);
        KioskDeviceSignIn *signIn = first.startup->deviceSignIn();
        QVERIFY(signIn);
        QTRY_VERIFY_WITH_TIMEOUT(!signIn->userCode().isEmpty(), 15000);
        QTRY_COMPARE(kiosk->signInPanel()->userCodeText(), signIn->userCode());
        verifyKioskOwnsTheScreen(kiosk);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(approveAsAuditor(signIn->userCode()), 204);
        QTRY_VERIFY_WITH_TIMEOUT(first.startup->session()->hasCompletedSync(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(first.startup->session()->role(), QStringLiteral("auditor"),
                                  15000);
        QTRY_VERIFY(!kiosk->isSignInNeeded());
        QTRY_VERIFY(kiosk->dashboard()->summary().has_value());
        QVERIFY(!kiosk->signInPanel()->isVisible());
    }
    // An administrator revokes the kiosk's sign-in at the backend.
    const QString key = TokenStore::keyFor(profileId, TokenStore::Secret::RefreshToken);
    const QString refreshToken = QString::fromUtf8(authtest::readKeychain(m_service, key).data);
    QVERIFY(refreshToken.startsWith(QLatin1StringView("drt_")));
    QCOMPARE(api::postForm(m_backend, QStringLiteral("/v1/oauth/revoke"),
                           {{QStringLiteral("token"), refreshToken}})
                 .status,
             200);

    KioskStart second(dir.path(), m_service);
    second.startup->start();
    KioskWindow *kiosk = second.window();
    QTRY_VERIFY_WITH_TIMEOUT(kiosk->isSignInNeeded(), 15000);
    // The figures of the last sync stay, with their age and the words for passers-by.
    QVERIFY(kiosk->isShowingDashboard());
    QVERIFY(kiosk->dashboard()->summary().has_value());
    const QString age = kiosk->dashboard()->dataAgeText();
    QVERIFY2(age.contains(QLatin1StringView("Sign-in needed: ask IT")), qPrintable(age));
    QVERIFY2(age.contains(QLatin1StringView("showing data from")), qPrintable(age));
    QVERIFY(kiosk->signInPanel()->isVisible());
    QVERIFY(kiosk->signInPanel()->headingText().contains(QLatin1StringView("ask IT")));
    // The code and the sign-in page are text for another device; nothing here opens them.
    KioskDeviceSignIn *signIn = second.startup->deviceSignIn();
    QTRY_VERIFY_WITH_TIMEOUT(!signIn->userCode().isEmpty(), 15000);
    QTRY_COMPARE(kiosk->signInPanel()->userCodeText(), signIn->userCode());
    QVERIFY(!kiosk->signInPanel()->verificationUrlText().isEmpty());
    QCOMPARE(kiosk->signInPanel()->findChildren<QAbstractButton *>().size(), 0);
    verifyKioskOwnsTheScreen(kiosk);
    if (QTest::currentTestFailed())
        return;
    screenshot(kiosk, QStringLiteral("kiosk-sign-in-needed"));

    // Signing in from another device brings the kiosk back, on the same cache.
    QCOMPARE(approveAsAuditor(signIn->userCode()), 204);
    QTRY_VERIFY_WITH_TIMEOUT(!kiosk->isSignInNeeded(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(second.startup->session()->role(), QStringLiteral("auditor"), 15000);
    QVERIFY(kiosk->dashboard()->summary().has_value());
    QVERIFY(strayWindows(kiosk).isEmpty());
}

QTEST_MAIN(TestKioskStartup)
#include "tst_kiosk_startup.moc"
