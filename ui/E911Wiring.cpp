// The window only says what was asked; E911Actions runs the dialogs for the current tenant.
#include "E911Wiring.h"

#include "E911Actions.h"
#include "MainWindow.h"
#include "session/AppSession.h"

E911Actions *connectE911Dialogs(MainWindow &window, AppSession &session)
{
    auto *e911 = new E911Actions(*session.cache(), *session.outbox(), &window);
    QObject::connect(&window, &MainWindow::registerRequested, e911,
                     [&window, e911](const QStringList &numbers) {
                         e911->setTenant(window.currentTenantId());
                         e911->registerNumbers(numbers);
                     });
    QObject::connect(&window, &MainWindow::turnOffRequested, e911,
                     [&window, e911](const QStringList &numbers) {
                         e911->setTenant(window.currentTenantId());
                         e911->turnOff(numbers);
                     });
    QObject::connect(&window, &MainWindow::limitationsRequested, e911, [&window, e911] {
        e911->setTenant(window.currentTenantId());
        e911->showLimitations();
    });
    return e911;
}
