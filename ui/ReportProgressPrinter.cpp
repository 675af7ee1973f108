#include "ReportProgressPrinter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace {
volatile std::sig_atomic_t stopSignalled = 0;

extern "C" void requestStop(int)
{
    stopSignalled = 1;
}

// A terminal line is redrawn at most this often: printing is not free on a slow console.
constexpr qint64 redrawIntervalMs = 100;
} // namespace

ReportProgressPrinter::ReportProgressPrinter(QString unit, bool lines)
    : m_unit(std::move(unit))
    , m_terminal(isatty(fileno(stderr)) != 0)
    , m_lines(lines)
{
    stopSignalled = 0;
    m_previousInt = std::signal(SIGINT, requestStop);
    m_previousTerm = std::signal(SIGTERM, requestStop);
}

ReportProgressPrinter::~ReportProgressPrinter()
{
    std::signal(SIGINT, m_previousInt == SIG_ERR ? SIG_DFL : m_previousInt);
    std::signal(SIGTERM, m_previousTerm == SIG_ERR ? SIG_DFL : m_previousTerm);
}

void ReportProgressPrinter::announce(const QString &line)
{
    if (!m_terminal && !m_lines)
        return;
    finish();
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

bool ReportProgressPrinter::stopRequested() const
{
    return stopSignalled != 0;
}

ReportProgress ReportProgressPrinter::progress()
{
    return ReportProgress([this](qsizetype done, qsizetype total) { return print(done, total); });
}

bool ReportProgressPrinter::print(qsizetype done, qsizetype total)
{
    if (stopSignalled)
        return false;
    if (total <= 0)
        return true; // still measuring: nothing to count yet
    if (!m_terminal && !m_lines)
        return true;
    const QLocale locale;
    const QString line =
        QCoreApplication::translate("ReportCommand", "Writing %1 %2 of %3…")
            .arg(m_unit, locale.toString(qint64(done)), locale.toString(qint64(total)));
    if (!m_terminal) {
        if (const int tenth = int(done * 10 / total); tenth > m_lastTenth) {
            m_lastTenth = tenth;
            std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
            std::fflush(stderr);
        }
        return true;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (done < total && now - m_lastPrintMs < redrawIntervalMs)
        return true;
    m_lastPrintMs = now;
    std::fprintf(stderr, "\r%s", line.toLocal8Bit().constData());
    std::fflush(stderr);
    m_printed = true;
    return true;
}

void ReportProgressPrinter::finish()
{
    if (m_terminal && m_printed)
        std::fputs("\n", stderr);
    m_printed = false;
}
