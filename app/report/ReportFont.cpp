#include "report/ReportFont.h"

#include <QStringList>

QFont reportFont(qreal pointSize)
{
    QFont font;
    font.setStyleHint(QFont::SansSerif);
    font.setFamilies(
        {QStringLiteral("DejaVu Sans"), QStringLiteral("Helvetica"), QStringLiteral("Arial")});
    font.setPointSizeF(pointSize);
    return font;
}
