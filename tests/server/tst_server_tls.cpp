// The reference backend serves HTTPS only, with the certificate it prints.
#include "TestBackend.h"

#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QtTest>

class TestServerTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_backend.start()); }
    void servesHealthOverPinnedTls();
    void plainHttpIsRefused();
    void unpinnedCertificateIsRejectedByDefault();
    void clientOfferingOnlyCbcSuitesIsRefused();
    void tls12HandshakeNegotiatesAnAeadSuite();

private:
    // A TLS 1.2 handshake offering only `suites`, trusting the server's certificate; true when
    // it completes, with the negotiated suite in *negotiated.
    bool handshake(const QList<QSslCipher> &suites, QString *negotiated);

    TestBackend m_backend;
};

namespace {

bool isAead(const QSslCipher &cipher)
{
    return cipher.name().contains(QLatin1StringView("GCM")) ||
           cipher.name().contains(QLatin1StringView("CHACHA20")) ||
           cipher.name().contains(QLatin1StringView("CCM"));
}

// TLS 1.2 suites of the client's library, split by whether they are AEAD.
QList<QSslCipher> tls12Suites(bool aead)
{
    QList<QSslCipher> suites;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        if (cipher.protocol() != QSsl::TlsV1_3 && isAead(cipher) == aead)
            suites.append(cipher);
    }
    return suites;
}

} // namespace

void TestServerTls::servesHealthOverPinnedTls()
{
    const TestReply reply = m_backend.get(QStringLiteral("/v1/health"), {});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(!reply.header("x-request-id").isEmpty());
}

void TestServerTls::plainHttpIsRefused()
{
    QTcpSocket socket;
    const QUrl url = m_backend.process().baseUrl();
    socket.connectToHost(url.host(), static_cast<quint16>(url.port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
    socket.waitForReadyRead(3000);
    const QByteArray answer = socket.readAll();
    QVERIFY2(!answer.startsWith("HTTP/1.1 200"), answer.constData());
}

void TestServerTls::unpinnedCertificateIsRejectedByDefault()
{
    QSslSocket socket;
    const QUrl url = m_backend.process().baseUrl();
    socket.connectToHostEncrypted(url.host(), static_cast<quint16>(url.port()));
    QVERIFY(!socket.waitForEncrypted(5000));
    bool selfSigned = false;
    for (const QSslError &e : socket.sslHandshakeErrors())
        selfSigned |= e.error() == QSslError::SelfSignedCertificate;
    QVERIFY(selfSigned);
}

bool TestServerTls::handshake(const QList<QSslCipher> &suites, QString *negotiated)
{
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2);
    tls.setCiphers(suites);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the suite is under test, not the trust
    socket.setSslConfiguration(tls);
    const QUrl url = m_backend.process().baseUrl();
    socket.connectToHostEncrypted(url.host(), static_cast<quint16>(url.port()));
    const bool encrypted = socket.waitForEncrypted(5000);
    *negotiated = socket.sessionCipher().name();
    return encrypted;
}

void TestServerTls::clientOfferingOnlyCbcSuitesIsRefused()
{
    const QList<QSslCipher> cbc = tls12Suites(false);
    QVERIFY2(!cbc.isEmpty(), "the client's TLS library offers no CBC suite to try");
    QString negotiated;
    QVERIFY2(!handshake(cbc, &negotiated), qPrintable(negotiated));
}

void TestServerTls::tls12HandshakeNegotiatesAnAeadSuite()
{
    QString negotiated;
    QVERIFY(handshake(QSslConfiguration::supportedCiphers(), &negotiated));
    QVERIFY2(negotiated.startsWith(QLatin1StringView("ECDHE-")), qPrintable(negotiated));
    QVERIFY2(negotiated.contains(QLatin1StringView("GCM")) ||
                 negotiated.contains(QLatin1StringView("CHACHA20")),
             qPrintable(negotiated));
}

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_server_tls.moc"
