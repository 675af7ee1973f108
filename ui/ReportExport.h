// File > Export Compliance Report: gathers the current tenant's report from the cache, asks where
// to save it, and writes the PDF or CSV on a worker thread behind a progress dialog with Cancel,
// so a 1,400-page report neither freezes the window nor leaves half a file when cancelled.
#pragma once

class AppSession;
class MainWindow;

void exportComplianceReport(MainWindow &window, AppSession &session);
