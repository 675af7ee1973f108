// One entry of the backend's append-only audit log: who changed what, from which state to
// which, why, and the request id that ties it to the app's "Details".
#pragma once

#include "domain/FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

struct AuditEntry
{
    QString id;
    QDateTime at; // UTC
    QString actorId;
    QString actorEmail;
    QString actorRole;                 // "admin", "staff", "auditor"
    QString action;                    // "<resource>.<verb>", e.g. "e911.enable"
    QString tenantId;                  // empty for writes that belong to no tenant (API tokens)
    QString target;                    // the written resource's id (E.164 number, address id…)
    std::optional<QJsonObject> before; // null for a create
    std::optional<QJsonObject> after;  // null for a delete
    QString reason;                    // empty when none was given
    QString requestId;

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;

    static std::optional<AuditEntry> fromJson(const QJsonValue &value, QList<FieldError> &errors,
                                              const QString &path = QString());
};
