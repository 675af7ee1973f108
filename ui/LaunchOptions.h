// What `dispatchable` was asked to do on its command line (the headless commands aside).
#pragma once

#include "KioskLauncher.h"

#include <QString>
#include <QStringList>

class QCoreApplication;

struct LaunchOptions
{
    bool demo = false;                          // start the built-in demo backend
    QString demoRole = QStringLiteral("staff"); // staff, admin or auditor
    QStringList demoArguments;                  // the demo backend's command line
    QString screenshotPath;                     // save the window there and quit (docs)
    bool kiosk = false;                         // the read-only kiosk instead of the main window
    KioskOptions kioskOptions;

    // Reads the command line (--help and --version print and exit here); `kioskBySettings`
    // is the organisation's KioskMode. False with a sentence in *error for a bad value.
    bool parse(const QCoreApplication &app, bool kioskBySettings, QString *error);
};
