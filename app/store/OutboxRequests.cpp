#include "OutboxRequests.h"

#include "domain/AddressLine.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace outbox {

namespace {

// HttpRequestSpec::path is the decoded path (HttpClient sets it with QUrl's DecodedMode), so
// values go in as they are: "+1…" is sent as "+1…", which the contract accepts. Ids are UUIDs
// and numbers E.164: neither can hold a "/" or "?" that would change the route.
QString tenantPath(const QString &tenantId)
{
    return QStringLiteral("/v1/tenants/") + tenantId;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

OutboxRequest make(OutboxKind kind, const QString &tenantId, const QString &target,
                   const QByteArray &method, const QString &path, const QByteArray &body,
                   const QByteArray &ifMatch)
{
    OutboxRequest r;
    r.kind = kind;
    r.tenantId = tenantId;
    r.target = target;
    r.method = method;
    r.path = path;
    r.body = body;
    r.ifMatch = ifMatch;
    return r;
}

QString didE911Path(const QString &tenantId, const QString &number)
{
    return QString(tenantPath(tenantId) + QStringLiteral("/dids/") + number +
                   QStringLiteral("/e911"));
}

} // namespace

OutboxRequest addressCreate(const QString &tenantId, const QJsonObject &address)
{
    // No id before the server answers: the target names the address as typed.
    QList<FieldError> ignored;
    const auto civic = CivicAddress::fromJson(address.value(QLatin1StringView("civic")), ignored);
    const QString target = civic ? civicAddressLine(*civic) : QString();
    return make(OutboxKind::AddressCreate, tenantId, target.isNull() ? QStringLiteral("") : target,
                "POST", QString(tenantPath(tenantId) + QStringLiteral("/addresses")),
                compact(address), {});
}

OutboxRequest addressUpdate(const QString &tenantId, const QString &addressId,
                            const QByteArray &etag, const QJsonObject &address)
{
    return make(OutboxKind::AddressUpdate, tenantId, addressId, "PUT",
                QString(tenantPath(tenantId) + QStringLiteral("/addresses/") + addressId),
                compact(address), etag);
}

OutboxRequest addressDelete(const QString &tenantId, const QString &addressId,
                            const QByteArray &etag)
{
    return make(OutboxKind::AddressDelete, tenantId, addressId, "DELETE",
                QString(tenantPath(tenantId) + QStringLiteral("/addresses/") + addressId), {},
                etag);
}

OutboxRequest e911Enable(const QString &tenantId, const QString &number, const QByteArray &etag,
                         const QString &addressId)
{
    const QJsonObject body{{QStringLiteral("enabled"), true},
                           {QStringLiteral("addressId"), addressId}};
    return make(OutboxKind::E911Enable, tenantId, number, "PUT", didE911Path(tenantId, number),
                compact(body), etag);
}

OutboxRequest e911Disable(const QString &tenantId, const QString &number, const QByteArray &etag,
                          const QString &reason)
{
    const QJsonObject body{{QStringLiteral("enabled"), false}, {QStringLiteral("reason"), reason}};
    return make(OutboxKind::E911Disable, tenantId, number, "PUT", didE911Path(tenantId, number),
                compact(body), etag);
}

QList<OutboxRequest> e911Bulk(const QString &tenantId, bool enabled, const QStringList &numbers,
                              const QString &addressId, const QString &reason)
{
    QList<OutboxRequest> batches;
    for (qsizetype from = 0; from < numbers.size(); from += maxBulkNumbers) {
        const QStringList batch = numbers.mid(from, maxBulkNumbers);
        QJsonObject body{{QStringLiteral("enabled"), enabled},
                         {QStringLiteral("numbers"), QJsonArray::fromStringList(batch)}};
        if (enabled)
            body.insert(QStringLiteral("addressId"), addressId);
        else
            body.insert(QStringLiteral("reason"), reason);
        // The target names the batch so the UI can show it without parsing the body.
        const QString target = QStringLiteral("%1 numbers, %2 … %3")
                                   .arg(batch.size())
                                   .arg(batch.constFirst(), batch.constLast());
        batches.append(make(OutboxKind::E911Bulk, tenantId, target, "POST",
                            QString(tenantPath(tenantId) + QStringLiteral("/e911-bulk")),
                            compact(body), {}));
    }
    return batches;
}

OutboxRequest acknowledgement(const QString &tenantId, const QString &disclosureVersion)
{
    const QJsonObject body{{QStringLiteral("disclosureVersion"), disclosureVersion}};
    return make(OutboxKind::Acknowledgement, tenantId, disclosureVersion, "POST",
                QString(tenantPath(tenantId) + QStringLiteral("/acknowledgements")), compact(body),
                {});
}

QStringList bulkNumbers(const QByteArray &body)
{
    QStringList out;
    const QJsonArray numbers =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("numbers")).toArray();
    for (const QJsonValue &n : numbers)
        out.append(n.toString());
    return out;
}

} // namespace outbox
