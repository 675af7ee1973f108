// Splits an address pasted on one line ("1 Microsoft Way, Bldg 92, Redmond, WA 98052") into
// the CLDXF fields of the editor. It decides where each word belongs and leaves the words as
// typed: only the state (its code), the postal code (its standard spacing) and the country
// (US or CA) are rewritten, and a floor, room or building loses its designator ("Fl 3" → floor
// "3"). Normalizing the rest to USPS style is the backend's job (Validate).
#pragma once

#include "domain/CivicAddress.h"

#include <QString>

struct PastedAddress
{
    CivicAddress civic;
    QString companyName; // a leading part without a house number ("Contoso Ltd, 1 Main St…")

    bool isEmpty() const { return civic.isEmpty() && companyName.isEmpty(); }
};

class AddressPasteParser
{
public:
    // Commas and line breaks separate parts when present; without them the street type, the
    // unit designators, the state and the postal code mark the boundaries.
    static PastedAddress parse(const QString &text);
};
