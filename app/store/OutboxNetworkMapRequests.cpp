// Outbox requests for the network map: places, network elements (one by one and in bulk), 933
// test calls and the emergency calling policy, following the routes of docs/api.md.
#include "store/OutboxRequests.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace outbox {
namespace {

// Ids are the server's (no "/" or "?"), so they go into the decoded path as they are.
QString tenantPath(const QString &tenantId, QStringView rest)
{
    return QString(QStringLiteral("/v1/tenants/") + tenantId + rest);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

OutboxRequest make(OutboxKind kind, const QString &tenantId, const QString &target,
                   const QByteArray &method, const QString &path, const QByteArray &body,
                   const QString &etag)
{
    return OutboxRequest{kind, tenantId, target, method, path, body, etag.toUtf8()};
}

QJsonObject placeBody(const Place &place)
{
    QJsonObject body{{QStringLiteral("addressId"), place.addressId},
                     {QStringLiteral("building"), place.building},
                     {QStringLiteral("floor"), place.floor},
                     {QStringLiteral("room"), place.room},
                     {QStringLiteral("description"), place.description}};
    // Left out, the server keeps the stored id: an edit never drops the match with Teams.
    if (!place.teamsLocationId.isEmpty())
        body.insert(QStringLiteral("teamsLocationId"), place.teamsLocationId);
    return body;
}

QString placePath(const Place &place)
{
    return tenantPath(place.tenantId, QString(QStringLiteral("/places/") + place.id));
}

QString elementPath(const NetworkElement &element)
{
    return tenantPath(element.tenantId, QString(QStringLiteral("/network-elements/") + element.id));
}

// "Subnet 10.1.0.0/24": names an element before it has an id.
QString elementTarget(const NetworkElement &element)
{
    return QString(networkElementKindToWire(element.kind) + QLatin1Char(' ') +
                   element.identifier());
}

} // namespace

OutboxRequest placeCreate(const Place &place)
{
    return make(OutboxKind::PlaceCreate, place.tenantId, place.label(), "POST",
                tenantPath(place.tenantId, u"/places"), compact(placeBody(place)), {});
}

OutboxRequest placeUpdate(const Place &place)
{
    return make(OutboxKind::PlaceUpdate, place.tenantId, place.id, "PUT", placePath(place),
                compact(placeBody(place)), place.etag);
}

OutboxRequest placeDelete(const Place &place)
{
    return make(OutboxKind::PlaceDelete, place.tenantId, place.id, "DELETE", placePath(place), {},
                place.etag);
}

QJsonObject networkElementBody(const NetworkElement &element)
{
    QJsonObject body{{QStringLiteral("kind"), networkElementKindToWire(element.kind)},
                     {QStringLiteral("description"), element.description}};
    switch (element.kind) {
    case NetworkElementKind::TrustedIp:
        body.insert(QStringLiteral("subnet"), element.subnet);
        return body; // a trusted IP has no place
    case NetworkElementKind::Subnet:
        body.insert(QStringLiteral("subnet"), element.subnet);
        break;
    case NetworkElementKind::AccessPoint:
        body.insert(QStringLiteral("bssid"), element.bssid);
        break;
    case NetworkElementKind::Port:
        body.insert(QStringLiteral("portId"), element.portId);
        [[fallthrough]];
    case NetworkElementKind::Switch:
        body.insert(QStringLiteral("chassisId"), element.chassisId);
        break;
    }
    body.insert(QStringLiteral("placeId"), element.placeId);
    return body;
}

OutboxRequest networkElementCreate(const NetworkElement &element)
{
    return make(OutboxKind::NetworkElementCreate, element.tenantId, elementTarget(element), "POST",
                tenantPath(element.tenantId, u"/network-elements"),
                compact(networkElementBody(element)), {});
}

OutboxRequest networkElementUpdate(const NetworkElement &element)
{
    return make(OutboxKind::NetworkElementUpdate, element.tenantId, element.id, "PUT",
                elementPath(element), compact(networkElementBody(element)), element.etag);
}

OutboxRequest networkElementDelete(const NetworkElement &element)
{
    return make(OutboxKind::NetworkElementDelete, element.tenantId, element.id, "DELETE",
                elementPath(element), {}, element.etag);
}

QList<OutboxRequest> networkElementsBulk(const QString &tenantId,
                                         const QList<NetworkElement> &elements)
{
    QList<OutboxRequest> batches;
    for (qsizetype from = 0; from < elements.size(); from += maxBulkElements) {
        const QList<NetworkElement> batch = elements.mid(from, maxBulkElements);
        QJsonArray items;
        for (const NetworkElement &element : batch)
            items.append(networkElementBody(element));
        // The target names the batch so the outbox view shows it without parsing the body.
        const QString target =
            QStringLiteral("%1 network elements, %2 … %3")
                .arg(batch.size())
                .arg(batch.constFirst().identifier(), batch.constLast().identifier());
        batches.append(make(OutboxKind::NetworkElementsBulk, tenantId, target, "POST",
                            tenantPath(tenantId, u"/network-elements-bulk"),
                            compact(QJsonObject{{QStringLiteral("elements"), items}}), {}));
    }
    return batches;
}

OutboxRequest testCallRecord(const TestCall &call)
{
    QJsonObject body{
        {QStringLiteral("calledBy"), call.calledBy},
        {QStringLiteral("calledAt"), call.calledAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("readBack"), call.readBack},
        {QStringLiteral("result"), testCallResultToWire(call.result)},
        {QStringLiteral("note"), call.note}};
    if (!call.placeId.isEmpty())
        body.insert(QStringLiteral("placeId"), call.placeId);
    if (!call.number.isEmpty())
        body.insert(QStringLiteral("number"), call.number);
    return make(OutboxKind::TestCallRecord, call.tenantId,
                call.placeId.isEmpty() ? call.number : call.placeId, "POST",
                tenantPath(call.tenantId, u"/test-calls"), compact(body), {});
}

OutboxRequest emergencyPolicyUpdate(const EmergencyPolicy &policy)
{
    const QJsonObject body{
        {QStringLiteral("notificationMode"), notificationModeToWire(policy.notificationMode)},
        {QStringLiteral("notificationGroup"), QJsonArray::fromStringList(policy.notificationGroup)},
        {QStringLiteral("notificationDialOutNumber"), policy.notificationDialOutNumber}};
    return make(OutboxKind::EmergencyPolicyUpdate, policy.tenantId, policy.tenantId, "PUT",
                tenantPath(policy.tenantId, u"/emergency-policy"), compact(body), policy.etag);
}

OutboxRequest teamsNumberLocationsRecord(const TeamsNumberLocations &reading)
{
    return make(OutboxKind::TeamsNumberLocationsRecord, reading.tenantId, reading.tenantId, "PUT",
                tenantPath(reading.tenantId, u"/teams-number-locations"),
                compact(reading.requestBody()), {});
}

} // namespace outbox
