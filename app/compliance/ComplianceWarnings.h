// The warnings a compliance summary must carry next to its figures: what the limitations of
// emergency calling from Teams (app/domain/Limitations) mean for common-area phones, and what a
// number outside the US or a toll-free number gets. In our own words, translatable.
#pragma once

#include "compliance/ComplianceSummary.h"

#include <QList>
#include <QString>

struct ComplianceWarning
{
    QString id;    // "common-area", "outside-us", "toll-free", "basic-only"
    QString title; // one line, with the count
    QString text;  // what it means and what to do
};

namespace compliancewarnings {
// The warnings that apply to `summary`, in the order a report shows them; a warning whose count
// is zero is left out.
QList<ComplianceWarning> applicable(const ComplianceSummary &summary);
} // namespace compliancewarnings
