// The planner behind planTeamsDifference (TeamsDifferencePlan.h), defined in three files:
// TeamsDifferencePlan.cpp (the rows, addresses and places, the order),
// TeamsDifferencePlanNetwork.cpp (network elements, trusted IPs, the policy, and what is left
// out) and TeamsDifferencePlanNumbers.cpp (the numbers' emergency locations). Internal to them.
#pragma once

#include "lis/TeamsScriptPlan.h"
#include "teams/TeamsDifferencePlan.h"

#include <QHash>
#include <QList>
#include <QString>

namespace teamsdifference {

// Where a Teams id comes from: the export (known), or a step of this plan that creates it.
struct TeamsRef
{
    QString id;
    int step = -1;

    bool known() const { return !id.isEmpty() || step >= 0; }
};

inline TeamsStepArgument argument(const QString &parameter, const QString &value)
{
    return {parameter, value, -1, {}};
}

inline TeamsStepArgument argument(const QString &parameter, const TeamsRef &ref)
{
    return {parameter, ref.id, ref.step, {}};
}

// One kind of network element: its comparison kind, its file and the Set- cmdlet that creates
// or replaces it.
struct ElementCmdlet
{
    TeamsObjectKind kind;
    NetworkElementKind element;
    teams::ExportKind file;
    QLatin1StringView cmdlet;
    QLatin1StringView identifier; // the parameter naming the element
};

class Planner
{
public:
    Planner(const TeamsTenantSnapshot &teams, const DispatchableTenantState &ours)
        : m_teams(teams)
        , m_ours(ours)
        , m_rows(compareWithTeams(teams, ours))
        , m_script(planTeamsScript(ours.map))
    {}

    TeamsDifferencePlan run();

private:
    QList<TeamsComparisonRow> rowsOf(TeamsObjectKind kind) const;
    bool prerequisitesRead(TeamsObjectKind kind);
    // Only in Teams and to confirm: a note, no step. True when the row is done with.
    bool noteUnplanned(const TeamsComparisonRow &row);
    void note(const TeamsComparisonRow &row, TeamsNoteReason why, const QString &reason);
    int addStep(TeamsDifferenceStep step, const QString &variablePrefix = QString());

    // One note when the addresses, places and elements came without Teams ids.
    void noteWithoutIds();
    void planAddresses();
    void createAddress(const TeamsComparisonRow &row, const TeamsScriptAddress &a);
    void changeAddress(const TeamsComparisonRow &row, const TeamsScriptAddress &a);
    void planPlaces();
    // TeamsDifferencePlanNetwork.cpp: every kind of element, the policy, the notes.
    void planNetwork();
    void planElements(const ElementCmdlet &kind);
    void planTrustedIps();
    void planTrustedIp(const TeamsComparisonRow &row, const TeamsScriptElement &ours);
    void planPolicy();
    void noteRouting();
    void noteLeftOut();
    // TeamsDifferencePlanNumbers.cpp.
    void planNumbers();
    void planNumberLocation(const TeamsComparisonRow &row, const Did &did,
                            const TeamsNumberAssignment &assignment);
    void noteUnknownAddress(const TeamsComparisonRow &row, const QString &addressId);

    const TeamsTenantSnapshot &m_teams;
    const DispatchableTenantState &m_ours;
    const QList<TeamsComparisonRow> m_rows;
    const TeamsScriptPlan m_script;
    QHash<QString, TeamsRef> m_civicAddressOf; // our address id → its Teams address
    QHash<QString, TeamsRef> m_locationOf;     // our place id → its Teams location
    QHash<QString, int> m_variables;           // per prefix: the last number used
    TeamsDifferencePlan m_plan;
};

} // namespace teamsdifference
