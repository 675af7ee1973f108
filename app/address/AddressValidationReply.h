// The backend's answer to POST /v1/address-validations: whether the address can carry E911,
// its normalized (USPS Publication 28) form, the problems that block it, the warnings that do
// not (location_detail_missing, geocode_unavailable) and the postal-area geocode.
#pragma once

#include "domain/CivicAddress.h"
#include "domain/EmergencyAddress.h"
#include "domain/FieldError.h"

#include <QJsonValue>
#include <QList>

#include <optional>

struct AddressValidationReply
{
    bool valid = false;
    CivicAddress normalized; // also for an invalid address: how the backend read it
    QList<FieldError> problems;
    QList<FieldError> warnings;
    std::optional<Geocode> geocode;

    bool hasWarning(QStringView code) const;

    // Strict decoding; nullopt with `errors` filled when the answer is not of that shape.
    static std::optional<AddressValidationReply> fromJson(const QJsonValue &value,
                                                          QList<FieldError> &errors);
};
