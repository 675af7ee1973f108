// Keep the Teams Ids; see TeamsIdKeeping.h.
#include "teams/TeamsIdKeeping.h"

#include "address/AddressDraft.h"
#include "store/OutboxRequests.h"
#include "teams/TeamsAutomationRow.h"

#include <QSet>

namespace {

const EmergencyAddress *addressOf(const TeamsScriptInput &ours, const QString &id)
{
    for (const EmergencyAddress &a : ours.addresses)
        if (a.id == id)
            return &a;
    return nullptr;
}

const Place *placeOf(const TeamsScriptInput &ours, const QString &id)
{
    for (const Place &p : ours.places)
        if (p.id == id)
            return &p;
    return nullptr;
}

// The Teams id the object holds now, or nullopt when there is no such object.
std::optional<QString> heldTeamsId(TeamsObjectKind kind, const TeamsScriptInput &ours,
                                   const QString &id)
{
    if (kind == TeamsObjectKind::Address) {
        if (const EmergencyAddress *a = addressOf(ours, id))
            return a->teamsCivicAddressId;
    } else if (const Place *p = placeOf(ours, id)) {
        return p->teamsLocationId;
    }
    return std::nullopt;
}

// The object a row pairs with the Teams row: its match, or the candidate the admin confirmed.
QString pairedObject(const TeamsComparisonRow &row, const QHash<QString, QString> &confirmed)
{
    switch (row.side) {
    case TeamsSide::Equal:
    case TeamsSide::Different:
        return row.dispatchableId;
    case TeamsSide::Ambiguous: {
        const QString chosen = confirmed.value(row.teamsId);
        return row.candidates.contains(chosen) ? chosen : QString();
    }
    case TeamsSide::OnlyInTeams:
    case TeamsSide::OnlyInDispatchable:
        break;
    }
    return {};
}

} // namespace

QList<TeamsIdToKeep> teamsIdsToKeep(const QList<TeamsComparisonRow> &rows,
                                    const TeamsScriptInput &ours,
                                    const QHash<QString, QString> &confirmed)
{
    QList<TeamsIdToKeep> out;
    QSet<QString> given; // "kind:id" of objects already given an id here
    for (const TeamsComparisonRow &row : rows) {
        if (row.kind != TeamsObjectKind::Address && row.kind != TeamsObjectKind::Place)
            continue;
        const QString object = pairedObject(row, confirmed);
        // Rows of the TeamsE911Automation export carry no Teams id, only the snapshot's own.
        if (object.isEmpty() || row.teamsId.isEmpty() || teams::isWithoutTeamsId(row.teamsId))
            continue;
        const std::optional<QString> held = heldTeamsId(row.kind, ours, object);
        const QString key = QString::number(int(row.kind)) + QLatin1Char(':') + object;
        if (!held || !held->isEmpty() || given.contains(key))
            continue;
        given.insert(key);
        out.append({row.kind, object, row.teamsId, row.label});
    }
    return out;
}

QList<OutboxRequest> teamsIdKeepingRequests(const QList<TeamsIdToKeep> &ids,
                                            const TeamsScriptInput &ours)
{
    QList<OutboxRequest> requests;
    for (const TeamsIdToKeep &keep : ids) {
        if (keep.kind == TeamsObjectKind::Address) {
            if (const EmergencyAddress *a = addressOf(ours, keep.dispatchableId)) {
                AddressDraft draft = AddressDraft::fromAddress(*a);
                draft.teamsCivicAddressId = keep.teamsId;
                requests.append(outbox::addressUpdate(a->tenantId, a->id, a->etag.toLatin1(),
                                                      draft.toRequestBody()));
            }
        } else if (const Place *p = placeOf(ours, keep.dispatchableId)) {
            Place kept = *p;
            kept.teamsLocationId = keep.teamsId;
            requests.append(outbox::placeUpdate(kept));
        }
    }
    return requests;
}
