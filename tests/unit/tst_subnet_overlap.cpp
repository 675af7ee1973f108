// Overlapping subnets are reported as (outer, inner) pairs, IPv4 and IPv6 apart, also at
// 10,000 elements; BSSIDs inside a wildcard are reported with the wildcard.
#include "lis/SubnetOverlap.h"

#include <QtTest>

#include <algorithm>

using namespace lis;
using namespace Qt::StringLiterals;

namespace {
NetworkElement subnet(const QString &id, const QString &cidr,
                      NetworkElementKind kind = NetworkElementKind::Subnet)
{
    NetworkElement e;
    e.id = id;
    e.kind = kind;
    e.subnet = cidr;
    return e;
}

NetworkElement accessPoint(const QString &id, const QString &bssid)
{
    NetworkElement e;
    e.id = id;
    e.kind = NetworkElementKind::AccessPoint;
    e.bssid = bssid;
    return e;
}

QStringList pairs(const QList<SubnetOverlap> &overlaps)
{
    QStringList out;
    for (const SubnetOverlap &o : overlaps)
        out.append(o.outerId + u'>' + o.innerId);
    out.sort();
    return out;
}
} // namespace

class TestSubnetOverlap : public QObject
{
    Q_OBJECT
private slots:
    void nestedSubnetsArePairedWiderFirst()
    {
        const QList<NetworkElement> elements{
            subnet(u"a"_s, u"10.0.0.0/8"_s),     subnet(u"b"_s, u"10.1.0.0/16"_s),
            subnet(u"c"_s, u"10.1.2.0/24"_s),    subnet(u"d"_s, u"10.2.0.0/16"_s),
            subnet(u"e"_s, u"192.168.0.0/24"_s), subnet(u"f"_s, u"192.168.1.0/24"_s),
            subnet(u"g"_s, u"11.0.0.0/8"_s),
        };
        QCOMPARE(pairs(findSubnetOverlaps(elements)),
                 (QStringList{u"a>b"_s, u"a>c"_s, u"a>d"_s, u"b>c"_s}));
        const QList<SubnetOverlap> overlaps = findSubnetOverlaps(elements);
        const auto bc = std::find_if(overlaps.cbegin(), overlaps.cend(),
                                     [](const SubnetOverlap &o) { return o.innerId == u"c"_s; });
        QVERIFY(bc != overlaps.cend());
        QVERIFY(!bc->identical);
    }

    void familiesAreApartAndOtherKindsIgnored()
    {
        const QList<NetworkElement> elements{
            subnet(u"v4"_s, u"0.0.0.0/0"_s),
            subnet(u"v6"_s, u"2001:db8::/32"_s),
            subnet(u"v6b"_s, u"2001:db8:1::/48"_s),
            subnet(u"trusted"_s, u"203.0.113.0/24"_s, NetworkElementKind::TrustedIp),
            subnet(u"broken"_s, u"not a subnet"_s),
        };
        QCOMPARE(pairs(findSubnetOverlaps(elements)), (QStringList{u"v6>v6b"_s}));
        // 0.0.0.0/0 holds every IPv4 subnet but no IPv6 one, and trusted IPs are separate.
        QCOMPARE(findSubnetOverlaps(elements, NetworkElementKind::TrustedIp).size(), 0);
    }

    void equalSubnetsAreIdentical()
    {
        const QList<SubnetOverlap> overlaps = findSubnetOverlaps(
            {subnet(u"x"_s, u"10.10.10.128/25"_s), subnet(u"y"_s, u"10.10.10.150/25"_s)});
        QCOMPARE(overlaps.size(), 1);
        QCOMPARE(overlaps.at(0).outerId, u"x"_s);
        QVERIFY(overlaps.at(0).identical);                    // the same network…
        QCOMPARE(overlaps.at(0).inner, u"10.10.10.150/25"_s); // …reported as written
    }

    void tenThousandElementsFindExactlyThePlantedOverlaps()
    {
        // 5,000 disjoint IPv4 /24s and 5,000 disjoint IPv6 /64s, plus 10 IPv4 /22s and 10 IPv6
        // /46s that each hold 4 of them: exactly 80 pairs, all with a wide range outside.
        QList<NetworkElement> elements;
        for (int i = 0; i < 5000; ++i) {
            elements.append(
                subnet(u"v4-%1"_s.arg(i), u"10.%1.%2.0/24"_s.arg(i / 256).arg(i % 256)));
            elements.append(subnet(u"v6-%1"_s.arg(i), u"2001:db8:%1::/64"_s.arg(i, 0, 16)));
        }
        for (int k = 0; k < 10; ++k) {
            elements.append(subnet(u"wide4-%1"_s.arg(k), u"10.%1.0.0/22"_s.arg(k)));
            elements.append(subnet(u"wide6-%1"_s.arg(k), u"2001:db8:%1::/46"_s.arg(k * 4, 0, 16)));
        }
        const QList<SubnetOverlap> overlaps = findSubnetOverlaps(elements);
        int v4 = 0;
        int v6 = 0;
        for (const SubnetOverlap &o : overlaps) {
            if (o.outerId.startsWith(u"wide4"_s) && o.innerId.startsWith(u"v4-"_s))
                ++v4;
            else if (o.outerId.startsWith(u"wide6"_s) && o.innerId.startsWith(u"v6-"_s))
                ++v6;
            else
                QFAIL(qPrintable(o.outerId + u" > "_s + o.innerId));
        }
        QCOMPARE(v4, 40);
        QCOMPARE(v6, 40);
    }

    void bssidsInsideWildcards()
    {
        const QList<NetworkElement> elements{
            accessPoint(u"w1"_s, u"AA-BB-CC-DD-EE-*"_s),
            accessPoint(u"w2"_s, u"AA-BB-CC-DD-EE-F*"_s),
            accessPoint(u"b1"_s, u"AA-BB-CC-DD-EE-F1"_s),
            accessPoint(u"b2"_s, u"AA-BB-CC-DD-EE-01"_s),
            accessPoint(u"b3"_s, u"AA-BB-CC-DD-EF-01"_s),
            subnet(u"s"_s, u"10.0.0.0/8"_s),
        };
        QStringList found;
        for (const WildcardConflict &c : findWildcardConflicts(elements))
            found.append(c.wildcardId + u'>' + c.coveredId);
        found.sort();
        QCOMPARE(found, (QStringList{u"w1>b1"_s, u"w1>b2"_s, u"w1>w2"_s, u"w2>b1"_s}));
        QVERIFY(findWildcardConflicts({accessPoint(u"x"_s, u"AA-BB-CC-DD-EE-F1"_s)}).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestSubnetOverlap)
#include "tst_subnet_overlap.moc"
