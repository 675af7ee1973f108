// The words of the PDF report as rich text for QTextDocument: the summary pages (figures,
// warnings, acknowledgement, limitations version, what "non-compliant" means) and the cells of
// the non-compliant list. Every value from the data is HTML-escaped here.
#pragma once

#include "report/ComplianceReport.h"

#include <QString>
#include <QStringList>

namespace compliancehtml {

// Date and time as the report prints them: "2026-11-25 10:42 UTC" in the local time zone
// (ISO order, so no reader confuses day and month); "never" when invalid.
QString dateTimeText(const QDateTime &when);

// The summary section, from the title down to the definitions.
QString summary(const ComplianceReport &report);

// The list's title above its table on the first list page (with the count) and later ones.
QString listTitle(const ComplianceReport &report, bool continued);
QStringList listHeader();
// One number's cells, in listHeader() order, as plain text (without the provider's reason).
QStringList listCells(const NonCompliantNumber &number);
// The state with its mark (never colour alone): "✖ Failed", "◐ Pending since 2026-…".
QString stateText(E911State state, const QDateTime &since);

} // namespace compliancehtml
