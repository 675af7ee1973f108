// What the audit trail is narrowed to: the server-side filters of GET /v1/audit (docs/api.md
// "Audit log"). Empty members and invalid times do not filter.
#pragma once

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

struct AuditFilter
{
    QString tenantId;
    QString actor;   // an email (any case) or a user id
    QString number;  // the target: an E.164 number, an address id…
    QString action;  // "e911.enable", "address.update"…
    QDateTime since; // inclusive, UTC
    QDateTime until; // exclusive, UTC

    bool isEmpty() const;
    // The query items for the filters (trimmed), without limit and cursor.
    QUrlQuery toQuery() const;

    friend bool operator==(const AuditFilter &, const AuditFilter &) = default;
};
