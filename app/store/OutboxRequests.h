// The changes an admin can make, as outbox requests that follow the API contract (docs/api.md):
// the route, the body and the precondition of each. Pure functions, so they are easy to test.
#pragma once

#include "store/OutboxEntry.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace outbox {

// The contract's limit for one POST …/e911-bulk.
inline constexpr int maxBulkNumbers = 1000;

// POST …/addresses. `address` holds companyName, civic, locationNote (and geocode if any).
OutboxRequest addressCreate(const QString &tenantId, const QJsonObject &address);
// PUT …/addresses/{id} with If-Match.
OutboxRequest addressUpdate(const QString &tenantId, const QString &addressId,
                            const QByteArray &etag, const QJsonObject &address);
// DELETE …/addresses/{id} with If-Match.
OutboxRequest addressDelete(const QString &tenantId, const QString &addressId,
                            const QByteArray &etag);
// PUT …/dids/{number}/e911 with If-Match: register the number at the address.
OutboxRequest e911Enable(const QString &tenantId, const QString &number, const QByteArray &etag,
                         const QString &addressId);
// PUT …/dids/{number}/e911 with If-Match: back to basic 911, with the reason why.
OutboxRequest e911Disable(const QString &tenantId, const QString &number, const QByteArray &etag,
                          const QString &reason);
// POST …/e911-bulk, split into batches of at most maxBulkNumbers numbers, in the given order.
// `addressId` is used when enabling, `reason` when disabling.
QList<OutboxRequest> e911Bulk(const QString &tenantId, bool enabled, const QStringList &numbers,
                              const QString &addressId, const QString &reason);
// POST …/acknowledgements for a disclosure version.
OutboxRequest acknowledgement(const QString &tenantId, const QString &disclosureVersion);

// The numbers of a bulk request body (to follow their provisioning).
QStringList bulkNumbers(const QByteArray &body);

} // namespace outbox
