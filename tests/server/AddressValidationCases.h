// The address validator's test cases, real-world addresses typed as people type them, shared by
// tst_address_validation (the server's validator against its expectations) and tst_rule_parity
// (the app's AddressFormCheck against the server's validator on the same inputs).
#pragma once

#include "domain/CivicAddress.h"

#include <QMetaType>

#include <initializer_list>
#include <utility>

Q_DECLARE_METATYPE(CivicAddress)

using CivicPairs = std::initializer_list<std::pair<const char *, const char *>>;
// An address from CLDXF field names and values.
CivicAddress civic(CivicPairs fields);
// Addresses a person would type: a whole street line in stName, lower case, punctuation.
CivicAddress us(const char *number, const char *street, const char *city, const char *state,
                const char *zip);

// Adds the columns typed (CivicAddress), valid (bool), normalized (QVariantMap, only the fields
// listed are compared), problems and warnings (sorted codes, QStringList), latitude and longitude
// (double, NaN when no geocode is expected), and one row per case.
void addAddressValidationCases();
