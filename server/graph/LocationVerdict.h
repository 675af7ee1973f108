// Compares the location Teams sent with an emergency call against the address the number is
// registered at, the way a dispatcher would: the same building on the same street in the same
// community. Both sides are put into USPS / Canada Post standard form first, so "Street" and
// "ST" or "Washington" and "WA" do not count as differences.
#pragma once

#include "EmergencyCallEvent.h"
#include "domain/CivicAddress.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

struct RegisteredLocation
{
    QString addressId;
    CivicAddress civic; // as registered (typed or normalized; normalized again here)
    std::optional<double> latitude;
    std::optional<double> longitude;
};

struct LocationDifference
{
    QString field; // CLDXF name ("addNumber", "stName", …) or "coordinates"
    QString sent;
    QString registered;
};

struct LocationVerdict
{
    enum class Kind {
        Matches,
        Differs,
        NoLocationSent,
        NotRegistered, // the number has no E911 address on file
        CannotCompare, // only coordinates were sent and the address on file has none
    };
    Kind kind = Kind::NotRegistered;
    QList<LocationDifference> differences;
    std::optional<double> distanceMeters; // when both sides have coordinates

    QJsonObject toJson() const;
};

QString toWire(LocationVerdict::Kind kind);

// Coordinates further apart than this differ even when the address text agrees (a campus with
// one street address but buildings far apart, or a stale geocode).
constexpr double locationToleranceMeters = 250;

// An address row as the judge reads it: the normalized form where the validator stored one,
// else the civic address as typed; coordinates when both are set (NULL columns are none).
RegisteredLocation registeredLocation(const QString &addressId, const QJsonObject &civic,
                                      const QJsonObject &normalized, const QVariant &latitude,
                                      const QVariant &longitude);

LocationVerdict judgeSentLocation(const SentLocation &sent,
                                  const std::optional<RegisteredLocation> &registered);

// The sent location as a CLDXF civic address (house number and street split as Teams keeps
// them), before normalization.
CivicAddress civicFromSentLocation(const SentLocation &sent);
