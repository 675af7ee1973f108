// Buttons and labels for the deliberate dialogs.
#include "DialogParts.h"

#include <QLabel>
#include <QPushButton>

QPushButton *deliberateButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    // Screen readers read the words, not the mnemonic marker or the ellipsis.
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    b->setAutoDefault(false);
    b->setDefault(false);
    return b;
}

QLabel *wrappedLabel(const QString &text, QWidget *parent, const QString &objectName)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    if (!objectName.isEmpty())
        l->setObjectName(objectName);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
