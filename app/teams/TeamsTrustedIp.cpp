// Reading a Teams trusted IP row; see TeamsTrustedIp.h.
#include "teams/TeamsTrustedIp.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsTrustedIp)
};
} // namespace

namespace teams {

std::optional<TeamsNetworkElement> trustedIpFromRow(const ExportRow &row, RowReasons &reasons)
{
    // Teams writes the address in both columns; Identity alone is enough.
    const QString written =
        row.has(u"IPAddress") ? row.value(u"IPAddress") : row.value(u"Identity");
    QHostAddress address;
    if (written.isEmpty()) {
        reasons.errors.append(Text::tr("No IPAddress: the row does not say which address Teams "
                                       "trusts."));
        return std::nullopt;
    }
    // A scope ("%eth0") names an interface, never a public egress address.
    if (written.contains(u'%') || written.contains(u'/') || !address.setAddress(written)) {
        reasons.errors.append(
            Text::tr("IPAddress \"%1\" is not an IPv4 or IPv6 address.").arg(written));
        return std::nullopt;
    }
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int widest = v6 ? 128 : 32;
    const QString maskText = row.value(u"MaskBits");
    bool isNumber = true;
    const int maskBits = maskText.isEmpty() ? widest : maskText.toInt(&isNumber);
    if (!isNumber || maskBits < 0 || maskBits > widest) {
        reasons.errors.append(Text::tr("MaskBits \"%1\" is not a mask length from 0 to %2.")
                                  .arg(maskText)
                                  .arg(widest));
        return std::nullopt;
    }
    TeamsNetworkElement t;
    t.element.kind = NetworkElementKind::TrustedIp;
    t.element.subnet = address.toString() + u'/' + QString::number(maskBits);
    t.element.description = row.value(u"Description");
    return t;
}

} // namespace teams
