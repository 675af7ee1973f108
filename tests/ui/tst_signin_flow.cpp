// The real start-up path against dispatchable-server over TLS, with the real keychain
// (gnome-keyring in a private D-Bus session): first start through the connection dialog, the
// certificate trust prompt and the device code to a synced window; a second start straight to
// the synced window; a changed certificate refused with both fingerprints; sign-out revoking the
// refresh token at the server.
#include "ApiTestHelpers.h"
#include "CertificateView.h"
#include "SignInFixture.h"
#include "auth/TokenRefresher.h"
#include "models/TenantModel.h"
#include "tst_auth_support.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

using namespace authtest;

class TestSignInFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstStartTrustsSignsInAndSyncsThenSecondStartNeedsNoPrompt();
    void changedCertificateIsRefusedWithBothFingerprints();
    void declinedCodeIsSaidInWordsWithTryAgain();
    void revokedRefreshTokenBringsBackSignInKeepingTheCache();
    void managedAllowListIsShownAndOtherBackendsRefused();

private:
    // Saves `widget` to $SIGNIN_SCREENSHOT_DIR/<name>.png when that is set (for the docs).
    static void screenshot(QWidget *widget, const QString &name);

    TestBackend m_backend;
    QString m_service;
};

void TestSignInFlow::initTestCase()
{
    QVERIFY(m_backend.start());
    m_service = uniqueService();
}

void TestSignInFlow::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SIGNIN_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(QString(dir + QLatin1Char('/') + name + u".png"), "PNG"));
}

void TestSignInFlow::firstStartTrustsSignsInAndSyncsThenSecondStartNeedsNoPrompt()
{
    QTemporaryDir dir;
    const QString fingerprint = m_backend.process().certificateFingerprint();
    QString profileId;
    {
        SignInStart first(dir.path(), m_service);
        first.start();
        QTRY_VERIFY(first.flow->connectionDialog());
        ConnectionDialog *connection = first.flow->connectionDialog();
        QTRY_VERIFY(connection->isVisible());
        QTest::keyClicks(connection->urlEdit(), m_backend.process().baseUrl().toString());
        QTest::keyClicks(connection->nameEdit(), QStringLiteral("Carrier production"));
        QTest::mouseClick(connection->connectButton(), Qt::LeftButton);

        // The trust prompt shows the server's fingerprint, and trusting needs the tick first.
        QTRY_VERIFY_WITH_TIMEOUT(connection->isShowingCertificate(), 15000);
        QString shown = connection->certificateView()->presentedFingerprintText();
        QCOMPARE(shown.count(QLatin1Char('\n')), 3);
        QCOMPARE(shown.replace(QLatin1Char('\n'), QLatin1Char(':')), fingerprint);
        QVERIFY(connection->trustButton()->isVisible());
        QVERIFY(!connection->trustButton()->isEnabled());
        auto *compared = connection->findChild<QCheckBox *>(QStringLiteral("comparedCheck"));
        QVERIFY(compared);
        compared->setChecked(true);
        QVERIFY(connection->trustButton()->isEnabled());
        screenshot(connection, QStringLiteral("signin-trust"));
        QTest::mouseClick(connection->trustButton(), Qt::LeftButton);

        // The device code is shown; the "admin" approves it in the browser (here: the API).
        QTRY_VERIFY_WITH_TIMEOUT(first.flow->signInDialog(), 15000);
        SignInDialog *signIn = first.flow->signInDialog();
        QTRY_VERIFY_WITH_TIMEOUT(!signIn->userCode().isEmpty(), 15000);
        const auto *codeLabel = signIn->findChild<QLabel *>(QStringLiteral("userCode"));
        QCOMPARE(codeLabel->text(), signIn->userCode());
        QVERIFY(signIn->findChild<QLabel *>(QStringLiteral("codeExpiry"))
                    ->text()
                    .contains(QLatin1StringView("expires in")));
        screenshot(signIn, QStringLiteral("signin-device-code"));
        QCOMPARE(decide(m_backend, signIn->userCode(), true), 204);

        // Signed in: the window's session syncs and the tenants appear.
        AppSession *session = first.flow->session();
        QVERIFY(session);
        QTRY_VERIFY_WITH_TIMEOUT(session->hasCompletedSync(), 30000);
        QTRY_VERIFY(session->tenantModel()->rowCount() > 0);
        QCOMPARE(first.window->session(), session);
        QVERIFY(!first.flow->signInDialog() || !first.flow->signInDialog()->isVisible());
        QTRY_COMPARE(session->role(), QStringLiteral("staff"));

        profileId = session->profile().id;
        const auto saved = first.flow->profiles()->profile(profileId);
        QVERIFY(saved);
        QCOMPARE(saved->certificateSha256, fingerprint);
        QCOMPARE(saved->displayName, QStringLiteral("Carrier production"));
        QVERIFY(
            readKeychain(m_service, TokenStore::keyFor(profileId, TokenStore::Secret::RefreshToken))
                .found());
    }

    // Second start, same settings and keychain: straight to the synced window, no prompt.
    SignInStart second(dir.path(), m_service);
    second.start();
    AppSession *session = second.flow->session();
    QVERIFY(session);
    QCOMPARE(session->profile().id, profileId);
    QTRY_COMPARE_WITH_TIMEOUT(session->role(), QStringLiteral("staff"), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(session->tenantModel()->rowCount() > 0, 15000);
    QVERIFY(session->tokenRefresher()->refreshRequestCount() >= 1);
    QVERIFY(!second.flow->connectionDialog());
    QVERIFY(!second.flow->signInDialog());
    QVERIFY(!second.flow->certificateRefusal());

    // Sign out: the server refuses the refresh token afterwards, the keychain forgets it, the
    // profile stays.
    QTRY_VERIFY(
        readKeychain(m_service, TokenStore::keyFor(profileId, TokenStore::Secret::RefreshToken))
            .found());
    const QString refreshToken = QString::fromUtf8(
        readKeychain(m_service, TokenStore::keyFor(profileId, TokenStore::Secret::RefreshToken))
            .data);
    QVERIFY(refreshToken.startsWith(QLatin1StringView("drt_")));
    QSignalSpy signedOut(second.flow.get(), &StartupFlow::signOutFinished);
    second.flow->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 15000);
    QCOMPARE(signedOut.first().first().toBool(), true);
    QCOMPARE(refreshError(m_backend, refreshToken), QStringLiteral("invalid_grant"));
    QVERIFY(
        !readKeychain(m_service, TokenStore::keyFor(profileId, TokenStore::Secret::RefreshToken))
             .found());
    QVERIFY(second.flow->profiles()->profile(profileId));
    // … and the sign-in page is back for the same profile.
    QTRY_VERIFY(second.flow->signInDialog());
}

void TestSignInFlow::changedCertificateIsRefusedWithBothFingerprints()
{
    QTemporaryDir dir;
    const QString real = m_backend.process().certificateFingerprint();
    QString fake = real;
    fake.replace(0, 2,
                 real.startsWith(QLatin1StringView("AA")) ? QStringLiteral("BB")
                                                          : QStringLiteral("AA"));
    {
        QSettings user(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        ConnectionProfileStore profiles(&user);
        const auto profile =
            profiles.add(QStringLiteral("Pinned"), m_backend.process().baseUrl().toString());
        QVERIFY(profile);
        QVERIFY(profiles.trustCertificate(profile->id, fake, QStringLiteral("CN=old")));
        user.setValue(StartupFlow::lastProfileKey(), profile->id);
    }
    SignInStart start(dir.path(), m_service);
    start.start();
    QTRY_VERIFY_WITH_TIMEOUT(start.flow->certificateRefusal(), 15000);
    QVERIFY(!start.flow->signInDialog());
    QWidget *refusal = start.flow->certificateRefusal();
    const auto *pinned = refusal->findChild<QLabel *>(QStringLiteral("pinnedFingerprint"));
    const auto *presented = refusal->findChild<QLabel *>(QStringLiteral("certificateFingerprint"));
    QVERIFY(pinned && presented);
    QCOMPARE(QString(pinned->text()).replace(QLatin1Char('\n'), QLatin1Char(':')), fake);
    QCOMPARE(QString(presented->text()).replace(QLatin1Char('\n'), QLatin1Char(':')), real);
    QVERIFY(pinned->isVisibleTo(refusal));
    screenshot(refusal, QStringLiteral("signin-certificate-changed"));
    // No way to trust the new certificate from here.
    QVERIFY(
        !refusal->findChild<QCheckBox *>(QStringLiteral("comparedCheck"))->isVisibleTo(refusal));
    for (const QPushButton *button : refusal->findChildren<QPushButton *>())
        QVERIFY2(!button->text().contains(QLatin1StringView("rust")), qPrintable(button->text()));
}

void TestSignInFlow::declinedCodeIsSaidInWordsWithTryAgain()
{
    QTemporaryDir dir;
    {
        QSettings user(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        ConnectionProfileStore profiles(&user);
        const auto profile =
            profiles.add(QStringLiteral("Staging"), m_backend.process().baseUrl().toString());
        QVERIFY(profile);
        QVERIFY(profiles.trustCertificate(profile->id, m_backend.process().certificateFingerprint(),
                                          QStringLiteral("CN=localhost")));
    }
    SignInStart start(dir.path(), m_service);
    start.start();
    QTRY_VERIFY_WITH_TIMEOUT(start.flow->signInDialog(), 15000);
    SignInDialog *signIn = start.flow->signInDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!signIn->userCode().isEmpty(), 15000);
    QVERIFY(!signIn->retryButton()->isVisible());
    QCOMPARE(decide(m_backend, signIn->userCode(), false), 204);
    QTRY_VERIFY_WITH_TIMEOUT(signIn->statusText().contains(QLatin1StringView("declined")), 15000);
    QVERIFY(signIn->retryButton()->isVisible());
    QVERIFY(!start.flow->session()->tokenRefresher()->isSignedIn());

    // Try Again asks for a new code, and that one works.
    const QString declined = signIn->userCode();
    QTest::mouseClick(signIn->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!signIn->userCode().isEmpty() && signIn->userCode() != declined,
                             15000);
    QCOMPARE(decide(m_backend, signIn->userCode(), true), 204);
    QTRY_VERIFY_WITH_TIMEOUT(start.flow->session()->tokenRefresher()->isSignedIn(), 15000);
}

void TestSignInFlow::revokedRefreshTokenBringsBackSignInKeepingTheCache()
{
    QTemporaryDir dir;
    QString profileId;
    {
        QSettings user(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        ConnectionProfileStore profiles(&user);
        const auto profile =
            profiles.add(QStringLiteral("Staging"), m_backend.process().baseUrl().toString());
        QVERIFY(profile);
        QVERIFY(profiles.trustCertificate(profile->id, m_backend.process().certificateFingerprint(),
                                          QStringLiteral("CN=localhost")));
        profileId = profile->id;
    }
    {
        SignInStart first(dir.path(), m_service);
        first.start();
        QTRY_VERIFY_WITH_TIMEOUT(first.flow->signInDialog(), 15000);
        SignInDialog *signIn = first.flow->signInDialog();
        QTRY_VERIFY_WITH_TIMEOUT(!signIn->userCode().isEmpty(), 15000);
        QCOMPARE(decide(m_backend, signIn->userCode(), true), 204);
        QTRY_VERIFY_WITH_TIMEOUT(first.flow->session()->hasCompletedSync(), 30000);
    }
    // The backend revokes the stored refresh token (an administrator ended the session).
    const QString key = TokenStore::keyFor(profileId, TokenStore::Secret::RefreshToken);
    const QString refreshToken = QString::fromUtf8(readKeychain(m_service, key).data);
    QVERIFY(refreshToken.startsWith(QLatin1StringView("drt_")));
    QCOMPARE(api::postForm(m_backend, QStringLiteral("/v1/oauth/revoke"),
                           {{QStringLiteral("token"), refreshToken}})
                 .status,
             200);

    SignInStart second(dir.path(), m_service);
    second.start();
    AppSession *session = second.flow->session();
    // The cache from the first start is there at once, and stays while signing in again.
    QVERIFY(session->hasCompletedSync());
    QTRY_VERIFY_WITH_TIMEOUT(second.flow->signInDialog(), 15000);
    QCOMPARE(second.flow->session(), session);
    QVERIFY(session->hasCompletedSync());
    QVERIFY(session->tenantModel()->rowCount() > 0);
    const auto *reason =
        second.flow->signInDialog()->findChild<QLabel *>(QStringLiteral("signInReason"));
    QVERIFY(reason->isVisibleTo(second.flow->signInDialog()));
    QVERIFY(!reason->text().isEmpty());

    // Signing in again resumes the same session.
    SignInDialog *signIn = second.flow->signInDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!signIn->userCode().isEmpty(), 15000);
    QCOMPARE(decide(m_backend, signIn->userCode(), true), 204);
    QTRY_COMPARE_WITH_TIMEOUT(session->role(), QStringLiteral("staff"), 15000);
}

void TestSignInFlow::managedAllowListIsShownAndOtherBackendsRefused()
{
    QTemporaryDir dir;
    const QString managedPath = dir.filePath(QStringLiteral("managed.ini"));
    {
        QFile managed(managedPath);
        QVERIFY(managed.open(QIODevice::WriteOnly));
        managed.write("AllowedBackendUrls=https://e911.corp.example\n");
    }
    EffectiveSettings settings(ManagedSettings::fromIniFile(managedPath),
                               dir.filePath(QStringLiteral("user.ini")));
    ConnectionProfileStore profiles(dir.filePath(QStringLiteral("settings.ini")));
    profiles.setEffectiveSettings(&settings);
    ConnectionDialog dialog(&profiles, &settings);
    dialog.show();
    const auto *allowed = dialog.findChild<QLabel *>(QStringLiteral("allowedBackends"));
    QVERIFY(allowed->isVisible());
    QVERIFY2(allowed->text().contains(QLatin1StringView("e911.corp.example")),
             qPrintable(allowed->text()));

    QTest::keyClicks(dialog.urlEdit(), m_backend.process().baseUrl().toString());
    QTest::keyClick(dialog.urlEdit(), Qt::Key_Return);
    QVERIFY(!dialog.statusText().isEmpty());
    QVERIFY(!dialog.isShowingCertificate());
    QVERIFY(profiles.profiles().isEmpty());
}

QTEST_MAIN(TestSignInFlow)
#include "tst_signin_flow.moc"
