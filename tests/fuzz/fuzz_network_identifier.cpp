// libFuzzer target: arbitrary text typed as a subnet, trusted IP, BSSID, chassis or port id,
// through the app's checks (lis/NetworkIdentifier.h) and the server's (validation/
// NetworkIdentifiers.h). Besides crashes it looks for the two sides disagreeing on whether a
// text is valid or on the value they store for it.
#include "lis/NetworkIdentifier.h"
#include "validation/NetworkIdentifiers.h"

#include <cstddef>
#include <cstdint>

namespace {

// Both sides must accept the same texts, and where they accept, the editor must show the value
// the server stores.
void requireSameVerdict(const lis::IdentifierCheck &app, const netid::Checked &server)
{
    if (app.isValid() != server.ok())
        __builtin_trap();
    if (app.isValid() && app.value != server.value)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    requireSameVerdict(lis::checkSubnet(text), netid::normaliseSubnet(text));
    requireSameVerdict(lis::checkTrustedIp(text), netid::normaliseTrustedIp(text));
    requireSameVerdict(lis::checkBssid(text), netid::normaliseBssid(text));
    requireSameVerdict(lis::checkChassisId(text), netid::normaliseChassisId(text));
    requireSameVerdict(lis::checkPortId(text), netid::checkPortId(text));
    if (lis::isWildcardBssid(text))
        (void)lis::bssidCovers(text, QStringLiteral("AA-BB-CC-DD-EE-FF"));
    return 0;
}
