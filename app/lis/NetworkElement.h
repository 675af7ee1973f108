// One entry of a tenant's network map (Teams' Location Information Service): the subnet,
// wireless access point, switch or switch port that tells Teams where a caller is, linked to the
// place it sits in. Trusted IPs are the tenant's public egress addresses: Teams uses dynamic
// emergency calling only for calls coming from one of them, so they link to no place.
#pragma once

#include "domain/FieldError.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

enum class NetworkElementKind : quint8 { Subnet, AccessPoint, Switch, Port, TrustedIp };

// Wire names: "subnet", "wap", "switch", "port", "trusted_ip".
QString networkElementKindToWire(NetworkElementKind kind);
std::optional<NetworkElementKind> networkElementKindFromWire(QStringView wire);

struct NetworkElement
{
    QString id;
    QString tenantId;
    NetworkElementKind kind = NetworkElementKind::Subnet;
    QString placeId; // empty only for trusted IPs
    // The identifying values; which are set depends on kind:
    //   Subnet:      subnet    "10.10.10.128/25" or "2001:db8:1::/48" (network ID, host bits zero)
    //   AccessPoint: bssid     "AA-BB-CC-DD-EE-FF", a "*" allowed in the last one or two characters
    //   Switch:      chassisId MAC "AA-BB-CC-DD-EE-FF" or the name the switch reports over LLDP
    //   Port:        chassisId and portId ("Gi1/0/24" or a MAC, as LLDP reports it)
    //   TrustedIp:   subnet    "203.0.113.10/32" (a single address or a range)
    QString subnet;
    QString bssid;
    QString chassisId;
    QString portId;
    QString description;
    QString etag;
    QDateTime updatedAt;

    friend bool operator==(const NetworkElement &, const NetworkElement &) = default;

    // The identifying value as one string, for tables, search and messages:
    // "10.10.10.128/25", "AA-BB-CC-DD-EE-F*", "AA-BB-CC-DD-EE-FF / Gi1/0/24".
    QString identifier() const;

    static std::optional<NetworkElement>
    fromJson(const QJsonValue &value, QList<FieldError> &errors, const QString &path = QString());
};
