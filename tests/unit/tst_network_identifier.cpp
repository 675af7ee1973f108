// The client-side rules for network identifiers: subnets (IPv4/IPv6, host bits cleared with a
// note), trusted IPs (public only), BSSIDs (Teams' wildcard rules) and chassis and port IDs.
#include "lis/NetworkIdentifier.h"

#include <QtTest>

using namespace lis;
using namespace Qt::StringLiterals;

class TestNetworkIdentifier : public QObject
{
    Q_OBJECT
private slots:
    void subnetsAreNormalised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("noted"); // host bits were cleared
        QTest::newRow("ipv4 network") << u"10.10.10.0/24"_s << u"10.10.10.0/24"_s << false;
        QTest::newRow("host bits") << u"10.10.10.150/25"_s << u"10.10.10.128/25"_s << true;
        QTest::newRow("plain ipv4") << u" 10.1.2.3 "_s << u"10.1.2.3/32"_s << false;
        QTest::newRow("leading zero") << u"10.0.0.010"_s << u"10.0.0.10/32"_s << false;
        QTest::newRow("slash 0") << u"192.0.2.1/0"_s << u"0.0.0.0/0"_s << true;
        QTest::newRow("ipv6 upper") << u"2001:DB8:10::/48"_s << u"2001:db8:10::/48"_s << false;
        QTest::newRow("ipv6 host bits")
            << u"2001:db8:1:2:3::1/64"_s << u"2001:db8:1:2::/64"_s << true;
        QTest::newRow("ipv6 odd prefix")
            << u"2001:db8:ffff::/33"_s << u"2001:db8:8000::/33"_s << true;
        QTest::newRow("plain ipv6") << u"fe80::1"_s << u"fe80::1/128"_s << false;
    }

    void subnetsAreNormalised()
    {
        QFETCH(QString, text);
        QFETCH(QString, value);
        QFETCH(bool, noted);
        const IdentifierCheck check = checkSubnet(text);
        QVERIFY2(check.isValid(), qPrintable(check.problems.value(0).detail));
        QCOMPARE(check.value, value);
        QCOMPARE(!check.note.isEmpty(), noted);
        if (noted)
            QVERIFY(check.note.contains(value));
    }

    void badSubnetsAreRefusedInWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("word");
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("shorthand") << u"10.1/16"_s << u"not an IP subnet"_s;
        QTest::newRow("octet") << u"10.0.0.256/24"_s << u"not an IP subnet"_s;
        QTest::newRow("spaces in it") << u"10.0.0.0 /24"_s << u"not an IP subnet"_s;
        QTest::newRow("prefix 33") << u"10.0.0.0/33"_s << u"prefix length"_s;
        QTest::newRow("netmask") << u"10.0.0.0/255.255.255.0"_s << u"prefix length"_s;
        QTest::newRow("ipv6 prefix") << u"2001:db8::/129"_s << u"prefix length"_s;
        QTest::newRow("bad ipv6") << u"2001:db8:::1/64"_s << u"not an IP subnet"_s;
        QTest::newRow("scope") << u"fe80::1%eth0"_s << u"interface"_s;
        QTest::newRow("name") << u"office-lan"_s << u"not an IP subnet"_s;
    }

    void badSubnetsAreRefusedInWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, word);
        const IdentifierCheck check = checkSubnet(text);
        QCOMPARE(check.problems.size(), 1);
        QCOMPARE(check.problems.at(0).field, u"subnet"_s);
        QVERIFY2(check.problems.at(0).detail.contains(word),
                 qPrintable(check.problems.at(0).detail));
    }

    void trustedIpsMustBePublic_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("documentation v4") << u"203.0.113.0/24"_s << true;
        QTest::newRow("documentation v6") << u"2001:db8::/32"_s << true;
        QTest::newRow("public host") << u"198.51.100.7"_s << true;
        QTest::newRow("rfc1918 10") << u"10.2.3.4"_s << false;
        QTest::newRow("rfc1918 172") << u"172.20.0.0/16"_s << false;
        QTest::newRow("just outside 172.16/12") << u"172.32.0.0/16"_s << true;
        QTest::newRow("rfc1918 192") << u"192.168.1.0/24"_s << false;
        QTest::newRow("cgnat") << u"100.64.1.1"_s << false;
        QTest::newRow("loopback") << u"127.0.0.1"_s << false;
        QTest::newRow("link-local") << u"169.254.10.0/24"_s << false;
        QTest::newRow("multicast") << u"239.1.1.1"_s << false;
        QTest::newRow("range holding private") << u"8.0.0.0/4"_s << false;
        QTest::newRow("ula") << u"fd12:3456::/48"_s << false;
        QTest::newRow("v6 loopback") << u"::1"_s << false;
        QTest::newRow("v6 link-local") << u"fe80::/64"_s << false;
        QTest::newRow("this network") << u"0.1.2.3"_s << false;
        QTest::newRow("reserved 240/4") << u"250.1.1.1"_s << false;
        QTest::newRow("v4-mapped v6") << u"::ffff:203.0.113.5"_s << false;
    }

    void trustedIpsMustBePublic()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        const IdentifierCheck check = checkTrustedIp(text);
        QCOMPARE(check.isValid(), accepted);
        if (!accepted)
            QCOMPARE(check.problems.at(0).code, u"not_public"_s);
    }

    void bssidsFollowTeamsRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value"); // empty: refused
        QTest::newRow("dashes") << u"12-34-56-78-90-ab"_s << u"12-34-56-78-90-AB"_s;
        QTest::newRow("colons") << u"12:34:56:78:90:AB"_s << u"12-34-56-78-90-AB"_s;
        QTest::newRow("bare") << u"1234567890ab"_s << u"12-34-56-78-90-AB"_s;
        QTest::newRow("cisco") << u"1234.5678.90ab"_s << u"12-34-56-78-90-AB"_s;
        QTest::newRow("last char wildcard") << u"12-34-56-78-90-a*"_s << u"12-34-56-78-90-A*"_s;
        QTest::newRow("last two wildcard") << u"12-34-56-78-90-*"_s << u"12-34-56-78-90-*"_s;
        QTest::newRow("wildcard in the middle") << u"12-34-*-78-90-AB"_s << QString();
        QTest::newRow("two stars") << u"12-34-56-78-90-**"_s << QString();
        QTest::newRow("five pairs") << u"12-34-56-78-90"_s << QString();
        QTest::newRow("not hex") << u"12-34-56-78-90-GG"_s << QString();
        QTest::newRow("mixed separators") << u"12-34:56-78-90-AB"_s << QString();
    }

    void bssidsFollowTeamsRules()
    {
        QFETCH(QString, text);
        QFETCH(QString, value);
        const IdentifierCheck check = checkBssid(text);
        QCOMPARE(check.isValid(), !value.isEmpty());
        QCOMPARE(check.value, value);
        if (!check.isValid())
            QCOMPARE(check.problems.at(0).field, u"bssid"_s);
    }

    void misplacedWildcardIsExplained()
    {
        const IdentifierCheck check = checkBssid(u"12-34-*6-78-90-AB"_s);
        QVERIFY(check.problems.at(0).detail.contains(u"last one or two"_s));
    }

    void chassisAndPortIds()
    {
        QCOMPARE(checkChassisId(u"b8:be:bf:4a:a3:00"_s).value, u"B8-BE-BF-4A-A3-00"_s);
        QCOMPARE(checkChassisId(u" core-sw-01 "_s).value, u"core-sw-01"_s);
        QCOMPARE(checkChassisId(QString()).problems.at(0).code, u"required"_s);
        QCOMPARE(checkChassisId(QString(65, u'x')).problems.at(0).code, u"too_long"_s);
        QVERIFY(checkChassisId(QString(64, u'x')).isValid());
        // 64 characters outside the BMP are 128 UTF-16 units and still accepted.
        QString wide;
        for (int i = 0; i < 64; ++i)
            wide += QString::fromUcs4(U"\U0001F4DE", 1);
        QVERIFY(checkPortId(wide).isValid());
        QCOMPARE(checkPortId(u"Gi1/0/24"_s).value, u"Gi1/0/24"_s);
        QCOMPARE(checkPortId(u"  "_s).problems.at(0).field, u"portId"_s);
    }

    void normalisesTheFieldsOfItsKind()
    {
        NetworkElement port;
        port.kind = NetworkElementKind::Port;
        port.chassisId = u"aa:bb:cc:dd:ee:ff"_s;
        port.portId = u" 24 "_s;
        QVERIFY(normaliseIdentifiers(port).isEmpty());
        QCOMPARE(port.chassisId, u"AA-BB-CC-DD-EE-FF"_s);
        QCOMPARE(port.portId, u"24"_s);

        NetworkElement subnet;
        subnet.subnet = u"10.0.0.9/8"_s;
        QStringList notes;
        QVERIFY(normaliseIdentifiers(subnet, &notes).isEmpty());
        QCOMPARE(subnet.subnet, u"10.0.0.0/8"_s);
        QCOMPARE(notes.size(), 1);

        NetworkElement bad;
        bad.kind = NetworkElementKind::Port;
        const QList<FieldError> problems = normaliseIdentifiers(bad);
        QCOMPARE(problems.size(), 2); // both the chassis and the port are missing
    }

    void wildcardCoverage()
    {
        QVERIFY(bssidCovers(u"AA-BB-CC-DD-EE-*"_s, u"AA-BB-CC-DD-EE-F1"_s));
        QVERIFY(bssidCovers(u"AA-BB-CC-DD-EE-*"_s, u"AA-BB-CC-DD-EE-F*"_s));
        QVERIFY(bssidCovers(u"AA-BB-CC-DD-EE-F*"_s, u"AA-BB-CC-DD-EE-F1"_s));
        QVERIFY(!bssidCovers(u"AA-BB-CC-DD-EE-F*"_s, u"AA-BB-CC-DD-EE-E1"_s));
        QVERIFY(!bssidCovers(u"AA-BB-CC-DD-EE-F*"_s, u"AA-BB-CC-DD-EE-F*"_s));
        QVERIFY(!bssidCovers(u"AA-BB-CC-DD-EE-F1"_s, u"AA-BB-CC-DD-EE-F1"_s));
    }
};

QTEST_APPLESS_MAIN(TestNetworkIdentifier)
#include "tst_network_identifier.moc"
