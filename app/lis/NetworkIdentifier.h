// Client-side checks of the values that identify a network element: the server's rules
// (docs/api.md, "Network element") said in plain words before anything is sent, and the
// normalised form the server stores (a subnet's host bits cleared, a MAC in upper case with
// dashes), so an editor or an import can show what will be saved.
#pragma once

#include "domain/FieldError.h"
#include "lis/NetworkElement.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lis {

struct IdentifierCheck
{
    QString value;              // the normalised value; empty when it cannot be read
    QList<FieldError> problems; // field "subnet", "bssid", "chassisId" or "portId"; server codes
    QString note;               // what normalising changed, for the person; empty if nothing

    bool isValid() const { return problems.isEmpty(); }
};

// A CIDR subnet, IPv4 or IPv6; a plain address means /32 or /128. Host bits are cleared
// ("10.10.10.150/25" → "10.10.10.128/25", with a note saying so).
IdentifierCheck checkSubnet(const QString &text);
// As checkSubnet, and the range must be public (code "not_public" otherwise): Teams only
// sees a tenant's egress addresses, so a private range can never match.
IdentifierCheck checkTrustedIp(const QString &text);
// Six hex pairs ("-" or ":" between them, or none, or Cisco's "aabb.ccdd.eeff"), written back
// as "AA-BB-CC-DD-EE-FF"; "*" only for the last one or two characters ("AA-BB-CC-DD-EE-F*").
IdentifierCheck checkBssid(const QString &text);
// Non-empty, at most 64 characters; a MAC is normalised like a BSSID, any other text (an LLDP
// chassis name) is kept as typed.
IdentifierCheck checkChassisId(const QString &text);
// Non-empty, at most 64 characters, kept as typed ("Gi1/0/24").
IdentifierCheck checkPortId(const QString &text);

// Checks the identifying fields `element.kind` uses and writes their normalised values back.
// Returns every problem; `notes` (optional) receives what normalising changed.
QList<FieldError> normaliseIdentifiers(NetworkElement &element, QStringList *notes = nullptr);

// A subnet as numbers, for overlap checks. IPv4 lives in the low 32 bits of `low`.
struct IpNetwork
{
    bool v6 = false;
    quint64 high = 0; // IPv6 bits 0..63
    quint64 low = 0;  // IPv6 bits 64..127, or the IPv4 address
    int prefix = 0;

    IpNetwork last() const; // the network's last address (prefix unchanged)
    bool contains(const IpNetwork &other) const;
    friend bool operator==(const IpNetwork &, const IpNetwork &) = default;
};

// Reads a subnet as checkSubnet does (host bits cleared); nullopt when it is not one.
std::optional<IpNetwork> parseIpNetwork(const QString &text);

// For normalised BSSIDs: a wildcard ends in "*"; it covers the BSSIDs (and narrower
// wildcards) that start with the characters before its "*".
bool isWildcardBssid(const QString &bssid);
bool bssidCovers(const QString &wildcard, const QString &bssid);

} // namespace lis
