// Progress of `dispatchable report` on the command line, and Ctrl+C to stop it. On a terminal the
// line "Writing page 120 of 1,392…" is rewritten in place; elsewhere (a scheduled run whose
// stderr is mailed) nothing is printed, so stderr keeps only warnings and errors, unless
// --progress asks for a line at every tenth of the way. SIGINT or SIGTERM from the moment the
// printer exists (the sync, then the writing) cancels the command: the sync or the writer stops,
// no file is left and the command exits with ReportExitCode::Cancelled.
#pragma once

#include "report/ReportProgress.h"

#include <QString>

class ReportProgressPrinter
{
public:
    // `unit` names what is counted ("page", "row"); `lines` prints progress lines even when
    // stderr is not a terminal. The signal handlers are installed until destroyed.
    ReportProgressPrinter(QString unit, bool lines);
    ~ReportProgressPrinter();
    ReportProgressPrinter(const ReportProgressPrinter &) = delete;
    ReportProgressPrinter &operator=(const ReportProgressPrinter &) = delete;

    // Says what the command is doing ("Syncing…") where progress is shown, on a line of its own.
    void announce(const QString &line);
    // Whether SIGINT or SIGTERM arrived since the printer was made.
    bool stopRequested() const;
    // The callback for the writer: prints and answers false once a stop was asked for.
    ReportProgress progress();
    // Ends the progress line on a terminal, so the next message starts on its own line.
    void finish();

private:
    bool print(qsizetype done, qsizetype total);

    QString m_unit;
    bool m_terminal = false;
    bool m_lines = false;
    int m_lastTenth = -1;
    qint64 m_lastPrintMs = 0;
    bool m_printed = false;
    void (*m_previousInt)(int) = nullptr;
    void (*m_previousTerm)(int) = nullptr;
};
