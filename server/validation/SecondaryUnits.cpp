#include "SecondaryUnits.h"

#include "AbbreviationTable.h"

#include <QSet>

namespace {
using Field = SecondaryUnitDesignator::Field;

// USPS Publication 28, appendix C2.
constexpr Abbreviation usps[] = {
    {"APT", "APARTMENT APART"},
    {"BSMT", "BASEMENT"},
    {"BLDG", "BUILDING BLD"},
    {"DEPT", "DEPARTMENT"},
    {"FL", "FLOOR FLR"},
    {"FRNT", "FRONT"},
    {"HNGR", "HANGAR"},
    {"KEY", ""},
    {"LBBY", "LOBBY"},
    {"LOT", ""},
    {"LOWR", "LOWER"},
    {"OFC", "OFFICE"},
    {"PH", "PENTHOUSE"},
    {"PIER", ""},
    {"REAR", ""},
    {"RM", "ROOM"},
    {"SIDE", ""},
    {"SLIP", ""},
    {"SPC", "SPACE"},
    {"STOP", ""},
    {"STE", "SUITE"},
    {"TRLR", "TRAILER"},
    {"UNIT", ""},
    {"UPPR", "UPPER"},
};

// Canada Post writes SUITE in full and has French designators.
constexpr Abbreviation canadaPost[] = {
    {"APT", "APARTMENT"},        {"APP", "APPARTEMENT"}, {"BUREAU", ""}, {"BLDG", "BUILDING"},
    {"FL", "FLOOR ÉTAGE ETAGE"}, {"PH", "PENTHOUSE"},    {"RM", "ROOM"}, {"SUITE", "STE"},
    {"UNIT", "UNITÉ UNITE"},
};

Field fieldFor(const QString &abbreviation)
{
    if (abbreviation == QLatin1String("FL"))
        return Field::Floor;
    if (abbreviation == QLatin1String("RM"))
        return Field::Room;
    if (abbreviation == QLatin1String("BLDG"))
        return Field::Building;
    return Field::Unit;
}
} // namespace

std::optional<SecondaryUnitDesignator> secondaryUnitDesignator(QStringView word,
                                                               AddressConvention convention)
{
    static const AbbreviationTable uspsTable(usps);
    static const AbbreviationTable canadaPostTable(canadaPost);
    // C2 lists these as standing alone, without a number.
    static const QSet<QString> withoutRange{
        QStringLiteral("BSMT"), QStringLiteral("FRNT"), QStringLiteral("LBBY"),
        QStringLiteral("LOWR"), QStringLiteral("OFC"),  QStringLiteral("PH"),
        QStringLiteral("REAR"), QStringLiteral("SIDE"), QStringLiteral("UPPR")};

    const auto abbreviation = convention == AddressConvention::Usps ? uspsTable.lookup(word)
                                                                    : canadaPostTable.lookup(word);
    if (!abbreviation)
        return std::nullopt;
    return SecondaryUnitDesignator{*abbreviation, fieldFor(*abbreviation),
                                   !withoutRange.contains(*abbreviation)};
}
