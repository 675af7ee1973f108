// Signing in on a computer without a keychain (no D-Bus session bus, so no Secret Service): the
// sign-in page says so and offers to stay signed in for this session only; accepting it leads to
// a synced window with the refresh token kept in memory only.
#include "SignInFixture.h"
#include "auth/TokenRefresher.h"
#include "models/TenantModel.h"
#include "tst_auth_support.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>

using namespace authtest;

class TestSignInNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sessionOnlyOfferSignsInWithoutWritingTheToken();

private:
    TestBackend m_backend;
};

void TestSignInNoKeychain::initTestCase()
{
    QVERIFY(m_backend.start());
}

void TestSignInNoKeychain::sessionOnlyOfferSignsInWithoutWritingTheToken()
{
    QTemporaryDir dir;
    {
        QSettings user(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        ConnectionProfileStore profiles(&user);
        const auto profile =
            profiles.add(QStringLiteral("Staging"), m_backend.process().baseUrl().toString());
        QVERIFY(profile);
        QVERIFY(profiles.trustCertificate(profile->id, m_backend.process().certificateFingerprint(),
                                          QStringLiteral("CN=dispatchable")));
        user.setValue(StartupFlow::lastProfileKey(), profile->id);
    }
    SignInStart start(dir.path(), uniqueService());
    start.start();
    QTRY_VERIFY_WITH_TIMEOUT(start.flow->signInDialog(), 15000);
    SignInDialog *signIn = start.flow->signInDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!signIn->userCode().isEmpty(), 15000);
    QCOMPARE(decide(m_backend, signIn->userCode(), true), 204);

    // Tokens were issued, but there is nowhere safe to keep them: the app asks.
    QTRY_VERIFY_WITH_TIMEOUT(signIn->isOfferingSessionOnly(), 15000);
    const QString offer = signIn->findChild<QLabel *>(QStringLiteral("sessionOnlyText"))->text();
    QVERIFY2(offer.contains(QLatin1StringView("sign in again")), qPrintable(offer));
    QVERIFY(!start.tokens.isSessionOnly());
    QVERIFY(!start.flow->session()->tokenRefresher()->isSignedIn());
    QTest::mouseClick(signIn->sessionOnlyButton(), Qt::LeftButton);

    AppSession *session = start.flow->session();
    QTRY_VERIFY_WITH_TIMEOUT(session->hasCompletedSync(), 30000);
    QTRY_VERIFY(session->tenantModel()->rowCount() > 0);
    QTRY_COMPARE(session->role(), QStringLiteral("staff"));
    QVERIFY(start.tokens.isSessionOnly());
    QVERIFY(session->tokenRefresher()->isSignedIn());

    // Nothing under the settings and cache folder holds a token.
    QDirIterator files(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains("drt_") && !content.contains("dat_"),
                 qPrintable(file.fileName()));
    }
}

int main(int argc, char **argv)
{
    // No session bus, so QtKeychain finds no Secret Service, whatever the machine has.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QApplication app(argc, argv);
    TestSignInNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_signin_no_keychain.moc"
