#include "StartupStatus.h"

#include <QCoreApplication>
#include <QLocale>

QString StartupStatus::headline() const
{
    switch (stage) {
    case Stage::StartingBackend:
        return QCoreApplication::translate("StartupStatus", "Starting the demo backend…");
    case Stage::SigningIn:
        return QCoreApplication::translate("StartupStatus", "Signing in…");
    case Stage::FirstSync:
        if (tenantsTotal == 0)
            return QCoreApplication::translate("StartupStatus", "First sync: fetching tenants…");
        return QCoreApplication::translate("StartupStatus",
                                           "First sync: tenants %1 of %2, %Ln numbers", nullptr,
                                           int(numbers))
            .arg(QLocale().toString(tenantsDone), QLocale().toString(tenantsTotal));
    case Stage::Ready:
        return QCoreApplication::translate("StartupStatus", "Ready");
    case Stage::Stopped:
        return QCoreApplication::translate("StartupStatus", "The first sync stopped");
    }
    return {};
}

QString StartupStatus::detail() const
{
    switch (stage) {
    case Stage::StartingBackend:
        return QCoreApplication::translate("StartupStatus",
                                           "The demo makes up its tenants and numbers; the "
                                           "window fills as soon as it answers.");
    case Stage::SigningIn:
        return QCoreApplication::translate("StartupStatus", "Connecting to the backend.");
    case Stage::FirstSync:
        return QCoreApplication::translate("StartupStatus",
                                           "Tenants and numbers appear as they arrive. Cancel "
                                           "stops it and keeps what arrived; Sync Now starts it "
                                           "again.");
    case Stage::Ready:
    case Stage::Stopped:
        return {};
    }
    return {};
}
