// Buttons and labels for the deliberate dialogs.
#include "DialogParts.h"

#include <QLabel>
#include <QMessageBox>
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

bool confirmRemoval(QWidget *parent, const QString &objectName, const QString &title,
                    const QString &question, const QString &consequence, const QString &actionText,
                    const QString &keepText)
{
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::NoButton, parent);
    box.setObjectName(objectName);
    box.setInformativeText(consequence);
    QPushButton *remove = box.addButton(actionText, QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(keepText, QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == remove;
}
