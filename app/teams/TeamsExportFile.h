// A file an admin wrote with Teams PowerShell: `Get-CsOnlineLis… | Export-Csv` or
// `… | ConvertTo-Json`, read into rows of named string fields, and which cmdlet wrote it, told
// from its columns. Pure: the caller reads the file. What the two writers do (Microsoft's
// reference for Export-Csv and ConvertTo-Json):
//  - Export-Csv: Windows PowerShell 5.1 writes "#TYPE <type name>" first unless
//    -NoTypeInformation; every field double-quoted, embedded quotes doubled, an empty value as
//    ""; -Encoding UTF8 adds a BOM and -Encoding Unicode writes UTF-16 LE with a BOM. PowerShell
//    7 leaves the #TYPE line out and may quote only as needed. A collection is written as its
//    type name ("System.Collections.Generic.List`1[System.String]"). -UseCulture separates
//    fields with the culture's list separator (';' in German or French Windows), -Delimiter
//    with any character: the reader takes the one that follows the header's first column.
//  - ConvertTo-Json: one object as an object, several as an array; a nested object deeper than
//    -Depth (2 by default) becomes its text; enums are numbers unless -EnumsAsStrings;
//    Out-File in 5.1 writes UTF-16 LE. Windows PowerShell 5.1 may write an array passed with
//    -InputObject as {"value": [...], "Count": n}, and escapes ' < > & as \u0027 and so on.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace teams {

// What the file lists, by the cmdlet that wrote it.
enum class ExportKind : quint8 {
    Unknown,
    CivicAddress,               // Get-CsOnlineLisCivicAddress
    Location,                   // Get-CsOnlineLisLocation
    Subnet,                     // Get-CsOnlineLisSubnet
    WirelessAccessPoint,        // Get-CsOnlineLisWirelessAccessPoint
    Switch,                     // Get-CsOnlineLisSwitch
    Port,                       // Get-CsOnlineLisPort
    NumberAssignment,           // Get-CsPhoneNumberAssignment
    EmergencyCallingPolicy,     // Get-CsTeamsEmergencyCallingPolicy
    EmergencyCallRoutingPolicy, // Get-CsTeamsEmergencyCallRoutingPolicy
    TrustedIpAddress,           // Get-CsTenantTrustedIPAddress
    E911Automation,             // Get-CsE911OnlineConfiguration (TeamsE911Automation)
};

// "emergency addresses", "switch ports"…: what the file holds, in words for the admin.
QString exportKindText(ExportKind kind);

// Column names compared as PowerShell compares property names: case, spaces and punctuation
// ignored ("LocationId" = "Location Id" = "locationid").
QString columnKey(QStringView column);

struct ExportRow
{
    int number = 0; // 1-based: the data row after the header, or the JSON array's item
    QHash<QString, QString> fields; // by columnKey(); values as written, JSON scalars as text
    // Why the row could not be read at all (its fields are then empty): a CSV row with more or
    // fewer values than the header has columns, or one cut off inside a quoted value.
    QString error;

    // The trimmed value of a column; empty when the column is missing or empty.
    QString value(QStringView column) const;
    bool has(QStringView column) const { return fields.contains(columnKey(column)); }
};

struct ExportFile
{
    ExportKind kind = ExportKind::Unknown;
    QStringList columns; // as the header names them (CSV) or as the first object has them (JSON)
    QList<ExportRow> rows;
    QString error; // why the file cannot be read; empty when it can
};

// Which cmdlet's output has these columns (names as written; compared by columnKey()).
ExportKind detectExportKind(const QStringList &columns);

// Reads CSV or JSON (told by the first character after any BOM), in UTF-8 or UTF-16 LE,
// skipping a "#TYPE" line, and detects the kind. A file of unknown kind gets one error that
// names the commands whose output is understood. A CSV file cut off part-way keeps the rows
// before the cut; the row that was cut, like any row whose values do not line up with the
// header, is kept as a row with an error.
ExportFile readExportFile(const QByteArray &data);

} // namespace teams
