// Emergency calls that never happened, for the demo: events shaped exactly as Graph would send
// them for one of a tenant's numbers, with the location Teams would have sent taken from the
// number's registration (a match), moved to another address (a mismatch), or left out. A
// registered location names the first place at the address, as Teams names the location a
// subnet points at; WrongPlace sends that place's name with another address, as when Teams's
// network map holds the place at the wrong building.
#pragma once

#include "EmergencyCallEvent.h"

#include <QDateTime>
#include <QString>

#include <optional>

class ServerDatabase;

enum class SimulatedLocation { Registered, Elsewhere, WrongPlace, None };

struct SimulatedCall
{
    QString tenantId;
    QString number; // E.164, one of the tenant's
    QString dialed = QStringLiteral("911");
    SimulatedLocation location = SimulatedLocation::Registered;
    QDateTime at;
};

// The callStarted event of a simulated call; nullopt with *reason when the number is not one of
// the tenant's.
std::optional<EmergencyCallEvent> simulatedCallStart(ServerDatabase &db, const SimulatedCall &call,
                                                     QString *reason);
// The callEnded event that follows `start` after `seconds`.
EmergencyCallEvent simulatedCallEnd(const EmergencyCallEvent &start, int seconds);
