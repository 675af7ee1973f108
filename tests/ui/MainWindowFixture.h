// A demo session and its main window for widget tests, torn down window first (the window
// holds views over the session's models).
#pragma once

#include "E911Wiring.h"
#include "MainWindow.h"
#include "TestBackend.h"
#include "session/AppSession.h"

#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

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

    enum class Dialogs { None, Wired }; // Wired: the E911 dialogs as the application connects them

    // A session signed in to `backend` as `role` in a temporary folder, and its window shown;
    // true once the first sync completed and a tenant is selected (or `timeoutMs` passed).
    // `persistLayout`: the window restores and saves its layout (QSettings), as the app does.
    bool open(TestBackend &backend, const QString &role, Dialogs dialogs,
              bool persistLayout = false, int timeoutMs = 60000)
    {
        ConnectionProfile profile;
        profile.id = QStringLiteral("test");
        profile.backendUrl = backend.process().baseUrl();
        profile.certificateSha256 = backend.process().certificateFingerprint();
        session = std::make_unique<AppSession>(profile, backend.token(role), dir.path());
        QString error;
        if (!session->open(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        window = std::make_unique<MainWindow>();
        window->setPersistLayout(persistLayout);
        if (!persistLayout)
            window->resize(1400, 800);
        window->setSession(session.get());
        if (dialogs == Dialogs::Wired)
            connectE911Dialogs(*window, *session);
        window->show();
        session->start();
        QElapsedTimer timer;
        timer.start();
        while (!(session->hasCompletedSync() && session->isRoleKnown() &&
                 !window->currentTenantId().isEmpty()) &&
               timer.elapsed() < timeoutMs)
            QTest::qWait(20);
        return session->hasCompletedSync() && !window->currentTenantId().isEmpty();
    }
    ~MainWindowFixture()
    {
        window.reset();
        session.reset();
    }
};
