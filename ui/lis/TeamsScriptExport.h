// "Export Teams Script…": gathers a tenant's addresses, places, network map and emergency
// calling policy from the offline cache, asks where to save, and writes the PowerShell script
// (lis/TeamsScript.h) for a Teams admin to review and run. The difference script's dialog
// (TeamsDifferenceDialog) saves through the same function.
#pragma once

#include "lis/TeamsScriptInput.h"

#include <QString>

class AppSession;
class Cache;
class QWidget;

namespace teamsscriptexport {

// Writes a script to `path` as UTF-8, unchanged (it starts with a byte order mark), replacing
// the file only once it is written whole; false with `error` set.
bool saveScript(const QString &path, const QString &script, QString *error);
// Writes the tenant's script to `path`; false with `error` set.
bool write(Cache &cache, const QString &tenantId, const QString &path, QString *error);
// Asks for a file name, writes, and says where it went or what failed. False when cancelled
// or failed.
bool exportInteractively(QWidget *parent, AppSession &session, const QString &tenantId);

} // namespace teamsscriptexport
