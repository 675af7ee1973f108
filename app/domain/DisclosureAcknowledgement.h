// A tenant's affirmative acknowledgement of the VoIP 911 limitations disclosure (47 CFR 9.11):
// who acknowledged which version, and when. Immutable once recorded.
#pragma once

#include "domain/FieldError.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

struct DisclosureAcknowledgement
{
    QString id;
    QString tenantId;
    QString disclosureVersion;
    QString acknowledgedById;
    QString acknowledgedByEmail;
    QDateTime acknowledgedAt; // UTC

    friend bool operator==(const DisclosureAcknowledgement &,
                           const DisclosureAcknowledgement &) = default;

    static std::optional<DisclosureAcknowledgement>
    fromJson(const QJsonValue &value, QList<FieldError> &errors, const QString &path = QString());
};
