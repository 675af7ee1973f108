// Per-number or bulk E911 outbox requests.
#include "store/E911Requests.h"

#include "store/OutboxRequests.h"

#include <QStringList>

namespace e911requests {
namespace {
QStringList numbersOf(const QList<Did> &dids)
{
    QStringList out;
    out.reserve(dids.size());
    for (const Did &d : dids)
        out.append(d.number);
    return out;
}
} // namespace

QList<OutboxRequest> enable(const QString &tenantId, const QList<Did> &dids,
                            const QString &addressId)
{
    if (dids.size() > bulkThreshold)
        return outbox::e911Bulk(tenantId, true, numbersOf(dids), addressId, QString());
    QList<OutboxRequest> out;
    for (const Did &d : dids)
        out.append(outbox::e911Enable(tenantId, d.number, d.etag.toUtf8(), addressId));
    return out;
}

QList<OutboxRequest> disable(const QString &tenantId, const QList<Did> &dids, const QString &reason)
{
    if (dids.size() > bulkThreshold)
        return outbox::e911Bulk(tenantId, false, numbersOf(dids), QString(), reason);
    QList<OutboxRequest> out;
    for (const Did &d : dids)
        out.append(outbox::e911Disable(tenantId, d.number, d.etag.toUtf8(), reason));
    return out;
}

} // namespace e911requests
