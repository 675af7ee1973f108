// Connection profiles: the backend URL rules (HTTPS only, plain HTTP only to this machine,
// garbage refused with words), several profiles in QSettings, the pinned certificate changing
// only when the user trusts one, and no secret ever in the settings file.
#include "auth/ConnectionProfile.h"
#include "auth/ConnectionProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class TestConnectionProfiles : public QObject
{
    Q_OBJECT
private slots:
    void acceptedUrls_data();
    void acceptedUrls();
    void refusedUrls_data();
    void refusedUrls();
    void plainHttpRefusalSaysWhy();
    void severalProfilesPersistAcrossStores();
    void invalidUrlIsNotSaved();
    void pinChangesOnlyThroughTrustCertificate();
    void pinIsDroppedWhenTheUrlPointsElsewhere();
    void removeDeletesOnlyThatProfile();
    void settingsFileHoldsNoSecret();
    void handEditedInsecureUrlIsIgnored();

private:
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QTemporaryDir m_dir;
};

void TestConnectionProfiles::acceptedUrls_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("https") << "https://e911.example.com"
                           << "https://e911.example.com";
    QTest::newRow("https with port and path") << "  https://E911.Example.com:8443/api/  "
                                              << "https://e911.example.com:8443/api";
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080"
                                      << "http://127.0.0.1:8080";
    QTest::newRow("http loopback v6") << "http://[::1]:8080"
                                      << "http://[::1]:8080";
    QTest::newRow("http localhost") << "http://localhost:8080"
                                    << "http://localhost:8080";
    QTest::newRow("https loopback") << "https://127.0.0.1:8443"
                                    << "https://127.0.0.1:8443";
}

void TestConnectionProfiles::acceptedUrls()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const BackendUrlCheck check = ConnectionProfile::checkBackendUrl(input);
    QVERIFY2(check.ok(), qPrintable(check.error));
    QCOMPARE(check.url.toString(), expected);
}

void TestConnectionProfiles::refusedUrls_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("no scheme") << "e911.example.com";
    QTest::newRow("plain http remote") << "http://e911.example.com";
    QTest::newRow("plain http private ip") << "http://10.0.0.5:8080";
    QTest::newRow("plain http lookalike") << "http://localhost.evil.example";
    QTest::newRow("plain http 0.0.0.0") << "http://0.0.0.0:8080";
    QTest::newRow("ftp") << "ftp://e911.example.com";
    QTest::newRow("file") << "file:///etc/passwd";
    QTest::newRow("javascript") << "javascript:alert(1)";
    QTest::newRow("garbage") << "::::";
    QTest::newRow("spaces in host") << "https://e911 example.com";
    QTest::newRow("credentials") << "https://user:secret@e911.example.com";
    QTest::newRow("query") << "https://e911.example.com/?token=abc";
    QTest::newRow("fragment") << "https://e911.example.com/#x";
    QTest::newRow("bad port") << "https://e911.example.com:99999";
}

void TestConnectionProfiles::refusedUrls()
{
    QFETCH(QString, input);
    const BackendUrlCheck check = ConnectionProfile::checkBackendUrl(input);
    QVERIFY2(!check.ok(), qPrintable(check.url.toString()));
    QVERIFY(!check.error.isEmpty());
    QVERIFY(check.url.isEmpty());
}

void TestConnectionProfiles::plainHttpRefusalSaysWhy()
{
    const BackendUrlCheck check =
        ConnectionProfile::checkBackendUrl(QStringLiteral("http://e911.example.com"));
    QVERIFY(check.error.contains(QLatin1StringView("https://")));
    QVERIFY(check.error.contains(QLatin1StringView("e911.example.com")));
    QVERIFY(check.error.contains(QLatin1StringView("encrypted")));
}

void TestConnectionProfiles::severalProfilesPersistAcrossStores()
{
    QFile::remove(settingsPath());
    QString production;
    QString staging;
    {
        ConnectionProfileStore store(settingsPath());
        QString error;
        auto p = store.add(QStringLiteral("Production"), QStringLiteral("https://e911.example.com"),
                           &error);
        QVERIFY2(p, qPrintable(error));
        auto s = store.add(QStringLiteral("Staging"),
                           QStringLiteral("https://staging.e911.example.com:8443"), &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(p->id != s->id);
        production = p->id;
        staging = s->id;
        s->http2Enabled = false;
        s->account = QStringLiteral("ops@example.com");
        QVERIFY(store.update(*s, &error));
    }
    ConnectionProfileStore reopened(settingsPath());
    const QList<ConnectionProfile> all = reopened.profiles();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).displayName, QStringLiteral("Production"));
    QCOMPARE(all.at(0).id, production);
    QCOMPARE(all.at(0).backendUrl, QUrl(QStringLiteral("https://e911.example.com")));
    QVERIFY(all.at(0).http2Enabled);
    QCOMPARE(all.at(1).id, staging);
    QVERIFY(!all.at(1).http2Enabled);
    QCOMPARE(all.at(1).account, QStringLiteral("ops@example.com"));
}

void TestConnectionProfiles::invalidUrlIsNotSaved()
{
    QFile::remove(settingsPath());
    ConnectionProfileStore store(settingsPath());
    QString error;
    QVERIFY(!store.add(QStringLiteral("Bad"), QStringLiteral("http://e911.example.com"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(store.profiles().isEmpty());

    auto p = store.add(QStringLiteral("Good"), QStringLiteral("https://e911.example.com"));
    QVERIFY(p);
    ConnectionProfile changed = *p;
    changed.backendUrl = QUrl(QStringLiteral("http://e911.example.com"));
    error.clear();
    QVERIFY(!store.update(changed, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.profile(p->id)->backendUrl, QUrl(QStringLiteral("https://e911.example.com")));
}

void TestConnectionProfiles::pinChangesOnlyThroughTrustCertificate()
{
    QFile::remove(settingsPath());
    ConnectionProfileStore store(settingsPath());
    auto p = store.add(QStringLiteral("Demo"), QStringLiteral("https://127.0.0.1:8443"));
    QVERIFY(p);
    QVERIFY(!p->hasPinnedCertificate());

    const QString fingerprint = QStringLiteral("AB:CD:EF:01");
    QVERIFY(store.trustCertificate(p->id, fingerprint, QStringLiteral("CN=dispatchable-demo")));
    QCOMPARE(store.profile(p->id)->certificateSha256, fingerprint);
    QCOMPARE(store.profile(p->id)->certificateSubject, QStringLiteral("CN=dispatchable-demo"));

    // An update carrying another pin (a stale copy, or a bug) must not replace the trusted one.
    ConnectionProfile tampered = *store.profile(p->id);
    tampered.certificateSha256 = QStringLiteral("66:66:66");
    tampered.displayName = QStringLiteral("Demo backend");
    QVERIFY(store.update(tampered));
    QCOMPARE(store.profile(p->id)->certificateSha256, fingerprint);
    QCOMPARE(store.profile(p->id)->displayName, QStringLiteral("Demo backend"));

    QVERIFY(store.trustCertificate(p->id, QStringLiteral("12:34"), QStringLiteral("CN=new")));
    QCOMPARE(store.profile(p->id)->certificateSha256, QStringLiteral("12:34"));
    QVERIFY(!store.trustCertificate(p->id, QString(), QString()));
    QVERIFY(!store.trustCertificate(QStringLiteral("not-a-profile"), fingerprint, QString()));
    QVERIFY(store.forgetCertificate(p->id));
    QVERIFY(!store.profile(p->id)->hasPinnedCertificate());
}

void TestConnectionProfiles::pinIsDroppedWhenTheUrlPointsElsewhere()
{
    QFile::remove(settingsPath());
    ConnectionProfileStore store(settingsPath());
    auto p = store.add(QStringLiteral("Prod"), QStringLiteral("https://e911.example.com"));
    QVERIFY(p);
    QVERIFY(store.trustCertificate(p->id, QStringLiteral("AB:CD"), QStringLiteral("CN=prod")));

    ConnectionProfile samePlace = *store.profile(p->id);
    samePlace.backendUrl = QUrl(QStringLiteral("https://e911.example.com/v2"));
    QVERIFY(store.update(samePlace));
    QCOMPARE(store.profile(p->id)->certificateSha256, QStringLiteral("AB:CD"));

    ConnectionProfile moved = *store.profile(p->id);
    moved.backendUrl = QUrl(QStringLiteral("https://other.example.com"));
    QVERIFY(store.update(moved));
    QVERIFY(!store.profile(p->id)->hasPinnedCertificate());
}

void TestConnectionProfiles::removeDeletesOnlyThatProfile()
{
    QFile::remove(settingsPath());
    ConnectionProfileStore store(settingsPath());
    auto a = store.add(QStringLiteral("A"), QStringLiteral("https://a.example.com"));
    auto b = store.add(QStringLiteral("B"), QStringLiteral("https://b.example.com"));
    QVERIFY(a && b);
    QSignalSpy changed(&store, &ConnectionProfileStore::profilesChanged);
    QVERIFY(store.remove(a->id));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!store.profile(a->id));
    QVERIFY(store.profile(b->id));
    QVERIFY(!store.remove(a->id));
}

void TestConnectionProfiles::settingsFileHoldsNoSecret()
{
    QFile::remove(settingsPath());
    {
        ConnectionProfileStore store(settingsPath());
        auto p = store.add(QStringLiteral("Prod"), QStringLiteral("https://e911.example.com"));
        QVERIFY(p);
        QVERIFY(store.trustCertificate(p->id, QStringLiteral("AB:CD"), QStringLiteral("CN=x")));
        QVERIFY(store.setAccount(p->id, QStringLiteral("ops@example.com")));
    }
    // Every key in the file is one of the profile's public fields: there is no place for a token.
    const QStringList allowed{QStringLiteral("displayName"),
                              QStringLiteral("url"),
                              QStringLiteral("account"),
                              QStringLiteral("certificateSha256"),
                              QStringLiteral("certificateSubject"),
                              QStringLiteral("http2")};
    QSettings raw(settingsPath(), QSettings::IniFormat);
    const QStringList keys = raw.allKeys();
    QCOMPARE(keys.size(), allowed.size());
    for (const QString &key : keys) {
        QVERIFY2(allowed.contains(key.section(QLatin1Char('/'), -1)), qPrintable(key));
        QVERIFY2(!key.contains(QLatin1StringView("token"), Qt::CaseInsensitive), qPrintable(key));
    }
}

void TestConnectionProfiles::handEditedInsecureUrlIsIgnored()
{
    QFile::remove(settingsPath());
    QString id;
    {
        ConnectionProfileStore store(settingsPath());
        auto p = store.add(QStringLiteral("Prod"), QStringLiteral("https://e911.example.com"));
        QVERIFY(p);
        id = p->id;
    }
    {
        QSettings raw(settingsPath(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("connections/%1/url").arg(id),
                     QStringLiteral("http://e911.example.com"));
    }
    ConnectionProfileStore store(settingsPath());
    QVERIFY(!store.profile(id));
    QVERIFY(store.profiles().isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectionProfiles)
#include "tst_connection_profiles.moc"
