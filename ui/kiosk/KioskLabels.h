// The kiosk's text labels: plain text (nothing from the backend is ever read as markup),
// wrapped, with pixel sizes derived from the screen so text scales with it.
#pragma once

#include <QFont>

class QLabel;
class QWidget;

QLabel *newKioskLabel(QWidget *parent, const char *objectName);
// `base` at `pixels`, already scaled to the screen; never below 8 px.
QFont kioskFont(QFont base, qreal pixels, bool bold = false);
void setKioskTextSize(QLabel *label, qreal pixels, bool bold = false);
