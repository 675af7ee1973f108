// Sign-in on a computer without a keychain (no D-Bus session, so no Secret Service): TokenStore
// says so in words and the session-only mode works end to end against dispatchable-server, and
// afterwards no file the app wrote (settings, cache, data, logs: everything under a private HOME)
// contains any token.
#include "ApiTestHelpers.h"
#include "TestBackend.h"
#include "api/HttpClient.h"
#include "auth/ConnectionProfileStore.h"
#include "auth/DeviceFlow.h"
#include "auth/TokenRefresher.h"
#include "auth/TokenStore.h"
#include "tst_auth_support.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

namespace {
QTemporaryDir *g_home = nullptr;
FILE *g_log = nullptr;
QtMessageHandler g_testHandler = nullptr;

// Everything logged (every category, debug included) goes to a file in the private HOME, as a
// log file of the app would, so the test can search it for secrets.
void logToFile(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_testHandler)
        g_testHandler(type, context, message);
    if (!g_log)
        return;
    const QByteArray line = QString(QLatin1StringView(context.category ? context.category : "") +
                                    QStringLiteral(": ") + message + QLatin1Char('\n'))
                                .toUtf8();
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), g_log);
    std::fflush(g_log);
}
} // namespace

using namespace authtest;

class TestAuthNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void keychainUnavailableIsReportedInWords();
    void sessionOnlySignInWorksAndNoTokenReachesDisk();

private:
    TestBackend m_backend;
};

void TestAuthNoKeychain::initTestCase()
{
    // QtTest installs its own handler when it starts: log through ours, then hand over to it.
    g_testHandler = qInstallMessageHandler(logToFile);
}

void TestAuthNoKeychain::cleanupTestCase()
{
    qInstallMessageHandler(g_testHandler);
    g_testHandler = nullptr;
}

void TestAuthNoKeychain::keychainUnavailableIsReportedInWords()
{
    TokenStore store(uniqueService());
    QSignalSpy unavailable(&store, &TokenStore::keychainUnavailable);
    std::optional<TokenStoreResult> written;
    std::optional<TokenStoreResult> read;
    store.write(QStringLiteral("p"), TokenStore::Secret::RefreshToken,
                QStringLiteral("drt_never_stored"), this,
                [&](const TokenStoreResult &r) { written = r; });
    store.read(QStringLiteral("p"), TokenStore::Secret::RefreshToken, this,
               [&](const TokenStoreResult &r) { read = r; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
    QCOMPARE(written->status, TokenStoreResult::Status::KeychainUnavailable);
    QCOMPARE(read->status, TokenStoreResult::Status::KeychainUnavailable);
    QVERIFY(written->message.contains(QLatin1StringView("keychain")));
    QVERIFY(written->message.contains(QLatin1StringView("session only")));
    QVERIFY(written->message.contains(QLatin1StringView("Nothing is written to disk")));
    QCOMPARE(unavailable.size(), 2);
}

void TestAuthNoKeychain::sessionOnlySignInWorksAndNoTokenReachesDisk()
{
    QVERIFY(m_backend.start());
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Dispatchable"),
                       QStringLiteral("dispatchable"));
    QVERIFY(settings.fileName().startsWith(g_home->path()));
    ConnectionProfileStore profiles(&settings);
    auto profile = profiles.add(QStringLiteral("Demo"), m_backend.process().baseUrl().toString());
    QVERIFY(profile);
    QVERIFY(profiles.trustCertificate(profile->id, m_backend.process().certificateFingerprint(),
                                      QStringLiteral("CN=dispatchable demo")));

    HttpClient http;
    http.setBaseUrl(profile->backendUrl);
    http.setPinnedFingerprint(profiles.profile(profile->id)->certificateSha256);
    TokenStore store(uniqueService());
    DeviceFlow flow(&http, &store, profile->id);
    flow.setPollIntervalOverride(200);
    const DeviceFlowResult result = signIn(flow, m_backend);
    // The backend signed us in, but there is nowhere safe to keep the refresh token: the user is
    // told, and the tokens are handed over so they can be kept for this session.
    QCOMPARE(result.outcome, DeviceFlowResult::Outcome::KeychainUnavailable);
    QVERIFY(result.message.contains(QLatin1StringView("session only")));
    QVERIFY(result.tokens);
    const OAuthTokens first = *result.tokens;

    // The user chose "this session only".
    store.setSessionOnly(true);
    std::optional<TokenStoreResult> kept;
    store.write(profile->id, TokenStore::Secret::RefreshToken, first.refreshToken, this,
                [&](const TokenStoreResult &r) { kept = r; });
    QTRY_VERIFY_WITH_TIMEOUT(kept.has_value(), 5000);
    QVERIFY(kept->ok());
    TokenRefresher session(&http, &store, profile->id);
    session.startSession(first);
    http.setAccessTokenSource(&session);

    std::optional<HttpResult> me;
    http.get(QStringLiteral("/v1/me"), {}, this, [&](const HttpResult &r) { me = r; });
    QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), 10000);
    QVERIFY(me->ok());
    const QString email = me->json.object().value(QLatin1StringView("email")).toString();
    QVERIFY(profiles.setAccount(profile->id, email));

    // A refresh rotates the refresh token; the new one is kept in memory too.
    std::optional<bool> refreshed;
    session.refreshAccessToken(this, [&](bool ok) { refreshed = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 10000);
    QVERIFY(*refreshed);
    const QString secondAccess = session.accessToken();
    QVERIFY(secondAccess != first.accessToken);
    std::optional<TokenStoreResult> inMemory;
    store.read(profile->id, TokenStore::Secret::RefreshToken, this,
               [&](const TokenStoreResult &r) { inMemory = r; });
    QTRY_VERIFY_WITH_TIMEOUT(inMemory.has_value(), 5000);
    QVERIFY(inMemory->ok());
    const QString secondRefresh = inMemory->value;
    QVERIFY(secondRefresh.startsWith(QLatin1StringView("drt_")));
    QVERIFY(secondRefresh != first.refreshToken);
    me.reset();
    http.get(QStringLiteral("/v1/me"), {}, this, [&](const HttpResult &r) { me = r; });
    QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), 10000);
    QVERIFY(me->ok());
    http.setAccessTokenSource(nullptr);
    settings.sync();

    // Search every file written under the private HOME for every token of the session.
    const QList<QByteArray> secrets{first.accessToken.toUtf8(), first.refreshToken.toUtf8(),
                                    secondAccess.toUtf8(), secondRefresh.toUtf8()};
    int filesSearched = 0;
    bool sawSettings = false;
    bool sawLog = false;
    QDirIterator it(g_home->path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.readAll();
        ++filesSearched;
        sawSettings = sawSettings || path == settings.fileName();
        if (path.endsWith(QLatin1StringView("dispatchable.log"))) {
            sawLog = true;
            QVERIFY(content.contains("dispatchable.auth")); // the log did capture sign-in
        }
        for (const QByteArray &secret : secrets)
            QVERIFY2(!content.contains(secret),
                     qPrintable(QStringLiteral("token found in ") + path));
    }
    QVERIFY(sawSettings);
    QVERIFY(sawLog);
    QVERIFY(filesSearched >= 2);
    QFile settingsFile(settings.fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(settingsFile.readAll().contains(email.toUtf8())); // it is the right file

    std::optional<SignOutResult> out;
    session.signOut(this, [&](const SignOutResult &r) { out = r; });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
    QVERIFY(out->revoked);
    QVERIFY(out->keychain.ok());
    std::optional<TokenStoreResult> afterSignOut;
    store.read(profile->id, TokenStore::Secret::RefreshToken, this,
               [&](const TokenStoreResult &r) { afterSignOut = r; });
    QTRY_VERIFY_WITH_TIMEOUT(afterSignOut.has_value(), 5000);
    QCOMPARE(afterSignOut->status, TokenStoreResult::Status::NotFound);
}

int main(int argc, char **argv)
{
    // Before anything can touch D-Bus or a standard path: a bus that does not exist, and a HOME
    // of our own whose every file the test can search.
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    g_home = &home;
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            QString(QStringLiteral("unix:path=") + home.path() + QStringLiteral("/no-such-bus"))
                .toLocal8Bit());
    for (const char *name :
         {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString sub = qstrcmp(name, "HOME") == 0 ? QString() : QString::fromLatin1(name);
        const QString dir = home.path() + QLatin1Char('/') + sub;
        QDir().mkpath(dir);
        qputenv(name, dir.toLocal8Bit());
    }
    QDir().mkpath(home.path() + QStringLiteral("/XDG_STATE_HOME/dispatchable"));
    g_log = std::fopen(
        qPrintable(home.path() + QStringLiteral("/XDG_STATE_HOME/dispatchable/dispatchable.log")),
        "w");
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));

    QCoreApplication app(argc, argv);
    TestAuthNoKeychain test;
    const int rc = QTest::qExec(&test, argc, argv);
    std::fclose(g_log);
    g_log = nullptr;
    return rc;
}

#include "tst_auth_no_keychain.moc"
