// The changes an admin can make, as outbox requests that follow the API contract (docs/api.md):
// the route, the body and the precondition of each. Pure functions, so they are easy to test.
#pragma once

#include "lis/EmergencyPolicy.h"
#include "lis/NetworkElement.h"
#include "lis/Place.h"
#include "lis/TestCall.h"
#include "store/OutboxEntry.h"
#include "teams/TeamsNumberLocations.h"

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

// The network map (OutboxNetworkMapRequests.cpp). Each takes the value as the admin wants it;
// only the fields the route accepts are sent (the server refuses unknown ones), and updates are
// based on the value's etag.

// The contract's limit for one POST …/network-elements-bulk.
inline constexpr int maxBulkElements = 1000;

// POST …/places with addressId, building, floor, room, description.
OutboxRequest placeCreate(const Place &place);
// PUT …/places/{id} with If-Match = place.etag (the address may change).
OutboxRequest placeUpdate(const Place &place);
// DELETE …/places/{id} with If-Match.
OutboxRequest placeDelete(const Place &place);
// POST …/network-elements with kind, the kind's identifying fields, placeId (not for trusted
// IPs) and description.
OutboxRequest networkElementCreate(const NetworkElement &element);
// PUT …/network-elements/{id} with If-Match = element.etag (the kind cannot change).
OutboxRequest networkElementUpdate(const NetworkElement &element);
OutboxRequest networkElementDelete(const NetworkElement &element);
// POST …/network-elements-bulk, split into batches of at most maxBulkElements, in order. All
// elements belong to `tenantId`.
QList<OutboxRequest> networkElementsBulk(const QString &tenantId,
                                         const QList<NetworkElement> &elements);
// POST …/test-calls with placeId and/or number, calledBy, calledAt, readBack, result, note.
OutboxRequest testCallRecord(const TestCall &call);
// PUT …/emergency-policy with If-Match = policy.etag.
OutboxRequest emergencyPolicyUpdate(const EmergencyPolicy &policy);
// PUT …/teams-number-locations: a whole reading, without If-Match (a later reading wins; the
// same one sent again changes nothing).
OutboxRequest teamsNumberLocationsRecord(const TeamsNumberLocations &reading);

// The body one element is sent with (also an item of the bulk body).
QJsonObject networkElementBody(const NetworkElement &element);

} // namespace outbox
