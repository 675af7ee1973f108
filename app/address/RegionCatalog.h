// The states and provinces an emergency address may name, per country, with the names a
// person reads in the editor's lists and the codes the API carries (USPS and Canada Post
// two-letter codes). US means the 50 states, DC and the inhabited territories where 911 and
// the FCC's rules apply (AS, GU, MP, PR, VI); the military "states" AA, AE and AP are mail
// routing codes, known here only so they can be refused with the reason.
#pragma once

#include <QList>
#include <QString>

struct AddressRegion
{
    QString code; // "WA", "ON"
    QString name; // "Washington", "Ontario" (English; the code is what is stored)
};

class RegionCatalog
{
public:
    // "US" or "CA"; empty for any other country.
    static const QList<AddressRegion> &regionsOf(QStringView country);
    static bool isRegionOf(QStringView country, QStringView code);
    // AA, AE, AP: APO/FPO/DPO mail, not a place responders can go to.
    static bool isMilitaryCode(QStringView code);
    // The region's name for a code of either country, or empty.
    static QString nameOf(QStringView code);
    // The code for a typed code or name in any case ("wa", "Washington", "Québec", "Quebec"),
    // or empty. Searches `country` when given, otherwise the US first, then Canada.
    static QString codeFor(QStringView typed, QStringView country = {});
    // The country ("US" or "CA") a region code belongs to, or empty.
    static QString countryOf(QStringView code);
};
