// Keep the Teams Ids (issue 17): once the admin has compared a tenant with Teams, every address
// and place matched to a Teams row, or confirmed among an ambiguous row's candidates, stores
// that row's id (CivicAddressId, LocationId). From then on it matches that row by id alone and
// the difference script names it by id. An object that already holds an id keeps it: this
// never re-points one. Numbers registered at an address stay as they are (the 911 provider's
// record holds no Teams id). Pure data.
#pragma once

#include "store/OutboxEntry.h"
#include "teams/TeamsComparison.h"

#include <QHash>
#include <QList>
#include <QString>

struct TeamsIdToKeep
{
    TeamsObjectKind kind = TeamsObjectKind::Address; // Address or Place
    QString dispatchableId;
    QString teamsId;
    QString label; // the row's label, for the admin

    friend bool operator==(const TeamsIdToKeep &, const TeamsIdToKeep &) = default;
};

// `confirmed`: an ambiguous row's Teams id → the candidate the admin chose. Rows in their order;
// an object is given one id at most (the first row naming it).
QList<TeamsIdToKeep> teamsIdsToKeep(const QList<TeamsComparisonRow> &rows,
                                    const TeamsScriptInput &ours,
                                    const QHash<QString, QString> &confirmed);

// The edits that store them: each address PUT whole (AddressDraft) with its id added, each place
// PUT with its id, under the etag the comparison read.
QList<OutboxRequest> teamsIdKeepingRequests(const QList<TeamsIdToKeep> &ids,
                                            const TeamsScriptInput &ours);
