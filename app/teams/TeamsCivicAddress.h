// One row of `Get-CsOnlineLisCivicAddress | Export-Csv`: a Teams emergency address with its
// CivicAddressId, read into Dispatchable's CLDXF fields. Columns (Microsoft's reference for
// New-/Get-CsOnlineLisCivicAddress): CivicAddressId, HouseNumber, HouseNumberSuffix,
// PreDirectional, StreetName, StreetSuffix, PostDirectional, City, CityAlias, PostalCode,
// StateOrProvince, CountryOrRegion (ISO 3166-1 alpha-2), Description, CompanyName, CompanyTaxId,
// Latitude, Longitude, Elin, ValidationStatus (Valid, Invalid, NotValidated), DefaultLocationId.
// Only CompanyName and CountryOrRegion are required by Teams; Latitude and Longitude are
// strings.
#pragma once

#include "domain/CivicAddress.h"
#include "teams/TeamsExportFile.h"
#include "teams/TeamsFieldValues.h"

#include <QString>

#include <array>
#include <optional>
#include <utility>

struct TeamsCivicAddress
{
    QString civicAddressId;    // lower-case GUID
    QString defaultLocationId; // the location Teams creates with every address; may be empty
    CivicAddress civic;        // street, city, state (a US/CA code), postal code and country
    QString cityAlias;         // another name of the city (a neighbourhood's), or empty
    QString companyName;
    QString companyTaxId;
    QString description;
    QString elin;
    QString validationStatus; // as Teams writes it
    std::optional<double> latitude;
    std::optional<double> longitude;

    // Teams' address columns and the CLDXF fields (CivicAddress) they fill.
    static const std::array<std::pair<QLatin1StringView, QLatin1StringView>, 10> &columnFields();
    // Reads the address fields Get-CsOnlineLisCivicAddress and Get-CsOnlineLisLocation share
    // into `civic` (a location row names its address with the same columns).
    static CivicAddress civicFromRow(const teams::ExportRow &row);
    // nullopt when the row is unusable (no or a malformed CivicAddressId, no country);
    // reasons say why, and what was left out of a usable row.
    static std::optional<TeamsCivicAddress> fromRow(const teams::ExportRow &row,
                                                    teams::RowReasons &reasons);
};
