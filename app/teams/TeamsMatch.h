// Matching what Teams holds to what Dispatchable holds. An address or place that keeps its Teams
// id (CivicAddressId, LocationId) matches that row and no other. The rest match as on a first
// import: Teams civic addresses to emergency addresses by their normalised street address (the
// number import's addressKey, over the street-level fields: Teams keeps floors and rooms in
// locations), and Teams locations to places by name (placeLabelKey) within the matched address.
// Each row is matched, ambiguous (several candidates: the admin confirms one), only in Teams or
// only in Dispatchable; a matched pair lists the Teams columns whose values differ. Pure data.
#pragma once

#include "domain/EmergencyAddress.h"
#include "lis/Place.h"
#include "teams/TeamsCivicAddress.h"
#include "teams/TeamsLocation.h"

#include <QList>
#include <QStringList>

enum class TeamsMatchState : quint8 { Matched, Ambiguous, OnlyInTeams, OnlyInDispatchable };

struct TeamsMatch
{
    TeamsMatchState state = TeamsMatchState::OnlyInTeams;
    int teams = -1;          // index into the Teams list; -1 for OnlyInDispatchable
    QList<int> dispatchable; // Matched and OnlyInDispatchable: one index; Ambiguous: candidates
    QStringList differences; // Matched: Teams column names whose values differ

    friend bool operator==(const TeamsMatch &, const TeamsMatch &) = default;
};

// The street address alone, as matching compares it: building, floor, unit, room, seat and
// additional location are left out, and the street's directionals, name and type are one text
// ("Microsoft Way" in StreetName = "Microsoft" + "Way").
QString teamsStreetKey(const CivicAddress &civic);

// Teams rows in their order, then the addresses only in Dispatchable in theirs.
QList<TeamsMatch> matchTeamsAddresses(const QList<TeamsCivicAddress> &teams,
                                      const QList<EmergencyAddress> &addresses);

// `addressMatches` is matchTeamsAddresses(teamsAddresses, addresses). Default locations (no
// name) stand for their address and are left out. Teams rows in their order, then the places
// only in Dispatchable.
QList<TeamsMatch> matchTeamsLocations(const QList<TeamsLocation> &locations,
                                      const QList<Place> &places,
                                      const QList<TeamsCivicAddress> &teamsAddresses,
                                      const QList<EmergencyAddress> &addresses,
                                      const QList<TeamsMatch> &addressMatches);
