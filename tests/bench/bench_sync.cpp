// Benchmark: the sync engine against the demo backend over HTTPS on loopback, with a real cache
// file. Prints figures (see docs/performance.md); asserts nothing.
//   1. a full sync of N numbers (default 100,000) into an empty cache, next to curl downloading
//      the same pages, with the longest stall of the UI thread while it ran;
//   2. a delta sync of 100 changes;
//   3. opening a cached tenant of 100,000 numbers into DidModel (a server with one tenant), plus
//      a filter keystroke and a sort;
//   4. in a fresh process (--memory N): peak memory with N numbers (default 1,000,000) cached and
//      the largest tenant open.
// Usage: bench_sync [--dids N] [--memory-dids N] [--skip-memory]
#include "ApiTestHelpers.h"
#include "BenchFigure.h"
#include "BenchModelOpen.h"
#include "api/HttpClient.h"
#include "models/DidModel.h"
#include "store/Cache.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>
#include <memory>

#include <unistd.h>

namespace {

long statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// CPU time (user + system) a process has used so far, from /proc/PID/stat; -1 if unreadable.
qint64 cpuMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // Fields 14 and 15 (utime, stime) in clock ticks, counted after the ")" that ends the name.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong();
    return ticks * 1000 / sysconf(_SC_CLK_TCK);
}

bool startServer(TestBackend &backend, const QStringList &args)
{
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!backend.process().start(args, 600000, &error)) {
        std::fprintf(stderr, "server: %s\n", qPrintable(error));
        return false;
    }
    std::printf("  server start with demo data (%s): %lld ms\n", qPrintable(args.join(u' ')),
                static_cast<long long>(timer.elapsed()));
    return true;
}

std::unique_ptr<HttpClient> clientFor(TestBackend &backend)
{
    auto http = std::make_unique<HttpClient>();
    http->setBaseUrl(backend.process().baseUrl());
    http->setPinnedFingerprint(backend.process().certificateFingerprint());
    http->setBearerToken(backend.token(QStringLiteral("staff")));
    return http;
}

struct SyncRun
{
    bool ok = false;
    qint64 ms = 0;
    qint64 maxStallMs = 0; // longest gap between ticks of a 1 ms timer on this (the UI) thread
    SyncProgress progress;
};

SyncRun runSync(SyncEngine &engine, bool full)
{
    SyncRun run;
    QEventLoop loop;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout,
                     [&] { run.maxStallMs = std::max(run.maxStallMs, sinceTick.restart()); });
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&] {
        run.ok = true;
        loop.quit();
    });
    QObject::connect(&engine, &SyncEngine::failed, &loop, [&](const ApiError &error) {
        std::fprintf(stderr, "sync failed: %s %s\n", qPrintable(error.message),
                     qPrintable(error.details));
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    sinceTick.start();
    ticker.start();
    full ? engine.fullSync() : engine.sync();
    loop.exec();
    run.ms = timer.elapsed();
    run.progress = engine.progress();
    QObject::disconnect(&engine, nullptr, &loop, nullptr);
    return run;
}

// Every page URL a full sync reads, walked with plain requests (not timed).
QStringList pageUrls(TestBackend &backend, const QString &token)
{
    const QUrl base = backend.process().baseUrl();
    QStringList urls;
    auto walk = [&](const QString &path) {
        QString cursor;
        QJsonArray items;
        do {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            const QString pathAndQuery =
                path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
            urls.append(base.resolved(QUrl(pathAndQuery)).toString());
            const QJsonObject page = backend.get(pathAndQuery, token).json();
            for (const QJsonValue &v : page.value(QStringLiteral("items")).toArray())
                items.append(v);
            cursor = page.value(QStringLiteral("nextCursor")).toString();
        } while (!cursor.isEmpty());
        return items;
    };
    urls.append(base.resolved(QUrl(QStringLiteral("/v1/changes"))).toString());
    for (const QJsonValue &tenant : walk(QStringLiteral("/v1/tenants"))) {
        const QString id = tenant.toObject().value(QStringLiteral("id")).toString();
        for (const char *list : {"dids", "addresses", "acknowledgements"})
            walk(QStringLiteral("/v1/tenants/%1/%2").arg(id, QLatin1StringView(list)));
    }
    urls.append(base.resolved(QUrl(QStringLiteral("/v1/price-list"))).toString());
    return urls;
}

qint64 curlMs(TestBackend &backend, const QStringList &urls, const QString &token)
{
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("urls.curl")));
    if (!config.open(QIODevice::WriteOnly))
        return -1;
    for (const QString &url : urls)
        config.write("url = \"" + url.toUtf8() + "\"\noutput = \"/dev/null\"\n");
    config.close();
    QProcess curl;
    QElapsedTimer timer;
    timer.start();
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("--silent"), QStringLiteral("--show-error"),
                QStringLiteral("--compressed"), QStringLiteral("--cacert"),
                backend.process().certificateDir() + QStringLiteral("/cert.pem"),
                QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + token,
                QStringLiteral("--config"), config.fileName()});
    if (!curl.waitForFinished(600000) || curl.exitCode() != 0)
        return -1;
    return timer.elapsed();
}

// 100 numbers switched on in one bulk request: 100 changes for the next delta.
// Up to 100 E911 switches in the tenant with the most basic US numbers (fewer at the small
// sizes CI runs, where no tenant has 100).
bool make100Changes(TestBackend &backend, const QString &token)
{
    QString bestTenant;
    QStringList bestNumbers;
    QJsonObject bestAddress;
    for (const QString &tenantId : api::tenantIds(backend, token)) {
        const auto address = api::validUsAddress(backend, tenantId, token);
        const QStringList numbers = api::basicUsNumbers(backend, tenantId, token);
        if (address && numbers.size() > bestNumbers.size()) {
            bestTenant = tenantId;
            bestNumbers = numbers;
            bestAddress = *address;
        }
        if (bestNumbers.size() >= 100)
            break;
    }
    if (bestNumbers.isEmpty())
        return false;
    QJsonArray list;
    for (const QString &number : bestNumbers.mid(0, 100))
        list.append(number);
    const TestReply reply = backend.sendJson(
        "POST", QStringLiteral("/v1/tenants/%1/e911-bulk").arg(bestTenant), token,
        QJsonObject{{QStringLiteral("enabled"), true},
                    {QStringLiteral("addressId"), bestAddress.value(QStringLiteral("id"))},
                    {QStringLiteral("numbers"), list}},
        {{"Idempotency-Key", api::newIdempotencyKey().toLatin1()}});
    return reply.status == 200;
}

QString largestTenant(Cache &cache, qint64 *count)
{
    QSqlQuery q(cache.database());
    q.exec(QStringLiteral("SELECT tenant_id, COUNT(*) AS n FROM dids GROUP BY tenant_id"
                          " ORDER BY n DESC LIMIT 1"));
    if (!q.next())
        return {};
    *count = q.value(1).toLongLong();
    return q.value(0).toString();
}

void openTenant(Cache &cache, const char *label)
{
    qint64 count = 0;
    const QString tenant = largestTenant(cache, &count);
    DidModel model(&cache);
    const ModelOpenTimes open = openTenantTimed(model, tenant);
    const qint64 openMs = qRound64(open.firstRowsMs);
    std::printf("  open a cached tenant of %lld numbers into DidModel%s: first rows %lld ms, all "
                "rows %.0f ms, longest stall %.1f ms\n",
                static_cast<long long>(count), label, static_cast<long long>(openMs),
                open.allRowsMs, open.longestStallMs);
    QElapsedTimer timer;
    timer.start();
    model.setFilterText(QStringLiteral("5"));
    const qint64 first = timer.elapsed();
    timer.restart();
    model.setFilterText(QStringLiteral("55"));
    const qint64 second = timer.elapsed();
    timer.restart();
    model.setFilterText(QStringLiteral("ana"));
    const qint64 text = timer.elapsed();
    model.setFilterText(QString());
    timer.restart();
    model.sort(DidModel::UserColumn);
    const qint64 sortMs = timer.elapsed();
    std::printf("  filter keystrokes over %d rows: '5' %lld ms, '55' %lld ms, 'ana' %lld ms;"
                " sort by user %lld ms\n",
                model.totalCount(), static_cast<long long>(first), static_cast<long long>(second),
                static_cast<long long>(text), static_cast<long long>(sortMs));
    const bool million = count > 500000;
    benchFigure(QStringLiteral("open a cached tenant of %L1 numbers%2")
                    .arg(count)
                    .arg(QLatin1StringView(label)),
                million ? QStringLiteral("<= 300 ms") : QStringLiteral("<= 50 ms"),
                QStringLiteral("%1 ms to the first rows (all in %2 ms, longest stall %3 ms)")
                    .arg(openMs)
                    .arg(open.allRowsMs, 0, 'f', 0)
                    .arg(open.longestStallMs, 0, 'f', 1));
    benchFigure(QStringLiteral("sort %L1 rows by user").arg(count), QStringLiteral("<= 50 ms"),
                benchMs(sortMs));
}

int memoryRun(int dids)
{
    TestBackend backend;
    // 40 tenants: the demo's long tail then gives the largest about 100,000 numbers.
    if (!startServer(backend,
                     {QStringLiteral("--demo"), QStringLiteral("--tenants"), QStringLiteral("40"),
                      QStringLiteral("--dids"), QString::number(dids)}))
        return 1;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("memory.sqlite"));
    auto http = clientFor(backend);
    SyncEngine engine(http.get(), path);
    const SyncRun run = runSync(engine, true);
    if (!run.ok)
        return 1;
    std::printf("  full sync of %lld items (%d numbers): %lld ms, %.1f MB JSON, longest UI stall "
                "%lld ms; peak RSS after sync %ld MB\n",
                static_cast<long long>(run.progress.items), dids, static_cast<long long>(run.ms),
                double(run.progress.bytes) / 1e6, static_cast<long long>(run.maxStallMs),
                statusKb("VmHWM:") / 1024);
    Cache cache(path);
    if (!cache.open())
        return 1;
    std::printf("  cache file: %.0f MB for %lld numbers\n", double(QFileInfo(path).size()) / 1e6,
                static_cast<long long>(cache.didCount()));
    benchFigure(QStringLiteral("full sync of %L1 numbers over 40 tenants").arg(dids),
                QStringLiteral("<= 15 s"), benchMs(run.ms));
    benchFigure(QStringLiteral("cache file with %L1 numbers").arg(dids),
                QStringLiteral("<= 200 MB"),
                QStringLiteral("%1 MB").arg(QFileInfo(path).size() / 1000000));
    const long before = statusKb("VmRSS:");
    const QByteArray label = QStringLiteral(" (%L1 cached)").arg(dids).toUtf8();
    openTenant(cache, label.constData());
    std::printf("  peak memory (VmHWM) with %d numbers cached and the largest tenant open: %ld MB"
                " (RSS before opening it: %ld MB)\n",
                dids, statusKb("VmHWM:") / 1024, before / 1024);
    benchFigure(
        QStringLiteral("peak memory, %L1 numbers cached, the largest tenant open").arg(dids),
        QStringLiteral("<= 300 MB"), QStringLiteral("%1 MB").arg(statusKb("VmHWM:") / 1024));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption didsOption(QStringLiteral("dids"), QStringLiteral("Demo numbers."),
                                        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption memoryOption(
        QStringLiteral("memory"), QStringLiteral("Only the peak-memory run, with n numbers."),
        QStringLiteral("n"));
    const QCommandLineOption memoryDidsOption(QStringLiteral("memory-dids"),
                                              QStringLiteral("Numbers for the memory run."),
                                              QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption skipMemory(QStringLiteral("skip-memory"),
                                        QStringLiteral("Skip the peak-memory run."));
    parser.addOptions({didsOption, memoryOption, memoryDidsOption, skipMemory});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(memoryOption))
        return memoryRun(parser.value(memoryOption).toInt());

    const int dids = parser.value(didsOption).toInt();
    std::printf("bench_sync: full sync, delta sync, DidModel open, peak memory\n");
    {
        TestBackend backend;
        // Provisioning held back so the delta below is exactly the 100 changes made.
        if (!startServer(backend,
                         {QStringLiteral("--demo"), QStringLiteral("--dids"), QString::number(dids),
                          QStringLiteral("--provision-delay-ms"), QStringLiteral("3600000")}))
            return 1;
        const QString token = backend.token(QStringLiteral("staff"));
        QTemporaryDir dir;
        auto http = clientFor(backend);
        SyncEngine engine(http.get(), dir.filePath(QStringLiteral("bench.sqlite")));
        const qint64 serverPid = backend.process().processId();
        const qint64 serverCpuBefore = cpuMs(serverPid);
        const qint64 clientCpuBefore = cpuMs(QCoreApplication::applicationPid());
        const SyncRun full = runSync(engine, true);
        if (!full.ok)
            return 1;
        // Where the sync's time went: the two processes share the machine's cores.
        std::printf(
            "  CPU during the full sync: server %lld ms, client (all threads) %lld ms\n",
            static_cast<long long>(cpuMs(serverPid) - serverCpuBefore),
            static_cast<long long>(cpuMs(QCoreApplication::applicationPid()) - clientCpuBefore));
        const QStringList urls = pageUrls(backend, token);
        const qint64 serverCpuBeforeCurl = cpuMs(serverPid);
        const qint64 curl = curlMs(backend, urls, token);
        std::printf("  server CPU while curl fetched the same pages: %lld ms\n",
                    static_cast<long long>(cpuMs(serverPid) - serverCpuBeforeCurl));
        std::printf("  full sync of %d numbers (%lld items, %lld pages, %.1f MB JSON): %lld ms "
                    "(goal <= 5000)\n",
                    dids, static_cast<long long>(full.progress.items),
                    static_cast<long long>(full.progress.pages), double(full.progress.bytes) / 1e6,
                    static_cast<long long>(full.ms));
        std::printf("  curl, the same %d URLs (gzip, keep-alive): %lld ms; sync / curl: %.2f "
                    "(goal <= 2)\n",
                    static_cast<int>(urls.size()), static_cast<long long>(curl),
                    curl > 0 ? double(full.ms) / double(curl) : 0.0);
        std::printf("  longest UI-thread stall during the full sync: %lld ms\n",
                    static_cast<long long>(full.maxStallMs));
        const double ratio = curl > 0 ? double(full.ms) / double(curl) : 0.0;
        benchFigure(QStringLiteral("full sync of %L1 numbers (curl %2 ms, ratio %3)")
                        .arg(dids)
                        .arg(curl)
                        .arg(ratio, 0, 'f', 2),
                    QStringLiteral("<= 1.5 s and <= 1.3x curl"), benchMs(full.ms));
        benchFigure(QStringLiteral("longest UI-thread stall during a full sync"),
                    QStringLiteral("<= 8 ms"), benchMs(full.maxStallMs));

        if (!make100Changes(backend, token)) {
            std::fprintf(stderr, "could not make 100 changes\n");
            return 1;
        }
        const SyncRun delta = runSync(engine, false);
        if (!delta.ok)
            return 1;
        std::printf("  delta sync of %lld changes: %lld ms (goal <= 200)\n",
                    static_cast<long long>(delta.progress.items), static_cast<long long>(delta.ms));
        benchFigure(QStringLiteral("delta sync of %1 changes").arg(delta.progress.items),
                    QStringLiteral("<= 200 ms"), benchMs(delta.ms));
    }
    {
        TestBackend backend;
        if (!startServer(backend,
                         {QStringLiteral("--demo"), QStringLiteral("--tenants"),
                          QStringLiteral("1"), QStringLiteral("--dids"), QString::number(dids)}))
            return 1;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("one-tenant.sqlite"));
        auto http = clientFor(backend);
        SyncEngine engine(http.get(), path);
        const SyncRun full = runSync(engine, true);
        if (!full.ok)
            return 1;
        std::printf("  full sync of one tenant with %d numbers: %lld ms\n", dids,
                    static_cast<long long>(full.ms));
        Cache cache(path);
        if (!cache.open())
            return 1;
        openTenant(cache, "");
    }
    if (!parser.isSet(skipMemory)) {
        std::fflush(stdout);
        // A fresh process, so its peak is the memory run's alone.
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--memory"), parser.value(memoryDidsOption)});
        if (!child.waitForFinished(1800000) || child.exitCode() != 0)
            return 1;
    }
    return 0;
}
