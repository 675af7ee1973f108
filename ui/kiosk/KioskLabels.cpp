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

void setKioskTextSize(QLabel *label, qreal pixels, bool bold)
{
    QFont font = label->font();
    font.setPixelSize(qMax(8, qRound(pixels)));
    font.setBold(bold);
    label->setFont(font);
}
