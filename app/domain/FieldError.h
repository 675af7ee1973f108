// One problem with one field of a request or a record: the item of RFC 9457 "errors" lists and
// of address validation results. Shared by the app and the server so both speak one shape.
#pragma once

#include <QString>

struct FieldError
{
    QString field;  // JSON pointer-like path, e.g. "civic.postalCode"
    QString code;   // machine code, e.g. "zip_state_mismatch"
    QString detail; // one sentence for a person

    friend bool operator==(const FieldError &, const FieldError &) = default;
};
