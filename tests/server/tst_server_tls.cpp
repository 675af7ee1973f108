// The reference backend serves HTTPS only, with the certificate it prints.
#include "TestBackend.h"

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

private:
    TestBackend m_backend;
};

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

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_server_tls.moc"
