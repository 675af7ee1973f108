// A Microsoft Teams tenant as the backend describes it, with the E911 counts of its numbers, and
// the strict decoder that turns the API's JSON into one.
#pragma once

#include "domain/FieldError.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

enum class ServiceType { DirectRouting, OperatorConnect };

QString serviceTypeToWire(ServiceType type);
std::optional<ServiceType> serviceTypeFromWire(QStringView wire);
// "Direct Routing" / "Operator Connect", translated, for people.
QString serviceTypeText(ServiceType type);

struct TenantCounts
{
    qint64 total = 0;
    qint64 basic = 0;
    qint64 pending = 0;
    qint64 registered = 0;
    qint64 failed = 0;
    qint64 deregistering = 0;

    friend bool operator==(const TenantCounts &, const TenantCounts &) = default;
};

struct Tenant
{
    QString id; // the Teams (Entra ID) tenant GUID, lower case as the API sends it
    QString name;
    ServiceType serviceType = ServiceType::DirectRouting;
    TenantCounts counts;
    QString etag; // strong, quotes included
    QDateTime updatedAt;

    friend bool operator==(const Tenant &, const Tenant &) = default;

    // Longest tenant name accepted (Entra ID allows 256 characters).
    static constexpr qsizetype maxNameLength = 256;

    // Decodes one tenant. Every member read is checked for presence, type and range; a problem
    // is appended to `errors` (paths under `path`, e.g. "items[3].counts.total") and the result
    // is nullopt. Unknown members are ignored so a newer backend can add some.
    static std::optional<Tenant> fromJson(const QJsonValue &value, QList<FieldError> &errors,
                                          const QString &path = QString());
};
