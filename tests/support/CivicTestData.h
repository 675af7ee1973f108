// Addresses and places for tests, written the way people say them: "1 Microsoft Way, Redmond WA
// 98052" is civic(u"1", u"Microsoft", u"Way", u"Redmond", u"WA", u"98052").
#pragma once

#include "domain/EmergencyAddress.h"
#include "lis/Place.h"

namespace testdata {

inline CivicAddress civic(const QString &number, const QString &street, const QString &type,
                          const QString &city, const QString &state, const QString &zip,
                          const QString &country = QStringLiteral("US"))
{
    CivicAddress c;
    c.addNumber = number;
    c.stName = street;
    c.stPosTyp = type;
    c.postalCommunity = city;
    c.state = state;
    c.postalCode = zip;
    c.country = country;
    return c;
}

inline EmergencyAddress address(const QString &id, const CivicAddress &c, const QString &company)
{
    EmergencyAddress a;
    a.id = id;
    a.civic = c;
    a.companyName = company;
    return a;
}

inline Place place(const QString &id, const QString &addressId, const QString &building,
                   const QString &floor, const QString &room)
{
    Place p;
    p.id = id;
    p.addressId = addressId;
    p.building = building;
    p.floor = floor;
    p.room = room;
    return p;
}

} // namespace testdata
