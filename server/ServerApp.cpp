#include "ServerApp.h"

#include "CertificateGenerator.h"
#include "ProvisioningWorker.h"
#include "api/CertificateFingerprint.h"
#include "auth/TokenService.h"
#include "graph/DemoCallSeed.h"
#include "graph/GraphEncryptionKeys.h"
#include "graph/GraphNotificationIntake.h"
#include "graph/GraphSigningKeys.h"
#include "graph/SubscriptionKeeper.h"
#include "handlers/AddressRoutes.h"
#include "handlers/AuthRoutes.h"
#include "handlers/ChangeRoutes.h"
#include "handlers/ComplianceRoutes.h"
#include "handlers/DemoCallRoutes.h"
#include "handlers/EmergencyCallFeedRoutes.h"
#include "handlers/EmergencyCallRoutes.h"
#include "handlers/EmergencyCallStream.h"
#include "handlers/EmergencyPolicyRoutes.h"
#include "handlers/NetworkElementRoutes.h"
#include "handlers/NumberRoutes.h"
#include "handlers/PlaceRoutes.h"
#include "handlers/ServerContext.h"
#include "handlers/TeamsNumberLocationRoutes.h"
#include "handlers/TestCallRoutes.h"
#include "http/FaultInjector.h"
#include "http/ProvisioningHttpServer.h"
#include "http/RateLimiter.h"
#include "platform/PrivateDirectory.h"
#include "store/DatabaseFailure.h"
#include "store/DemoDataGenerator.h"
#include "store/EmergencyCallStore.h"
#include "store/IdempotencyLedger.h"
#include "store/ServerDatabase.h"
#include "validation/PostalCodeTable.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QTcpServer>

#include <cstdio>

namespace {

// Mozilla "intermediate": TLS 1.3 suites, and for TLS 1.2 only ECDHE with AES-GCM or
// ChaCha20-Poly1305. No CBC (Lucky 13 and friends), no static RSA key exchange.
QList<QSslCipher> aeadCipherSuites()
{
    QList<QSslCipher> suites;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        const QString name = cipher.name();
        const bool tls13 = cipher.protocol() == QSsl::TlsV1_3;
        const bool aead =
            name.contains(QLatin1StringView("GCM")) || name.contains(QLatin1StringView("CHACHA20"));
        if (tls13 || (name.startsWith(QLatin1StringView("ECDHE-")) && aead))
            suites.append(cipher);
    }
    return suites;
}

} // namespace

ServerApp::ServerApp(const ServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_faults(std::make_unique<FaultInjector>(options.faults))
    , m_rateLimiter(std::make_unique<RateLimiter>(options.rateLimit))
    , m_http(new ProvisioningHttpServer(this))
    , m_db(std::make_unique<ServerDatabase>())
    , m_tokens(std::make_unique<TokenService>(*m_db, options.accessTokenTtlSeconds))
    , m_ledger(std::make_unique<IdempotencyLedger>(*m_db))
    , m_postalCodes(std::make_unique<PostalCodeTable>())
    , m_graphKeys(std::make_unique<GraphEncryptionKeys>())
    , m_calls(std::make_unique<EmergencyCallStore>(*m_db))
    , m_ctx(std::make_unique<ServerContext>(ServerContext{*m_db, *m_tokens, *m_ledger, m_options,
                                                          MoneyAmount{150, QStringLiteral("USD")},
                                                          m_postalCodes.get()}))
    , m_signingKeys(new GraphSigningKeys(m_options.graph.loginUrl, this))
    , m_intake(new GraphNotificationIntake(*m_db, *m_calls, *m_graphKeys, *m_signingKeys,
                                           m_options.graph.clientId, this))
    , m_keeper(new SubscriptionKeeper(*m_db, *m_graphKeys, m_options.graph, this))
{
    m_ctx->intake = m_intake;
    m_ctx->keeper = m_keeper;
    m_ctx->stream = new EmergencyCallStream(*m_ctx, this);
    connect(m_intake, &GraphNotificationIntake::eventRecorded, m_ctx->stream,
            &EmergencyCallStream::publish);
    connect(m_intake, &GraphNotificationIntake::lifecycleNotified, m_keeper,
            &SubscriptionKeeper::onLifecycle);
    m_http->setFaultInjector(m_faults.get());
    m_http->setRateLimiter(m_rateLimiter.get());
    m_http->setAuthenticator(
        [this](const QByteArray &token) { return m_tokens->authenticate(token); });
    m_http->setClaimHook([this](const HttpRequest &request) { return m_ledger->claim(request); });
    m_http->setDatabaseFaultHook([this](int n) { m_db->failWriteAt(n); });
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
    QString certPath = m_options.certFile;
    QString keyPath = m_options.keyFile;
    if (!m_options.generateCertDir.isEmpty()) {
        // Reuse a pair generated earlier, so a restarted server keeps the certificate its
        // clients pinned; generate one only when the directory has none.
        const QDir dir(m_options.generateCertDir);
        certPath = dir.filePath(QStringLiteral("cert.pem"));
        keyPath = dir.filePath(QStringLiteral("key.pem"));
        if (!QFile::exists(certPath) || !QFile::exists(keyPath)) {
            auto pair = generateSelfSignedCertificate(30, error);
            if (!pair || !writeCertificatePair(*pair, m_options.generateCertDir, error))
                return false;
        }
    }
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the certificate or key file.");
        return false;
    }
    const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull()) {
        *error = QStringLiteral("The certificate or key is not valid PEM.");
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setCiphers(aeadCipherSuites());
    m_http->sslSetup(tls);
    m_fingerprint = sha256Fingerprint(certificate);
    return true;
}

void ServerApp::registerRoutes()
{
    Router &r = m_http->router();
    r.add("GET", QStringLiteral("/v1/health"), Access::Public, [](HttpRequest &) {
        return HttpResponse::json(200,
                                  QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    registerAuthRoutes(r, *m_ctx);
    registerTenantRoutes(r, *m_ctx);
    registerNumberRoutes(r, *m_ctx);
    registerAddressRoutes(r, *m_ctx);
    registerComplianceRoutes(r, *m_ctx);
    registerPlaceRoutes(r, *m_ctx);
    registerNetworkElementRoutes(r, *m_ctx);
    registerTestCallRoutes(r, *m_ctx);
    registerEmergencyPolicyRoutes(r, *m_ctx);
    registerTeamsNumberLocationRoutes(r, *m_ctx);
    registerEmergencyCallFeedRoutes(r, *m_ctx);
    registerEmergencyCallRoutes(r, *m_ctx);
    if (m_options.demo || m_options.printRoutes)
        registerDemoCallRoutes(r, *m_ctx);
    registerChangeRoutes(r, *m_ctx);
}

bool ServerApp::openDatabase(QString *error)
{
    QString dir = m_options.dataDir;
    if (dir.isEmpty())
        dir = QDir::current().filePath(QStringLiteral("dispatchable-server-data"));
    // The server's database holds every tenant's numbers and addresses, and its key pair.
    if (!platform::ensurePrivateDirectory(dir, platform::ExistingFolder::Keep, error))
        return false;
    const bool opened =
        m_options.database ? m_db->open(*m_options.database, error)
                           : m_db->open(QDir(dir).filePath(QStringLiteral("server.sqlite")), error);
    if (!opened)
        return false;
    m_ledger->setClaimLifetime(m_options.faults.latencyMs + IdempotencyLedger::claimGraceMs);
    m_ledger->dropExpiredClaims();
    // The key pairs Graph encrypts emergency-call notifications for (private, like the rest).
    if (!m_graphKeys->load(QDir(dir).filePath(QStringLiteral("graph-encryption")), error))
        return false;
    auto table = PostalCodeTable::loadBundled(error);
    if (!table)
        return false;
    *m_postalCodes = std::move(*table);
    return true;
}

bool ServerApp::start(QString *error)
{
    try {
        return startServing(error);
    } catch (const DatabaseFailure &failure) {
        *error = QStringLiteral("Database failure during start-up: %1")
                     .arg(QString::fromUtf8(failure.what()));
        return false;
    }
}

bool ServerApp::startServing(QString *error)
{
    if (!setupTls(error) || !openDatabase(error))
        return false;
    QHash<QString, QString> demoTokens;
    if (m_options.demo) {
        QElapsedTimer timer;
        timer.start();
        demoTokens = loadDemoData(*m_db, *m_tokens, *m_postalCodes,
                                  DemoDataSize{m_options.demoTenants, m_options.demoDids}, error);
        if (demoTokens.isEmpty())
            return false;
        std::fprintf(stderr, "demo data ready in %lld ms\n",
                     static_cast<long long>(timer.elapsed()));
        if (m_options.demoCalls)
            std::fprintf(stderr, "demo calls seeded: %d\n",
                         seedDemoCalls(*m_db, *m_intake, QDateTime::currentDateTimeUtc()));
    }
    m_worker = new ProvisioningWorker(*m_ctx, m_options.provisionDelayMs,
                                      m_options.provisionFailureRate, this);
    m_worker->start();
    m_keeper->start();
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
    for (const QString &role :
         {QStringLiteral("staff"), QStringLiteral("admin"), QStringLiteral("auditor")}) {
        if (demoTokens.contains(role))
            std::printf("token.%s: %s\n", qPrintable(role), qPrintable(demoTokens.value(role)));
    }
    std::printf("ready\n");
    std::fflush(stdout);
    if (m_options.faults.failDbWrite > 0)
        m_db->failWriteAt(m_options.faults.failDbWrite);
    return true;
}
