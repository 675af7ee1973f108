// Help > About: the version (from CMake, the one place it is set), what the app is for, the
// reminder that it does not make emergency calling work everywhere, and the third-party notices
// the licences of what it uses and shows ask for.
#pragma once

#include <QDialog>

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QString versionText();
};
