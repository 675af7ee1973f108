#include "KioskLabels.h"

#include <QLabel>

QLabel *newKioskLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1StringView(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QFont kioskFont(QFont base, qreal pixels, bool bold)
{
    base.setPixelSize(qMax(8, qRound(pixels)));
    base.setBold(bold);
    return base;
}

void setKioskTextSize(QLabel *label, qreal pixels, bool bold)
{
    label->setFont(kioskFont(label->font(), pixels, bold));
}
