// A tenant's per-number Teams checks straight from the offline cache: the Teams number locations
// last recorded, judged against each number's registration on file now (TeamsNumberCheck).
// Shared by the numbers table, the detail pane, the kiosk dashboard and the report, so all say
// the same.
#pragma once

#include "teams/TeamsNumberCheck.h"

#include <QHash>
#include <QString>

#include <optional>

class Cache;

namespace teamsnumbers {

// By E.164 number; only the numbers the last recorded export listed (none when nothing was
// ever recorded for the tenant).
QHash<QString, TeamsNumberCheck> load(Cache &cache, const QString &tenantId);

// One number's check; nullopt when the last recorded export did not list it. Reads no other
// number's registration (the detail pane asks on every selection).
std::optional<TeamsNumberCheck> check(Cache &cache, const Did &did);

// The numbers flagged (Teams gives another location than the registration), with the sentence
// that says so.
QHash<QString, QString> flaggedNumbers(const QHash<QString, TeamsNumberCheck> &checks);

} // namespace teamsnumbers
