// RFC 9457 problem details, as the backend sends them for every error (application/problem+json).
#pragma once

#include "domain/FieldError.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

struct Problem
{
    QString type; // "urn:dispatchable:problem:<slug>"
    QString title;
    int status = 0;
    QString detail;
    QList<FieldError> errors;
    QString requestId; // from the X-Request-Id header, for "Details" and support requests

    // The part of `type` after "urn:dispatchable:problem:", or the whole type for others.
    QString slug() const;

    // Decodes a problem body. Members of the wrong type are dropped rather than trusted, and
    // unknown members are ignored (RFC 9457 §3.2). Nullopt when the body is not a JSON object
    // with at least a string "type" or "title", i.e. not a problem at all.
    static std::optional<Problem> fromJson(const QByteArray &body, int httpStatus,
                                           const QString &requestId);
};
