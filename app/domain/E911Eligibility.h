// Whether a number can be registered with 911 at an emergency address, and in which words the
// app says why not. Pure rules, shared by the enable dialog and its tests; the server applies the
// same rules (server/handlers/E911Switch.cpp) and has the last word.
#pragma once

#include "domain/Did.h"
#include "domain/EmergencyAddress.h"
#include "domain/PhoneNumber.h"

#include <QList>
#include <QString>
#include <QStringList>

enum class E911Eligibility {
    Eligible,
    OutsideUs,             // Canada, the other NANP countries and the rest of the world
    TollFree,              // 8XX numbers cannot be a 911 callback number
    AlreadyRegisteredHere, // registered (or pending) at the chosen address: nothing to do
};

enum class AddressEligibility {
    Eligible,
    NotValidated, // unvalidated or invalid: the provider could not route to it
    OutsideUs,    // validated for the record (e.g. Canada) but E911 needs a US civic address
};

// US soil for 911 by libphonenumber region (PhoneNumber::emergencyRegionOf()). A +1 number is
// not automatically a US number.
bool isUsEmergencyRegion(QStringView region);

// The rule itself, from a number's libphonenumber region and whether it is toll-free; every
// other overload, the CSV import and PhoneNumber::isE911Eligible() answer through it.
E911Eligibility e911EligibilityOf(QStringView region, bool tollFree);
// The number's own eligibility, before any address is chosen.
E911Eligibility e911EligibilityOf(const PhoneNumber &number);
// A cached number's eligibility for registration at `addressId` (may be empty while no address
// is chosen yet).
E911Eligibility e911EligibilityOf(const Did &did, const QString &addressId);
QString e911EligibilityReason(E911Eligibility eligibility);

AddressEligibility e911AddressEligibilityOf(const EmergencyAddress &address);
QString e911AddressEligibilityReason(const EmergencyAddress &address);

// A selection split by eligibility: what will be registered, what is already there, and what
// cannot be registered with the reason for each (listed, never silently dropped).
struct E911Selection
{
    struct Refused
    {
        QString number;   // E.164
        QString national; // for display
        QString reason;
    };
    QList<Did> toRegister;
    QList<Did> unchanged;
    QList<Refused> refused;
};
// `missing` are selected numbers the cache no longer knows (deleted by a sync meanwhile).
E911Selection splitForE911(const QList<Did> &dids, const QString &addressId,
                           const QStringList &missing = {});
