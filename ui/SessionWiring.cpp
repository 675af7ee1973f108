// The main window's requests, answered for one session.
#include "SessionWiring.h"

#include "AddressBookWiring.h"
#include "AuditTrailDialog.h"
#include "E911Wiring.h"
#include "EmergencyDesk.h"
#include "LisWiring.h"
#include "MainWindow.h"
#include "ReportExport.h"
#include "WarningLabelDialog.h"
#include "session/AppSession.h"
#include "store/Cache.h"

#include <QAction>

void connectSessionDialogs(MainWindow &window, AppSession &session,
                           const EffectiveSettings *settings)
{
    connectE911Dialogs(window, session);
    connectAddressBook(window, session);
    connectLisDialogs(window, session);
    auto *desk = new EmergencyDesk(session, &window, settings);
    desk->openCallLogOn(window.findChild<QAction *>(QStringLiteral("emergencyCallsAction")));
    desk->start();
    QObject::connect(&window, &MainWindow::auditTrailRequested, &window, [&window, &session] {
        AuditTrailDialog dialog(&session, window.currentTenantId(), &window);
        dialog.exec();
    });
    QObject::connect(&window, &MainWindow::reportRequested, &window,
                     [&window, &session] { exportComplianceReport(window, session); });
    if (auto *labels = window.findChild<QAction *>(QStringLiteral("warningLabelsAction")))
        QObject::connect(labels, &QAction::triggered, &window, [&window, &session] {
            WarningLabelDialog dialog(session.cache()->tenantName(window.currentTenantId()),
                                      &window);
            dialog.exec();
        });
}
