// The deterministic demo data set: tenants, emergency addresses (validated like any other),
// numbers with a realistic mix of E911 states and usages, and one demo user and token per role.
#pragma once

#include <QHash>
#include <QString>

class ServerDatabase;
class TokenService;
class PostalCodeTable;

struct DemoDataSize
{
    int tenants = 50;
    int dids = 100000;
};

// Fills an empty database; on a database that already has tenants it only makes sure the demo
// users exist. Returns the demo token per role ("staff", "admin", "auditor").
QHash<QString, QString> loadDemoData(ServerDatabase &db, TokenService &tokens,
                                     const PostalCodeTable &postalCodes, const DemoDataSize &size,
                                     QString *error);
