// Text rules for address fields: upper case, no punctuation, single spaces (USPS Publication 28
// section 2; Canada Post's addressing guidelines for Canadian addresses).
#pragma once

#include <QString>
#include <QStringList>

// Which postal service's conventions apply. USPS rules are for US addresses (states, DC and
// territories); Canadian addresses follow Canada Post, which keeps accented letters, hyphens
// and apostrophes in names ("CÔTE-DES-NEIGES", "L'ASSOMPTION").
enum class AddressConvention { Usps, CanadaPost };

// What a field holds, which decides the few punctuation marks that carry meaning and stay.
enum class AddressTextKind {
    Words,       // names: city, building…
    StreetName,  // as Words, but keeps "#" as its own word: "MAIN ST # 12" holds a unit
    HouseNumber, // keeps "-" (Queens "123-45") and "/" in fractions ("1/2")
    Unit,        // keeps "-" between characters and "#" as its own word ("# 4B")
    PostalCode,  // keeps "-" (ZIP+4)
};

// Upper case, punctuation removed, spaces collapsed. Periods after single letters close up
// ("P.O." → "PO", "U.S.A." → "USA"); other punctuation separates words ("ST.LOUIS" → "ST LOUIS").
// Under USPS rules accents are removed ("Cañon" → "CANON").
QString normalizeAddressText(QStringView text, AddressConvention convention,
                             AddressTextKind kind = AddressTextKind::Words);

// The words of normalized text.
inline QStringList addressWords(const QString &normalized)
{
    return normalized.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
