// Tenant > Emergency Addresses… opens the address book of the selected tenant.
#include "AddressBookWiring.h"

#include "AddressBookDialog.h"
#include "MainWindow.h"
#include "session/AppSession.h"

void connectAddressBook(MainWindow &window, AppSession &session)
{
    QObject::connect(&window, &MainWindow::addressesRequested, &window, [&window, &session] {
        const QString tenantId = window.currentTenantId();
        if (tenantId.isEmpty())
            return;
        AddressBookDialog dialog(&session, tenantId, &window);
        dialog.exec();
    });
}
