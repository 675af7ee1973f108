#include "RegionCodes.h"

#include <QHash>
#include <QSet>

namespace {
struct NamedRegion
{
    const char *code;
    const char *name; // as normalizeAddressText writes it for US rules: no accents
};

constexpr NamedRegion usRegions[] = {
    {"AL", "ALABAMA"},
    {"AK", "ALASKA"},
    {"AZ", "ARIZONA"},
    {"AR", "ARKANSAS"},
    {"CA", "CALIFORNIA"},
    {"CO", "COLORADO"},
    {"CT", "CONNECTICUT"},
    {"DE", "DELAWARE"},
    {"DC", "DISTRICT OF COLUMBIA"},
    {"FL", "FLORIDA"},
    {"GA", "GEORGIA"},
    {"HI", "HAWAII"},
    {"ID", "IDAHO"},
    {"IL", "ILLINOIS"},
    {"IN", "INDIANA"},
    {"IA", "IOWA"},
    {"KS", "KANSAS"},
    {"KY", "KENTUCKY"},
    {"LA", "LOUISIANA"},
    {"ME", "MAINE"},
    {"MD", "MARYLAND"},
    {"MA", "MASSACHUSETTS"},
    {"MI", "MICHIGAN"},
    {"MN", "MINNESOTA"},
    {"MS", "MISSISSIPPI"},
    {"MO", "MISSOURI"},
    {"MT", "MONTANA"},
    {"NE", "NEBRASKA"},
    {"NV", "NEVADA"},
    {"NH", "NEW HAMPSHIRE"},
    {"NJ", "NEW JERSEY"},
    {"NM", "NEW MEXICO"},
    {"NY", "NEW YORK"},
    {"NC", "NORTH CAROLINA"},
    {"ND", "NORTH DAKOTA"},
    {"OH", "OHIO"},
    {"OK", "OKLAHOMA"},
    {"OR", "OREGON"},
    {"PA", "PENNSYLVANIA"},
    {"RI", "RHODE ISLAND"},
    {"SC", "SOUTH CAROLINA"},
    {"SD", "SOUTH DAKOTA"},
    {"TN", "TENNESSEE"},
    {"TX", "TEXAS"},
    {"UT", "UTAH"},
    {"VT", "VERMONT"},
    {"VA", "VIRGINIA"},
    {"WA", "WASHINGTON"},
    {"WV", "WEST VIRGINIA"},
    {"WI", "WISCONSIN"},
    {"WY", "WYOMING"},
    {"PR", "PUERTO RICO"},
    {"VI", "VIRGIN ISLANDS"},
    {"VI", "US VIRGIN ISLANDS"},
    {"GU", "GUAM"},
    {"AS", "AMERICAN SAMOA"},
    {"MP", "NORTHERN MARIANA ISLANDS"},
    {"FM", "FEDERATED STATES OF MICRONESIA"},
    {"MH", "MARSHALL ISLANDS"},
    {"PW", "PALAU"},
};

// Canadian text keeps accents, so both spellings of Quebec are listed.
constexpr NamedRegion canadianRegions[] = {
    {"AB", "ALBERTA"},
    {"BC", "BRITISH COLUMBIA"},
    {"MB", "MANITOBA"},
    {"NB", "NEW BRUNSWICK"},
    {"NL", "NEWFOUNDLAND AND LABRADOR"},
    {"NS", "NOVA SCOTIA"},
    {"NT", "NORTHWEST TERRITORIES"},
    {"NU", "NUNAVUT"},
    {"ON", "ONTARIO"},
    {"PE", "PRINCE EDWARD ISLAND"},
    {"QC", "QUEBEC"},
    {"QC", "QUÉBEC"},
    {"SK", "SASKATCHEWAN"},
    {"YT", "YUKON"},
};

constexpr const char *territories[] = {"PR", "VI", "GU", "AS", "MP"};

template <std::size_t N> QHash<QString, QString> byName(const NamedRegion (&regions)[N])
{
    QHash<QString, QString> map;
    for (const NamedRegion &r : regions)
        map.insert(QString::fromUtf8(r.name), QString::fromLatin1(r.code));
    return map;
}

template <std::size_t N> QSet<QString> codes(const NamedRegion (&regions)[N])
{
    QSet<QString> set;
    for (const NamedRegion &r : regions)
        set.insert(QString::fromLatin1(r.code));
    return set;
}
} // namespace

QString territoryStateFromCountry(QStringView normalizedText)
{
    static const QHash<QString, QString> names = byName(usRegions);
    for (const char *code : territories) {
        if (normalizedText == QLatin1StringView(code))
            return QString::fromLatin1(code);
    }
    const QString code = names.value(normalizedText.toString());
    for (const char *territory : territories) {
        if (code == QLatin1StringView(territory))
            return code;
    }
    return {};
}

QString normalizeCountry(QStringView normalizedText)
{
    static const QSet<QString> us{QStringLiteral("US"), QStringLiteral("USA"),
                                  QStringLiteral("UNITED STATES"),
                                  QStringLiteral("UNITED STATES OF AMERICA")};
    static const QSet<QString> canada{QStringLiteral("CA"), QStringLiteral("CAN"),
                                      QStringLiteral("CANADA")};
    const QString text = normalizedText.toString();
    if (us.contains(text) || !territoryStateFromCountry(text).isEmpty())
        return QStringLiteral("US");
    if (canada.contains(text))
        return QStringLiteral("CA");
    return text;
}

QString normalizeRegion(QStringView normalizedText, QStringView country)
{
    static const QHash<QString, QString> us = byName(usRegions);
    static const QHash<QString, QString> canada = byName(canadianRegions);
    const QString text = normalizedText.toString();
    const auto &names = country == QLatin1String("CA") ? canada : us;
    return names.value(text, text);
}

bool isUsStateCode(QStringView code)
{
    static const QSet<QString> set = codes(usRegions);
    return set.contains(code.toString());
}

bool isMilitaryStateCode(QStringView code)
{
    return code == QLatin1String("AA") || code == QLatin1String("AE") ||
           code == QLatin1String("AP");
}

bool isCanadianProvinceCode(QStringView code)
{
    static const QSet<QString> set = codes(canadianRegions);
    return set.contains(code.toString());
}
