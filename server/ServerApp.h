// Wires the reference backend together: TLS, database, authentication, routes, the
// provisioning worker, and the start-up lines a launcher (the app's --demo, tests) reads.
#pragma once

#include "ServerOptions.h"

#include <QObject>

#include <memory>

class ProvisioningHttpServer;
class FaultInjector;
class RateLimiter;
class ServerDatabase;
class TokenService;
class IdempotencyLedger;
class PostalCodeTable;
class ProvisioningWorker;
class EmergencyCallStore;
class GraphEncryptionKeys;
class GraphNotificationIntake;
class GraphSigningKeys;
class SubscriptionKeeper;
struct ServerContext;

class ServerApp : public QObject
{
    Q_OBJECT
public:
    explicit ServerApp(const ServerOptions &options, QObject *parent = nullptr);
    ~ServerApp() override;

    bool start(QString *error);
    // "METHOD /path" per line: what the OpenAPI coverage test compares with the contract.
    void printRoutes();

private:
    // start() without the guard that turns a database failure into *error.
    bool startServing(QString *error);
    bool setupTls(QString *error);
    bool openDatabase(QString *error);
    void registerRoutes();

    ServerOptions m_options;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    ProvisioningHttpServer *m_http = nullptr;
    std::unique_ptr<ServerDatabase> m_db;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<IdempotencyLedger> m_ledger;
    std::unique_ptr<PostalCodeTable> m_postalCodes;
    std::unique_ptr<GraphEncryptionKeys> m_graphKeys;
    std::unique_ptr<EmergencyCallStore> m_calls;
    std::unique_ptr<ServerContext> m_ctx;
    GraphSigningKeys *m_signingKeys = nullptr;
    GraphNotificationIntake *m_intake = nullptr;
    SubscriptionKeeper *m_keeper = nullptr;
    ProvisioningWorker *m_worker = nullptr;
    QString m_fingerprint;
};
