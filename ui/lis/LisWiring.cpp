// The network map's and the 933 checklist's menu actions, answered for one session.
#include "LisWiring.h"

#include "MainWindow.h"
#include "NetworkMapWindow.h"
#include "TeamsComparisonWindow.h"
#include "TeamsScriptExport.h"
#include "TestCallChecklistDialog.h"
#include "session/AppSession.h"

#include <QAction>

#include <functional>
#include <type_traits>

namespace {
// One window of a kind per tenant: asking again raises the open one.
template <typename Window> void showFor(MainWindow &window, AppSession &session)
{
    const QString tenantId = window.currentTenantId();
    if (tenantId.isEmpty())
        return;
    const QString name = QString(QLatin1StringView(Window::staticMetaObject.className()) +
                                 QLatin1Char('-') + tenantId);
    if (auto *open = window.findChild<Window *>(name)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *w = new Window(&session, tenantId, &window);
    w->setObjectName(name);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->setModal(false);
    if constexpr (std::is_same_v<Window, NetworkMapWindow>)
        QObject::connect(w, &NetworkMapWindow::exportScriptRequested, w,
                         [w, &session](const QString &tenant) {
                             teamsscriptexport::exportInteractively(w, session, tenant);
                         });
    w->show();
}

void onAction(MainWindow &window, const char *name, const std::function<void()> &slot)
{
    if (auto *action = window.findChild<QAction *>(QLatin1StringView(name)))
        QObject::connect(action, &QAction::triggered, &window, slot);
}
} // namespace

void connectLisDialogs(MainWindow &window, AppSession &session)
{
    onAction(window, "networkMapAction",
             [&window, &session] { showFor<NetworkMapWindow>(window, session); });
    onAction(window, "testCallsAction",
             [&window, &session] { showFor<TestCallChecklistDialog>(window, session); });
    onAction(window, "compareTeamsAction",
             [&window, &session] { showFor<TeamsComparisonWindow>(window, session); });
    onAction(window, "exportTeamsScriptAction", [&window, &session] {
        teamsscriptexport::exportInteractively(&window, session, window.currentTenantId());
    });
}
