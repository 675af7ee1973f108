// Requests per second and p99 latency of the reference backend under N concurrent clients
// (issue 18): the SQLite server alone, the PostgreSQL server alone, then 1, 2 and 4 instances on
// one PostgreSQL database behind HAProxy (the PostgreSQL runs need $DISPATCHABLE_TEST_POSTGRES: run
// under scripts/with-postgres.sh). Each client loops over a mix of what the app sends: a page of
// numbers, an E911 switch of one number (a one-number bulk with its own Idempotency-Key,
// alternating on and off) and a delta sync. Figures: docs/performance.md.
#include "ApiTestHelpers.h"
#include "BenchFigure.h"
#include "HaproxyBalancer.h"
#include "PostgresTestDatabase.h"
#include "TestBackend.h"
#include "api/CertificateFingerprint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>
#include <QtTest>

#include <algorithm>
#include <memory>

namespace {

enum class Kind { Page, Switch, Delta };

struct Sample
{
    Kind kind;
    qint64 microseconds;
    int status; // 0: no HTTP answer
};

// What every client needs to build its requests.
struct Workload
{
    QUrl baseUrl;
    QString fingerprint;
    QString token;
    QString tenantId;
    QString addressId;
    QStringList numbers; // one per client, switched on and off
    QString deltaToken;
};

// One client: sends its next request as soon as the last one is answered, on a connection of
// its own (one shared QNetworkAccessManager would carry every client on at most six). Its first
// answer, which waits for the TLS handshake, warms up and is not counted: with 16 clients and
// under a thousand list pages, those 16 handshakes alone were the list pages' p99.
class Client : public QObject
{
public:
    Client(const Workload &work, int index, QList<Sample> &samples)
        : m_work(work)
        , m_index(index)
        , m_samples(samples)
    {}

    void start() { next(); }
    void stop() { m_stopped = true; }
    bool answered() const { return m_nam.findChildren<QNetworkReply *>().isEmpty(); }

private:
    void next()
    {
        if (m_stopped)
            return;
        const Kind kind = Kind(m_step++ % 3);
        QNetworkRequest request(m_work.baseUrl.resolved(QUrl(pathFor(kind))));
        request.setRawHeader("Authorization", "Bearer " + m_work.token.toUtf8());
        QByteArray body;
        QByteArray method = "GET";
        if (kind == Kind::Switch) {
            method = "POST";
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            request.setRawHeader("Idempotency-Key",
                                 QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8());
            m_enabled = !m_enabled;
            QJsonObject json{{QStringLiteral("enabled"), m_enabled},
                             {QStringLiteral("numbers"), QJsonArray{m_work.numbers.at(m_index)}}};
            if (m_enabled)
                json.insert(QStringLiteral("addressId"), m_work.addressId);
            else // turning E911 off needs a reason (docs/api.md)
                json.insert(QStringLiteral("reason"), QStringLiteral("Load benchmark"));
            body = QJsonDocument(json).toJson(QJsonDocument::Compact);
        }
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        const QString pinned = m_work.fingerprint;
        connect(reply, &QNetworkReply::sslErrors, reply,
                [reply, pinned](const QList<QSslError> &errors) {
                    if (!errors.isEmpty() &&
                        sha256Fingerprint(errors.first().certificate()) == pinned)
                        reply->ignoreSslErrors(errors);
                });
        const bool warmUp = m_step == 1;
        connect(reply, &QNetworkReply::finished, this, [this, reply, kind, timer, warmUp] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->readAll();
            reply->deleteLater();
            if (!warmUp)
                m_samples.append({kind, timer.nsecsElapsed() / 1000, status});
            next();
        });
    }

    QString pathFor(Kind kind) const
    {
        switch (kind) {
        case Kind::Page:
            return QStringLiteral("/v1/tenants/%1/dids?limit=200").arg(m_work.tenantId);
        case Kind::Switch:
            return QStringLiteral("/v1/tenants/%1/e911-bulk").arg(m_work.tenantId);
        case Kind::Delta:
            break;
        }
        return QStringLiteral("/v1/changes?since=%1&limit=200").arg(m_work.deltaToken);
    }

    QNetworkAccessManager m_nam;
    const Workload &m_work;
    int m_index;
    QList<Sample> &m_samples;
    int m_step = 0;
    bool m_enabled = false;
    bool m_stopped = false;
};

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Page:
        return QStringLiteral("list pages");
    case Kind::Switch:
        return QStringLiteral("E911 switches");
    case Kind::Delta:
        break;
    }
    return QStringLiteral("delta syncs");
}

qint64 p99(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, values.size() * 99 / 100));
}

// Runs the clients for `seconds` against `work` and prints the figures under `label`.
void measure(const QString &label, const Workload &work, int clients, int seconds)
{
    QList<Sample> samples;
    std::vector<std::unique_ptr<Client>> running;
    for (int i = 0; i < clients; ++i)
        running.push_back(std::make_unique<Client>(work, i, samples));
    for (auto &client : running)
        client->start();
    QTest::qWait(seconds * 1000);
    for (auto &client : running)
        client->stop();
    const auto allAnswered = [&running] {
        return std::all_of(running.cbegin(), running.cend(),
                           [](const auto &client) { return client->answered(); });
    };
    if (!QTest::qWaitFor(allAnswered, 30000))
        std::fprintf(stderr, "requests still open after 30 s\n");

    // Failed answers by kind and status, e.g. "E911 switches 409 x3".
    QMap<QString, int> failures;
    for (const Sample &s : samples)
        if (s.status < 200 || s.status >= 300)
            ++failures[kindName(s.kind) + u' ' + QString::number(s.status)];
    QStringList failed;
    for (auto it = failures.cbegin(); it != failures.cend(); ++it)
        failed.append(it.key() + QStringLiteral(" x") + QString::number(it.value()));
    benchFigure(QStringLiteral("%1, %2 clients: requests per second (failed: %3)")
                    .arg(label)
                    .arg(clients)
                    .arg(failed.isEmpty() ? QStringLiteral("none") : failed.join(u", ")),
                QStringLiteral("-"), QString::number(double(samples.size()) / seconds, 'f', 0));
    for (const Kind kind : {Kind::Page, Kind::Switch, Kind::Delta}) {
        QList<qint64> ofKind;
        for (const Sample &s : samples)
            if (s.kind == kind)
                ofKind.append(s.microseconds);
        benchFigure(
            QStringLiteral("%1, %2 clients: p99 of %3").arg(label).arg(clients).arg(kindName(kind)),
            QStringLiteral("-"), QString::number(p99(ofKind) / 1000.0, 'f', 1) + u" ms");
    }
}

// The demo tenant's numbers and address for the clients, and a delta token from now.
std::optional<Workload> workloadOf(TestBackend &backend, int clients)
{
    Workload work;
    work.token = backend.token(QStringLiteral("staff"));
    const auto candidate = api::findE911Candidate(backend, work.token);
    if (!candidate)
        return std::nullopt;
    work.tenantId = candidate->tenantId;
    work.addressId = candidate->addressId;
    work.numbers = api::basicUsNumbers(backend, work.tenantId, work.token).mid(0, clients);
    if (work.numbers.size() < clients)
        return std::nullopt;
    work.deltaToken = backend.get(QStringLiteral("/v1/changes"), work.token)
                          .json()
                          .value(u"nextToken")
                          .toString();
    return work;
}

QStringList serverArguments(int dids)
{
    return {QStringLiteral("--demo"), QStringLiteral("--tenants"),
            QStringLiteral("2"),      QStringLiteral("--dids"),
            QString::number(dids),    QStringLiteral("--provision-delay-ms"),
            QStringLiteral("500")};
}

// `instances` servers on one PostgreSQL database behind HAProxy.
bool measurePostgres(int instances, int clients, int seconds, int dids)
{
    std::vector<std::unique_ptr<TestBackend>> servers;
    QList<HaproxyBalancer::Instance> behind;
    for (int i = 0; i < instances; ++i) {
        auto server = std::make_unique<TestBackend>();
        const bool started = i == 0 ? server->start(serverArguments(dids))
                                    : server->startBeside(*servers.front(), serverArguments(dids));
        if (!started)
            return false;
        behind.append({QStringLiteral("s%1").arg(i), server->process().baseUrl()});
        servers.push_back(std::move(server));
    }
    HaproxyBalancer balancer;
    QString error;
    if (!balancer.start(behind, servers.front()->process().certificateDir(), &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    auto work = workloadOf(*servers.front(), clients);
    if (!work)
        return false;
    work->baseUrl = balancer.baseUrl();
    work->fingerprint = servers.front()->process().certificateFingerprint();
    measure(QStringLiteral("PostgreSQL, %1 instance(s) behind HAProxy").arg(instances), *work,
            clients, seconds);
    return true;
}

// One server, the clients straight at it: on SQLite, and on PostgreSQL for what HAProxy and the
// second TLS hop cost.
bool measureOneServer(const QString &label, int clients, int seconds, int dids)
{
    TestBackend server;
    if (!server.start(serverArguments(dids)))
        return false;
    auto work = workloadOf(server, clients);
    if (!work)
        return false;
    work->baseUrl = server.process().baseUrl();
    work->fingerprint = server.process().certificateFingerprint();
    measure(label, *work, clients, seconds);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Concurrent clients (default 16)."),
                                           QStringLiteral("n"), QStringLiteral("16"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Seconds per run (default 10)."),
                                           QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption didsOption(QStringLiteral("dids"),
                                        QStringLiteral("Demo numbers (default 20000)."),
                                        QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption instancesOption(
        QStringLiteral("instances"), QStringLiteral("PostgreSQL instance counts (default 1,2,4)."),
        QStringLiteral("list"), QStringLiteral("1,2,4"));
    parser.addOptions({clientsOption, secondsOption, didsOption, instancesOption});
    parser.process(app);
    const int clients = parser.value(clientsOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int dids = parser.value(didsOption).toInt();

    qunsetenv("DISPATCHABLE_TEST_DATABASE"); // the first run is on SQLite
    if (!measureOneServer(QStringLiteral("SQLite, one server"), clients, seconds, dids))
        return 1;
    if (qEnvironmentVariableIsEmpty("DISPATCHABLE_TEST_POSTGRES")) {
        std::fprintf(stderr, "no PostgreSQL cluster: run under scripts/with-postgres.sh for the "
                             "PostgreSQL figures\n");
        return 0;
    }
    // TestBackend puts its servers on PostgreSQL in a PostgreSQL run of the tests.
    qputenv("DISPATCHABLE_TEST_DATABASE", "postgresql");
    if (!measureOneServer(QStringLiteral("PostgreSQL, one server"), clients, seconds, dids))
        return 1;
    for (const QString &count : parser.value(instancesOption).split(u',')) {
        if (!measurePostgres(count.toInt(), clients, seconds, dids))
            return 1;
    }
    return 0;
}
