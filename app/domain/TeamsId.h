// Teams's own ids for the objects Dispatchable mirrors (issue 17): the CivicAddressId of an
// emergency address and the LocationId of a place, as Get-CsOnlineLisCivicAddress and
// Get-CsOnlineLisLocation show them. Shared by the app and the server, so both read the same
// text as the same id.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// The canonical form of a Teams id: the GUID in lower case, 36 characters, no braces. Accepts
// a bare or braced GUID in any case (as PowerShell and the Teams admin centre print them);
// nullopt for anything else, and for the nil GUID, which names no object.
std::optional<QString> canonicalTeamsId(QStringView text);
