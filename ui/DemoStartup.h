// `dispatchable --demo`: the window first, the work behind it. The main window shows at once with
// "Starting the demo backend…"; the backend starts as a child process meanwhile; once it is ready
// the demo session opens on it and the window follows its sign-in and first sync (tenants and
// numbers appear page by page). Cancel during the backend's start closes the app.
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class AppSession;
class EffectiveSettings;
class LocalServerProcess;
class MainWindow;

// The demo's session on a started `server`, signed in as `role`, its cache in `dataDir`; null
// with a sentence in `error` when it cannot be used.
std::unique_ptr<AppSession> createDemoSession(const LocalServerProcess &server,
                                              const EffectiveSettings &settings,
                                              const QString &role, const QString &dataDir,
                                              QString *error);

class DemoStartup : public QObject
{
    Q_OBJECT
public:
    // None owned; all must outlive this object (the server outlives the session it creates).
    DemoStartup(MainWindow *window, LocalServerProcess *server, const EffectiveSettings *settings,
                QObject *parent = nullptr);
    ~DemoStartup() override;

    // Shows the start-up state and launches the backend with `backendArguments`; returns at once.
    void start(const QStringList &backendArguments, const QString &role, const QString &dataDir,
               int timeoutMs);
    AppSession *session() const { return m_session.get(); }

signals:
    // The session is open and shown; start() was called on it right after.
    void sessionOpened(AppSession *session);
    // The demo cannot run; `error` says why, for people.
    void failed(const QString &error);

private:
    void onServerReady();

    MainWindow *m_window;
    LocalServerProcess *m_server;
    const EffectiveSettings *m_settings;
    QString m_role;
    QString m_dataDir;
    std::unique_ptr<AppSession> m_session;
};
