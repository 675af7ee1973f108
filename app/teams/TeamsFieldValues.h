// The value formats the Teams cmdlets write, read once for every export: GUIDs (bare, as
// Export-Csv writes them, or in braces, in any case; the all-zero GUID means "none", as
// Get-CsPhoneNumberAssignment writes it for a number without a location), coordinates, and
// True / False. Each reader reports what it could not read in the admin's words.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace teams {

// What is wrong with one row: `errors` make the row unusable, `warnings` leave it usable with
// the value named left out.
struct RowReasons
{
    QStringList errors;
    QStringList warnings;
};

// A GUID in lower case without braces; empty for an empty cell or the all-zero GUID. A value
// that is not a GUID is an error naming `column`.
QString readGuid(const QString &text, const QString &column, QStringList &errors);

// A latitude (-90..90) or longitude (-180..180) written with a dot; nullopt for an empty cell
// and, with a warning naming `column`, for one that is not a coordinate.
std::optional<double> readLatitude(const QString &text, QStringList &warnings);
std::optional<double> readLongitude(const QString &text, QStringList &warnings);

// A policy's name from its Identity: "Tag:Security desk" → "Security desk"; "Global" stays.
QString policyName(const QString &identity);

// "True"/"False" (PowerShell's text for a bool, any case), "1"/"0"; nullopt otherwise.
std::optional<bool> readBool(const QString &text);

} // namespace teams
