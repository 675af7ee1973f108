#include "report/WarningLabelSheet.h"

#include <QCoreApplication>

namespace {
constexpr qreal mmPerInch = 25.4;
}

QRectF WarningLabelSheet::labelRectMm(int index) const
{
    const int slot = index % labelsPerSheet();
    const int row = slot / columns;
    const int column = slot % columns;
    return QRectF(sideMarginMm + column * horizontalPitchMm, topMarginMm + row * verticalPitchMm,
                  labelMm.width(), labelMm.height());
}

QSizeF WarningLabelSheet::pageMm() const
{
    return QPageSize(page).size(QPageSize::Millimeter);
}

namespace warninglabelsheets {

WarningLabelSheet avery5160()
{
    // Avery's published template: labels 2⅝″ × 1″, top margin ½″, side margin 3/16″, horizontal
    // pitch 2¾″, vertical pitch 1″ (LibreOffice's labels.xml has the same figures).
    WarningLabelSheet sheet;
    sheet.id = QStringLiteral("avery-5160");
    sheet.name = QCoreApplication::translate("WarningLabels", "Avery 5160 (US Letter, 30 labels)");
    sheet.page = QPageSize::Letter;
    sheet.columns = 3;
    sheet.rows = 10;
    sheet.labelMm = QSizeF(2.625 * mmPerInch, 1.0 * mmPerInch);
    sheet.topMarginMm = 0.5 * mmPerInch;
    sheet.sideMarginMm = 0.1875 * mmPerInch;
    sheet.horizontalPitchMm = 2.75 * mmPerInch;
    sheet.verticalPitchMm = 1.0 * mmPerInch;
    return sheet;
}

WarningLabelSheet averyL7160()
{
    // Avery L7160: labels 63.5 × 38.1 mm, top margin 15.15 mm, horizontal pitch 66.04 mm,
    // vertical pitch 38.1 mm. The side margin centres the grid on A4: (210 − 2 × 66.04 − 63.5) / 2
    // = 7.21 mm (LibreOffice's labels.xml: 7.20 mm).
    WarningLabelSheet sheet;
    sheet.id = QStringLiteral("avery-l7160");
    sheet.name = QCoreApplication::translate("WarningLabels", "Avery L7160 (A4, 21 labels)");
    sheet.page = QPageSize::A4;
    sheet.columns = 3;
    sheet.rows = 7;
    sheet.labelMm = QSizeF(63.5, 38.1);
    sheet.topMarginMm = 15.15;
    sheet.sideMarginMm = 7.21;
    sheet.horizontalPitchMm = 66.04;
    sheet.verticalPitchMm = 38.1;
    return sheet;
}

QList<WarningLabelSheet> all()
{
    return {avery5160(), averyL7160()};
}

std::optional<WarningLabelSheet> byId(const QString &id)
{
    for (const WarningLabelSheet &sheet : all())
        if (sheet.id.compare(id, Qt::CaseInsensitive) == 0)
            return sheet;
    return std::nullopt;
}

} // namespace warninglabelsheets
