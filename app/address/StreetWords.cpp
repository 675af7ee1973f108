#include "address/StreetWords.h"

#include <QSet>
#include <QStringList>

namespace streetwords {
namespace {
QSet<QString> words(const char *list)
{
    const QStringList all = QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return {all.cbegin(), all.cend()};
}

// The street types of most addresses, spelled out and as USPS abbreviates them (C1), plus
// Canada Post's (CRES, GATE, LINE…).
const QSet<QString> &commonTypes()
{
    static const QSet<QString> set = words(
        "ST STR STREET AVE AV AVEN AVENUE BLVD BOUL BOULEVARD RD ROAD DR DRIVE LN LANE WAY WY "
        "CT COURT PL PLACE PKWY PARKWAY HWY HIGHWAY CIR CIRCLE TER TERRACE TRL TRAIL SQ SQUARE "
        "LOOP PLZ PLAZA ALY ALLEY EXPY EXPRESSWAY FWY FREEWAY TPKE TURNPIKE PIKE CRES CRESCENT "
        "XING CROSSING CV COVE PATH WALK ROW RUN LINE GATE GDNS HTS CRT BYP BYPASS CSWY");
    return set;
}

// Types that are also common words of names and cities ("Lake Forest Park", "Mountain View").
const QSet<QString> &rareTypes()
{
    static const QSet<QString> set = words(
        "PARK PK VIEW VW LAKE LK FOREST FRST HILL HL HILLS HLS RIDGE RDG POINT PT GROVE GRV "
        "HEIGHTS GARDENS GDN MEADOWS MDWS MEADOW MDW BEND BND GLEN GLN GREEN GRN LANDING LNDG "
        "CENTER CTR COMMONS CMNS MALL ISLAND IS HARBOR HBR ESTATES ESTS VILLAGE VLG PASS SPUR "
        "ROUTE RTE CREEK CRK VALLEY VLY VISTA VIS MOUNT MT SHORES SHRS WOODS HOLW HOLLOW");
    return set;
}

const QSet<QString> &leadingTypes()
{
    static const QSet<QString> set =
        words("RUE CHEMIN CH BOULEVARD BOUL AVENUE AV ROUTE RANG PLACE CÔTE COTE MONTÉE "
              "MONTEE RUELLE PROMENADE ALLÉE ALLEE IMPASSE");
    return set;
}
} // namespace

QString key(QStringView word)
{
    QString k = word.toString().toUpper();
    k.remove(QLatin1Char('.'));
    while (k.endsWith(QLatin1Char(',')))
        k.chop(1);
    return k;
}

TypeKind streetType(QStringView word)
{
    const QString k = key(word);
    if (commonTypes().contains(k))
        return TypeKind::Common;
    if (rareTypes().contains(k))
        return TypeKind::Rare;
    return TypeKind::None;
}

bool isLeadingStreetType(QStringView word)
{
    return leadingTypes().contains(key(word));
}

bool isDirectional(QStringView word, bool french)
{
    static const QSet<QString> english =
        words("N S E W NE NW SE SW NORTH SOUTH EAST WEST NORTHEAST NORTHWEST SOUTHEAST "
              "SOUTHWEST");
    static const QSet<QString> frenchWords = words("NORD SUD EST OUEST O NO SO");
    const QString k = key(word);
    return english.contains(k) || (french && frenchWords.contains(k));
}

std::optional<UnitDesignator> unitDesignator(QStringView word)
{
    const QString k = key(word);
    static const QSet<QString> floors = words("FL FLR FLOOR ÉTAGE ETAGE");
    static const QSet<QString> rooms = words("RM ROOM");
    static const QSet<QString> buildings = words("BLDG BLD BUILDING");
    static const QSet<QString> units =
        words("APT APARTMENT STE SUITE UNIT # DEPT DEPARTMENT OFC OFFICE SPC SPACE LOT TRLR "
              "HNGR HANGAR PIER SLIP STOP KEY BUREAU APP APPARTEMENT UNITÉ");
    static const QSet<QString> standalone = words("BSMT BASEMENT FRNT LBBY LOBBY LOWR PH "
                                                  "PENTHOUSE REAR SIDE UPPR");
    if (floors.contains(k))
        return UnitDesignator{UnitField::Floor, true};
    if (rooms.contains(k))
        return UnitDesignator{UnitField::Room, true};
    if (buildings.contains(k))
        return UnitDesignator{UnitField::Building, true};
    if (units.contains(k))
        return UnitDesignator{UnitField::Unit, true};
    if (standalone.contains(k))
        return UnitDesignator{UnitField::Unit, false};
    return std::nullopt;
}

StreetParts splitStreet(QStringList s, bool french)
{
    StreetParts p;
    if (s.size() >= 2 && isDirectional(s.last(), french) &&
        (s.size() >= 3 || streetType(s[s.size() - 2]) != TypeKind::None))
        p.postDirectional = s.takeLast();
    if (s.size() >= 2 && streetType(s.last()) != TypeKind::None)
        p.type = s.takeLast();
    if (s.size() >= 2 && isDirectional(s.first(), french) &&
        !(p.type.isEmpty() && s.size() == 2 && streetType(s.last()) != TypeKind::None))
        p.preDirectional = s.takeFirst();
    if (p.type.isEmpty() && s.size() >= 2 && french && isLeadingStreetType(s.first()))
        p.leadingType = s.takeFirst();
    p.name = s.join(QLatin1Char(' '));
    return p;
}

} // namespace streetwords
