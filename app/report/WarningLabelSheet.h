// The label sheets warning labels are printed on: the page and the grid of die-cut labels, with
// the geometry the makers publish (docs/warning-labels.md cites the sources). Everything is in
// millimetres from the page's top-left corner, as the sheet is measured.
#pragma once

#include <QList>
#include <QPageSize>
#include <QRectF>
#include <QString>

#include <optional>

struct WarningLabelSheet
{
    QString id;   // for machines: "avery-5160", "avery-l7160"
    QString name; // for people, translated
    QPageSize::PageSizeId page = QPageSize::Letter;
    int columns = 0;
    int rows = 0;
    QSizeF labelMm;        // one label
    qreal topMarginMm = 0; // page top to the first row's top
    qreal sideMarginMm = 0;
    qreal horizontalPitchMm = 0; // left edge to the next label's left edge
    qreal verticalPitchMm = 0;

    int labelsPerSheet() const { return columns * rows; }
    // Label `index` (0-based, row by row) on its page, in millimetres.
    QRectF labelRectMm(int index) const;
    // The page size in millimetres (portrait).
    QSizeF pageMm() const;
};

namespace warninglabelsheets {
// Avery 5160 (US Letter, 3 × 10, 2⅝″ × 1″) and Avery L7160 (A4, 3 × 7, 63.5 × 38.1 mm).
WarningLabelSheet avery5160();
WarningLabelSheet averyL7160();
QList<WarningLabelSheet> all();
std::optional<WarningLabelSheet> byId(const QString &id);
} // namespace warninglabelsheets
