#include "UspsNormalizer.h"

#include "Directionals.h"
#include "RegionCodes.h"
#include "SecondaryUnits.h"
#include "StreetSuffixes.h"

#include <QRegularExpression>

#include <algorithm>

namespace {
using Field = SecondaryUnitDesignator::Field;

struct StreetRules
{
    AddressConvention convention;
    bool puertoRico;

    std::optional<QString> directional(QStringView w) const
    {
        return standardDirectional(w, convention);
    }
    std::optional<QString> trailingType(QStringView w) const
    {
        return convention == AddressConvention::Usps ? uspsStreetSuffix(w)
                                                     : canadaPostTrailingStreetType(w);
    }
    std::optional<QString> leadingType(QStringView w) const
    {
        if (convention == AddressConvention::CanadaPost)
            return canadaPostLeadingStreetType(w);
        return puertoRico ? puertoRicoLeadingStreetType(w) : std::nullopt;
    }
};

QString text(const QString &value, AddressConvention c,
             AddressTextKind kind = AddressTextKind::Words)
{
    return normalizeAddressText(value, c, kind);
}

// A designator's value ("4B" after "APT") holds a digit or is a single letter, which tells a
// designator apart from the same word inside a street name ("Key Rd", "Unit Street").
bool looksLikeUnitValue(const QString &word)
{
    if (word.size() == 1 && word.front().isLetter())
        return true;
    return std::any_of(word.cbegin(), word.cend(), [](QChar ch) { return ch.isDigit(); });
}

QString &fieldFor(CivicAddress &a, Field field)
{
    switch (field) {
    case Field::Floor:
        return a.floor;
    case Field::Room:
        return a.room;
    case Field::Building:
        return a.building;
    case Field::Unit:
        break;
    }
    return a.unit;
}

// Moves "APARTMENT 4B", "SUITE 300", "FLOOR 3", "# 12" typed at the end of the street name into
// the unit (or floor, room, building) field, unless that field is filled already.
void moveUnitOutOfStreet(QStringList &words, CivicAddress &a, AddressConvention c)
{
    for (qsizetype i = 1; i + 1 < words.size(); ++i) {
        const bool pound = words[i] == QLatin1String("#");
        const auto designator = pound ? std::nullopt : secondaryUnitDesignator(words[i], c);
        if (!pound && !(designator && designator->needsRange))
            continue;
        // "SUITE # 300": the pound sign after a designator adds nothing.
        const qsizetype first = !pound && words[i + 1] == QLatin1String("#") ? i + 2 : i + 1;
        if (first >= words.size() || !looksLikeUnitValue(words[first]))
            continue;
        const QStringList value = words.mid(first);
        const Field field = designator ? designator->field : Field::Unit;
        QString &target = fieldFor(a, field);
        if (!target.isEmpty())
            return;
        target = field == Field::Unit ? (pound ? QStringLiteral("#") : designator->abbreviation) +
                                            QLatin1Char(' ') + value.join(QLatin1Char(' '))
                                      : value.join(QLatin1Char(' '));
        words.resize(i);
        return;
    }
}

// Splits street types and directionals typed inside stName out into their own fields. Trailing
// parts first: in "PENNSYLVANIA AVENUE NORTHWEST" the directional is last, the type before it.
// A part is only split off when a name remains ("SOUTH ST" keeps SOUTH as the name).
void splitStreetName(CivicAddress &a, const StreetRules &rules)
{
    QStringList words = addressWords(a.stName);
    if (a.unit.isEmpty() || a.floor.isEmpty() || a.room.isEmpty() || a.building.isEmpty())
        moveUnitOutOfStreet(words, a, rules.convention);
    words.removeAll(QStringLiteral("#")); // a "#" with nothing after it says nothing
    if (a.stPosDir.isEmpty() && words.size() >= 2) {
        if (auto dir = rules.directional(words.last())) {
            a.stPosDir = *dir;
            words.removeLast();
        }
    }
    if (a.stPosTyp.isEmpty() && a.stPreTyp.isEmpty() && words.size() >= 2) {
        if (auto type = rules.trailingType(words.last())) {
            a.stPosTyp = *type;
            words.removeLast();
        }
    }
    if (a.stPreDir.isEmpty() && words.size() >= 2) {
        if (auto dir = rules.directional(words.first())) {
            a.stPreDir = *dir;
            words.removeFirst();
        }
    }
    if (a.stPreTyp.isEmpty() && a.stPosTyp.isEmpty() && words.size() >= 2) {
        if (auto type = rules.leadingType(words.first())) {
            a.stPreTyp = *type;
            words.removeFirst();
        }
    }
    a.stName = words.join(QLatin1Char(' '));
}

// "APARTMENT 4B" → "APT 4B", "SUITE #300" → "STE 300", "#4B" → "# 4B". A floor, room or building
// typed into the unit field moves to its own field when that is empty.
void normalizeUnit(CivicAddress &a, AddressConvention c)
{
    QStringList words = addressWords(a.unit);
    if (words.isEmpty())
        return;
    const auto designator = secondaryUnitDesignator(words.first(), c);
    if (!designator)
        return;
    words.removeFirst();
    if (!words.isEmpty() && words.first() == QLatin1String("#"))
        words.removeFirst();
    if (designator->field != Field::Unit && !words.isEmpty()) {
        QString &target = fieldFor(a, designator->field);
        if (target.isEmpty()) {
            target = words.join(QLatin1Char(' '));
            a.unit.clear();
            return;
        }
    }
    words.prepend(designator->abbreviation);
    a.unit = words.join(QLatin1Char(' '));
}

// CLDXF's Floor, Room and Building hold the value only: "FLOOR 3" and "3RD FLOOR" → "3",
// "ROOM 3120" → "3120", "BLDG 92" → "92". A building name ("EMPIRE STATE BUILDING") stays.
QString withoutDesignator(const QString &value, Field field, AddressConvention c, bool trailingToo)
{
    QStringList words = addressWords(value);
    auto isOwnDesignator = [&](const QString &w) {
        const auto d = secondaryUnitDesignator(w, c);
        return d && d->field == field;
    };
    if (words.size() >= 2 && isOwnDesignator(words.first()))
        words.removeFirst();
    else if (trailingToo && words.size() >= 2 && isOwnDesignator(words.last()))
        words.removeLast();
    if (!words.isEmpty() && words.first() == QLatin1String("#"))
        words.removeFirst();
    if (field == Field::Floor && words.size() == 1) {
        static const QRegularExpression ordinal(QStringLiteral("^([0-9]+)(ST|ND|RD|TH|E)\\z"));
        const auto match = ordinal.match(words.first());
        if (match.hasMatch())
            return match.captured(1);
    }
    return words.join(QLatin1Char(' '));
}

QString normalizePostalCode(const QString &typed, bool canada)
{
    QString code =
        normalizeAddressText(typed, AddressConvention::Usps, AddressTextKind::PostalCode);
    if (canada) {
        // Canada Post writes "A1A 1A1": upper case, one space. Accept it typed without one.
        code.remove(QLatin1Char(' '));
        code.remove(QLatin1Char('-'));
        if (code.size() == 6)
            code.insert(3, QLatin1Char(' '));
        return code;
    }
    code.remove(QLatin1Char(' '));
    static const QRegularExpression nineDigits(QStringLiteral("^[0-9]{9}\\z"));
    if (nineDigits.match(code).hasMatch())
        code.insert(5, QLatin1Char('-')); // ZIP+4 typed without its hyphen
    return code;
}
} // namespace

AddressConvention conventionForCountry(QStringView country)
{
    return country == QLatin1String("CA") ? AddressConvention::CanadaPost : AddressConvention::Usps;
}

CivicAddress normalizeCivicAddress(const CivicAddress &typed)
{
    CivicAddress a;
    const QString countryText = text(typed.country, AddressConvention::Usps);
    a.country = normalizeCountry(countryText);
    const AddressConvention c = conventionForCountry(a.country);

    a.state = normalizeRegion(text(typed.state, c), a.country);
    // "Country: Puerto Rico" with no state: USPS files territories as states of the US.
    if (a.state.isEmpty())
        a.state = territoryStateFromCountry(countryText);
    const StreetRules rules{c, a.state == QLatin1String("PR")};

    a.addNumPre = text(typed.addNumPre, c);
    a.addNumber = text(typed.addNumber, c, AddressTextKind::HouseNumber);
    a.addNumSuf = text(typed.addNumSuf, c, AddressTextKind::HouseNumber);
    // "123 1/2" typed as the house number: the fraction is CLDXF's house number suffix.
    if (a.addNumSuf.isEmpty()) {
        static const QRegularExpression fraction(QStringLiteral("^(\\S+) ([0-9]+/[0-9]+)\\z"));
        const auto match = fraction.match(a.addNumber);
        if (match.hasMatch()) {
            a.addNumSuf = match.captured(2);
            a.addNumber = match.captured(1);
        }
    }
    a.stPreMod = text(typed.stPreMod, c);
    a.stPreSep = text(typed.stPreSep, c);
    a.stPosMod = text(typed.stPosMod, c);

    a.stPreDir = text(typed.stPreDir, c);
    a.stPreDir = rules.directional(a.stPreDir).value_or(a.stPreDir);
    a.stPosDir = text(typed.stPosDir, c);
    a.stPosDir = rules.directional(a.stPosDir).value_or(a.stPosDir);
    a.stPreTyp = text(typed.stPreTyp, c);
    if (auto type = rules.leadingType(a.stPreTyp))
        a.stPreTyp = *type;
    else if (c == AddressConvention::Usps)
        a.stPreTyp = uspsStreetSuffix(a.stPreTyp).value_or(a.stPreTyp);
    a.stPosTyp = text(typed.stPosTyp, c);
    a.stPosTyp = rules.trailingType(a.stPosTyp).value_or(a.stPosTyp);

    a.building = text(typed.building, c);
    a.floor = text(typed.floor, c);
    a.unit = text(typed.unit, c, AddressTextKind::Unit);
    a.room = text(typed.room, c);
    a.seat = text(typed.seat, c);
    a.additionalLocation = text(typed.additionalLocation, c);

    a.stName = text(typed.stName, c, AddressTextKind::StreetName);
    splitStreetName(a, rules);
    normalizeUnit(a, c);
    a.floor = withoutDesignator(a.floor, Field::Floor, c, true);
    a.room = withoutDesignator(a.room, Field::Room, c, false);
    a.building = withoutDesignator(a.building, Field::Building, c, false);

    a.postalCommunity = text(typed.postalCommunity, c);
    a.postalCode = normalizePostalCode(typed.postalCode, a.country == QLatin1String("CA"));
    return a;
}
