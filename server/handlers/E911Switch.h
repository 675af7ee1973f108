// The E911 switch as a desired-state write: "this number should (not) be registered at this
// address". Applying a state the number already has changes and bills nothing, which is what
// makes a late retry harmless.
#pragma once

#include "ServerContext.h"

struct E911Desired
{
    bool enabled = false;
    QString addressId;
    QString reason;
};

struct E911Outcome
{
    enum class Kind { Accepted, Unchanged, Rejected };
    Kind kind = Kind::Rejected;
    HttpResponse problem; // when Rejected
    QJsonObject did;      // the number afterwards, when not Rejected
};

// Runs inside the caller's write transaction. `ifMatch` empty means no precondition (bulk).
E911Outcome applyE911(ServerContext &ctx, const HttpRequest &request, const QString &tenantId,
                      const QString &number, const E911Desired &desired, const QByteArray &ifMatch);

// Why an address cannot carry E911 for numbers of this tenant (unknown, not validated, not in
// the US), or nullopt when it can.
std::optional<QString> e911AddressIneligibility(ServerContext &ctx, const QString &tenantId,
                                                const QString &addressId);

// Regions where US 911 rules apply: the states and the NANP territories (DOMAIN.md).
bool isUsEmergencyRegion(const QString &region);
