// Writes a report (PDF or CSV) on a worker thread behind a window-modal progress dialog: the page
// or row count, the time left and Cancel. Cancel stops the writer at its next step, and the writer
// then leaves no file (it writes through QSaveFile); the window stays responsive meanwhile.
#pragma once

#include "report/ReportProgress.h"

#include <QString>

#include <functional>

class QWidget;

struct ReportWriteOutcome
{
    bool written = false;
    bool cancelled = false;
    QString error;
};

// Writes the report with `progress`; false with *error in words. Runs on the worker thread.
using ReportWriter = std::function<bool(const ReportProgress &progress, QString *error)>;

enum class ReportUnit { Pages, Rows };

// Runs `writer` and returns when it has finished or stopped after Cancel. The dialog (objectName
// "reportProgressDialog") shows only when the work takes more than a moment.
ReportWriteOutcome writeReportWithProgress(QWidget *parent, const ReportWriter &writer,
                                           ReportUnit unit);
