// An emergency (civic) address of a tenant with its validation result and geocode, as the
// backend describes it, and the strict decoder that turns the API's JSON into one.
#pragma once

#include "domain/CivicAddress.h"
#include "domain/FieldError.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

enum class AddressValidationStatus : quint8 { Unvalidated, Valid, Invalid };
// A ZIP centroid is not a rooftop: the precision travels with every coordinate.
enum class GeocodePrecision : quint8 { PostalCode, Rooftop, UserOverride };

QString addressValidationStatusToWire(AddressValidationStatus status);
std::optional<AddressValidationStatus> addressValidationStatusFromWire(QStringView wire);
QString geocodePrecisionToWire(GeocodePrecision precision);
std::optional<GeocodePrecision> geocodePrecisionFromWire(QStringView wire);

struct Geocode
{
    QGeoCoordinate coordinate;
    GeocodePrecision precision = GeocodePrecision::PostalCode;

    friend bool operator==(const Geocode &, const Geocode &) = default;
};

struct EmergencyAddress
{
    QString id;
    QString tenantId;
    QString companyName;
    CivicAddress civic; // as entered
    QString locationNote;
    // Teams's CivicAddressId for this address (lower-case GUID), empty when none is known.
    QString teamsCivicAddressId;
    AddressValidationStatus validationStatus = AddressValidationStatus::Unvalidated;
    std::optional<CivicAddress> normalized; // USPS Publication 28 form, once validated
    QList<FieldError> problems;
    QList<FieldError> warnings; // optional in the contract; empty when the backend sends none
    std::optional<Geocode> geocode;
    qint64 usageDids = 0; // numbers whose E911 points here
    QString etag;
    QDateTime updatedAt;

    friend bool operator==(const EmergencyAddress &, const EmergencyAddress &) = default;

    static std::optional<EmergencyAddress>
    fromJson(const QJsonValue &value, QList<FieldError> &errors, const QString &path = QString());
    // A list of FieldProblem objects ({field, code, detail}).
    static std::optional<QList<FieldError>>
    problemsFromJson(const QJsonValue &value, QList<FieldError> &errors, const QString &path);
};
