// Reading and indexing a tenant's network map once for the views.
#include "models/NetworkMapSnapshot.h"

#include "calls/CallLocationQuery.h"

#include "domain/AddressLine.h"
#include "lis/SubnetOverlap.h"
#include "store/Cache.h"

#include <QCoreApplication>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NetworkMapSnapshot)
};
} // namespace

namespace {} // namespace

std::shared_ptr<const NetworkMapSnapshot> NetworkMapSnapshot::load(Cache &cache,
                                                                   const QString &tenantId)
{
    auto snapshot = std::const_pointer_cast<NetworkMapSnapshot>(
        build(tenantId, cache.addresses(tenantId), cache.places(tenantId),
              cache.networkElements(tenantId)));
    snapshot->placeCallFlags =
        calllocation::flaggedPlaces(calllocation::loadPlaces(cache, tenantId));
    return snapshot;
}

std::shared_ptr<const NetworkMapSnapshot>
NetworkMapSnapshot::build(const QString &tenantId, QList<EmergencyAddress> addresses,
                          QList<Place> places, QList<NetworkElement> elements)
{
    auto s = std::make_shared<NetworkMapSnapshot>();
    s->tenantId = tenantId;
    s->addresses = std::move(addresses);
    s->places = std::move(places);
    s->elements = std::move(elements);
    s->addressIndex.reserve(s->addresses.size());
    for (int i = 0; i < s->addresses.size(); ++i)
        s->addressIndex.insert(s->addresses.at(i).id, i);
    s->placeIndex.reserve(s->places.size());
    for (int i = 0; i < s->places.size(); ++i)
        s->placeIndex.insert(s->places.at(i).id, i);

    const NetworkMapFlags flags(s->places, s->addresses);
    s->elementIndex.reserve(s->elements.size());
    s->flags.reserve(s->elements.size());
    for (int i = 0; i < s->elements.size(); ++i) {
        const NetworkElement &e = s->elements.at(i);
        s->elementIndex.insert(e.id, i);
        s->flags.append(flags.flagOf(e));
        if (!e.placeId.isEmpty())
            ++s->elementCountOfPlace[e.placeId];
    }

    for (const NetworkElementKind kind :
         {NetworkElementKind::Subnet, NetworkElementKind::TrustedIp})
        for (const lis::SubnetOverlap &o : lis::findSubnetOverlaps(s->elements, kind)) {
            if (o.identical) {
                s->warnings[o.innerId].append(Text::tr("Same network as %1").arg(o.outer));
                s->warnings[o.outerId].append(Text::tr("Same network as %1").arg(o.inner));
            } else {
                s->warnings[o.innerId].append(Text::tr("Inside %1").arg(o.outer));
                s->warnings[o.outerId].append(Text::tr("Contains %1").arg(o.inner));
            }
        }
    for (const lis::WildcardConflict &c : lis::findWildcardConflicts(s->elements)) {
        s->warnings[c.coveredId].append(Text::tr("Covered by wildcard %1").arg(c.wildcard));
        s->warnings[c.wildcardId].append(Text::tr("Covers %1").arg(c.covered));
    }
    return s;
}

const Place *NetworkMapSnapshot::place(const QString &placeId) const
{
    const auto it = placeIndex.constFind(placeId);
    return it == placeIndex.cend() ? nullptr : &places.at(*it);
}

const EmergencyAddress *NetworkMapSnapshot::address(const QString &addressId) const
{
    const auto it = addressIndex.constFind(addressId);
    return it == addressIndex.cend() ? nullptr : &addresses.at(*it);
}

const EmergencyAddress *NetworkMapSnapshot::addressOfPlace(const QString &placeId) const
{
    const Place *p = place(placeId);
    return p ? address(p->addressId) : nullptr;
}

QString NetworkMapSnapshot::placeText(const NetworkElement &element) const
{
    if (element.kind == NetworkElementKind::TrustedIp)
        return Text::tr("(egress, no place)");
    const Place *p = place(element.placeId);
    return p ? placeDisplayName(*p) : Text::tr("(place missing)");
}

QString NetworkMapSnapshot::addressText(const NetworkElement &element) const
{
    if (element.kind == NetworkElementKind::TrustedIp)
        return {};
    const EmergencyAddress *a = addressOfPlace(element.placeId);
    return a ? emergencyAddressLine(*a) : QString();
}

QString placeDisplayName(const Place &place)
{
    QStringList parts;
    const QString building = place.building.trimmed();
    const QString floor = place.floor.trimmed();
    const QString room = place.room.trimmed();
    if (!building.isEmpty())
        parts.append(building);
    if (!floor.isEmpty()) {
        bool number = false;
        floor.toInt(&number);
        parts.append(number ? Text::tr("Floor %1").arg(floor) : floor);
    }
    if (!room.isEmpty())
        parts.append(room);
    return parts.join(QStringLiteral(", "));
}

QString networkElementKindText(NetworkElementKind kind)
{
    switch (kind) {
    case NetworkElementKind::Subnet:
        return Text::tr("Subnet");
    case NetworkElementKind::AccessPoint:
        return Text::tr("Wi-Fi access point");
    case NetworkElementKind::Switch:
        return Text::tr("Switch");
    case NetworkElementKind::Port:
        return Text::tr("Switch port");
    case NetworkElementKind::TrustedIp:
        return Text::tr("Trusted IP");
    }
    return {};
}

QString networkElementFlagText(NetworkElementFlag flag)
{
    switch (flag) {
    case NetworkElementFlag::None:
        return {};
    case NetworkElementFlag::PlaceMissing:
        return Text::tr("Place missing");
    case NetworkElementFlag::AddressMissing:
        return Text::tr("Address missing");
    case NetworkElementFlag::AddressNotValidated:
        return Text::tr("Address not validated");
    case NetworkElementFlag::AddressInvalid:
        return Text::tr("Address invalid");
    }
    return {};
}
