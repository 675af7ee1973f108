// Who is calling: the user behind a bearer token, and what the role allows.
#pragma once

#include <QString>
#include <QStringList>

enum class Role { Admin, Staff, Auditor };

QString roleToWire(Role role);

struct Principal
{
    QString userId;
    QString email;
    QString displayName;
    Role role = Role::Auditor;
    QStringList tenantIds; // an admin's own tenants; empty for staff and auditors (all tenants)
    bool valid = false;

    bool canWrite() const { return valid && role != Role::Auditor; }
    bool canSeeTenant(const QString &tenantId) const
    {
        return valid && (role != Role::Admin || tenantIds.contains(tenantId));
    }
};
