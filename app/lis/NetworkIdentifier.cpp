// The identifier rules of the network map, mirroring the server's (docs/api.md).
#include "lis/NetworkIdentifier.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NetworkIdentifier)
};
} // namespace

namespace lis {

namespace {

constexpr qsizetype maxIdLength = 64; // chassis and port IDs (docs/api.md)

FieldError problem(const char *field, const char *code, const QString &detail)
{
    return {QString::fromLatin1(field), QString::fromLatin1(code), detail};
}

// Characters as a person counts them (code points), as the server limits them.
qsizetype lengthOf(const QString &text)
{
    return text.toUcs4().size();
}

// A dotted quad of decimal parts, as the server reads it: no shorthand ("10.1").
std::optional<quint32> parseIpv4(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint32 value = 0;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3 ||
            !std::all_of(part.cbegin(), part.cend(),
                         [](QChar c) { return c >= u'0' && c <= u'9'; }))
            return std::nullopt;
        bool ok = false;
        const uint octet = part.toUInt(&ok);
        if (!ok || octet > 255)
            return std::nullopt;
        value = (value << 8) | octet;
    }
    return value;
}

// Sets the host bits of a 64-bit half: `bits` network bits stay.
quint64 hostMask(int bits)
{
    return bits <= 0 ? ~quint64(0) : bits >= 64 ? 0 : (~quint64(0) >> bits);
}

// The parse shared by checkSubnet and parseIpNetwork. `hostBitsSet` tells whether clearing
// changed the address.
struct ParsedSubnet
{
    IpNetwork network;
    bool hadPrefix = false;
    bool hostBitsSet = false;
};

enum class SubnetError { None, Address, Prefix, Scope };

SubnetError parseSubnet(const QString &text, ParsedSubnet &out)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const QString addressText = slash < 0 ? text : text.left(slash);
    const QString prefixText = slash < 0 ? QString() : text.mid(slash + 1);
    out.hadPrefix = slash >= 0;
    IpNetwork &n = out.network;
    if (addressText.contains(QLatin1Char('%')))
        return SubnetError::Scope;
    if (addressText.contains(QLatin1Char(':'))) {
        QHostAddress address;
        if (!address.setAddress(addressText) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return SubnetError::Address;
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        n.v6 = true;
        for (int i = 0; i < 8; ++i) {
            n.high = (n.high << 8) | bytes[i];
            n.low = (n.low << 8) | bytes[i + 8];
        }
    } else {
        const std::optional<quint32> v4 = parseIpv4(addressText);
        if (!v4)
            return SubnetError::Address;
        n.low = *v4;
    }
    const int width = n.v6 ? 128 : 32;
    n.prefix = width;
    if (out.hadPrefix) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,3}\\z"));
        if (!digits.match(prefixText).hasMatch() || prefixText.toInt() > width)
            return SubnetError::Prefix;
        n.prefix = prefixText.toInt();
    }
    const IpNetwork before = n;
    if (n.v6) {
        n.high &= ~hostMask(n.prefix);
        n.low &= ~hostMask(n.prefix - 64);
    } else {
        n.low &= ~hostMask(32 + n.prefix) & 0xFFFFFFFFu;
    }
    out.hostBitsSet = !(before == n);
    return SubnetError::None;
}

QString toText(const IpNetwork &n)
{
    if (n.v6) {
        Q_IPV6ADDR bytes;
        for (int i = 0; i < 8; ++i) {
            bytes[i] = quint8(n.high >> (56 - 8 * i));
            bytes[i + 8] = quint8(n.low >> (56 - 8 * i));
        }
        return QHostAddress(bytes).toString() + QLatin1Char('/') + QString::number(n.prefix);
    }
    return QHostAddress(quint32(n.low)).toString() + QLatin1Char('/') + QString::number(n.prefix);
}

// Ranges that are never a tenant's public egress address (docs/api.md, trusted_ip).
const QList<IpNetwork> &nonPublicRanges()
{
    static const QList<IpNetwork> ranges = [] {
        QList<IpNetwork> list;
        // The server's list (server/validation/NetworkIdentifiers.cpp): private, shared,
        // loopback, link-local, multicast and reserved, IPv4-mapped IPv6 included.
        for (const char *cidr :
             {"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
              "172.16.0.0/12", "192.168.0.0/16", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128",
              "::ffff:0:0/96", "fc00::/7", "fe80::/10", "ff00::/8"})
            list.append(*parseIpNetwork(QString::fromLatin1(cidr)));
        return list;
    }();
    return ranges;
}

// A MAC in any of the usual spellings, upper case with dashes; with `wildcard`, the last one or
// two characters may be one "*".
std::optional<QString> normalisedMac(const QString &text, bool wildcard)
{
    static const QRegularExpression separated(QStringLiteral(
        "^[0-9A-F]{2}([-:])[0-9A-F]{2}(\\1[0-9A-F]{2}){3}\\1([0-9A-F]{2}|[0-9A-F]?\\*)\\z"));
    static const QRegularExpression bare(
        QStringLiteral("^[0-9A-F]{10}([0-9A-F]{2}|[0-9A-F]?\\*)\\z"));
    static const QRegularExpression cisco(
        QStringLiteral("^[0-9A-F]{4}\\.[0-9A-F]{4}\\.[0-9A-F]{4}\\z"));
    const QString upper = text.trimmed().toUpper();
    if (!wildcard && upper.contains(QLatin1Char('*')))
        return std::nullopt;
    QString hex;
    if (separated.match(upper).hasMatch()) {
        QString out = upper;
        return out.replace(QLatin1Char(':'), QLatin1Char('-'));
    }
    if (bare.match(upper).hasMatch())
        hex = upper;
    else if (cisco.match(upper).hasMatch())
        hex = QString(upper).remove(QLatin1Char('.'));
    else
        return std::nullopt;
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2));
    return pairs.join(QLatin1Char('-'));
}
} // namespace

IpNetwork IpNetwork::last() const
{
    IpNetwork end = *this;
    if (v6) {
        end.high |= hostMask(prefix);
        end.low |= hostMask(prefix - 64);
    } else {
        end.low |= hostMask(32 + prefix) & 0xFFFFFFFFu;
    }
    return end;
}

bool IpNetwork::contains(const IpNetwork &other) const
{
    if (v6 != other.v6 || other.prefix < prefix)
        return false;
    const IpNetwork end = last();
    auto notBefore = [](const IpNetwork &a, const IpNetwork &b) {
        return a.high != b.high ? a.high > b.high : a.low >= b.low;
    };
    return notBefore(other, *this) && notBefore(end, other);
}

std::optional<IpNetwork> parseIpNetwork(const QString &text)
{
    ParsedSubnet parsed;
    if (parseSubnet(text, parsed) != SubnetError::None)
        return std::nullopt;
    return parsed.network;
}

IdentifierCheck checkSubnet(const QString &text)
{
    IdentifierCheck check;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        check.problems.append(problem("subnet", "required", Text::tr("The subnet is empty.")));
        return check;
    }
    ParsedSubnet parsed;
    switch (parseSubnet(trimmed, parsed)) {
    case SubnetError::Address:
        check.problems.append(problem(
            "subnet", "invalid",
            Text::tr(
                "\"%1\" is not an IP subnet: write an IPv4 or IPv6 network such as 10.10.10.0/24 "
                "or 2001:db8:10::/48.")
                .arg(trimmed)));
        return check;
    case SubnetError::Prefix:
        check.problems.append(problem(
            "subnet", "invalid",
            Text::tr(
                "The mask of \"%1\" must be a prefix length: 0 to 32 for IPv4, 0 to 128 for IPv6.")
                .arg(trimmed)));
        return check;
    case SubnetError::Scope:
        check.problems.append(problem(
            "subnet", "invalid",
            Text::tr("\"%1\" names a network interface (%): leave that part out.").arg(trimmed)));
        return check;
    case SubnetError::None:
        break;
    }
    check.value = toText(parsed.network);
    if (parsed.hostBitsSet)
        check.note = Text::tr("%1 has host bits set: it is saved as its network, %2.")
                         .arg(trimmed, check.value);
    return check;
}

IdentifierCheck checkTrustedIp(const QString &text)
{
    IdentifierCheck check = checkSubnet(text);
    if (!check.isValid())
        return check;
    const IpNetwork network = *parseIpNetwork(check.value);
    for (const IpNetwork &range : nonPublicRanges()) {
        if (range.contains(network) || network.contains(range)) {
            const QString why = range.contains(network)
                                    ? Text::tr("%1 lies in %2, a private or reserved range.")
                                    : Text::tr("%1 includes %2, a private or reserved range.");
            check.problems.append(
                problem("subnet", "not_public",
                        QString(why.arg(check.value, toText(range)) + QLatin1Char(' ') +
                                Text::tr("A trusted IP is the public address your network reaches "
                                         "the Internet from."))));
            break;
        }
    }
    return check;
}

IdentifierCheck checkBssid(const QString &text)
{
    IdentifierCheck check;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        check.problems.append(problem("bssid", "required", Text::tr("The BSSID is empty.")));
        return check;
    }
    if (const std::optional<QString> mac = normalisedMac(trimmed, true)) {
        check.value = *mac;
        return check;
    }
    if (trimmed.contains(QLatin1Char('*')) &&
        normalisedMac(QString(trimmed).replace(u'*', u'0'), false))
        check.problems.append(problem(
            "bssid", "invalid",
            Text::tr(
                "In \"%1\" the \"*\" is misplaced: Teams accepts it only for the last one or two "
                "characters, as in 12-34-56-78-90-A* or 12-34-56-78-90-*.")
                .arg(trimmed)));
    else
        check.problems.append(
            problem("bssid", "invalid",
                    Text::tr("\"%1\" is not a BSSID: write six pairs of hex digits such as "
                             "12-34-56-78-90-AB, optionally ending in \"*\" for a range.")
                        .arg(trimmed)));
    return check;
}

IdentifierCheck checkChassisId(const QString &text)
{
    IdentifierCheck check;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        check.problems.append(problem("chassisId", "required",
                                      Text::tr("The chassis ID is empty: write the switch's MAC "
                                               "address or its name as it reports it over LLDP.")));
        return check;
    }
    if (lengthOf(trimmed) > maxIdLength) {
        check.problems.append(
            problem("chassisId", "too_long",
                    Text::tr("The chassis ID has %n characters; at most 64 are accepted.", nullptr,
                             int(lengthOf(trimmed)))));
        return check;
    }
    check.value = normalisedMac(trimmed, false).value_or(trimmed);
    return check;
}

IdentifierCheck checkPortId(const QString &text)
{
    IdentifierCheck check;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        check.problems.append(problem("portId", "required",
                                      Text::tr("The port ID is empty: write the port's name as the "
                                               "switch reports it over LLDP, such as Gi1/0/24.")));
        return check;
    }
    if (lengthOf(trimmed) > maxIdLength) {
        check.problems.append(
            problem("portId", "too_long",
                    Text::tr("The port ID has %n characters; at most 64 are accepted.", nullptr,
                             int(lengthOf(trimmed)))));
        return check;
    }
    check.value = trimmed;
    return check;
}

QList<FieldError> normaliseIdentifiers(NetworkElement &element, QStringList *notes)
{
    QList<FieldError> problems;
    auto apply = [&](const IdentifierCheck &check, QString &field) {
        problems.append(check.problems);
        if (check.isValid())
            field = check.value;
        if (notes && !check.note.isEmpty())
            notes->append(check.note);
    };
    switch (element.kind) {
    case NetworkElementKind::Subnet:
        apply(checkSubnet(element.subnet), element.subnet);
        break;
    case NetworkElementKind::TrustedIp:
        apply(checkTrustedIp(element.subnet), element.subnet);
        break;
    case NetworkElementKind::AccessPoint:
        apply(checkBssid(element.bssid), element.bssid);
        break;
    case NetworkElementKind::Port:
        apply(checkChassisId(element.chassisId), element.chassisId);
        apply(checkPortId(element.portId), element.portId);
        break;
    case NetworkElementKind::Switch:
        apply(checkChassisId(element.chassisId), element.chassisId);
        break;
    }
    return problems;
}

bool isWildcardBssid(const QString &bssid)
{
    return bssid.endsWith(QLatin1Char('*'));
}

bool bssidCovers(const QString &wildcard, const QString &bssid)
{
    if (!isWildcardBssid(wildcard) || wildcard == bssid)
        return false;
    return bssid.startsWith(QStringView(wildcard).chopped(1));
}

} // namespace lis
