// The per-number Teams check (issue 17): does the emergency location Teams gives a number
// (Get-CsPhoneNumberAssignment's LocationId or CivicAddressId) lie at the address the number is
// registered at for E911? A number registered at one address while Teams gives it another will
// send the other one with its next emergency call. One rule, for the comparison view and every
// place the fact shows.
#pragma once

#include "domain/Did.h"
#include "teams/TeamsNumberLocations.h"
#include "teams/TeamsTenantSnapshot.h"

#include <QHash>
#include <QString>
#include <QStringList>

enum class TeamsNumberLocation : quint8 {
    Agrees,      // Teams's location is at the registered address
    Differs,     // Teams gives another address, or one Dispatchable has not matched
    TeamsOnly,   // Teams gives a location; the number has no E911 registration
    NoneInTeams, // Teams gives the number no location (usual for Direct Routing)
    NotInTeams,  // the number is not in the Teams export
};

struct TeamsNumberCheck
{
    TeamsNumberLocation state = TeamsNumberLocation::NotInTeams;
    QString teamsCivicAddressId; // the Teams address of the number's location; empty when none
    QStringList teamsAddressIds; // the Dispatchable addresses that Teams address matched or may
                                 // match (still to confirm); empty when none
    QString teamsAddressLine;    // a recorded check: that Teams address in words, when known
    QDateTime readAt;            // a recorded check: when the export was read

    bool isFlagged() const { return state == TeamsNumberLocation::Differs; }
};

// Whether Dispatchable gives the number an address for E911 (any state but basic): what Teams's
// location is compared with, here and in the difference script.
bool hasTeamsComparableRegistration(const Did &did);

// `addressesOfCivicAddressId`: Teams CivicAddressId → the Dispatchable address it matched, or
// the candidates while the match is still to confirm. A number whose registered address is one
// of them agrees: only a location that cannot be the registered address is flagged.
TeamsNumberCheck checkTeamsNumber(const Did &did, const TeamsTenantSnapshot &teams,
                                  const QHash<QString, QStringList> &addressesOfCivicAddressId);

// The Teams address a number's location lies at: its CivicAddressId, else its location's.
QString teamsCivicAddressOf(const TeamsNumberAssignment &assignment,
                            const TeamsTenantSnapshot &teams);

// The same check on the reading the backend keeps (`recorded`: the number's entry, null when
// the last export did not list it; `readAt` invalid when none was ever recorded). The Teams
// address agrees with the registration when it matched the registered address when read, or
// when that address now keeps the Teams CivicAddressId (`addressesOfKeptId`: kept id →
// addresses).
TeamsNumberCheck checkRecordedTeamsNumber(const Did &did, const TeamsNumberLocationEntry *recorded,
                                          const QDateTime &readAt,
                                          const QHash<QString, QStringList> &addressesOfKeptId);

// "Teams gives this number another location (…)", translated; `teamsAddressLine` is the Teams
// address in words.
QString teamsNumberSentence(const TeamsNumberCheck &check, const QString &teamsAddressLine);
