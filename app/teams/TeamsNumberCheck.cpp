// The per-number Teams check; see TeamsNumberCheck.h.
#include "teams/TeamsNumberCheck.h"

#include <QCoreApplication>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsNumberCheck)
};

const TeamsNumberAssignment *assignmentOf(const QString &e164, const TeamsTenantSnapshot &teams)
{
    for (const TeamsNumberAssignment &a : teams.numbers()) {
        if (a.e164 == e164)
            return &a;
    }
    return nullptr;
}

} // namespace

bool hasTeamsComparableRegistration(const Did &did)
{
    return did.e911.state != E911State::Basic && !did.e911.addressId.isEmpty();
}

QString teamsCivicAddressOf(const TeamsNumberAssignment &assignment,
                            const TeamsTenantSnapshot &teams)
{
    if (!assignment.civicAddressId.isEmpty())
        return assignment.civicAddressId;
    for (const TeamsLocation &l : teams.locations()) {
        if (l.locationId == assignment.locationId)
            return l.civicAddressId;
    }
    return {};
}

namespace {
// The rule itself, on what Teams gives the number (`check.teamsCivicAddressId` and
// `check.teamsAddressIds` filled in) and its Teams location id.
TeamsNumberCheck judged(TeamsNumberCheck check, const Did &did, const QString &locationId)
{
    if (check.teamsCivicAddressId.isEmpty() && locationId.isEmpty()) {
        check.state = TeamsNumberLocation::NoneInTeams;
        check.teamsAddressIds.clear();
        return check;
    }
    if (!hasTeamsComparableRegistration(did))
        check.state = TeamsNumberLocation::TeamsOnly;
    else if (check.teamsAddressIds.contains(did.e911.addressId))
        check.state = TeamsNumberLocation::Agrees;
    else
        check.state = TeamsNumberLocation::Differs;
    return check;
}
} // namespace

TeamsNumberCheck checkTeamsNumber(const Did &did, const TeamsTenantSnapshot &teams,
                                  const QHash<QString, QStringList> &addressesOfCivicAddressId)
{
    TeamsNumberCheck check;
    const TeamsNumberAssignment *assignment = assignmentOf(did.number, teams);
    if (!assignment)
        return check;
    check.teamsCivicAddressId = teamsCivicAddressOf(*assignment, teams);
    check.teamsAddressIds = addressesOfCivicAddressId.value(check.teamsCivicAddressId);
    return judged(check, did, assignment->locationId);
}

TeamsNumberCheck checkRecordedTeamsNumber(const Did &did, const TeamsNumberLocationEntry *recorded,
                                          const QDateTime &readAt,
                                          const QHash<QString, QStringList> &addressesOfKeptId)
{
    TeamsNumberCheck check;
    check.readAt = readAt;
    if (!recorded)
        return check;
    check.teamsCivicAddressId = recorded->civicAddressId;
    check.teamsAddressLine = recorded->teamsAddress;
    check.teamsAddressIds = recorded->addressIds;
    if (!recorded->civicAddressId.isEmpty())
        check.teamsAddressIds += addressesOfKeptId.value(recorded->civicAddressId);
    return judged(check, did, recorded->locationId);
}

QString teamsNumberSentence(const TeamsNumberCheck &check, const QString &teamsAddressLine)
{
    const QString where =
        teamsAddressLine.isEmpty() ? Text::tr("a location not in the export") : teamsAddressLine;
    switch (check.state) {
    case TeamsNumberLocation::Agrees:
        return Text::tr("Teams gives this number a location at its registered address.");
    case TeamsNumberLocation::Differs:
        return Text::tr("Teams gives this number another location (%1): its next emergency call "
                        "will send that one, not the registered address.")
            .arg(where);
    case TeamsNumberLocation::TeamsOnly:
        return Text::tr("Teams gives this number a location (%1), but it has no E911 "
                        "registration here.")
            .arg(where);
    case TeamsNumberLocation::NoneInTeams:
        return Text::tr("Teams gives this number no emergency location of its own.");
    case TeamsNumberLocation::NotInTeams:
        return Text::tr("This number is not in the Teams export.");
    }
    return {};
}
