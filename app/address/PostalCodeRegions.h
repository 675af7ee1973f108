// Which state a ZIP code, and which province a Canadian postal code, belongs to, read from the
// same reference data the backend validates against (resources/postal-codes/, embedded in the
// core): every US ZIP code and every Canadian forward sortation area (FSA). The editor checks a
// postal code against the state while the admin types, before anything is sent, and can only
// refuse what the backend would refuse too (tests/server/tst_rule_parity).
#pragma once

#include <QString>

class PostalCodeRegions
{
public:
    // The USPS code of the state, territory, freely associated state or military "state" of a
    // ZIP code ("06390" → "NY", "96799" → "AS", "09001" → "AE"). `zip` starts with five digits
    // (a ZIP+4 is fine); empty for a ZIP code that does not exist or text that is not one.
    static QString stateOfZip(QStringView zip);
    // The province or territory of a Canadian postal code by its FSA, its first three
    // characters in any case ("M5V 2T6" → "ON", "x0a" → "NU"); empty for an FSA that does not
    // exist or text that is not one.
    static QString provinceOfPostalCode(QStringView postalCode);

    // How many ZIP codes and FSAs are known: zero only when the embedded data could not be read
    // (a broken build), and then no postal code is refused for being unknown.
    static qsizetype zipCount();
    static qsizetype fsaCount();
};
