#include "Directionals.h"

#include "AbbreviationTable.h"

namespace {
constexpr Abbreviation english[] = {
    {"N", "NORTH"},      {"S", "SOUTH"},      {"E", "EAST"},       {"W", "WEST"},
    {"NE", "NORTHEAST"}, {"NW", "NORTHWEST"}, {"SE", "SOUTHEAST"}, {"SW", "SOUTHWEST"},
};

// Canada Post accepts both languages; the French forms keep their French letters (O for ouest).
// Hyphens survive Canadian text normalization, so "NORD-EST" arrives as one word.
constexpr Abbreviation canadian[] = {
    {"N", "NORTH NORD"}, {"S", "SOUTH SUD"},   {"E", "EAST EST"},
    {"W", "WEST"},       {"O", "OUEST"},       {"NE", "NORTHEAST NORD-EST"},
    {"NW", "NORTHWEST"}, {"NO", "NORD-OUEST"}, {"SE", "SOUTHEAST SUD-EST"},
    {"SW", "SOUTHWEST"}, {"SO", "SUD-OUEST"},
};
} // namespace

std::optional<QString> standardDirectional(QStringView word, AddressConvention convention)
{
    static const AbbreviationTable usps(english);
    static const AbbreviationTable canadaPost(canadian);
    return convention == AddressConvention::Usps ? usps.lookup(word) : canadaPost.lookup(word);
}
