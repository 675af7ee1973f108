// Secondary unit designators (USPS Publication 28 appendix C2; Canada Post's English and French
// ones): the word before an apartment, suite or floor number, and where its value belongs in
// CLDXF. Floors, rooms and buildings have their own CLDXF fields; the rest go to Unit.
#pragma once

#include "AddressText.h"

#include <QString>

#include <optional>

struct SecondaryUnitDesignator
{
    enum class Field { Unit, Floor, Room, Building };

    QString abbreviation; // "APT", "STE", "FL"…
    Field field = Field::Unit;
    bool needsRange = true; // "APT" needs a number after it; "REAR" or "BSMT" stand alone
};

std::optional<SecondaryUnitDesignator> secondaryUnitDesignator(QStringView word,
                                                               AddressConvention convention);
