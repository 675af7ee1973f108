// Planning the difference script's numbers: the emergency location Teams gives a number, set to
// the default location of the address the number is registered at for E911; see
// TeamsDifferencePlanner.h. What Microsoft's reference says, and what follows:
//  - Set-CsPhoneNumberAssignment's LocationUpdate parameter set (module 5.3.1-preview and
//    later) takes -PhoneNumber and -LocationId only, and sets the location of an assigned or
//    unassigned number without touching its assignment. -PhoneNumberType belongs to the
//    Assignment set, which also requires -Identity and assigns the number again: never used.
//  - Get-CsPhoneNumberAssignment's LocationUpdateSupported says whether a number's location may
//    be updated at all; where it is False the number gets a note, not a step.
//  - Remove-CsPhoneNumberAssignment takes a number from its user: never used. A location that
//    Teams gives a number Dispatchable does not register is left as it is (a note): clearing it
//    (-LocationId null) would leave the number without any emergency location.
#include "teams/TeamsDifferencePlanner.h"
#include "teams/TeamsNumberCheck.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsDifferencePlan)
};

const Did *didOf(const QList<Did> &numbers, const QString &e164)
{
    for (const Did &did : numbers) {
        if (did.number == e164)
            return &did;
    }
    return nullptr;
}

const TeamsNumberAssignment *assignmentOf(const TeamsTenantSnapshot &teams, const QString &e164)
{
    for (const TeamsNumberAssignment &a : teams.numbers()) {
        if (a.e164 == e164)
            return &a;
    }
    return nullptr;
}

// The location Teams made with an address in the export: its DefaultLocationId, else the
// location of that address without a name.
QString defaultLocationOf(const TeamsTenantSnapshot &teams, const QString &civicAddressId)
{
    for (const TeamsCivicAddress &a : teams.addresses()) {
        if (a.civicAddressId == civicAddressId && !a.defaultLocationId.isEmpty())
            return a.defaultLocationId;
    }
    for (const TeamsLocation &l : teams.locations()) {
        if (l.civicAddressId == civicAddressId && l.isDefaultLocation())
            return l.locationId;
    }
    return {};
}
} // namespace

namespace teamsdifference {

void Planner::planNumbers()
{
    const QList<TeamsComparisonRow> rows = rowsOf(TeamsObjectKind::Number);
    const bool anyDifferent = std::any_of(rows.cbegin(), rows.cend(), [](const auto &row) {
        return row.side == TeamsSide::Different;
    });
    if (!anyDifferent || !prerequisitesRead(TeamsObjectKind::Number))
        return;
    for (const TeamsComparisonRow &row : rows) {
        // Numbers only in Teams are not Dispatchable's; equal ones need nothing.
        if (row.side != TeamsSide::Different)
            continue;
        const Did *did = didOf(m_ours.numbers, row.dispatchableId);
        const TeamsNumberAssignment *assignment = assignmentOf(m_teams, row.dispatchableId);
        if (!did || !assignment)
            continue;
        if (!hasTeamsComparableRegistration(*did)) {
            note(row, TeamsNoteReason::NotByScript,
                 Text::tr("%1 The script leaves that location: clearing it would leave the "
                          "number with no emergency location, and Remove-CsPhoneNumberAssignment "
                          "would take the number from its user. Register the number for E911, "
                          "or change its location in Teams.")
                     .arg(row.note));
            continue;
        }
        planNumberLocation(row, *did, *assignment);
    }
}

void Planner::planNumberLocation(const TeamsComparisonRow &row, const Did &did,
                                 const TeamsNumberAssignment &assignment)
{
    if (assignment.locationUpdateSupported == false) {
        note(row, TeamsNoteReason::NotByScript,
             Text::tr("%1 Teams does not let a script change this number's location "
                      "(LocationUpdateSupported is False in the export): ask the number's "
                      "operator, or change it in the Teams admin center.")
                 .arg(row.note));
        return;
    }
    const TeamsRef address = m_civicAddressOf.value(did.e911.addressId);
    if (!address.known()) {
        noteUnknownAddress(row, did.e911.addressId);
        return;
    }
    TeamsStepArgument location = argument(QStringLiteral("LocationId"), address);
    if (address.step >= 0) {
        // An address this script creates: Teams makes its default location with it.
        location.fromProperty = QStringLiteral("DefaultLocationId");
    } else {
        location.value = defaultLocationOf(m_teams, address.id);
        if (location.value.isEmpty()) {
            note(row, TeamsNoteReason::LeftOut,
                 Text::tr("The export names no default location for its registered address "
                          "(DefaultLocationId): export the addresses and locations again."));
            return;
        }
    }
    TeamsDifferenceStep step;
    step.kind = TeamsObjectKind::Number;
    step.cmdlet = QStringLiteral("Set-CsPhoneNumberAssignment");
    // Teams's own spelling, with a Direct Routing extension if there is one.
    step.arguments = {argument(QStringLiteral("PhoneNumber"), assignment.telephoneNumber),
                      location};
    step.label = row.label;
    step.reason = Text::tr("Teams gives this number another emergency location than the address "
                           "it is registered at for E911: it is set to that address's default "
                           "location. Its assignment to a user stays as it is.");
    step.dispatchableId = did.number;
    step.teamsId = assignment.telephoneNumber;
    addStep(std::move(step));
}

// The registered address has no Teams id the script can use: still to confirm, or left out of
// the script by its rules (said with the address).
void Planner::noteUnknownAddress(const TeamsComparisonRow &row, const QString &addressId)
{
    for (const TeamsComparisonRow &address : rowsOf(TeamsObjectKind::Address)) {
        if (address.side == TeamsSide::Ambiguous && address.candidates.contains(addressId)) {
            note(row, TeamsNoteReason::ConfirmFirst,
                 Text::tr("Its registered address is still to confirm: the script cannot tell "
                          "which Teams location to give it."));
            return;
        }
    }
    note(row, TeamsNoteReason::LeftOut,
         Text::tr("Its registered address is not in Teams and the script does not create it: "
                  "the number's location is left as it is."));
}

} // namespace teamsdifference
