// Applies an import plan through the outbox. Numbers going to an address the tenant already has
// are queued at once; an address that is new is created first (queued like any change) and its
// numbers are queued only once the backend has validated it, since only a validated US address
// can carry E911. An address the backend refuses ends its group with the backend's words.
// Re-running the same file after an interruption is safe: addresses that now exist are reused
// and numbers already registered there are left alone (planImport).
#pragma once

#include "import/NumberImportPlan.h"

#include <QObject>

class Cache;
class Outbox;

class NumberImportRunner : public QObject
{
    Q_OBJECT
public:
    enum class GroupState {
        CreatingAddress, // the new address is in the outbox, its answer awaited
        Queued,          // the group's numbers are in the outbox
        Failed,          // nothing queued for the group; `reason` says why
    };
    struct GroupStatus
    {
        GroupState state = GroupState::CreatingAddress;
        QString addressId;
        QString reason;
        qint64 createEntry = 0;
        QList<qint64> e911Entries;
    };

    NumberImportRunner(Cache &cache, Outbox &outbox, const QString &tenantId,
                       const csvimport::ImportPlan &plan, QObject *parent = nullptr);

    // Queues what can be queued now: every new address, and the numbers of groups whose address
    // exists. False (with `error`) when the outbox refused; nothing is half queued then.
    bool start(QString *error);

    const QList<GroupStatus> &groups() const { return m_groups; }
    const csvimport::ImportPlan &plan() const { return m_plan; }
    bool isFinished() const; // no group waits for an address any more
    QList<qint64> e911Entries() const;

signals:
    void groupChanged(int group);
    void finished();

private:
    bool queueNumbers(int group, const QString &addressId, QString *error);
    void entryChanged(qint64 id);

    Cache &m_cache;
    Outbox &m_outbox;
    QString m_tenantId;
    csvimport::ImportPlan m_plan;
    QList<GroupStatus> m_groups;
};
