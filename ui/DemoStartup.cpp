#include "DemoStartup.h"

#include "MainWindow.h"
#include "auth/ConnectionProfile.h"
#include "demo/LocalServerProcess.h"
#include "session/AppSession.h"
#include "settings/EffectiveSettings.h"

#include <QCoreApplication>

std::unique_ptr<AppSession> createDemoSession(const LocalServerProcess &server,
                                              const EffectiveSettings &settings,
                                              const QString &role, const QString &dataDir,
                                              QString *error)
{
    ConnectionProfile profile;
    profile.id = QStringLiteral("demo");
    profile.displayName = DemoStartup::tr("Demo");
    profile.backendUrl = server.baseUrl();
    profile.certificateSha256 = server.certificateFingerprint();
    // The demo is a backend like any other: not on the allowed list, not used.
    if (const QString refusal = settings.backendRefusal(profile.backendUrl); !refusal.isEmpty()) {
        *error = refusal;
        return nullptr;
    }
    profile = settings.withManagedPin(profile);
    auto session = std::make_unique<AppSession>(profile, server.token(role), dataDir);
    if (!session->open(error))
        return nullptr;
    return session;
}

DemoStartup::DemoStartup(MainWindow *window, LocalServerProcess *server,
                         const EffectiveSettings *settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_server(server)
    , m_settings(settings)
{
    connect(m_server, &LocalServerProcess::ready, this, &DemoStartup::onServerReady);
    connect(m_server, &LocalServerProcess::failed, this, [this](const QString &error) {
        emit failed(tr("The demo backend could not start.\n\n%1").arg(error));
    });
    connect(m_window, &MainWindow::backendStartCancelled, this, [this] {
        m_server->stop();
        QCoreApplication::exit(0);
    });
}

DemoStartup::~DemoStartup() = default;

void DemoStartup::start(const QStringList &backendArguments, const QString &role,
                        const QString &dataDir, int timeoutMs)
{
    m_role = role;
    m_dataDir = dataDir;
    StartupStatus status;
    status.stage = StartupStatus::Stage::StartingBackend;
    m_window->showStartupStatus(status);
    m_server->launch(backendArguments, timeoutMs);
}

void DemoStartup::onServerReady()
{
    QString error;
    m_session = createDemoSession(*m_server, *m_settings, m_role, m_dataDir, &error);
    if (!m_session) {
        emit failed(error);
        return;
    }
    m_window->setSession(m_session.get());
    emit sessionOpened(m_session.get());
    m_session->start();
}
