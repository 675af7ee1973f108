// Changes made through the API so the audit log has something to show: a number registered with
// 911 (and registered by the provider), turned off again with a reason (and deregistered by the
// provider), and the limitations acknowledged, all by staff. Shared by the audit log's integration
// and widget tests.
#pragma once

#include "TestBackend.h"
#include "audit/AuditFilter.h"

#include <QString>
#include <QStringList>

#include <optional>

struct AuditedChanges
{
    QString tenantId;
    QString number;
    QString addressId;
    QString staffEmail;
    QString reason; // given when the number was turned off
};

// Nullopt, with the failing step in *why, when the backend refused a step.
std::optional<AuditedChanges> makeAuditedChanges(TestBackend &backend, QString *why);

// The ids of the audit entries the server lists under `filter`, read as `token`, in its order
// (one "server list failed" entry when it could not be read).
QStringList serverIds(TestBackend &backend, const QString &token, const AuditFilter &filter);
