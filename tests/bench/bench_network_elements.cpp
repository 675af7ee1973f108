// Benchmark: what opening a tenant's network map costs. Fills a cache with N network elements of
// one tenant (default 10,000: subnets, access points, switches, ports and a few trusted IPs, no
// server needed) and times Cache::networkElements(tenant), the read the network map window does
// when it opens or a sync changed the map. Prints median and worst of several runs; asserts
// nothing (see docs/performance.md).
// Usage: bench_network_elements [--elements N] [--runs R]
#include "BenchFigure.h"

#include "store/Cache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {
// CPU time of this thread: on a machine shared with other jobs the wall time mostly measures
// the wait for a core, so both are printed.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

const QString tenantId = QStringLiteral("3f0c5a4e-0000-4000-8000-000000000001");

QString hexPair(int value)
{
    return QStringLiteral("%1").arg(value & 0xff, 2, 16, QLatin1Char('0')).toUpper();
}

NetworkElement makeElement(int i)
{
    NetworkElement e;
    e.id = QStringLiteral("ne-%1").arg(i, 6, 10, QLatin1Char('0'));
    e.tenantId = tenantId;
    e.placeId = QStringLiteral("pl-%1").arg(i % 400);
    e.description = QStringLiteral("Building %1, floor %2").arg(i % 7).arg(i % 12);
    e.etag = QStringLiteral("\"v1\"");
    e.updatedAt = QDateTime::currentDateTimeUtc();
    const QString mac =
        QStringLiteral("00-1A-2B-%1-%2-%3").arg(hexPair(i >> 16), hexPair(i >> 8), hexPair(i));
    switch (i % 10) {
    case 0:
    case 1:
    case 2:
    case 3:
        e.kind = NetworkElementKind::Subnet;
        e.subnet = QStringLiteral("10.%1.%2.0/24").arg(i / 256 % 256).arg(i % 256);
        break;
    case 4:
    case 5:
    case 6:
        e.kind = NetworkElementKind::AccessPoint;
        e.bssid = mac;
        break;
    case 7:
        e.kind = NetworkElementKind::Switch;
        e.chassisId = mac;
        break;
    case 8:
        e.kind = NetworkElementKind::Port;
        e.chassisId = mac;
        e.portId = QStringLiteral("Gi1/0/%1").arg(i % 48 + 1);
        break;
    default:
        if (i % 1000 == 9) {
            e.kind = NetworkElementKind::TrustedIp;
            e.placeId.clear();
            e.subnet = QStringLiteral("203.0.113.%1/32").arg(i / 1000 % 256);
        } else {
            e.kind = NetworkElementKind::Subnet;
            e.subnet = QStringLiteral("fd00:%1::/64").arg(i, 0, 16);
        }
        break;
    }
    return e;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption elementsOption(QStringLiteral("elements"),
                                            QStringLiteral("Elements in the cache."),
                                            QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Reads to time."),
                                        QStringLiteral("R"), QStringLiteral("15"));
    parser.addOption(elementsOption);
    parser.addOption(runsOption);
    parser.process(app);
    const int count = std::max(1, parser.value(elementsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    Cache cache(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!cache.open()) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(cache.lastError()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    cache.begin();
    for (int i = 0; i < count; ++i)
        cache.upsertNetworkElement(makeElement(i), 1);
    cache.commit();
    std::printf("wrote %d elements in %lld ms\n", count, timer.elapsed());

    std::vector<double> times;
    std::vector<double> cpuTimes;
    qsizetype read = 0;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        const double cpuBefore = threadCpuMs();
        const QList<NetworkElement> elements = cache.networkElements(tenantId);
        cpuTimes.push_back(threadCpuMs() - cpuBefore);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        read = elements.size();
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    std::printf(
        "Cache::networkElements: %lld elements, median %.1f ms, best %.1f ms, worst %.1f ms "
        "(%d runs)\n",
        static_cast<long long>(read), times[times.size() / 2], times.front(), times.back(), runs);
    std::printf("  thread CPU time: median %.1f ms, best %.1f ms\n", cpuTimes[cpuTimes.size() / 2],
                cpuTimes.front());
    benchFigure(QStringLiteral("read a network map of %L1 elements (median)").arg(read),
                QStringLiteral("-"),
                QStringLiteral("%1 ms").arg(times[times.size() / 2], 0, 'f', 1));
    return read == count ? 0 : 1;
}
