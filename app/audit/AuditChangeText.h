// Audit entries in words a person reads: what an action means, and what a change changed
// ("state: basic → pending"). Free functions, so the view, the copy and the tests agree.
#pragma once

#include "domain/AuditEntry.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace auditText {
// The actions the reference backend records, in the order a filter lists them.
QStringList knownActions();
// "Register With 911" for "e911.enable"; the action itself when unknown.
QString actionText(const QString &action);
// One line per changed member, "floor: 2 → 3"; a create lists the new values, a delete the old
// ones. Members equal before and after are left out.
QStringList changeLines(const std::optional<QJsonObject> &before,
                        const std::optional<QJsonObject> &after);
// changeLines joined with "; ".
QString changeText(const AuditEntry &entry);
// A JSON value as a short text: strings as they are, null and missing as "—".
QString valueText(const QJsonValue &value);
} // namespace auditText
