// Reading a Teams civic address row; see TeamsCivicAddress.h.
#include "teams/TeamsCivicAddress.h"

#include "address/RegionCatalog.h"

#include <QCoreApplication>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsCivicAddress)
};
} // namespace

const std::array<std::pair<QLatin1StringView, QLatin1StringView>, 10> &
TeamsCivicAddress::columnFields()
{
    static const std::array<std::pair<QLatin1StringView, QLatin1StringView>, 10> fields{{
        {QLatin1StringView("HouseNumber"), QLatin1StringView("addNumber")},
        {QLatin1StringView("HouseNumberSuffix"), QLatin1StringView("addNumSuf")},
        {QLatin1StringView("PreDirectional"), QLatin1StringView("stPreDir")},
        {QLatin1StringView("StreetName"), QLatin1StringView("stName")},
        {QLatin1StringView("StreetSuffix"), QLatin1StringView("stPosTyp")},
        {QLatin1StringView("PostDirectional"), QLatin1StringView("stPosDir")},
        {QLatin1StringView("City"), QLatin1StringView("postalCommunity")},
        {QLatin1StringView("StateOrProvince"), QLatin1StringView("state")},
        {QLatin1StringView("PostalCode"), QLatin1StringView("postalCode")},
        {QLatin1StringView("CountryOrRegion"), QLatin1StringView("country")},
    }};
    return fields;
}

CivicAddress TeamsCivicAddress::civicFromRow(const teams::ExportRow &row)
{
    CivicAddress c;
    for (const auto &[column, field] : columnFields())
        c.setValue(QString(field), row.value(QString(column)));
    c.country = c.country.toUpper(); // ISO 3166-1 alpha-2
    // Teams keeps StateOrProvince as typed, often the full name (Microsoft's own example has
    // "Washington"); Dispatchable stores the USPS or Canada Post code. Other countries' regions
    // stay as written.
    if (c.country == QLatin1StringView("US") || c.country == QLatin1StringView("CA")) {
        if (const QString code = RegionCatalog::codeFor(c.state, c.country); !code.isEmpty())
            c.state = code;
    }
    return c;
}

std::optional<TeamsCivicAddress> TeamsCivicAddress::fromRow(const teams::ExportRow &row,
                                                            teams::RowReasons &reasons)
{
    const qsizetype before = reasons.errors.size();
    TeamsCivicAddress a;
    a.civicAddressId = teams::readGuid(row.value(u"CivicAddressId"),
                                       QStringLiteral("CivicAddressId"), reasons.errors);
    if (a.civicAddressId.isEmpty() && reasons.errors.size() == before)
        reasons.errors.append(
            Text::tr("No CivicAddressId: Teams gives every address one, so this row is not a "
                     "complete export."));
    a.defaultLocationId = teams::readGuid(row.value(u"DefaultLocationId"),
                                          QStringLiteral("DefaultLocationId"), reasons.warnings);
    a.civic = civicFromRow(row);
    // Teams requires only CompanyName and CountryOrRegion: an address without a street is still
    // one, but nothing but its CivicAddressId can tie it to Dispatchable's.
    if (a.civic.stName.isEmpty())
        reasons.warnings.append(Text::tr("No StreetName: the address matches Dispatchable's only "
                                         "by its CivicAddressId, never by its street."));
    a.cityAlias = row.value(u"CityAlias");
    if (a.civic.country.isEmpty())
        reasons.errors.append(Text::tr("No CountryOrRegion: the address cannot be matched."));
    a.companyName = row.value(u"CompanyName");
    a.companyTaxId = row.value(u"CompanyTaxId");
    a.description = row.value(u"Description");
    a.elin = row.value(u"Elin");
    a.validationStatus = row.value(u"ValidationStatus");
    a.latitude = teams::readLatitude(row.value(u"Latitude"), reasons.warnings);
    a.longitude = teams::readLongitude(row.value(u"Longitude"), reasons.warnings);
    if (reasons.errors.size() != before)
        return std::nullopt;
    return a;
}
