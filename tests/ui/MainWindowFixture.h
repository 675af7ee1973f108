// A demo session and its main window for widget tests, torn down window first (the window
// holds views over the session's models).
#pragma once

#include "MainWindow.h"
#include "session/AppSession.h"

#include <QTableView>
#include <QTemporaryDir>

#include <memory>

struct MainWindowFixture
{
    QTemporaryDir dir;
    std::unique_ptr<AppSession> session;
    std::unique_ptr<MainWindow> window;

    template <typename T> T *find(const QString &name) const
    {
        return window->findChild<T *>(name);
    }
    QTableView *table() const { return find<QTableView>(QStringLiteral("numberTable")); }
    ~MainWindowFixture()
    {
        window.reset();
        session.reset();
    }
};
