// Everything the Teams script export reads: one tenant's emergency addresses, places, network
// map and emergency calling policy as Dispatchable holds them, and who made the script when.
#pragma once

#include "domain/EmergencyAddress.h"
#include "lis/EmergencyPolicy.h"
#include "lis/NetworkElement.h"
#include "lis/Place.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct TeamsScriptInput
{
    QString tenantId; // the Teams (Entra ID) tenant GUID: the script refuses to run elsewhere
    QString tenantName;
    QList<EmergencyAddress> addresses;
    QList<Place> places;
    QList<NetworkElement> elements;
    EmergencyPolicy policy;
    QString appVersion;    // "0.9.0"
    QDateTime generatedAt; // written in UTC
};
