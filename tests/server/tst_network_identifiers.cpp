// The backend's rules for the values that identify a network element (validation/
// NetworkIdentifiers.h): CIDR normalisation for IPv4 and IPv6, public trusted IPs, BSSID forms
// and wildcards, chassis and port IDs.
#include "validation/NetworkIdentifiers.h"

#include <QtTest>

using namespace netid;

class TestNetworkIdentifiers : public QObject
{
    Q_OBJECT
private slots:
    void subnetsAreNormalised_data();
    void subnetsAreNormalised();
    void badSubnetsAreRefused_data();
    void badSubnetsAreRefused();
    void trustedIpsMustBePublic_data();
    void trustedIpsMustBePublic();
    void bssidsAreNormalised_data();
    void bssidsAreNormalised();
    void badBssidsAreRefused_data();
    void badBssidsAreRefused();
    void wildcardsCoverTheirPrefix();
    void chassisAndPortIds();
};

void TestNetworkIdentifiers::subnetsAreNormalised_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host bits cleared") << "10.10.10.150/25"
                                       << "10.10.10.128/25";
    QTest::newRow("already a network") << "192.168.1.0/24"
                                       << "192.168.1.0/24";
    QTest::newRow("plain v4 is /32") << "172.16.4.9"
                                     << "172.16.4.9/32";
    QTest::newRow("/0") << "8.8.8.8/0"
                        << "0.0.0.0/0";
    QTest::newRow("spaces trimmed") << "  10.0.0.1/8 "
                                    << "10.0.0.0/8";
    QTest::newRow("v6 compressed, lower case") << "2001:DB8:1:2::5/48"
                                               << "2001:db8:1::/48";
    QTest::newRow("v6 odd prefix") << "2001:db8:ffff::/33"
                                   << "2001:db8:8000::/33";
    QTest::newRow("plain v6 is /128") << "2001:db8::1"
                                      << "2001:db8::1/128";
}

void TestNetworkIdentifiers::subnetsAreNormalised()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Checked checked = normaliseSubnet(input);
    QVERIFY2(checked.ok(), qPrintable(checked.detail));
    QCOMPARE(checked.value, expected);
}

void TestNetworkIdentifiers::badSubnetsAreRefused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << ""
                           << "required";
    QTest::newRow("octet too big") << "10.0.0.300/24"
                                   << "invalid";
    QTest::newRow("three octets") << "10.0.0/24"
                                  << "invalid";
    QTest::newRow("prefix too long") << "10.0.0.0/33"
                                     << "invalid";
    QTest::newRow("v6 prefix too long") << "2001:db8::/129"
                                        << "invalid";
    QTest::newRow("netmask form") << "10.0.0.0/255.0.0.0"
                                  << "invalid";
    QTest::newRow("scoped v6") << "fe80::1%eth0/64"
                               << "invalid";
    QTest::newRow("text") << "office"
                          << "invalid";
    QTest::newRow("empty prefix") << "10.0.0.0/"
                                  << "invalid";
}

void TestNetworkIdentifiers::badSubnetsAreRefused()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    const Checked checked = normaliseSubnet(input);
    QCOMPARE(checked.code, code);
    QVERIFY(!checked.detail.isEmpty());
}

void TestNetworkIdentifiers::trustedIpsMustBePublic_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code"); // empty: accepted
    QTest::newRow("documentation v4") << "203.0.113.10"
                                      << "";
    QTest::newRow("documentation range") << "198.51.100.0/24"
                                         << "";
    QTest::newRow("documentation v6") << "2001:db8::/32"
                                      << "";
    QTest::newRow("public") << "52.112.0.0/14"
                            << "";
    QTest::newRow("rfc 1918 10/8") << "10.1.2.0/24"
                                   << "not_public";
    QTest::newRow("rfc 1918 172.16/12") << "172.31.0.1"
                                        << "not_public";
    QTest::newRow("rfc 1918 192.168/16") << "192.168.0.0/16"
                                         << "not_public";
    QTest::newRow("shared 100.64/10") << "100.100.1.1"
                                      << "not_public";
    QTest::newRow("loopback") << "127.0.0.1"
                              << "not_public";
    QTest::newRow("link-local") << "169.254.10.0/24"
                                << "not_public";
    QTest::newRow("multicast") << "239.1.1.1"
                               << "not_public";
    QTest::newRow("range holding a private block") << "8.0.0.0/4"
                                                   << "not_public";
    QTest::newRow("v6 loopback") << "::1"
                                 << "not_public";
    QTest::newRow("v6 unique local") << "fd00:1::/48"
                                     << "not_public";
    QTest::newRow("v6 link-local") << "fe80::/64"
                                   << "not_public";
    QTest::newRow("v6 multicast") << "ff02::1"
                                  << "not_public";
    QTest::newRow("not a subnet") << "10.0.0.0/40"
                                  << "invalid";
}

void TestNetworkIdentifiers::trustedIpsMustBePublic()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    const Checked checked = normaliseTrustedIp(input);
    QCOMPARE(checked.code, code);
}

void TestNetworkIdentifiers::bssidsAreNormalised_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dashes") << "aa-bb-cc-dd-ee-ff"
                            << "AA-BB-CC-DD-EE-FF";
    QTest::newRow("colons") << "aa:bb:cc:dd:ee:0f"
                            << "AA-BB-CC-DD-EE-0F";
    QTest::newRow("bare") << "aabbccddeeff"
                          << "AA-BB-CC-DD-EE-FF";
    QTest::newRow("cisco dots") << "aabb.ccdd.eeff"
                                << "AA-BB-CC-DD-EE-FF";
    QTest::newRow("last character wild") << "AA-BB-CC-DD-EE-F*"
                                         << "AA-BB-CC-DD-EE-F*";
    QTest::newRow("last pair wild") << "aa:bb:cc:dd:ee:*"
                                    << "AA-BB-CC-DD-EE-*";
}

void TestNetworkIdentifiers::bssidsAreNormalised()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Checked checked = normaliseBssid(input);
    QVERIFY2(checked.ok(), qPrintable(checked.detail));
    QCOMPARE(checked.value, expected);
}

void TestNetworkIdentifiers::badBssidsAreRefused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << " "
                           << "required";
    QTest::newRow("five pairs") << "AA-BB-CC-DD-EE"
                                << "invalid";
    QTest::newRow("not hex") << "AA-BB-CC-DD-EE-GG"
                             << "invalid";
    QTest::newRow("wildcard in the middle") << "AA-BB-CC-*D-EE-FF"
                                            << "invalid";
    QTest::newRow("three characters wild") << "AA-BB-CC-DD-E*"
                                           << "invalid";
    QTest::newRow("mixed separators") << "AA-BB:CC-DD-EE-FF"
                                      << "invalid";
    QTest::newRow("wildcard on dotted") << "aabb.ccdd.eef*"
                                        << "invalid";
}

void TestNetworkIdentifiers::badBssidsAreRefused()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QCOMPARE(normaliseBssid(input).code, code);
}

void TestNetworkIdentifiers::wildcardsCoverTheirPrefix()
{
    QVERIFY(isWildcardBssid(QStringLiteral("AA-BB-CC-DD-EE-F*")));
    QVERIFY(!isWildcardBssid(QStringLiteral("AA-BB-CC-DD-EE-FF")));
    QVERIFY(bssidCovers(QStringLiteral("AA-BB-CC-DD-EE-F*"), QStringLiteral("AA-BB-CC-DD-EE-F0")));
    QVERIFY(bssidCovers(QStringLiteral("AA-BB-CC-DD-EE-*"), QStringLiteral("AA-BB-CC-DD-EE-F*")));
    QVERIFY(!bssidCovers(QStringLiteral("AA-BB-CC-DD-EE-F*"), QStringLiteral("AA-BB-CC-DD-EE-0F")));
    QVERIFY(!bssidCovers(QStringLiteral("AA-BB-CC-DD-EE-F*"), QStringLiteral("AA-BB-CC-DD-EE-F*")));
    QVERIFY(!bssidCovers(QStringLiteral("AA-BB-CC-DD-EE-FF"), QStringLiteral("AA-BB-CC-DD-EE-FF")));
}

void TestNetworkIdentifiers::chassisAndPortIds()
{
    QCOMPARE(normaliseChassisId(QStringLiteral("00:11:22:aa:bb:cc")).value,
             QStringLiteral("00-11-22-AA-BB-CC"));
    QCOMPARE(normaliseChassisId(QStringLiteral(" core-sw-01 ")).value,
             QStringLiteral("core-sw-01"));
    // A wildcard is a BSSID idea; on a chassis it is just a name.
    QCOMPARE(normaliseChassisId(QStringLiteral("AA-BB-CC-DD-EE-*")).value,
             QStringLiteral("AA-BB-CC-DD-EE-*"));
    QCOMPARE(normaliseChassisId(QString()).code, QStringLiteral("required"));
    QCOMPARE(normaliseChassisId(QString(65, QLatin1Char('x'))).code, QStringLiteral("too_long"));
    QVERIFY(normaliseChassisId(QString(64, QLatin1Char('x'))).ok());
    QCOMPARE(checkPortId(QStringLiteral(" Gi1/0/24 ")).value, QStringLiteral("Gi1/0/24"));
    QCOMPARE(checkPortId(QStringLiteral("")).code, QStringLiteral("required"));
    QCOMPARE(checkPortId(QString(65, QLatin1Char('p'))).code, QStringLiteral("too_long"));
}

QTEST_APPLESS_MAIN(TestNetworkIdentifiers)
#include "tst_network_identifiers.moc"
