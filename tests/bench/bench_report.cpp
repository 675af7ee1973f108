// Benchmark: the compliance report of one large tenant. Starts the demo backend with one tenant
// of N numbers (default 100,000), syncs it into a real cache, then times reading the report's
// figures and list from the cache, writing the CSV and writing the PDF (pages counted with
// pdfinfo when it is installed). Prints figures (docs/performance.md); asserts nothing.
// Usage: bench_report [--dids N]
#include "SyncedCache.h"
#include "TestBackend.h"
#include "report/ComplianceCsv.h"
#include "report/CompliancePdf.h"
#include "report/ComplianceReport.h"

#include "BenchFigure.h"
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

namespace {
void figure(const char *what, const char *goal, const QString &result)
{
    benchFigure(QString::fromUtf8(what), QString::fromUtf8(goal), result);
}

int pdfPages(const QString &pdf)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    if (!info.waitForFinished(60000))
        return -1;
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(QString::fromUtf8(info.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("dids"), QStringLiteral("Numbers in the tenant."),
                      QStringLiteral("n"), QStringLiteral("100000")});
    parser.process(app);
    const int dids = parser.value(QStringLiteral("dids")).toInt();

    TestBackend backend;
    QElapsedTimer timer;
    timer.start();
    if (!backend.start({QStringLiteral("--demo"), QStringLiteral("--tenants"), QStringLiteral("1"),
                        QStringLiteral("--dids"), QString::number(dids),
                        QStringLiteral("--provision-delay-ms"), QStringLiteral("3600000")})) {
        std::fprintf(stderr, "the demo backend did not start\n");
        return 1;
    }
    std::printf("  demo backend with 1 tenant of %d numbers: %lld ms\n", dids,
                static_cast<long long>(timer.restart()));
    QTemporaryDir dir;
    QString why;
    const auto cache = syncedCache(backend, backend.token(QStringLiteral("staff")),
                                   dir.filePath(QStringLiteral("cache.sqlite")), &why, 600000);
    if (!cache) {
        std::fprintf(stderr, "sync: %s\n", qPrintable(why));
        return 1;
    }
    std::printf("  synced in %lld ms\n", static_cast<long long>(timer.restart()));

    const QString tenantId = cache->tenants().constFirst().id;
    QString error;
    const auto report =
        compliancereport::gather(cache.get(), tenantId, QDateTime::currentDateTimeUtc(), &error);
    if (!report) {
        std::fprintf(stderr, "gather: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 gatherMs = timer.restart();
    std::printf("  %lld non-compliant numbers listed\n",
                static_cast<long long>(report->numbers.size()));
    figure("report: figures and list from the cache", "-", QStringLiteral("%1 ms").arg(gatherMs));

    const QString csv = dir.filePath(QStringLiteral("report.csv"));
    timer.restart();
    if (!compliancecsv::write(*report, csv, &error))
        std::fprintf(stderr, "csv: %s\n", qPrintable(error));
    figure("report: CSV of the tenant", "<= 1000 ms", QStringLiteral("%1 ms").arg(timer.elapsed()));

    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    timer.restart();
    if (!compliancepdf::write(*report, pdf, &error))
        std::fprintf(stderr, "pdf: %s\n", qPrintable(error));
    const qint64 pdfMs = timer.elapsed();
    figure("report: PDF of the tenant", "<= 15000 ms",
           QStringLiteral("%1 ms, %2 pages").arg(pdfMs).arg(pdfPages(pdf)));
    return 0;
}
