// Managed configuration for the keys that guard connections: the proxy (a real proxy server
// receives the request; an invalid value stops every connection instead of going direct), the
// allowed backends (the profile store refuses the others; a bad list allows nothing) and pinned
// certificates (they replace the pin a user trusted; a bad entry pins nothing).
#include "auth/ConnectionProfileStore.h"
#include "settings/EffectiveSettings.h"
#include "settings/ManagedSettings.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

class TestManagedConnectionSettings : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void proxyManagedOverridesUser();
    void invalidManagedProxyBlocksEveryConnection();
    void allowedBackendUrlsRefuseOtherBackends();
    void invalidAllowedBackendUrlsAllowNothing();
    void pinnedCertificatesOverrideTheUsersPin();
    void invalidPinnedCertificateIsReportedAndPinsNothing();

private:
    QString userPath() const { return m_dir->filePath(QStringLiteral("user.ini")); }
    std::unique_ptr<EffectiveSettings> settingsWith(const QByteArray &managedIni);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestManagedConnectionSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestManagedConnectionSettings::cleanup()
{
    // The proxy is process-wide: no test leaves one behind for the next.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

std::unique_ptr<EffectiveSettings>
TestManagedConnectionSettings::settingsWith(const QByteArray &managedIni)
{
    const QString path = m_dir->filePath(QStringLiteral("managed.ini"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(managedIni);
    file.close();
    return std::make_unique<EffectiveSettings>(ManagedSettings::fromIniFile(path), userPath());
}

void TestManagedConnectionSettings::proxyManagedOverridesUser()
{
    // A real proxy: a TCP server that records what the app sends it.
    QTcpServer proxyServer;
    QVERIFY(proxyServer.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&proxyServer, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = proxyServer.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, this, [&received, socket] {
            received += socket->readAll();
            if (received.contains("\r\n\r\n"))
                socket->write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
        });
    });
    {
        EffectiveSettings user(ManagedSettings(), userPath());
        QVERIFY(user.setProxy(ProxySetting{ProxySetting::Mode::None, {}, 0}));
    }
    auto settings = settingsWith(
        QStringLiteral("Proxy=http://127.0.0.1:%1\n").arg(proxyServer.serverPort()).toLatin1());
    QCOMPARE(settings->proxy().mode, ProxySetting::Mode::Http);
    QVERIFY(settings->isLocked(SettingKey::Proxy));
    settings->proxy().applyApplicationWide();

    QNetworkAccessManager nam;
    QNetworkReply *reply =
        nam.get(QNetworkRequest(QUrl(QStringLiteral("http://backend.example/x"))));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
    QVERIFY2(received.startsWith("GET http://backend.example/x HTTP/1.1"), received.constData());
    delete reply;
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void TestManagedConnectionSettings::invalidManagedProxyBlocksEveryConnection()
{
    auto settings = settingsWith("Proxy=socks://corp-proxy\n");
    QCOMPARE(settings->proxy().mode, ProxySetting::Mode::Blocked);
    QCOMPARE(settings->problemsWith(SettingKey::Proxy).size(), 1);
    QVERIFY(!settings->backendRefusal(QUrl(QStringLiteral("https://e911.example.com"))).isEmpty());
    // Even a caller that skipped the refusal does not go around the proxy: a server on this
    // machine's network address (Qt never proxies loopback) must see no connection.
    settings->proxy().applyApplicationWide();
    QHostAddress address;
    for (const QHostAddress &candidate : QNetworkInterface::allAddresses()) {
        if (!candidate.isLoopback() && candidate.protocol() == QAbstractSocket::IPv4Protocol)
            address = candidate;
    }
    if (address.isNull()) {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        QSKIP("no network address besides loopback");
    }
    QTcpServer server;
    server.setProxy(QNetworkProxy::NoProxy); // the blocked proxy is for the app, not for us
    QVERIFY2(server.listen(address), qPrintable(server.errorString()));
    int connections = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        ++connections;
        delete server.nextPendingConnection();
    });
    QNetworkAccessManager nam;
    const QUrl url(
        QStringLiteral("http://%1:%2/").arg(address.toString()).arg(server.serverPort()));
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(reply->error() != QNetworkReply::NoError);
    QCOMPARE(connections, 0);
    delete reply;
    // The same request without the blocked proxy does reach the server: the check can fail.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    reply = nam.get(QNetworkRequest(url));
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(connections > 0);
    delete reply;
}

void TestManagedConnectionSettings::allowedBackendUrlsRefuseOtherBackends()
{
    auto settings = settingsWith("AllowedBackendUrls=https://e911.corp.example/api, "
                                 "https://*.staging.corp.example\n");
    ConnectionProfileStore store(m_dir->filePath(QStringLiteral("profiles.ini")));
    // Before the organisation's rules apply, the user may add any backend.
    QVERIFY(store.add(QStringLiteral("Elsewhere"), QStringLiteral("https://other.example.com")));
    store.setEffectiveSettings(settings.get());
    QString error;
    QVERIFY(
        !store.add(QStringLiteral("Other"), QStringLiteral("https://other.example.com"), &error));
    QVERIFY2(error.contains(QLatin1StringView("does not allow")), qPrintable(error));
    QVERIFY(error.contains(QLatin1StringView("https://e911.corp.example/api")));
    QVERIFY(store.add(QStringLiteral("Prod"), QStringLiteral("https://e911.corp.example/api/v1")));
    QVERIFY(store.add(QStringLiteral("Staging"), QStringLiteral("https://a.staging.corp.example")));
    QVERIFY(!store.add(QStringLiteral("Path"), QStringLiteral("https://e911.corp.example/apiary")));
    QVERIFY(
        !store.add(QStringLiteral("Port"), QStringLiteral("https://e911.corp.example:8443/api")));
    QVERIFY(!store.add(QStringLiteral("Bare"), QStringLiteral("https://staging.corp.example")));
    // The profile added before is still listed, but connecting to it is refused.
    QCOMPARE(store.profiles().size(), 3);
    QVERIFY(!settings->backendRefusal(QUrl(QStringLiteral("https://other.example.com"))).isEmpty());
    QVERIFY(settings->isLocked(SettingKey::AllowedBackendUrls));
}

void TestManagedConnectionSettings::invalidAllowedBackendUrlsAllowNothing()
{
    auto bad = settingsWith("AllowedBackendUrls=ftp://files.corp.example\n");
    QCOMPARE(bad->problemsWith(SettingKey::AllowedBackendUrls).size(), 1);
    QVERIFY(!bad->backendRefusal(QUrl(QStringLiteral("https://files.corp.example"))).isEmpty());
    QVERIFY(!bad->backendRefusal(QUrl(QStringLiteral("https://anything.example"))).isEmpty());

    auto empty = settingsWith("AllowedBackendUrls=\n");
    QCOMPARE(empty->problemsWith(SettingKey::AllowedBackendUrls).size(), 1);
    QVERIFY(!empty->backendRefusal(QUrl(QStringLiteral("https://anything.example"))).isEmpty());

    auto wildcard = settingsWith("AllowedBackendUrls=https://*.com\n");
    QCOMPARE(wildcard->problemsWith(SettingKey::AllowedBackendUrls).size(), 1);
    QVERIFY(!wildcard->backendRefusal(QUrl(QStringLiteral("https://evil.com"))).isEmpty());

    // One bad entry costs only itself.
    auto mixed =
        settingsWith("AllowedBackendUrls=https://good.corp.example, http://bad.corp.example\n");
    QCOMPARE(mixed->problemsWith(SettingKey::AllowedBackendUrls).size(), 1);
    QVERIFY(mixed->backendRefusal(QUrl(QStringLiteral("https://good.corp.example"))).isEmpty());
    QVERIFY(!mixed->backendRefusal(QUrl(QStringLiteral("https://bad.corp.example"))).isEmpty());
}

void TestManagedConnectionSettings::pinnedCertificatesOverrideTheUsersPin()
{
    const QString userPin = QString(QStringLiteral("AA:")).repeated(31) + QStringLiteral("AA");
    const QString managedPin = QString(QStringLiteral("0B:")).repeated(31) + QStringLiteral("0B");
    const QString profilesPath = m_dir->filePath(QStringLiteral("profiles.ini"));
    ConnectionProfileStore store(profilesPath);
    const auto prod =
        store.add(QStringLiteral("Prod"), QStringLiteral("https://e911.corp.example"));
    const auto other = store.add(QStringLiteral("Other"), QStringLiteral("https://other.example"));
    QVERIFY(prod && other);
    QVERIFY(store.trustCertificate(prod->id, userPin, QStringLiteral("CN=user trusted")));
    QVERIFY(store.trustCertificate(other->id, userPin, QStringLiteral("CN=user trusted")));

    auto settings = settingsWith("PinnedCertificates=\"https://e911.corp.example " +
                                 managedPin.toLower().remove(QLatin1Char(':')).toLatin1() + "\"\n");
    QVERIFY(settings->problems().isEmpty());
    store.setEffectiveSettings(settings.get());
    QCOMPARE(store.profile(prod->id)->certificateSha256, managedPin);
    QCOMPARE(store.profile(prod->id)->certificateSubject, QString());
    // A server the organisation does not pin falls back to the system's trust, not the user's.
    QCOMPARE(store.profile(other->id)->certificateSha256, QString());
    QVERIFY(!store.trustCertificate(other->id, userPin, QStringLiteral("CN=again")));
    // The user's own pins are kept on disk for when the organisation stops managing the key.
    QSettings file(profilesPath, QSettings::IniFormat);
    QCOMPARE(
        file.value(QStringLiteral("connections/%1/certificateSha256").arg(prod->id)).toString(),
        userPin);
    store.setEffectiveSettings(nullptr);
    QCOMPARE(store.profile(prod->id)->certificateSha256, userPin);
    QVERIFY(settings->isLocked(SettingKey::PinnedCertificates));
}

void TestManagedConnectionSettings::invalidPinnedCertificateIsReportedAndPinsNothing()
{
    auto settings = settingsWith("PinnedCertificates=\"https://e911.corp.example 12:34\"\n");
    QCOMPARE(settings->problemsWith(SettingKey::PinnedCertificates).size(), 1);
    QVERIFY(settings->pinnedCertificates().isManaged());
    ConnectionProfile profile;
    profile.backendUrl = QUrl(QStringLiteral("https://e911.corp.example"));
    profile.certificateSha256 = QString(QStringLiteral("AA:")).repeated(31) + QStringLiteral("AA");
    QCOMPARE(settings->withManagedPin(profile).certificateSha256, QString());
}

QTEST_GUILESS_MAIN(TestManagedConnectionSettings)
#include "tst_managed_connection_settings.moc"
