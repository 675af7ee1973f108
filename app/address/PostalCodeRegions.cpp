#include "address/PostalCodeRegions.h"

namespace {
struct ZipPrefixRange
{
    int first;
    int last;
    const char *states; // space-separated USPS codes
};

// 3-digit ZIP prefixes by state, after the USPS Domestic Mail Manual's labeling list L002
// ("3-Digit ZIP Code Prefix Matrix") and USPS Publication 65 (National Five-Digit ZIP Code and
// Post Office Directory). Unassigned prefixes are left out, so they answer "unknown" rather
// than a wrong state. Shared prefixes name every state they serve: 967 holds American Samoa's
// 96799, 969 Guam and the Northern Mariana Islands. 090-098, 340 and 962-966 are the military
// "states" AE, AA and AP, listed so that such a ZIP is recognized (and refused) as mail-only.
constexpr ZipPrefixRange zipPrefixes[] = {
    {5, 5, "NY"},     {6, 7, "PR"},        {8, 8, "VI"},     {9, 9, "PR"},     {10, 27, "MA"},
    {28, 29, "RI"},   {30, 38, "NH"},      {39, 49, "ME"},   {50, 54, "VT"},   {55, 55, "MA"},
    {56, 59, "VT"},   {60, 69, "CT"},      {70, 89, "NJ"},   {90, 98, "AE"},   {100, 149, "NY"},
    {150, 196, "PA"}, {197, 199, "DE"},    {200, 200, "DC"}, {201, 201, "VA"}, {202, 205, "DC"},
    {206, 219, "MD"}, {220, 246, "VA"},    {247, 268, "WV"}, {270, 289, "NC"}, {290, 299, "SC"},
    {300, 319, "GA"}, {320, 339, "FL"},    {340, 340, "AA"}, {341, 349, "FL"}, {350, 369, "AL"},
    {370, 385, "TN"}, {386, 397, "MS"},    {398, 399, "GA"}, {400, 427, "KY"}, {430, 459, "OH"},
    {460, 479, "IN"}, {480, 499, "MI"},    {500, 528, "IA"}, {530, 549, "WI"}, {550, 567, "MN"},
    {569, 569, "DC"}, {570, 577, "SD"},    {580, 588, "ND"}, {590, 599, "MT"}, {600, 629, "IL"},
    {630, 658, "MO"}, {660, 679, "KS"},    {680, 693, "NE"}, {700, 714, "LA"}, {716, 729, "AR"},
    {730, 731, "OK"}, {733, 733, "TX"},    {734, 749, "OK"}, {750, 799, "TX"}, {800, 816, "CO"},
    {820, 831, "WY"}, {832, 838, "ID"},    {840, 847, "UT"}, {850, 865, "AZ"}, {870, 884, "NM"},
    {885, 885, "TX"}, {889, 898, "NV"},    {900, 961, "CA"}, {962, 966, "AP"}, {967, 967, "HI AS"},
    {968, 968, "HI"}, {969, 969, "GU MP"}, {970, 979, "OR"}, {980, 994, "WA"}, {995, 999, "AK"},
};

struct PostalDistrict
{
    char letter;
    const char *provinces;
};

// Canada Post's postal districts: the first letter of a postal code (the forward sortation
// area's first character) names the province or territory. X serves both the Northwest
// Territories and Nunavut.
constexpr PostalDistrict postalDistricts[] = {
    {'A', "NL"}, {'B', "NS"}, {'C', "PE"}, {'E', "NB"}, {'G', "QC"},    {'H', "QC"},
    {'J', "QC"}, {'K', "ON"}, {'L', "ON"}, {'M', "ON"}, {'N', "ON"},    {'P', "ON"},
    {'R', "MB"}, {'S', "SK"}, {'T', "AB"}, {'V', "BC"}, {'X', "NT NU"}, {'Y', "YT"},
};

QStringList split(const char *codes)
{
    return QString::fromLatin1(codes).split(QLatin1Char(' '));
}
} // namespace

QStringList PostalCodeRegions::statesForZip(QStringView zip)
{
    if (zip.size() < 3 || !zip[0].isDigit() || !zip[1].isDigit() || !zip[2].isDigit())
        return {};
    const int prefix = zip.left(3).toInt();
    for (const ZipPrefixRange &r : zipPrefixes)
        if (prefix >= r.first && prefix <= r.last)
            return split(r.states);
    return {};
}

QStringList PostalCodeRegions::provincesForPostalCode(QStringView postalCode)
{
    if (postalCode.isEmpty())
        return {};
    const char16_t first = postalCode.front().toUpper().unicode();
    for (const PostalDistrict &d : postalDistricts)
        if (first == char16_t(d.letter))
            return split(d.provinces);
    return {};
}
