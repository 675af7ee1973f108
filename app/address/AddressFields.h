// The CLDXF fields the address editor shows, in the order a person reads an address, with
// the label each has in the editor (country-aware: "ZIP code" in the US, "Postal code" in
// Canada), and the field-by-field comparison of what was typed with the backend's normalized
// form.
#pragma once

#include "domain/CivicAddress.h"

#include <QList>
#include <QString>
#include <QStringList>

class AddressFields
{
public:
    // JSON names: addNumber, addNumSuf, stPreDir, stName, stPosTyp, stPosDir, building, floor,
    // unit, room, postalCommunity, state, postalCode, country.
    static const QStringList &edited();
    // What the editor calls a field, for `country` ("US", "CA" or empty).
    static QString label(const QString &field, QStringView country);
    // "civic.postalCode" (the backend's problem paths) → "postalCode".
    static QString fromProblemPath(const QString &path);
};

struct AddressFieldChange
{
    QString field; // JSON name
    QString typed;
    QString normalized;
    bool changed = false;
};

// Every field that either side fills, in reading order, plus any other CLDXF field the backend
// filled (it may move "SUITE 3" out of the street name). Typed values are compared as the
// backend would read them: surrounding spaces do not count as a change.
QList<AddressFieldChange> compareAddressFields(const CivicAddress &typed,
                                               const CivicAddress &normalized);
