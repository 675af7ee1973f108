// A tenant's network map as the views show it, read from the cache in a few queries and indexed
// once: places and addresses by id, each element's flag (NetworkMapFlags) and its overlap or
// wildcard warnings (SubnetOverlap). The tree and the table models share one snapshot, so
// 10,000 elements are read and checked once per change, never per row.
#pragma once

#include "domain/EmergencyAddress.h"
#include "lis/NetworkElement.h"
#include "lis/NetworkMapFlags.h"
#include "lis/Place.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class Cache;

struct NetworkMapSnapshot
{
    QString tenantId;
    QList<EmergencyAddress> addresses;
    QList<Place> places;
    QList<NetworkElement> elements;   // id order
    QHash<QString, int> addressIndex; // address id → index in addresses
    QHash<QString, int> placeIndex;   // place id → index in places
    QHash<QString, int> elementIndex; // element id → index in elements
    QList<NetworkElementFlag> flags;  // per element
    // Per element: overlaps with other subnets and wildcard conflicts, in words.
    QHash<QString, QStringList> warnings;
    // Places whose last call through Teams sent them with another address (CallPlaceCheck):
    // place id → what differed, in a sentence. Filled by load(); empty from build().
    QHash<QString, QString> placeCallFlags;

    static std::shared_ptr<const NetworkMapSnapshot> load(Cache &cache, const QString &tenantId);
    // From values (tests, and the import preview's "after" view).
    static std::shared_ptr<const NetworkMapSnapshot> build(const QString &tenantId,
                                                           QList<EmergencyAddress> addresses,
                                                           QList<Place> places,
                                                           QList<NetworkElement> elements);

    const Place *place(const QString &placeId) const;
    const EmergencyAddress *address(const QString &addressId) const;
    const EmergencyAddress *addressOfPlace(const QString &placeId) const;
    // "Building 2, Floor 3" or a word saying the place is gone / not needed.
    QString placeText(const NetworkElement &element) const;
    QString addressText(const NetworkElement &element) const;
    int elementsAt(const QString &placeId) const { return elementCountOfPlace.value(placeId); }

    QHash<QString, int> elementCountOfPlace; // place id → its elements
};

// A place as a person reads it: Place::label(), with a bare floor number spelled out
// ("Building 1, Floor 2, Cafeteria" rather than "Building 1, 2, Cafeteria").
QString placeDisplayName(const Place &place);
// The kind in words for a person ("Subnet", "Wi-Fi access point", …).
QString networkElementKindText(NetworkElementKind kind);
// The short flag words for a column ("Address not validated"); empty for None.
QString networkElementFlagText(NetworkElementFlag flag);
