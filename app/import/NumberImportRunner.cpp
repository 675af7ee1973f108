// Two-step apply: addresses first, then the numbers that point at them.
#include "import/NumberImportRunner.h"

#include "domain/E911Eligibility.h"
#include "store/Cache.h"
#include "store/E911Requests.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"

#include <QJsonDocument>
#include <QJsonObject>

NumberImportRunner::NumberImportRunner(Cache &cache, Outbox &outbox, const QString &tenantId,
                                       const csvimport::ImportPlan &plan, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_outbox(outbox)
    , m_tenantId(tenantId)
    , m_plan(plan)
    , m_groups(plan.groups.size())
{
    connect(&m_outbox, &Outbox::entryChanged, this, &NumberImportRunner::entryChanged);
}

bool NumberImportRunner::start(QString *error)
{
    QList<OutboxRequest> creates;
    QList<int> createdGroups;
    for (int g = 0; g < m_plan.groups.size(); ++g) {
        const csvimport::AddressGroup &group = m_plan.groups.at(g);
        if (!group.existingAddressId.isEmpty())
            continue;
        QJsonObject address{{QStringLiteral("civic"), group.civic.toJson()}};
        creates.append(outbox::addressCreate(m_tenantId, address));
        createdGroups.append(g);
    }
    if (!creates.isEmpty()) {
        const QList<qint64> ids = m_outbox.enqueue(creates, error);
        if (ids.isEmpty())
            return false;
        for (int i = 0; i < ids.size(); ++i)
            m_groups[createdGroups.at(i)].createEntry = ids.at(i);
    }
    for (int g = 0; g < m_plan.groups.size(); ++g) {
        const QString existing = m_plan.groups.at(g).existingAddressId;
        if (!existing.isEmpty() && !queueNumbers(g, existing, error))
            return false;
    }
    if (isFinished())
        emit finished();
    return true;
}

bool NumberImportRunner::isFinished() const
{
    return std::none_of(m_groups.cbegin(), m_groups.cend(), [](const GroupStatus &g) {
        return g.state == GroupState::CreatingAddress;
    });
}

QList<qint64> NumberImportRunner::e911Entries() const
{
    QList<qint64> ids;
    for (const GroupStatus &g : m_groups)
        ids += g.e911Entries;
    return ids;
}

bool NumberImportRunner::queueNumbers(int group, const QString &addressId, QString *error)
{
    GroupStatus &status = m_groups[group];
    status.addressId = addressId;
    QList<Did> dids;
    for (const QString &number : m_plan.groups.at(group).numbers)
        if (const auto did = m_cache.did(m_tenantId, number))
            dids.append(*did);
    if (dids.isEmpty()) {
        status.state = GroupState::Failed;
        status.reason = tr("None of the numbers is in this tenant any more.");
        emit groupChanged(group);
        return true;
    }
    status.e911Entries = m_outbox.enqueue(e911requests::enable(m_tenantId, dids, addressId), error);
    if (status.e911Entries.isEmpty()) {
        status.state = GroupState::Failed;
        status.reason = error ? *error : QString();
        emit groupChanged(group);
        return false;
    }
    status.state = GroupState::Queued;
    emit groupChanged(group);
    return true;
}

void NumberImportRunner::entryChanged(qint64 id)
{
    int group = -1;
    for (int g = 0; g < m_groups.size() && group < 0; ++g)
        if (m_groups.at(g).createEntry == id && m_groups.at(g).state == GroupState::CreatingAddress)
            group = g;
    if (group < 0)
        return;
    const std::optional<OutboxEntry> entry = m_outbox.entry(id);
    if (!entry || entry->isOpen())
        return;
    GroupStatus &status = m_groups[group];
    if (entry->state != OutboxState::Done) {
        status.state = GroupState::Failed;
        status.reason = tr("The backend did not create the address: %1").arg(entry->lastError);
    } else {
        QList<FieldError> errors;
        const auto address = EmergencyAddress::fromJson(
            QJsonDocument::fromJson(entry->responseBody).object(), errors);
        if (!address) {
            status.state = GroupState::Failed;
            status.reason = tr("The backend's answer for the new address could not be read.");
        } else if (e911AddressEligibilityOf(*address) != AddressEligibility::Eligible) {
            status.state = GroupState::Failed;
            status.addressId = address->id;
            QStringList problems;
            for (const FieldError &p : address->problems)
                problems.append(p.detail);
            status.reason = QString(e911AddressEligibilityReason(*address) + QStringLiteral(". ") +
                                    problems.join(QLatin1Char(' ')))
                                .trimmed();
        } else {
            QString error;
            if (!queueNumbers(group, address->id, &error)) {
                status.reason = tr("The registrations could not be saved: %1").arg(error);
                emit groupChanged(group);
            }
        }
    }
    if (status.state == GroupState::Failed)
        emit groupChanged(group);
    if (isFinished())
        emit finished();
}
