// The PDF form of a compliance report: US Letter, a header with the tenant's name and id on every
// page, a footer with the generation time, the data's time and "Page n of m". The summary comes
// first (one QTextDocument, laid out once: its layout counts its pages and then paints them); the
// non-compliant list follows as a table PdfListTable measures row by row and paints page by page,
// so a list of tens of thousands of numbers is never held as one document.
#pragma once

#include "report/ComplianceReport.h"
#include "report/ReportProgress.h"

#include <QString>

namespace compliancepdf {

// Writes the PDF atomically (it appears whole or not at all). False with *error in words, also
// when `progress` was cancelled (then progress.cancelled() is true and no file is written).
bool write(const ComplianceReport &report, const QString &path, QString *error,
           const ReportProgress &progress = {});

} // namespace compliancepdf
