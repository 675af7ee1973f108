// A few past calls through Teams for the demo (`--demo-calls`), so the desk's log, the flag on a
// number whose last call came from elsewhere and the 933 checklist's records from Teams show
// without anyone simulating a call first. Seeded once: a data directory that has calls already
// keeps them.
#pragma once

#include <QDateTime>

class GraphNotificationIntake;
class ServerDatabase;

// Records the calls for the first tenant (by name)'s first registered numbers, and a
// wrong-place 933 test from the first tenant with a place at a registered number's address, `now`
// being the present; returns how many calls were seeded (0 when there were calls already or no
// registered number).
int seedDemoCalls(ServerDatabase &db, GraphNotificationIntake &intake, const QDateTime &now);
