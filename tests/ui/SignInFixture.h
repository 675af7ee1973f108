// One start of the app's real start-up path for the sign-in tests: user settings in an ini file,
// the organisation's settings (none), a main window and the StartupFlow over them, torn down
// window first (its views look at the session's models) as the application does.
#pragma once

#include "ConnectionDialog.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "StartupFlow.h"
#include "TestBackend.h"
#include "auth/TokenStore.h"
#include "session/AppSession.h"
#include "settings/EffectiveSettings.h"

#include <QSettings>
#include <QtTest>

#include <memory>

struct SignInStart
{
    // `dir` keeps the settings file and the caches across starts; `service` names the keychain
    // entries.
    SignInStart(const QString &dir, const QString &service)
        : userSettings(dir + QStringLiteral("/settings.ini"), QSettings::IniFormat)
        , settings(ManagedSettings(), &userSettings)
        , tokens(service)
    {
        window = std::make_unique<MainWindow>();
        window->setPersistLayout(false);
        flow = std::make_unique<StartupFlow>(window.get(), &userSettings, &settings, &tokens);
        flow->setDataRoot(dir + QStringLiteral("/data"));
        flow->setPollIntervalOverride(200);
    }
    ~SignInStart()
    {
        window.reset();
        flow.reset();
    }

    void start()
    {
        window->show();
        flow->start();
    }

    QSettings userSettings;
    EffectiveSettings settings;
    TokenStore tokens;
    std::unique_ptr<StartupFlow> flow; // declared first: destroyed after the window
    std::unique_ptr<MainWindow> window;
};
