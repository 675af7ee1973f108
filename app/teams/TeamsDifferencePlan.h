// The difference script's plan (issue 17): from the three-way comparison of a tenant, the Teams
// cmdlets that make Teams hold what Dispatchable holds, and nothing else, in a safe order:
// addresses, then the places under them, then the network elements that point at places and the
// trusted IPs, then the emergency calling policy, then the numbers' emergency locations (which
// point at addresses' default locations). Each step says why in words. What the plan does not touch
// is listed too: what is only in Teams (left in Teams; the script never removes anything), what the
// admin must confirm first (ambiguous matches), what no script can change, and what Dispatchable's
// own rules leave out (TeamsScriptPlan: unvalidated addresses, missing coordinates, bad
// identifiers). Uses the Teams ids the export gave (CivicAddressId, LocationId); an object the
// script creates is referred to by the step that creates it. Pure: the preview, the writer
// (TeamsDifferenceScript.h) and the tests read the same steps.
//
// Reasons hold no data (no names, no addresses): the writer puts them in comments, and values
// from Dispatchable go into a script only as literals. The label carries the data.
#pragma once

#include "teams/TeamsComparison.h"
#include "teams/TeamsTenantSnapshot.h"

#include <QList>
#include <QString>

#include <optional>

// One parameter of a cmdlet: a value, or the Teams id an earlier step of the plan creates.
struct TeamsStepArgument
{
    QString parameter; // without the dash: "CivicAddressId"
    QString value;     // passed as a literal; may be empty, which clears the value in Teams
    int fromStep = -1; // ≥ 0: the id the step at this index creates, instead of `value`
    // With fromStep: a property of the object that step creates instead of its id; only
    // "DefaultLocationId" of a new address (the location Teams makes with every address).
    QString fromProperty;

    friend bool operator==(const TeamsStepArgument &, const TeamsStepArgument &) = default;
};

struct TeamsDifferenceStep
{
    TeamsObjectKind kind = TeamsObjectKind::Address;
    QString cmdlet; // "New-CsOnlineLisCivicAddress"
    QList<TeamsStepArgument> arguments;
    // New- steps: the script variable ("address1", without the $) that keeps the new object's
    // Teams id for the steps after it; empty for the rest.
    QString variable;
    QString label;          // what the admin reads: an address line, a place, an identifier
    QString reason;         // why, in words, without data
    QString dispatchableId; // the object of Dispatchable this step writes to Teams
    QString teamsId;        // the Teams object it changes; empty when it creates one
    // A property the step clears where Microsoft's page does not say how: the script reads it
    // back afterwards and warns when Teams kept a value.
    QString checkCleared;

    bool creates() const { return cmdlet.startsWith(QLatin1StringView("New-")); }
    // The value passed for `parameter`; empty when it is not passed or refers to a step.
    QString value(QStringView parameter) const;

    friend bool operator==(const TeamsDifferenceStep &, const TeamsDifferenceStep &) = default;
};

// Why something that differs gets no step.
enum class TeamsNoteReason : quint8 {
    LeftInTeams,  // only in Teams: the script removes nothing
    ConfirmFirst, // more than one candidate: the admin confirms the match first
    NotByScript,  // a difference no documented cmdlet can change, or that Teams needs kept
    LeftOut,      // Dispatchable's own rules keep it out of every Teams script
};

struct TeamsPlanNote
{
    std::optional<TeamsObjectKind> kind; // none for a sentence about several kinds
    TeamsNoteReason why = TeamsNoteReason::LeftInTeams;
    QString label;
    QString reason; // in words

    friend bool operator==(const TeamsPlanNote &, const TeamsPlanNote &) = default;
};

struct TeamsDifferencePlan
{
    QList<TeamsDifferenceStep> steps; // in the order the script runs them
    QList<TeamsPlanNote> notes;

    int creates() const;
};

TeamsDifferencePlan planTeamsDifference(const TeamsTenantSnapshot &teams,
                                        const DispatchableTenantState &ours);

// "Left in Teams", "Confirm first", …, translated.
QString teamsNoteReasonName(TeamsNoteReason why);

// The countries where Set-CsOnlineLisCivicAddress may change an address (Microsoft's page:
// public use is limited to them).
bool teamsAddressEditableIn(const QString &countryOrRegion);
