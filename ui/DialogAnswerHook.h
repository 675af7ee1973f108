// A seam for widget tests: pre-answers the file dialog a modal flow would open, so a test can
// drive "Export CSV…" without a native dialog. Production code never sets it.
#pragma once

#include <QString>

class QWidget;

namespace dialoghook {
// The next getSaveFileName() returns `path` instead of asking (once).
void setNextSaveFileName(const QString &path);
// QFileDialog::getSaveFileName unless a test pre-answered it.
QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                        const QString &filter);
} // namespace dialoghook
