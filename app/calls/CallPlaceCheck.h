// What a place's last call through Teams says about it: Teams named the place (its location
// name) and sent an address with it, which the backend judged against the place's address on
// file (EmergencyCall::Place). A difference means Teams holds the place at another address than
// Dispatchable: every call through its subnets, access points and ports goes to the wrong door,
// whoever makes it. The place is flagged on the network map, the kiosk and the report until its
// address changes or a later call matches.
#pragma once

#include "calls/CallLocationCheck.h"

#include <QHash>
#include <QList>
#include <QString>

// Each place's latest call (by start time) that named it with a verdict that compares: matches
// or differs.
QHash<QString, EmergencyCall> latestCallPerPlace(const QList<EmergencyCall> &calls);

// The check of `latest` against the place's address on file now (RegistrationChanged when the
// place moved to another address or its address was edited since).
CallLocationCheck checkCallPlace(const EmergencyCall &latest, const RegistrationOnFile &now);

// "The last 933 test call through Teams, on 5 Dec 2026, named this place with another address
// (street, ZIP code)." and the like.
QString callPlaceSentence(const CallLocationCheck &check);
