// The four limitations of emergency calling from Teams, readable and scrollable by keyboard.
// Shown on the Limitations page (F1) and as the first step of registering numbers with 911.
#pragma once

#include <QTextBrowser>

class LimitationsView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit LimitationsView(QWidget *parent = nullptr);
};
