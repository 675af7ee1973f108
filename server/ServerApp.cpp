#include "ServerApp.h"

#include "CertificateGenerator.h"
#include "api/CertificateFingerprint.h"
#include "http/FaultInjector.h"
#include "http/ProvisioningHttpServer.h"
#include "http/RateLimiter.h"

#include <QFile>
#include <QSslConfiguration>
#include <QTcpServer>

#include <cstdio>

ServerApp::ServerApp(const ServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_faults(std::make_unique<FaultInjector>(options.faults))
    , m_rateLimiter(std::make_unique<RateLimiter>(options.rateLimit))
    , m_http(new ProvisioningHttpServer(this))
{
    m_http->setFaultInjector(m_faults.get());
    m_http->setRateLimiter(m_rateLimiter.get());
    registerRoutes();
}

void ServerApp::printRoutes()
{
    for (const Route &route : m_http->router().routes())
        std::printf("%s %s\n", route.method.constData(), qPrintable(route.pattern));
}

ServerApp::~ServerApp() = default;

bool ServerApp::setupTls(QString *error)
{
    QSslCertificate certificate;
    QSslKey key;
    if (!m_options.generateCertDir.isEmpty()) {
        auto pair = generateSelfSignedCertificate(30, error);
        if (!pair || !writeCertificatePair(*pair, m_options.generateCertDir, error))
            return false;
        certificate = pair->certificate;
        key = pair->key;
    } else {
        QFile certFile(m_options.certFile);
        QFile keyFile(m_options.keyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("Cannot read the certificate or key file.");
            return false;
        }
        certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull()) {
            *error = QStringLiteral("The certificate or key is not valid PEM.");
            return false;
        }
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_http->sslSetup(tls);
    m_fingerprint = sha256Fingerprint(certificate);
    return true;
}

void ServerApp::registerRoutes()
{
    Router &r = m_http->router();
    r.add("GET", QStringLiteral("/v1/health"), Access::Public, [](HttpRequest &) {
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
}

bool ServerApp::start(QString *error)
{
    if (!setupTls(error))
        return false;
    const quint16 port = m_http->listen(m_options.address, m_options.port);
    if (port == 0) {
        *error = QStringLiteral("Cannot listen on %1:%2.")
                     .arg(m_options.address.toString())
                     .arg(m_options.port);
        return false;
    }
    const QString host = m_options.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(m_options.address.toString())
                             : m_options.address.toString();
    // Start-up lines, one "key: value" each, ending with "ready". The app's --demo and the
    // tests read them; keep the keys stable.
    std::printf("url: https://%s:%u\n", qPrintable(host), port);
    std::printf("fingerprint: %s\n", qPrintable(m_fingerprint));
    std::printf("ready\n");
    std::fflush(stdout);
    return true;
}
