// Country names as people write them at the end of an address ("United Kingdom", "UK",
// "Mexico"), read as ISO 3166 codes, so that an address outside the US and Canada is recognised
// and refused for what it is ("cannot be registered") instead of being asked for a state and a
// ZIP code. The names are CLDR's English territory names, as Qt's QLocale knows them.
#pragma once

#include <QString>

class CountryNames
{
public:
    // The ISO 3166-1 alpha-2 code of a country name in any case ("united kingdom", "UK",
    // "Great Britain" → "GB"; "Mexico" → "MX"; "USA" → "US"), or empty. Two-letter ISO codes
    // are not read (except UK): "IN" or "PA" is a state as often as a country.
    static QString codeFor(QStringView typed);
    // The English name of an ISO code ("GB" → "United Kingdom"), or empty for an unknown code.
    static QString nameOf(QStringView code);
};
