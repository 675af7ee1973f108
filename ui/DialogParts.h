// Small parts every deliberate dialog is built from, so they behave alike: buttons that Enter
// never presses unless chosen (UI.md: billable and safety changes are never the default), and
// wrapped, selectable text.
#pragma once

#include <QString>

class QLabel;
class QPushButton;
class QWidget;

// A button with an object name and an accessible name, never default nor auto-default.
QPushButton *deliberateButton(const QString &text, const QString &objectName, QWidget *parent);
// A word-wrapped label whose text can be selected (and so copied) with the mouse; it takes no
// keyboard focus, so tab order stays on the controls.
QLabel *wrappedLabel(const QString &text, QWidget *parent, const QString &objectName = QString());
// Asks before something is removed: a warning with the consequence, the destructive action and
// a keep button that Enter presses. True when the person chose the action.
bool confirmRemoval(QWidget *parent, const QString &objectName, const QString &title,
                    const QString &question, const QString &consequence, const QString &actionText,
                    const QString &keepText);
