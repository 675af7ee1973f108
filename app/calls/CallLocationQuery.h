// A tenant's call-location checks straight from the offline cache: its emergency calls from
// Teams, each number's latest, judged against the number's registration on file now. Shared by
// the numbers table, the detail pane, the kiosk dashboard and the report, so all say the same.
#pragma once

#include "calls/CallLocationCheck.h"

#include <QDateTime>
#include <QHash>
#include <QString>

class Cache;

namespace calllocation {

// By E.164 number; only numbers that have had a call through Teams.
QHash<QString, CallLocationCheck> load(Cache &cache, const QString &tenantId);

// The numbers flagged (their last call sent a location that differs from the registration still
// on file), with the sentence that says what differed.
QHash<QString, QString> flaggedNumbers(const QHash<QString, CallLocationCheck> &checks);

// By place id; only places a call through Teams has named (CallPlaceCheck.h).
QHash<QString, CallLocationCheck> loadPlaces(Cache &cache, const QString &tenantId);

// The places flagged (their last call sent them with another address than theirs on file),
// with the sentence that says what differed.
QHash<QString, QString> flaggedPlaces(const QHash<QString, CallLocationCheck> &checks);

} // namespace calllocation
