// Reading a network map from CSV (bulk import): which of the three accepted forms a file is,
// and each row's element, address and place, with every problem of the row. Pure: no file,
// network or cache access. The forms (docs/network-map.md):
//  - Teams' own exports, `Get-CsOnlineLisSubnet | Export-Csv` and the same for
//    WirelessAccessPoint, Switch and Port: Subnet / BSSID / ChassisID (+ PortID), Description,
//    LocationId. Column names from Microsoft's pages:
//      https://learn.microsoft.com/powershell/module/teams/get-csonlinelissubnet
//      https://learn.microsoft.com/powershell/module/teams/get-csonlineliswirelessaccesspoint
//      https://learn.microsoft.com/powershell/module/teams/get-csonlinelisswitch
//      https://learn.microsoft.com/powershell/module/teams/get-csonlinelisport
//      https://learn.microsoft.com/powershell/module/teams/set-csonlinelissubnet
//    LocationId must be a Dispatchable place id.
//  - Microsoft's TeamsE911Automation sample module (github.com/adthom/TeamsE911Automation,
//    scripts/sampleinput.csv): Address, City, StateOrProvince, PostalCode, CountryOrRegion,
//    Location, NetworkDescription, NetworkObjectType, NetworkObjectIdentifier (a port as
//    "chassis;port"); its other columns are read past.
//  - Our simple form: kind,identifier,port,address,building,floor,room,description.
#pragma once

#include "domain/CivicAddress.h"
#include "lis/NetworkElement.h"
#include "lis/Place.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace csvimport {

enum class NetworkCsvForm : quint8 { Unknown, TeamsExport, TeamsE911Automation, Simple };

// Which column holds what (-1: none), found from the header (case, spaces and punctuation
// ignored).
struct NetworkColumns
{
    NetworkCsvForm form = NetworkCsvForm::Unknown;
    // Simple form
    int kind = -1, identifier = -1, port = -1, address = -1, building = -1, floor = -1, room = -1;
    int description = -1; // all forms (TeamsE911Automation: NetworkDescription)
    // Teams export
    int subnet = -1, bssid = -1, chassisId = -1, portId = -1, locationId = -1;
    // TeamsE911Automation
    int objectType = -1, objectIdentifier = -1, location = -1, city = -1, state = -1;
    int postalCode = -1, country = -1;
};

NetworkColumns detectNetworkColumns(const QStringList &header);

struct NetworkRowCheck
{
    int record = 0;          // 1-based data row (after the header)
    bool hasElement = false; // false: the row names no network element and is skipped
    NetworkElement element;  // kind, normalised identifiers and description; no id or place
    QString locationId;      // Teams export: the place id the row names
    CivicAddress address;    // simple and TeamsE911Automation forms
    QString addressText;     // the address as written, for messages
    Place place;             // the building, floor and room the row names (no ids)
    QString locationText;    // TeamsE911Automation: Location as written (Teams' place name)
    QStringList problems;    // every reason the row cannot be imported
    QStringList notes;       // what normalising changed ("host bits cleared")

    bool isValid() const { return problems.isEmpty(); }
};

// Splits a Teams location name ("Building 2, Floor 3, Room 301", "Suite 403, Floor 1") into a
// place: a part naming a building or a floor goes there, the rest is the room or wing.
Place placeFromLocationText(const QString &text);

// Checks every data row (`rows` without the header): the element's kind and identifiers (the
// server's rules, lis/NetworkIdentifier.h), a place or LocationId, and the same element in an
// earlier row.
QList<NetworkRowCheck> checkNetworkRows(const QList<QStringList> &rows,
                                        const NetworkColumns &columns);

struct NetworkCsvFile
{
    NetworkColumns columns;
    QList<NetworkRowCheck> rows;
    QString error; // why the file cannot be read at all; empty when it can
};

// Parses (RFC 4180, as the number import does), skips the "#TYPE …" line Windows PowerShell's
// Export-Csv writes first, detects the form and checks the rows.
NetworkCsvFile readNetworkCsv(const QByteArray &data);

} // namespace csvimport
