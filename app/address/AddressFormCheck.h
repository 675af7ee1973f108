// The checks the address editor runs on every keystroke, before anything goes to the backend:
// required fields, the house number, the state or province list, the ZIP or postal code format
// and whether it belongs to the state, and mail-only addresses (PO boxes, military mail) that
// nobody can be dispatched to. Each problem names its field and says what to do, in words.
// The backend validates again (POST /v1/address-validations); these checks only catch early
// what it would refuse.
#pragma once

#include "domain/CivicAddress.h"
#include "domain/FieldError.h"

#include <QList>

class AddressFormCheck
{
public:
    // Problems of a typed address. `field` is the CLDXF JSON name ("postalCode"); codes are
    // those of the backend where one exists (required, invalid_house_number, unknown_state,
    // invalid_postal_code, unknown_postal_code, zip_state_mismatch,
    // postal_code_province_mismatch, po_box_not_dispatchable, rural_route_not_dispatchable,
    // military_address_not_dispatchable, unsupported_country). A field the person filled in never
    // gets `required`: the problem quotes what they typed ("6060 is not a ZIP code"). Outside the
    // US and Canada only the country is wrong, so no state or postal code is asked for. At most one
    // problem per field: the first thing to fix.
    static QList<FieldError> check(const CivicAddress &typed);

    // The fields an emergency address cannot do without.
    static const QStringList &requiredFields();

    // "98052", "98052-6399" and "980526399" → "98052" / "98052-6399"; "m5v2t6" → "M5V 2T6".
    // Anything else comes back trimmed and upper-cased, for the checks to refuse.
    static QString tidyPostalCode(const QString &typed, QStringView country);
};
