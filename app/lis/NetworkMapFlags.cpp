// Flags for network elements that cannot place a caller yet.
#include "lis/NetworkMapFlags.h"

#include <QCoreApplication>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NetworkMapFlags)
};
} // namespace

NetworkMapFlags::NetworkMapFlags(const QList<Place> &places,
                                 const QList<EmergencyAddress> &addresses)
{
    m_addressOfPlace.reserve(places.size());
    for (const Place &place : places)
        m_addressOfPlace.insert(place.id, place.addressId);
    m_statusOfAddress.reserve(addresses.size());
    for (const EmergencyAddress &address : addresses)
        m_statusOfAddress.insert(address.id, address.validationStatus);
}

NetworkElementFlag NetworkMapFlags::flagOf(const NetworkElement &element) const
{
    if (element.kind == NetworkElementKind::TrustedIp)
        return NetworkElementFlag::None;
    const auto place = m_addressOfPlace.constFind(element.placeId);
    if (place == m_addressOfPlace.cend())
        return NetworkElementFlag::PlaceMissing;
    const auto status = m_statusOfAddress.constFind(*place);
    if (status == m_statusOfAddress.cend())
        return NetworkElementFlag::AddressMissing;
    switch (*status) {
    case AddressValidationStatus::Valid:
        return NetworkElementFlag::None;
    case AddressValidationStatus::Invalid:
        return NetworkElementFlag::AddressInvalid;
    case AddressValidationStatus::Unvalidated:
        break;
    }
    return NetworkElementFlag::AddressNotValidated;
}

QString NetworkMapFlags::reason(NetworkElementFlag flag)
{
    switch (flag) {
    case NetworkElementFlag::None:
        return {};
    case NetworkElementFlag::PlaceMissing:
        return Text::tr("Its place no longer exists: link it to another place.");
    case NetworkElementFlag::AddressMissing:
        return Text::tr("Its place's address no longer exists: move the place to another address.");
    case NetworkElementFlag::AddressNotValidated:
        return Text::tr(
            "Its place's address is not validated yet: Teams cannot send a 911 call from "
            "here to that address until it is.");
    case NetworkElementFlag::AddressInvalid:
        return Text::tr("Its place's address failed validation: correct the address, or 911 calls "
                        "from here will not carry a location.");
    }
    return {};
}

QList<FlaggedElement> flaggedElements(const QList<NetworkElement> &elements,
                                      const QList<Place> &places,
                                      const QList<EmergencyAddress> &addresses)
{
    const NetworkMapFlags flags(places, addresses);
    QList<FlaggedElement> flagged;
    for (const NetworkElement &element : elements)
        if (const NetworkElementFlag flag = flags.flagOf(element); flag != NetworkElementFlag::None)
            flagged.append({element.id, flag});
    return flagged;
}
