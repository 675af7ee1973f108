// What one committed sync step changed in the cache, so the models update the rows concerned
// (dataChanged / rowsInserted / rowsRemoved) instead of reloading 100,000 numbers.
#pragma once

#include "domain/Did.h"

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QSet>
#include <QString>

struct CacheChangeSet
{
    // A full sync replaced the cache's contents: reload everything.
    bool reloaded = false;
    // Tenants whose row changed or whose numbers changed (their counts may differ).
    QSet<QString> tenants;
    QSet<QString> deletedTenants;
    QList<Did> dids;                            // upserted numbers, as stored
    QList<QPair<QString, QString>> deletedDids; // (tenantId, number)
    QSet<QString> addresses;                    // upserted address ids
    QSet<QString> deletedAddresses;
    QSet<QString> acknowledgementTenants; // tenants whose acknowledgements changed
    bool priceList = false;
    // Tenants whose network map changed, per part (the models reload that tenant's part).
    QSet<QString> placeTenants;
    QSet<QString> networkElementTenants;
    QSet<QString> testCallTenants;
    QSet<QString> emergencyPolicyTenants;
    QSet<QString> emergencyCallTenants; // tenants whose emergency calls from Teams changed
    QSet<QString> teamsNumberTenants;   // tenants whose Teams number locations changed

    bool isEmpty() const
    {
        return !reloaded && tenants.isEmpty() && deletedTenants.isEmpty() && dids.isEmpty() &&
               deletedDids.isEmpty() && addresses.isEmpty() && deletedAddresses.isEmpty() &&
               acknowledgementTenants.isEmpty() && !priceList && placeTenants.isEmpty() &&
               networkElementTenants.isEmpty() && testCallTenants.isEmpty() &&
               emergencyPolicyTenants.isEmpty() && emergencyCallTenants.isEmpty() &&
               teamsNumberTenants.isEmpty();
    }
};

Q_DECLARE_METATYPE(CacheChangeSet)
