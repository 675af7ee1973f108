// Reading a Teams location row; see TeamsLocation.h.
#include "teams/TeamsLocation.h"

#include "teams/TeamsCivicAddress.h"

#include <QCoreApplication>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsLocation)
};
} // namespace

std::optional<TeamsLocation> TeamsLocation::fromRow(const teams::ExportRow &row,
                                                    teams::RowReasons &reasons)
{
    const qsizetype before = reasons.errors.size();
    TeamsLocation l;
    l.locationId =
        teams::readGuid(row.value(u"LocationId"), QStringLiteral("LocationId"), reasons.errors);
    if (l.locationId.isEmpty() && reasons.errors.size() == before)
        reasons.errors.append(Text::tr("No LocationId: the place cannot be told apart."));
    const qsizetype beforeAddress = reasons.errors.size();
    l.civicAddressId = teams::readGuid(row.value(u"CivicAddressId"),
                                       QStringLiteral("CivicAddressId"), reasons.errors);
    if (l.civicAddressId.isEmpty() && reasons.errors.size() == beforeAddress)
        reasons.errors.append(
            Text::tr("No CivicAddressId: the row does not say which address the place is at."));
    l.name = row.value(u"Location");
    l.civic = TeamsCivicAddress::civicFromRow(row);
    l.elin = row.value(u"Elin");
    if (reasons.errors.size() != before)
        return std::nullopt;
    return l;
}
