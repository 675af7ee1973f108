// One line per figure, tab-separated, for scripts/run-benchmarks.sh to gather into its table:
// FIGURE, what was measured (with its size), the goal, and this run's result.
#pragma once

#include <QString>

#include <cstdio>

inline void benchFigure(const QString &what, const QString &goal, const QString &result)
{
    std::printf("FIGURE\t%s\t%s\t%s\n", qPrintable(what), qPrintable(goal), qPrintable(result));
    std::fflush(stdout);
}

inline QString benchMs(qint64 ms)
{
    return QStringLiteral("%1 ms").arg(ms);
}
