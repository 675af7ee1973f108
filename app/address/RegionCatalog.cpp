// Region codes from USPS Publication 28, appendix B (state and territory abbreviations), and
// Canada Post's province and territory symbols (Canada Postal Guide, "Addressing guidelines").
#include "address/RegionCatalog.h"

#include <QStringList>

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace {
QList<AddressRegion> regions(std::initializer_list<std::pair<const char *, const char *>> list)
{
    QList<AddressRegion> out;
    for (const auto &[code, name] : list)
        out.append({QString::fromLatin1(code), QString::fromUtf8(name)});
    return out;
}

const QList<AddressRegion> &unitedStates()
{
    static const QList<AddressRegion> list = regions({
        {"AL", "Alabama"},
        {"AK", "Alaska"},
        {"AS", "American Samoa"},
        {"AZ", "Arizona"},
        {"AR", "Arkansas"},
        {"CA", "California"},
        {"CO", "Colorado"},
        {"CT", "Connecticut"},
        {"DE", "Delaware"},
        {"DC", "District of Columbia"},
        {"FL", "Florida"},
        {"GA", "Georgia"},
        {"GU", "Guam"},
        {"HI", "Hawaii"},
        {"ID", "Idaho"},
        {"IL", "Illinois"},
        {"IN", "Indiana"},
        {"IA", "Iowa"},
        {"KS", "Kansas"},
        {"KY", "Kentucky"},
        {"LA", "Louisiana"},
        {"ME", "Maine"},
        {"MD", "Maryland"},
        {"MA", "Massachusetts"},
        {"MI", "Michigan"},
        {"MN", "Minnesota"},
        {"MS", "Mississippi"},
        {"MO", "Missouri"},
        {"MT", "Montana"},
        {"NE", "Nebraska"},
        {"NV", "Nevada"},
        {"NH", "New Hampshire"},
        {"NJ", "New Jersey"},
        {"NM", "New Mexico"},
        {"NY", "New York"},
        {"NC", "North Carolina"},
        {"ND", "North Dakota"},
        {"MP", "Northern Mariana Islands"},
        {"OH", "Ohio"},
        {"OK", "Oklahoma"},
        {"OR", "Oregon"},
        {"PA", "Pennsylvania"},
        {"PR", "Puerto Rico"},
        {"RI", "Rhode Island"},
        {"SC", "South Carolina"},
        {"SD", "South Dakota"},
        {"TN", "Tennessee"},
        {"TX", "Texas"},
        {"VI", "U.S. Virgin Islands"},
        {"UT", "Utah"},
        {"VT", "Vermont"},
        {"VA", "Virginia"},
        {"WA", "Washington"},
        {"WV", "West Virginia"},
        {"WI", "Wisconsin"},
        {"WY", "Wyoming"},
    });
    return list;
}

const QList<AddressRegion> &canada()
{
    static const QList<AddressRegion> list = regions({
        {"AB", "Alberta"},
        {"BC", "British Columbia"},
        {"MB", "Manitoba"},
        {"NB", "New Brunswick"},
        {"NL", "Newfoundland and Labrador"},
        {"NS", "Nova Scotia"},
        {"NT", "Northwest Territories"},
        {"NU", "Nunavut"},
        {"ON", "Ontario"},
        {"PE", "Prince Edward Island"},
        {"QC", "Quebec"},
        {"SK", "Saskatchewan"},
        {"YT", "Yukon"},
    });
    return list;
}

// Other spellings people paste: French names, "Virgin Islands" without "U.S.", "Washington DC".
const QList<AddressRegion> &aliases()
{
    static const QList<AddressRegion> list = regions({
        {"QC", "Québec"},
        {"NL", "Newfoundland"},
        {"PE", "PEI"},
        {"NT", "NWT"},
        {"YT", "Yukon Territory"},
        {"BC", "Colombie-Britannique"},
        {"NB", "Nouveau-Brunswick"},
        {"NS", "Nouvelle-Écosse"},
        {"PE", "Île-du-Prince-Édouard"},
        {"NL", "Terre-Neuve-et-Labrador"},
        {"NT", "Territoires du Nord-Ouest"},
        {"VI", "Virgin Islands"},
        {"VI", "US Virgin Islands"},
        {"DC", "Washington DC"},
        {"DC", "Washington D.C."},
        {"MP", "Northern Marianas"},
    });
    return list;
}

// Case, accents, dots and hyphens do not matter when a name is matched.
QString folded(QStringView text)
{
    QString out;
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c == QLatin1Char('.'))
            continue;
        out.append(c == QLatin1Char('-') ? QLatin1Char(' ') : c.toUpper());
    }
    return out.simplified();
}

QString findIn(const QList<AddressRegion> &list, QStringView typed)
{
    const QString key = folded(typed);
    for (const AddressRegion &r : list)
        if (r.code == key || folded(r.name) == key)
            return r.code;
    return {};
}
} // namespace

const QList<AddressRegion> &RegionCatalog::regionsOf(QStringView country)
{
    static const QList<AddressRegion> none;
    if (country == QLatin1String("US"))
        return unitedStates();
    if (country == QLatin1String("CA"))
        return canada();
    return none;
}

bool RegionCatalog::isRegionOf(QStringView country, QStringView code)
{
    const auto &list = regionsOf(country);
    return std::any_of(list.cbegin(), list.cend(),
                       [code](const AddressRegion &r) { return r.code == code; });
}

bool RegionCatalog::isMilitaryCode(QStringView code)
{
    return code == QLatin1String("AA") || code == QLatin1String("AE") ||
           code == QLatin1String("AP");
}

QString RegionCatalog::nameOf(QStringView code)
{
    for (const auto *list : {&unitedStates(), &canada()})
        for (const AddressRegion &r : *list)
            if (r.code == code)
                return r.name;
    return {};
}

QString RegionCatalog::codeFor(QStringView typed, QStringView country)
{
    const QString key = folded(typed);
    if (key.isEmpty())
        return {};
    if (isMilitaryCode(key) && country != QLatin1String("CA"))
        return key;
    QString code;
    if (country.isEmpty() || country == QLatin1String("US"))
        code = findIn(unitedStates(), key);
    if (code.isEmpty() && (country.isEmpty() || country == QLatin1String("CA")))
        code = findIn(canada(), key);
    if (code.isEmpty()) {
        code = findIn(aliases(), key);
        if (!country.isEmpty() && !code.isEmpty() && countryOf(code) != country)
            code.clear();
    }
    return code;
}

QString RegionCatalog::countryOf(QStringView code)
{
    if (isRegionOf(u"US", code) || isMilitaryCode(code))
        return QStringLiteral("US");
    if (isRegionOf(u"CA", code))
        return QStringLiteral("CA");
    return {};
}
