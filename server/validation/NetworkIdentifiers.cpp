#include "NetworkIdentifiers.h"

#include <QHostAddress>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <optional>

namespace netid {
namespace {

struct Network
{
    bool v6 = false;
    std::array<quint8, 16> bytes{}; // IPv4 in the first four
    int prefix = 0;

    int bits() const { return v6 ? 128 : 32; }
};

Checked refuse(const char *code, const QString &detail)
{
    return {QString(), QString::fromLatin1(code), detail};
}

// Code points, as a person counts characters.
qsizetype length(const QString &s)
{
    return s.toUcs4().size();
}

std::optional<Network> parseAddress(const QString &text)
{
    Network n;
    static const QRegularExpression v4(
        QStringLiteral("^([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\z"));
    if (const auto m = v4.match(text); m.hasMatch()) {
        for (int i = 0; i < 4; ++i) {
            const int part = m.captured(i + 1).toInt();
            if (part > 255)
                return std::nullopt;
            n.bytes[static_cast<size_t>(i)] = static_cast<quint8>(part);
        }
        return n;
    }
    // QHostAddress is strict for IPv6; a scope ("%eth0") has no place in a subnet.
    if (!text.contains(QLatin1Char(':')) || text.contains(QLatin1Char('%')))
        return std::nullopt;
    const QHostAddress address(text);
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    n.v6 = true;
    const Q_IPV6ADDR raw = address.toIPv6Address();
    for (size_t i = 0; i < 16; ++i)
        n.bytes[i] = raw[static_cast<int>(i)];
    return n;
}

void clearHostBits(Network &n)
{
    for (int i = 0; i < n.bits() / 8; ++i) {
        const int keep = std::clamp(n.prefix - i * 8, 0, 8);
        n.bytes[static_cast<size_t>(i)] &= static_cast<quint8>(0xFF00 >> keep);
    }
}

QString format(const Network &n)
{
    if (!n.v6)
        return QStringLiteral("%1.%2.%3.%4/%5")
            .arg(n.bytes[0])
            .arg(n.bytes[1])
            .arg(n.bytes[2])
            .arg(n.bytes[3])
            .arg(n.prefix);
    Q_IPV6ADDR raw;
    for (size_t i = 0; i < 16; ++i)
        raw[static_cast<int>(i)] = n.bytes[i];
    return QString(QHostAddress(raw).toString() + QLatin1Char('/') + QString::number(n.prefix));
}

std::optional<Network> parseNetwork(const QString &text, QString *why)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    auto network = parseAddress(slash < 0 ? text : text.left(slash));
    if (!network) {
        *why = QStringLiteral("Write an IPv4 or IPv6 network, e.g. 10.10.10.0/24 or "
                              "2001:db8:1::/48.");
        return std::nullopt;
    }
    network->prefix = network->bits();
    if (slash >= 0) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,3}\\z"));
        const QString prefix = text.mid(slash + 1);
        if (!digits.match(prefix).hasMatch() || prefix.toInt() > network->bits()) {
            *why = QStringLiteral("The prefix length after \"/\" must be 0 to %1.")
                       .arg(network->bits());
            return std::nullopt;
        }
        network->prefix = prefix.toInt();
    }
    clearHostBits(*network);
    return network;
}

bool overlaps(const Network &a, const Network &b)
{
    if (a.v6 != b.v6)
        return false;
    Network x = a;
    Network y = b;
    x.prefix = y.prefix = std::min(a.prefix, b.prefix);
    clearHostBits(x);
    clearHostBits(y);
    return x.bytes == y.bytes;
}

// Ranges that are never a tenant's public egress address (RFC 6890 special-purpose blocks that
// are not globally reachable; documentation ranges are left out on purpose so demos can use
// them).
const QList<Network> &nonPublicBlocks()
{
    static const QList<Network> blocks = [] {
        QList<Network> out;
        QString ignored;
        for (const char *cidr :
             {"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
              "172.16.0.0/12", "192.168.0.0/16", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128",
              "::ffff:0:0/96", "fc00::/7", "fe80::/10", "ff00::/8"})
            out.append(*parseNetwork(QString::fromLatin1(cidr), &ignored));
        return out;
    }();
    return blocks;
}

// Upper-case hex digits of a MAC written as "aa-bb-…", "aa:bb:…", "aabb.ccdd.eeff" or
// "aabbccddeeff", with up to two trailing "*" characters kept; empty when it is none of these.
QString macDigits(const QString &text)
{
    static const QRegularExpression forms(QStringLiteral(
        "^(?:[0-9A-F]{2}([-:])[0-9A-F]{2}(?:\\1[0-9A-F]{2}){3}\\1(?:[0-9A-F]{2}|[0-9A-F]\\*|\\*)"
        "|[0-9A-F]{4}\\.[0-9A-F]{4}\\.[0-9A-F]{4}"
        "|[0-9A-F]{12}|[0-9A-F]{11}\\*|[0-9A-F]{10}\\*)\\z"));
    const QString upper = text.toUpper();
    if (!forms.match(upper).hasMatch())
        return {};
    QString digits;
    for (const QChar c : upper)
        if (c.isLetterOrNumber() || c == QLatin1Char('*'))
            digits += c;
    return digits;
}

QString dashed(const QString &digits)
{
    QString out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % 2 == 0)
            out += QLatin1Char('-');
        out += digits.at(i);
    }
    return out;
}

} // namespace

Checked normaliseSubnet(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return refuse("required", QStringLiteral("The subnet is empty."));
    QString why;
    const auto network = parseNetwork(trimmed, &why);
    if (!network)
        return refuse("invalid", QStringLiteral("\"%1\" is not a subnet. %2").arg(trimmed, why));
    return {format(*network), {}, {}};
}

Checked normaliseTrustedIp(const QString &text)
{
    Checked checked = normaliseSubnet(text);
    if (!checked.ok())
        return checked;
    QString ignored;
    const Network network = *parseNetwork(checked.value, &ignored);
    for (const Network &block : nonPublicBlocks()) {
        if (overlaps(network, block))
            return refuse("not_public",
                          QStringLiteral("%1 is not a public range (it includes %2). A trusted IP "
                                         "is an address your network is seen from on the "
                                         "internet.")
                              .arg(checked.value, format(block)));
    }
    return checked;
}

Checked normaliseBssid(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return refuse("required", QStringLiteral("The BSSID is empty."));
    const QString digits = macDigits(trimmed);
    if (digits.isEmpty())
        return refuse("invalid",
                      QStringLiteral("\"%1\" is not a BSSID. Write six hex pairs such as "
                                     "AA-BB-CC-DD-EE-FF; \"*\" may stand only for the last one "
                                     "or two characters.")
                          .arg(trimmed));
    return {dashed(digits), {}, {}};
}

Checked normaliseChassisId(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return refuse("required", QStringLiteral("The chassis ID is empty."));
    if (length(trimmed) > maxIdentifierLength)
        return refuse("too_long", QStringLiteral("The chassis ID may be at most %1 characters.")
                                      .arg(maxIdentifierLength));
    const QString digits = macDigits(trimmed);
    if (!digits.isEmpty() && !digits.contains(QLatin1Char('*')))
        return {dashed(digits), {}, {}};
    return {trimmed, {}, {}};
}

Checked checkPortId(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return refuse("required", QStringLiteral("The port ID is empty."));
    if (length(trimmed) > maxIdentifierLength)
        return refuse(
            "too_long",
            QStringLiteral("The port ID may be at most %1 characters.").arg(maxIdentifierLength));
    return {trimmed, {}, {}};
}

bool isWildcardBssid(const QString &bssid)
{
    return bssid.endsWith(QLatin1Char('*'));
}

QString wildcardPrefix(const QString &wildcard)
{
    return isWildcardBssid(wildcard) ? wildcard.chopped(1) : wildcard;
}

bool bssidCovers(const QString &wildcard, const QString &other)
{
    return isWildcardBssid(wildcard) && wildcard != other &&
           other.startsWith(wildcardPrefix(wildcard));
}

} // namespace netid
