// The outbox requests for switching E911 on or off on a selection: one If-Match PUT per number
// for a handful (each based on the version the admin saw), bulk batches above a threshold so
// thousands of numbers go out in a few requests.
#pragma once

#include "domain/Did.h"
#include "store/OutboxEntry.h"

#include <QList>

namespace e911requests {

// More numbers than this go through POST …/e911-bulk.
inline constexpr int bulkThreshold = 20;

QList<OutboxRequest> enable(const QString &tenantId, const QList<Did> &dids,
                            const QString &addressId);
QList<OutboxRequest> disable(const QString &tenantId, const QList<Did> &dids,
                             const QString &reason);

} // namespace e911requests
