// dispatchable-server: the reference provisioning backend. It serves the Dispatchable API over
// HTTPS only and enforces every rule of docs/api/openapi.json.
#include "ParentWatch.h"
#include "ServerApp.h"
#include "ServerOptions.h"
#include "graph/GraphCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

std::optional<ServerOptions> parseOptions(const QCoreApplication &app, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reference provisioning backend for Dispatchable (911/E911 for Microsoft Teams numbers).\n"
        "Serves HTTPS only. Postal code data (c) GeoNames, CC BY 4.0."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address to listen on."),
                                    QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("TCP port; 0 picks a free one."),
                                  QStringLiteral("port"), QStringLiteral("8443"));
    const QCommandLineOption cert(QStringLiteral("cert"), QStringLiteral("PEM certificate."),
                                  QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("PEM private key."),
                                 QStringLiteral("file"));
    const QCommandLineOption generateCert(
        QStringLiteral("generate-cert"),
        QStringLiteral(
            "Serve DIR/cert.pem and DIR/key.pem, writing a self-signed pair there first if "
            "there is none."),
        QStringLiteral("dir"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Directory for the SQLite database (unless --database) and the keys."),
        QStringLiteral("dir"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("Keep the data in PostgreSQL instead of SQLite (docs/deployment.md)."),
        QStringLiteral("postgresql://user@host:port/dbname"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Load the deterministic demo data set."));
    const QCommandLineOption demoCalls(
        QStringLiteral("demo-calls"),
        QStringLiteral("With --demo: seed a few past calls through Teams (a 933 test, a 911 call "
                       "and one from elsewhere) unless the data directory has calls already."));
    const QCommandLineOption tenants(QStringLiteral("tenants"),
                                     QStringLiteral("Demo tenants (default 50)."),
                                     QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption dids(QStringLiteral("dids"),
                                  QStringLiteral("Demo numbers (default 100000)."),
                                  QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption provisionDelay(
        QStringLiteral("provision-delay-ms"),
        QStringLiteral("Time a registration stays pending (default 3000)."), QStringLiteral("ms"),
        QStringLiteral("3000"));
    const QCommandLineOption failureRate(
        QStringLiteral("provision-failure-rate"),
        QStringLiteral("Share of registrations the simulated 911 provider rejects (default 0; "
                       "0.02 with --demo)."),
        QStringLiteral("0..1"));
    const QCommandLineOption tokenTtl(QStringLiteral("access-token-ttl"),
                                      QStringLiteral("Access token lifetime in seconds."),
                                      QStringLiteral("s"), QStringLiteral("3600"));
    const QCommandLineOption retention(
        QStringLiteral("change-retention"),
        QStringLiteral("Change-log entries kept for delta sync (default 200000)."),
        QStringLiteral("n"), QStringLiteral("200000"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       QStringLiteral("Requests per second per caller (0: off)."),
                                       QStringLiteral("rps"), QStringLiteral("0"));
    const QCommandLineOption latency(QStringLiteral("fault-latency-ms"),
                                     QStringLiteral("Fault injection: delay every answer."),
                                     QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption drop(QStringLiteral("fault-drop-rate"),
                                  QStringLiteral("Fault injection: share of dropped connections."),
                                  QStringLiteral("0..1"), QStringLiteral("0"));
    const QCommandLineOption e5xx(QStringLiteral("fault-5xx-rate"),
                                  QStringLiteral("Fault injection: share of 503 answers."),
                                  QStringLiteral("0..1"), QStringLiteral("0"));
    const QCommandLineOption e429(QStringLiteral("fault-429-rate"),
                                  QStringLiteral("Fault injection: share of 429 answers."),
                                  QStringLiteral("0..1"), QStringLiteral("0"));
    const QCommandLineOption retryAfter(QStringLiteral("fault-retry-after"),
                                        QStringLiteral("Retry-After seconds on injected faults."),
                                        QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption seed(QStringLiteral("fault-seed"),
                                  QStringLiteral("Seed for the fault sequence."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption printRoutes(
        QStringLiteral("print-routes"),
        QStringLiteral("Print every served route as \"METHOD /path\" and exit."));
    const QCommandLineOption exitWithParent(
        QStringLiteral("exit-with-parent"),
        QStringLiteral("Exit when the process that started this one ends (its end of standard "
                       "input closes). For launchers such as the app's --demo."));
    parser.addOptions(
        {printRoutes, listen,  port, cert,           key,         generateCert, dataDir,
         demo,        tenants, dids, provisionDelay, failureRate, tokenTtl,     retention,
         rateLimit,   latency, drop, e5xx,           e429,        retryAfter,   seed});
    parser.addOption(exitWithParent);
    parser.addOption(demoCalls);
    parser.addOption(database);
    const QCommandLineOption failDbWrite(
        QStringLiteral("fail-db-write"),
        QStringLiteral("Fault injection: the Nth database write after start-up fails (0: none); "
                       "each request may then also fail its own Nth write with the header "
                       "Dispatchable-Fail-Db-Write: N. The request answers 503."),
        QStringLiteral("n"));
    parser.addOption(failDbWrite);
    const GraphCommandLine graph(parser);
    parser.process(app);

    ServerOptions o;
    o.printRoutes = parser.isSet(printRoutes);
    o.exitWithParent = parser.isSet(exitWithParent);
    bool ok = true;
    auto number = [&](const QCommandLineOption &opt, double min, double max) {
        bool good = false;
        const double v = parser.value(opt).toDouble(&good);
        if (!good || v < min || v > max) {
            *error = QStringLiteral("--%1 must be a number from %2 to %3.")
                         .arg(opt.names().constFirst())
                         .arg(min)
                         .arg(max);
            ok = false;
        }
        return v;
    };
    if (!o.address.setAddress(parser.value(listen))) {
        *error = QStringLiteral("--listen must be an IP address.");
        return std::nullopt;
    }
    o.port = static_cast<quint16>(number(port, 0, 65535));
    o.certFile = parser.value(cert);
    o.keyFile = parser.value(key);
    o.generateCertDir = parser.value(generateCert);
    o.dataDir = parser.value(dataDir);
    if (parser.isSet(database)) {
        o.database = PostgresUrl::parse(parser.value(database), error);
        if (!o.database)
            return std::nullopt;
    }
    o.demo = parser.isSet(demo);
    o.demoCalls = o.demo && parser.isSet(demoCalls);
    o.demoTenants = static_cast<int>(number(tenants, 1, 10000));
    o.demoDids = static_cast<int>(number(dids, 0, 5000000));
    o.provisionDelayMs = static_cast<int>(number(provisionDelay, 0, 3600000));
    o.provisionFailureRate =
        parser.isSet(failureRate) ? number(failureRate, 0, 1) : (o.demo ? 0.02 : 0.0);
    o.accessTokenTtlSeconds = static_cast<int>(number(tokenTtl, 1, 86400 * 30));
    o.changeRetention = static_cast<int>(number(retention, 1, 100000000));
    o.rateLimit = number(rateLimit, 0, 100000);
    o.faults.latencyMs = static_cast<int>(number(latency, 0, 600000));
    o.faults.dropRate = number(drop, 0, 1);
    o.faults.error5xxRate = number(e5xx, 0, 1);
    o.faults.error429Rate = number(e429, 0, 1);
    o.faults.retryAfterSeconds = static_cast<int>(number(retryAfter, 0, 3600));
    o.faults.seed = static_cast<quint32>(number(seed, 0, 4294967295.0));
    if (parser.isSet(failDbWrite))
        o.faults.failDbWrite = static_cast<int>(number(failDbWrite, 0, 1000000));
    if (!ok)
        return std::nullopt;
    auto graphOptions = graph.read(parser, error);
    if (!graphOptions)
        return std::nullopt;
    o.graph = *graphOptions;
    if (!o.printRoutes && o.generateCertDir.isEmpty() &&
        (o.certFile.isEmpty() || o.keyFile.isEmpty())) {
        *error =
            QStringLiteral("HTTPS is required: give --cert and --key, or --generate-cert DIR.");
        return std::nullopt;
    }
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dispatchable-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DISPATCHABLE_VERSION));

    QString error;
    const std::optional<ServerOptions> options = parseOptions(app, &error);
    if (!options) {
        std::fprintf(stderr, "dispatchable-server: %s\n", qPrintable(error));
        return 2;
    }
    // Before the demo data is generated, so a parent that dies meanwhile is noticed too.
    if (options->exitWithParent)
        exitWithParent();
    ServerApp server(*options);
    if (options->printRoutes) {
        server.printRoutes();
        return 0;
    }
    if (!server.start(&error)) {
        std::fprintf(stderr, "dispatchable-server: %s\n", qPrintable(error));
        return 1;
    }
    return QCoreApplication::exec();
}
