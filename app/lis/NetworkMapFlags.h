// Why a network element cannot place a caller yet: its place is gone, or the place's address is
// missing or not validated (Teams routes a dynamic emergency call only to a validated address).
// The tree, the table and the reports flag such elements with the reason in words.
#pragma once

#include "domain/EmergencyAddress.h"
#include "lis/NetworkElement.h"
#include "lis/Place.h"

#include <QHash>
#include <QList>
#include <QString>

enum class NetworkElementFlag : quint8 {
    None,
    PlaceMissing,        // the place it points at is not in the tenant (deleted, or not synced)
    AddressMissing,      // the place's address is not in the tenant
    AddressNotValidated, // the address was never validated
    AddressInvalid,      // the address failed validation
};

// The flags of a tenant's elements, from its places and addresses. Build once per change of
// places or addresses; flagOf() is then O(1), so the table can call it per row.
class NetworkMapFlags
{
public:
    NetworkMapFlags(const QList<Place> &places, const QList<EmergencyAddress> &addresses);

    // Trusted IPs link to no place and are never flagged.
    NetworkElementFlag flagOf(const NetworkElement &element) const;
    // The reason in words for a person; empty for None.
    static QString reason(NetworkElementFlag flag);

private:
    QHash<QString, QString> m_addressOfPlace; // place id → address id
    QHash<QString, AddressValidationStatus> m_statusOfAddress;
};

struct FlaggedElement
{
    QString elementId;
    NetworkElementFlag flag = NetworkElementFlag::None;
};

// The flagged elements of a tenant, in input order.
QList<FlaggedElement> flaggedElements(const QList<NetworkElement> &elements,
                                      const QList<Place> &places,
                                      const QList<EmergencyAddress> &addresses);
