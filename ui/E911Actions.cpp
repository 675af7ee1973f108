// Dialog flow for the E911 actions and the follow-up of bulk work.
#include "E911Actions.h"

#include "BulkProgressDialog.h"
#include "BulkResultDialog.h"
#include "E911DisableDialog.h"
#include "E911EnableDialog.h"
#include "LimitationsDialog.h"
#include "store/Cache.h"
#include "store/E911Requests.h"
#include "store/Outbox.h"

#include <QMessageBox>
#include <QWidget>

E911Actions::E911Actions(Cache &cache, Outbox &outbox, QWidget *parentWidget)
    : QObject(parentWidget)
    , m_cache(cache)
    , m_outbox(outbox)
    , m_parentWidget(parentWidget)
{
    connect(&m_outbox, &Outbox::entryChanged, this, &E911Actions::entryChanged);
}

void E911Actions::setTenant(const QString &tenantId, const QString &tenantName)
{
    m_tenantId = tenantId;
    m_tenantName = tenantName;
    if (m_tenantName.isEmpty() && !tenantId.isEmpty())
        m_tenantName = m_cache.tenantName(tenantId);
}

void E911Actions::registerNumbers(const QStringList &numbers)
{
    runEnableDialog(numbers, QString());
}

void E911Actions::moveNumbers(const QStringList &numbers)
{
    if (m_tenantId.isEmpty() || numbers.isEmpty())
        return;
    QStringList registered;
    for (const QString &n : numbers)
        if (const auto did = m_cache.did(m_tenantId, n))
            if (did->e911.state == E911State::Registered || did->e911.state == E911State::Pending)
                registered.append(n);
    if (registered.isEmpty()) {
        QMessageBox::information(
            m_parentWidget, tr("Move to Another Address"),
            tr("None of the selected numbers is registered with 911, so there is no address to "
               "move. Use Register With 911 (Ctrl+E) to give them one."));
        return;
    }
    runEnableDialog(registered, tr("Move to Another Address"));
}

void E911Actions::runEnableDialog(const QStringList &numbers, const QString &title)
{
    if (m_tenantId.isEmpty() || numbers.isEmpty())
        return;
    E911EnableDialog dialog(m_cache, m_outbox, m_tenantId, m_tenantName, numbers, m_parentWidget);
    if (!title.isEmpty())
        dialog.setWindowTitle(title);
    if (dialog.exec() == QDialog::Accepted) {
        emit changesQueued(dialog.queuedEntries());
        if (numbers.size() > e911requests::bulkThreshold)
            follow(dialog.queuedEntries(),
                   title.isEmpty() ? tr("Registering %n numbers", nullptr, int(numbers.size()))
                                   : tr("Moving %n numbers", nullptr, int(numbers.size())));
    }
}

void E911Actions::turnOff(const QStringList &numbers)
{
    if (m_tenantId.isEmpty() || numbers.isEmpty())
        return;
    E911DisableDialog dialog(m_cache, m_outbox, m_tenantId, numbers, m_parentWidget);
    if (dialog.exec() == QDialog::Accepted) {
        emit changesQueued(dialog.queuedEntries());
        if (numbers.size() > e911requests::bulkThreshold)
            follow(dialog.queuedEntries(), tr("Turning off E911 for %n numbers", nullptr,
                                              static_cast<int>(numbers.size())));
    }
}

void E911Actions::showLimitations()
{
    LimitationsDialog dialog(m_cache, m_tenantId, m_tenantName, m_parentWidget);
    dialog.exec();
}

void E911Actions::follow(const QList<qint64> &ids, const QString &title)
{
    m_followed = ids;
    if (m_progress)
        m_progress->close();
    m_progress = new BulkProgressDialog(m_outbox, ids, title, m_parentWidget);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->show();
}

void E911Actions::entryChanged(qint64 id)
{
    if (!m_followed.contains(id))
        return;
    QList<OutboxEntry> entries;
    for (const qint64 followed : std::as_const(m_followed)) {
        const auto e = m_outbox.entry(followed);
        if (!e)
            continue;
        if (e->isOpen())
            return; // not finished yet
        entries.append(*e);
    }
    m_followed.clear();
    if (m_progress)
        m_progress->close();
    if (!m_results) {
        m_results = new BulkResultDialog(bulkResultRows(entries), m_parentWidget);
        m_results->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_results->setRows(bulkResultRows(entries));
    }
    m_results->show();
    m_results->raise();
}
