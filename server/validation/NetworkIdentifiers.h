// The values that identify a network element in a tenant's LIS map, checked and normalised the
// way the backend stores them: a CIDR subnet with its host bits cleared, a BSSID or chassis MAC
// in upper case with dashes, a wildcard BSSID only in its last one or two characters. Pure
// functions, so each rule is unit-tested without a server.
#pragma once

#include <QString>

namespace netid {

// A normalised value, or the FieldProblem code ("required", "invalid", "too_long",
// "not_public") and a sentence saying what to fix.
struct Checked
{
    QString value;
    QString code;
    QString detail;

    bool ok() const { return code.isEmpty(); }
};

constexpr int maxIdentifierLength = 64;

// "10.10.10.150/25" → "10.10.10.128/25"; "2001:DB8::1/32" → "2001:db8::/32"; an address without
// "/n" is a /32 or /128.
Checked normaliseSubnet(const QString &text);
// As normaliseSubnet, and no part of the range may be private, shared (100.64.0.0/10),
// loopback, link-local, multicast or reserved (code "not_public"): Teams only ever sees a
// tenant's public egress addresses.
Checked normaliseTrustedIp(const QString &text);
// Six hex pairs with "-" or ":" between them (or none, or Cisco's "aabb.ccdd.eeff"), answered as
// "AA-BB-CC-DD-EE-FF"; "*" only as the last one or two characters ("AA-BB-CC-DD-EE-F*",
// "AA-BB-CC-DD-EE-*").
Checked normaliseBssid(const QString &text);
// Non-empty, at most 64 characters; a MAC is normalised like a BSSID (no wildcard), any other
// name (what LLDP reports) is kept as typed, trimmed.
Checked normaliseChassisId(const QString &text);
// Non-empty, at most 64 characters, kept as typed, trimmed ("Gi1/0/24").
Checked checkPortId(const QString &text);

// For normalised BSSIDs.
bool isWildcardBssid(const QString &bssid);
// The characters a wildcard's BSSIDs start with ("AA-BB-CC-DD-EE-F*" → "AA-BB-CC-DD-EE-F").
QString wildcardPrefix(const QString &wildcard);
// Whether `wildcard` covers `other` (a BSSID or a narrower wildcard); never itself.
bool bssidCovers(const QString &wildcard, const QString &other);

} // namespace netid
