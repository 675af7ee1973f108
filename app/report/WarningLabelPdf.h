// Warning labels as a PDF for a sheet of die-cut labels: pages at the sheet's exact size with no
// printer margins (the sheet's geometry already places every label), the same label in every
// position. Print it at "actual size", not "fit to page".
#pragma once

#include "report/WarningLabelLayout.h"
#include "report/WarningLabelSheet.h"
#include "report/WarningLabelText.h"

#include <QString>

struct WarningLabelJob
{
    WarningLabelSheet sheet;
    WarningLabelText text;
    int count = 0; // labels to print; 0 fills one sheet
    int skip = 0;  // positions already used on the first sheet, filled from the top left
};

namespace warninglabelpdf {

// The device resolution of the PDF: 720 dpi, ten units per point.
inline constexpr int resolution = 720;

// The layout the PDF would use for `job`, measured with the PDF's own font metrics.
WarningLabelLayout layoutFor(const WarningLabelJob &job);

// Writes the PDF atomically. False with *error in words (also when the text cannot fit).
bool write(const WarningLabelJob &job, const QString &path, QString *error);

} // namespace warninglabelpdf
