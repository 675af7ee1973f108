#include "Principal.h"

QString roleToWire(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Staff:
        return QStringLiteral("staff");
    case Role::Auditor:
        break;
    }
    return QStringLiteral("auditor");
}
