// Which state a ZIP code, and which province a Canadian postal code, belongs to, from the
// first characters alone: compact enough to check a postal code against the state while the
// admin types, before anything is sent. The backend's full tables have the last word.
#pragma once

#include <QString>
#include <QStringList>

class PostalCodeRegions
{
public:
    // The USPS codes of the states a ZIP code's 3-digit prefix serves ("98052" → {"WA"};
    // "96799" → {"HI", "AS"}: some prefixes are shared). Empty for an unassigned prefix or when
    // `zip` does not start with three digits.
    static QStringList statesForZip(QStringView zip);
    // The provinces and territories a Canadian postal code's first letter (its postal district)
    // serves ("M5V 2T6" → {"ON"}; "X0A" → {"NT", "NU"}). Empty when the letter is not one.
    static QStringList provincesForPostalCode(QStringView postalCode);
};
