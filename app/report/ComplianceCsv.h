// The CSV form of a compliance report: two files, because one table cannot hold both shapes.
// FILE lists the non-compliant numbers, one row each; FILE.summary.csv (the same name with
// ".summary" before the extension) holds the summary figures as one header row and one data row,
// so the summaries of many runs or tenants can be stacked into one sheet. Both follow
// csvformat (RFC 4180, UTF-8 with BOM, formula-injection guard). Columns: docs/reports.md.
#pragma once

#include "report/ComplianceReport.h"
#include "report/ReportProgress.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace compliancecsv {

QStringList numbersHeader();
QStringList numberValues(const ComplianceReport &report, const NonCompliantNumber &number);
QStringList summaryHeader();
QStringList summaryValues(const ComplianceReport &report);

// The whole files' bytes (BOM, header, rows). Empty when `progress` was cancelled.
QByteArray numbersFile(const ComplianceReport &report, const ReportProgress &progress = {});
QByteArray summaryFile(const ComplianceReport &report);

// "audit.csv" → "audit.summary.csv"; "audit" → "audit.summary.csv".
QString summaryPathFor(const QString &path);

// Writes both files atomically (each appears whole or not at all). False with *error in words,
// also when `progress` was cancelled (then nothing is written).
bool write(const ComplianceReport &report, const QString &path, QString *error,
           const ReportProgress &progress = {});

} // namespace compliancecsv
