// A place inside an emergency address (Teams calls it a "location"): the building, floor and
// room or wing that turns a street address into a dispatchable location (47 CFR 9.16(b)).
// Network elements point at places, never at bare addresses.
#pragma once

#include "domain/FieldError.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// A place's name as compared when matching ("Floor 3" = "floor3"): case and spacing ignored.
QString placeLabelKey(const QString &label);

struct Place
{
    QString id;
    QString tenantId;
    QString addressId;
    QString building; // at least one of building, floor, room is set
    QString floor;
    QString room; // room or wing
    QString description;
    // Teams's LocationId for this place (lower-case GUID), empty when none is known.
    QString teamsLocationId;
    QString etag;
    QDateTime updatedAt;

    friend bool operator==(const Place &, const Place &) = default;

    // "Building 2, Floor 3, Room 301": what a dispatcher reads, and Teams' -Location value.
    QString label() const;

    static std::optional<Place> fromJson(const QJsonValue &value, QList<FieldError> &errors,
                                         const QString &path = QString());
};
