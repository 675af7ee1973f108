// Reading one network element from a request (a single write or one item of the bulk import):
// the kind's identifying fields checked and normalised (validation/NetworkIdentifiers.h), then
// the tenant's rules: a place of the tenant, no duplicate of the same kind and value, no BSSID
// inside a wildcard (or wildcard over a BSSID) Teams would reject.
#pragma once

#include "RequestBody.h"
#include "http/HttpResponse.h"

#include <QString>
#include <QStringList>

#include <optional>

struct ServerContext;

struct ElementInput
{
    QString kind; // wire name
    QString placeId;
    QString subnet;
    QString bssid;
    QString chassisId;
    QString portId;
    QString description;
    QString identity; // the kind's normalised identifying value, unique per tenant and kind
};

extern const QStringList elementKeys; // the fields a body may have

// The fields alone (no database); nullopt when body.error() says why not.
std::optional<ElementInput> readElementInput(RequestBody &body);

struct ElementConflict
{
    HttpResponse problem;
    QString existingId; // set for a duplicate (409)
};

// The tenant's rules, in the write's transaction. `selfId` is the element being edited (empty
// for a new one), so it does not conflict with itself.
std::optional<ElementConflict> elementConflict(ServerContext &ctx, const QString &tenantId,
                                               const ElementInput &input, const QString &selfId);
