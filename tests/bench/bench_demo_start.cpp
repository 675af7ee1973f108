// Benchmark: how long `dispatchable-server --demo` takes from launch to "ready" with the default
// 100,000 numbers (the demo backend behind `dispatchable --demo`), and how much of that is the
// demo data (the server's own "demo data ready in N ms" line). Prints figures; asserts nothing.
// Usage: bench_demo_start [--dids N] [--runs N]
#include "BenchFigure.h"

#include "demo/LocalServerProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dids(QStringLiteral("dids"), QStringLiteral("Demo numbers."),
                                  QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Starts to time."),
                                  QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({dids, runs});
    parser.process(app);

    QList<qint64> ready;
    QList<qint64> data;
    for (int run = 0; run < parser.value(runs).toInt(); ++run) {
        // A fresh data directory each time: the demo data is generated on every start.
        LocalServerProcess server;
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!server.start({QStringLiteral("--demo"), QStringLiteral("--dids"), parser.value(dids)},
                          600000, &error)) {
            std::fprintf(stderr, "the server did not start: %s\n", qPrintable(error));
            return 1;
        }
        ready.append(timer.elapsed());
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("demo data ready in (\\d+) ms"))
                .match(server.diagnostics());
        data.append(match.hasMatch() ? match.captured(1).toLongLong() : -1);
        std::printf("run %d: ready after %lld ms (demo data %lld ms)\n", run + 1,
                    static_cast<long long>(ready.last()), static_cast<long long>(data.last()));
        server.stop();
    }
    std::sort(ready.begin(), ready.end());
    std::sort(data.begin(), data.end());
    std::printf("demo backend with %s numbers: ready in %lld ms (median of %lld), demo data "
                "%lld ms\n",
                qPrintable(parser.value(dids)), static_cast<long long>(ready.at(ready.size() / 2)),
                static_cast<long long>(ready.size()),
                static_cast<long long>(data.at(data.size() / 2)));
    benchFigure(QStringLiteral("demo backend ready with %L1 numbers (median of %2 starts)")
                    .arg(parser.value(dids).toInt())
                    .arg(ready.size()),
                QStringLiteral("<= 1 s"), benchMs(ready.at(ready.size() / 2)));
    return 0;
}
