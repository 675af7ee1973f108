// The window only says what was asked; E911Actions runs the dialogs for the current tenant.
#include "E911Wiring.h"

#include "E911Actions.h"
#include "MainWindow.h"
#include "NumberImportDialog.h"
#include "store/Cache.h"

#include "session/AppSession.h"
#include <QCoreApplication>
#include <QPointer>

namespace {
QString tenantName(AppSession &session, const QString &tenantId)
{
    return session.cache()->tenantName(tenantId, tenantId);
}

// The import's registrations get the same progress and per-number results as any bulk work.
void followImport(E911Actions &e911, const NumberImportRunner &runner)
{
    const QList<qint64> ids = runner.e911Entries();
    if (ids.isEmpty())
        return;
    int numbers = 0;
    for (int g = 0; g < runner.groups().size(); ++g)
        if (runner.groups().at(g).state == NumberImportRunner::GroupState::Queued)
            numbers += int(runner.plan().groups.at(g).numbers.size());
    e911.follow(
        ids, QCoreApplication::translate("E911Wiring", "Importing %n numbers", nullptr, numbers));
}
} // namespace

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
    QObject::connect(&window, &MainWindow::moveRequested, e911,
                     [&window, e911](const QStringList &numbers) {
                         e911->setTenant(window.currentTenantId());
                         e911->moveNumbers(numbers);
                     });
    QObject::connect(&window, &MainWindow::limitationsRequested, e911, [&window, e911] {
        e911->setTenant(window.currentTenantId());
        e911->showLimitations();
    });
    QObject::connect(&window, &MainWindow::importRequested, e911, [&window, &session, e911] {
        const QString tenantId = window.currentTenantId();
        if (tenantId.isEmpty())
            return;
        NumberImportDialog dialog(*session.cache(), *session.outbox(), tenantId,
                                  tenantName(session, tenantId), &window);
        QPointer<NumberImportRunner> started;
        QObject::connect(&dialog, &NumberImportDialog::importStarted, e911,
                         [e911, tenantId, &started](NumberImportRunner *runner) {
                             started = runner;
                             QObject::connect(runner, &NumberImportRunner::finished, e911,
                                              [e911, runner, tenantId] {
                                                  e911->setTenant(tenantId);
                                                  followImport(*e911, *runner);
                                              });
                         });
        dialog.exec();
        // The runner outlives the dialog while new addresses are still awaited.
        if (started && started->isFinished())
            started->deleteLater();
        else if (started)
            QObject::connect(started, &NumberImportRunner::finished, started,
                             &QObject::deleteLater);
    });
    return e911;
}
