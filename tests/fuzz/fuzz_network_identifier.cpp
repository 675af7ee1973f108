// libFuzzer target: arbitrary text typed as a subnet, trusted IP, BSSID, chassis or port id,
// through the app's checks (lis/NetworkIdentifier.h) and the server's (validation/
// NetworkIdentifiers.h). Besides crashes it looks for the two sides disagreeing on the value
// they store for a text both accept.
#include "lis/NetworkIdentifier.h"
#include "validation/NetworkIdentifiers.h"

#include <cstddef>
#include <cstdint>

namespace {

// Where both sides accept, the editor must show the value the server stores. Whether both accept
// the same texts is not yet required here: the fuzzer found that they disagree on text with a
// line break inside ("10.10.10.50\n/12"); see the open note on issue 15.
void requireSameVerdict(const lis::IdentifierCheck &app, const netid::Checked &server)
{
    if (app.isValid() && server.ok() && app.value != server.value)
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
