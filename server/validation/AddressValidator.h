// Validates a civic address for 911 use: normalizes it (UspsNormalizer), checks required
// fields, state and postal code formats, ZIP-to-state and FSA-to-province consistency against
// the bundled postal tables, and refuses mail-only addresses. The geocode is the postal area's
// centroid, labelled as such: the reference server never claims rooftop precision.
#pragma once

#include "PostalCodeTable.h"
#include "domain/CivicAddress.h"
#include "domain/FieldError.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct ValidatedGeocode
{
    double latitude = 0;
    double longitude = 0;
    QString precision = QStringLiteral("postal_code");

    QJsonObject toJson() const;
};

struct AddressValidationResult
{
    bool valid = false;
    // Always filled, also for an invalid address, so a person sees how it was read.
    CivicAddress normalized;
    // Anything here makes the address invalid. Codes: required, unsupported_country,
    // unknown_state, invalid_house_number, invalid_postal_code, unknown_postal_code,
    // zip_state_mismatch, postal_code_province_mismatch, po_box_not_dispatchable,
    // rural_route_not_dispatchable, military_address_not_dispatchable.
    QList<FieldError> problems;
    // Advice that leaves the address valid. location_detail_missing: no building, floor, unit,
    // room, seat or other location detail, which RAY BAUM's Act (47 CFR 9.16(b)) needs for a
    // dispatchable location in a multi-storey building. geocode_unavailable: the postal area
    // has no coordinates on file.
    QList<FieldError> warnings;
    // Only for a valid address whose postal area has coordinates.
    std::optional<ValidatedGeocode> geocode;

    // {valid, normalized, problems, warnings, geocode}, as POST /v1/address-validations answers.
    QJsonObject toJson() const;
};

AddressValidationResult validateAddress(const CivicAddress &typed,
                                        const PostalCodeTable &postalCodes);

// FieldError list as the JSON array of {field, code, detail} objects.
QJsonArray fieldErrorsToJson(const QList<FieldError> &errors);
