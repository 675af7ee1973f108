// The demo data of issue 9: a realistic LIS network map for the first few demo tenants (places
// on the floors of their addresses, subnets, access points, switches and ports, trusted IPs),
// 933 test calls (passed, one failed, one made before the address was edited), one place under
// an address that failed validation (so the app flags its elements), and notification groups
// in the emergency calling policies. Deterministic, and written in the demo data's transaction.
#pragma once

#include <QString>
#include <QStringList>

class ServerDatabase;
class PostalCodeTable;

// `tenantIds` in generation order; the map is drawn for the first demoNetworkTenants of them.
bool writeDemoNetworkMap(ServerDatabase &db, const PostalCodeTable &postalCodes,
                         const QStringList &tenantIds, QString *error);

constexpr int demoNetworkTenants = 4;
