// E911 eligibility rules: region by libphonenumber, toll-free, address validation and country.
#include "domain/E911Eligibility.h"

#include <QCoreApplication>

bool isUsEmergencyRegion(QStringView region)
{
    return PhoneNumber::emergencyRegionOf(region) == PhoneNumber::EmergencyRegion::UnitedStates;
}

E911Eligibility e911EligibilityOf(QStringView region, bool tollFree)
{
    if (!isUsEmergencyRegion(region))
        return E911Eligibility::OutsideUs;
    if (tollFree)
        return E911Eligibility::TollFree;
    return E911Eligibility::Eligible;
}

E911Eligibility e911EligibilityOf(const PhoneNumber &number)
{
    return e911EligibilityOf(number.regionCode(), number.isTollFree());
}

E911Eligibility e911EligibilityOf(const Did &did, const QString &addressId)
{
    if (const E911Eligibility own = e911EligibilityOf(did.country, did.tollFree);
        own != E911Eligibility::Eligible)
        return own;
    // A failed or turning-off number at the same address is worth sending again.
    const bool active =
        did.e911.state == E911State::Registered || did.e911.state == E911State::Pending;
    if (active && !addressId.isEmpty() && did.e911.addressId == addressId)
        return E911Eligibility::AlreadyRegisteredHere;
    return E911Eligibility::Eligible;
}

QString e911EligibilityReason(E911Eligibility eligibility)
{
    switch (eligibility) {
    case E911Eligibility::Eligible:
        return {};
    case E911Eligibility::OutsideUs:
        return QCoreApplication::translate(
            "E911Eligibility", "Outside the US: no emergency service through this carrier");
    case E911Eligibility::TollFree:
        return QCoreApplication::translate("E911Eligibility",
                                           "A toll-free number cannot be a 911 callback number");
    case E911Eligibility::AlreadyRegisteredHere:
        return QCoreApplication::translate("E911Eligibility",
                                           "Already registered at this emergency address");
    }
    return {};
}

AddressEligibility e911AddressEligibilityOf(const EmergencyAddress &address)
{
    if (address.validationStatus != AddressValidationStatus::Valid)
        return AddressEligibility::NotValidated;
    const CivicAddress &civic = address.normalized ? *address.normalized : address.civic;
    if (!isUsEmergencyRegion(civic.country.toUpper()))
        return AddressEligibility::OutsideUs;
    return AddressEligibility::Eligible;
}

QString e911AddressEligibilityReason(const EmergencyAddress &address)
{
    switch (e911AddressEligibilityOf(address)) {
    case AddressEligibility::Eligible:
        return {};
    case AddressEligibility::NotValidated:
        if (address.validationStatus == AddressValidationStatus::Unvalidated)
            return QCoreApplication::translate("E911Eligibility", "Not validated yet");
        return QCoreApplication::translate("E911Eligibility",
                                           "Validation failed: correct the address first");
    case AddressEligibility::OutsideUs:
        return QCoreApplication::translate("E911Eligibility",
                                           "Outside the US: E911 needs a US address");
    }
    return {};
}

E911Selection splitForE911(const QList<Did> &dids, const QString &addressId,
                           const QStringList &missing)
{
    E911Selection out;
    for (const Did &did : dids) {
        const E911Eligibility e = e911EligibilityOf(did, addressId);
        if (e == E911Eligibility::Eligible)
            out.toRegister.append(did);
        else if (e == E911Eligibility::AlreadyRegisteredHere)
            out.unchanged.append(did);
        else
            out.refused.append({did.number, did.nationalFormat, e911EligibilityReason(e)});
    }
    for (const QString &number : missing)
        out.refused.append(
            {number, Did::formatNational(number),
             QCoreApplication::translate("E911Eligibility",
                                         "No longer in this tenant (removed by a sync)")});
    return out;
}
