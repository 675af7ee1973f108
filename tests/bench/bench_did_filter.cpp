// Benchmark: what opening, filtering and sorting one big tenant costs in DidModel. Fills a cache
// with N numbers of one tenant (default 100,000; no server needed), opens them in DidModel, then
// types numbers and names one character at a time and deletes them again, timing each
// DidModel::setFilterText call, then sorts by every column. Prints the open time, median, 95th
// percentile and worst keystroke against the 16 ms frame budget, each sort, and peak memory
// (VmHWM); asserts nothing (see docs/performance.md). `--dids 2000` runs it in a second or two.
// Usage: bench_did_filter [--dids N]
#include "BenchFigure.h"
#include "BenchModelOpen.h"
#include "models/DidModel.h"
#include "store/Cache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {
const QString tenantId = QStringLiteral("3f0c5a4e-0000-4000-8000-000000000001");

Did makeDid(int i)
{
    static const QStringList names{QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing"),
                                   QStringLiteral("Grace Hopper"),
                                   QStringLiteral("Edsger Dijkstra"),
                                   QStringLiteral("Barbara Liskov")};
    Did did;
    did.number = QStringLiteral("+1%1%2")
                     .arg(206 + (i / 1000000) % 700)
                     .arg(2000000 + i % 1000000, 7, 10, QLatin1Char('0'));
    did.nationalFormat = Did::formatNational(did.number);
    did.emergencyRegion = PhoneNumber::EmergencyRegion::UnitedStates;
    did.tenantId = tenantId;
    did.country = QStringLiteral("US");
    did.usage = i % 7 == 0 ? DidUsage::CommonArea : DidUsage::User;
    if (did.usage == DidUsage::User) {
        const QString name = names.at(i % names.size());
        did.assignedUser =
            AssignedUser{QString(name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) +
                                 QString::number(i) + QStringLiteral("@contoso.example")),
                         QString(name + QLatin1Char(' ') + QString::number(i))};
    }
    did.e911.state = i % 4 == 0 ? E911State::Registered : E911State::Basic;
    did.e911.since = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    did.etag = QStringLiteral("\"1\"");
    did.updatedAt = did.e911.since;
    return did;
}

// A line of /proc/self/status ("VmHWM", "VmRSS") in MB, or -1 where there is none.
double statusMegabytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

struct Figures
{
    double median = 0;
    double p95 = 0;
    double worst = 0;
};

Figures figuresOf(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)], ms.back()};
}

// Wall time, and the CPU time this process spent in it: on the shared build machine the wall
// time includes waiting for a core, the CPU time does not.
class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = std::clock();
    }
    double wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return double(std::clock() - m_cpu) * 1000.0 / CLOCKS_PER_SEC; }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu;
};

struct Samples
{
    std::vector<double> wall;
    std::vector<double> cpu;
    void add(const Stopwatch &watch)
    {
        wall.push_back(watch.wallMs());
        cpu.push_back(watch.cpuMs());
    }
    void add(const Samples &other)
    {
        wall.insert(wall.end(), other.wall.begin(), other.wall.end());
        cpu.insert(cpu.end(), other.cpu.begin(), other.cpu.end());
    }
};

// Types `text` character by character, then deletes it character by character.
Samples typeAndDelete(DidModel &model, const QString &text)
{
    Samples samples;
    Stopwatch watch;
    for (qsizetype n = 1; n <= text.size(); ++n) {
        watch.restart();
        model.setFilterText(text.left(n));
        samples.add(watch);
    }
    for (qsizetype n = text.size() - 1; n >= 0; --n) {
        watch.restart();
        model.setFilterText(text.left(n));
        samples.add(watch);
    }
    return samples;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption didsOption(QStringLiteral("dids"), QStringLiteral("Numbers."),
                                        QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOption(didsOption);
    parser.addHelpOption();
    parser.process(app);
    const int count = parser.value(didsOption).toInt();

    QTemporaryDir dir;
    Cache cache(QDir(dir.path()).filePath(QStringLiteral("cache.sqlite")));
    if (!cache.open() || !cache.begin()) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(cache.lastError()));
        return 1;
    }
    Tenant tenant;
    tenant.id = tenantId;
    tenant.name = QStringLiteral("Contoso Ltd");
    tenant.etag = QStringLiteral("\"1\"");
    tenant.updatedAt = QDateTime::currentDateTimeUtc();
    cache.upsertTenant(tenant, 1);
    for (int i = 0; i < count; ++i)
        cache.upsertDid(makeDid(i), 1);
    if (!cache.commit()) {
        std::fprintf(stderr, "cannot write the cache: %s\n", qPrintable(cache.lastError()));
        return 1;
    }

    const double beforeOpen = statusMegabytes("VmRSS");
    DidModel model(&cache);
    Stopwatch watch;
    const ModelOpenTimes open = openTenantTimed(model, tenantId);
    std::printf("bench_did_filter: %d numbers, first rows shown after %.1f ms, every row in "
                "after %.0f ms (CPU %.0f ms), longest stall %.1f ms\n",
                model.rowCount(), open.firstRowsMs, open.allRowsMs, watch.cpuMs(),
                open.longestStallMs);
    const double peakAfterOpen = statusMegabytes("VmHWM");
    const bool million = model.rowCount() > 500000;
    benchFigure(QStringLiteral("open a tenant of %L1 numbers in DidModel (first rows shown)")
                    .arg(model.rowCount()),
                million ? QStringLiteral("<= 300 ms") : QStringLiteral("<= 50 ms"),
                QStringLiteral("%1 ms (all rows in %2 ms, longest stall %3 ms)")
                    .arg(open.firstRowsMs, 0, 'f', 0)
                    .arg(open.allRowsMs, 0, 'f', 0)
                    .arg(open.longestStallMs, 0, 'f', 1));

    const struct
    {
        const char *label;
        QString text;
    } runs[] = {{"a number as typed", QStringLiteral("(206) 205-01")},
                {"digits", QStringLiteral("2060042")},
                {"+1 and area code", QStringLiteral("+1 206-2")},
                {"a name", QStringLiteral("grace hop")},
                {"a UPN", QStringLiteral("alan.turing12")},
                {"nothing matches", QStringLiteral("qqzx")}};
    Samples all;
    for (const auto &run : runs) {
        const Samples samples = typeAndDelete(model, run.text);
        all.add(samples);
        const Figures f = figuresOf(samples.wall);
        std::printf("  %-18s %2zu keystrokes: median %.2f ms, p95 %.2f ms, worst %.2f ms\n",
                    run.label, samples.wall.size(), f.median, f.p95, f.worst);
    }
    const double peakAfterTyping = statusMegabytes("VmHWM");
    const Figures f = figuresOf(all.wall);
    const Figures cpu = figuresOf(all.cpu);
    std::printf("  every keystroke (%zu): median %.2f ms, p95 %.2f ms, worst %.2f ms (goal: p95 "
                "< 16 ms): %s\n",
                all.wall.size(), f.median, f.p95, f.worst, f.p95 < 16.0 ? "within" : "OVER");
    std::printf("  the same in CPU time: median %.2f ms, p95 %.2f ms, worst %.2f ms\n", cpu.median,
                cpu.p95, cpu.worst);
    benchFigure(
        QStringLiteral("filter keystroke p95, one tenant of %L1 numbers").arg(model.rowCount()),
        million ? QStringLiteral("<= 16 ms") : QStringLiteral("<= 8 ms"),
        QStringLiteral("%1 ms (median %2 ms)").arg(f.p95, 0, 'f', 1).arg(f.median, 0, 'f', 2));

    // Each column ascending, then descending, then ascending again (a column sorted before).
    for (int column = 0; column < DidModel::ColumnCount; ++column) {
        double wall[3] = {};
        double cpuMs = 0;
        const Qt::SortOrder orders[3] = {Qt::AscendingOrder, Qt::DescendingOrder,
                                         Qt::AscendingOrder};
        for (int i = 0; i < 3; ++i) {
            watch.restart();
            model.sort(column, orders[i]);
            wall[i] = watch.wallMs();
            if (i == 0)
                cpuMs = watch.cpuMs();
        }
        std::printf(
            "  sort by %-18s %.1f ms (CPU %.1f ms), descending %.1f ms, again %.1f ms\n",
            qPrintable(model.headerData(column, Qt::Horizontal).toString() + QLatin1Char(':')),
            wall[0], cpuMs, wall[1], wall[2]);
        benchFigure(QStringLiteral("first sort of %L1 rows by %2")
                        .arg(model.rowCount())
                        .arg(model.headerData(column, Qt::Horizontal).toString()),
                    QStringLiteral("<= 50 ms at 100,000"),
                    QStringLiteral("%1 ms").arg(wall[0], 0, 'f', 1));
    }
    std::printf("  memory: %.0f MB before opening the tenant, %.0f MB now, peak %.0f MB (VmHWM; "
                "%.0f MB once opened, %.0f MB after typing)\n",
                beforeOpen, statusMegabytes("VmRSS"), statusMegabytes("VmHWM"), peakAfterOpen,
                peakAfterTyping);
    benchFigure(QStringLiteral("peak memory, one tenant of %L1 numbers open").arg(model.rowCount()),
                QStringLiteral("<= 300 MB at 1,000,000"),
                QStringLiteral("%1 MB").arg(statusMegabytes("VmHWM"), 0, 'f', 0));
    return 0;
}
