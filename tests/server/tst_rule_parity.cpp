// The app checks early what the server decides (one rule, two implementations: the server has
// the last word and the app never links it). This test runs the same inputs through both sides
// and fails on any disagreement: every ZIP code and FSA of the reference data, every region
// libphonenumber knows, a table of network identifiers, and the address validator's own cases.
#include "AddressValidationCases.h"
#include "address/AddressFormCheck.h"
#include "address/PostalCodeRegions.h"
#include "domain/PhoneNumber.h"
#include "lis/NetworkIdentifier.h"
#include "validation/AddressValidator.h"
#include "validation/NetworkIdentifiers.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <QFile>
#include <QtTest>

#include <set>
#include <string>

using i18n::phonenumbers::PhoneNumberUtil;

// The two sides' region rules, declared here rather than through their headers so that this
// file depends on no more of either side than the rules it compares.
bool isUsEmergencyRegion(QStringView region);    // app: domain/E911Eligibility.h
bool isUsEmergencyRegion(const QString &region); // server: handlers/E911Switch.h

namespace {
// Both sides' answers, named so the overloads (app: QStringView, server: const QString &) are
// never confused.
bool appSaysUsRegion(const QString &region)
{
    return isUsEmergencyRegion(QStringView(region));
}
bool serverSaysUsRegion(const QString &region)
{
    return isUsEmergencyRegion(region);
}

// "civic.field:code" of the app's problems, as the server names fields.
QStringList appProblems(const CivicAddress &typed)
{
    QStringList out;
    for (const FieldError &e : AddressFormCheck::check(typed))
        out.append(QStringLiteral("civic.") + e.field + QLatin1Char(':') + e.code);
    out.sort();
    return out;
}

QStringList serverProblems(const AddressValidationResult &result)
{
    QStringList out;
    for (const FieldError &e : result.problems)
        out.append(e.field + QLatin1Char(':') + e.code);
    out.sort();
    return out;
}

QStringList onField(const QStringList &problems, const QString &field)
{
    QStringList out;
    for (const QString &p : problems)
        if (p.startsWith(field + QLatin1Char(':')))
            out.append(p);
    return out;
}

// The keys (first column) of a reference-data CSV as the core embeds it.
QStringList keysOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList keys;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (line.contains(','))
            keys.append(QString::fromLatin1(line.left(line.indexOf(','))));
    }
    return keys;
}

CivicAddress withPostalCode(const QString &state, const QString &postalCode, bool canada)
{
    return civic({{"addNumber", "1"},
                  {"stName", "Main St"},
                  {"postalCommunity", "Anytown"},
                  {"state", state.toLatin1().constData()},
                  {"postalCode", postalCode.toLatin1().constData()},
                  {"country", canada ? "CA" : "US"}});
}

// The codes the app checks as typed: where the server refuses with one of these, the app must
// refuse too, on the same field, before anything is sent.
const QStringList checkedByTheApp{
    QStringLiteral("required"),
    QStringLiteral("invalid_house_number"),
    QStringLiteral("unknown_state"),
    QStringLiteral("invalid_postal_code"),
    QStringLiteral("unknown_postal_code"),
    QStringLiteral("zip_state_mismatch"),
    QStringLiteral("postal_code_province_mismatch"),
    QStringLiteral("unsupported_country"),
};
} // namespace

class TestRuleParity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyZipCodeHasTheSameState();
    void everyFsaHasTheSameProvince();
    void everyZipCodeAndFsaIsCheckedAlike();
    void everyPhoneRegionIsEligibleAlike();
    void networkIdentifiersNormaliseAlike_data();
    void networkIdentifiersNormaliseAlike();
    void addressCasesAgree_data();
    void addressCasesAgree();

private:
    std::optional<PostalCodeTable> m_table;
};

void TestRuleParity::initTestCase()
{
    QString error;
    m_table = PostalCodeTable::loadBundled(&error);
    QVERIFY2(m_table.has_value(), qPrintable(error));
    QCOMPARE(PostalCodeRegions::zipCount(), m_table->usZipCount());
    QCOMPARE(PostalCodeRegions::fsaCount(), m_table->canadianFsaCount());
}

void TestRuleParity::everyZipCodeHasTheSameState()
{
    // Every five-digit string, so a ZIP code one side knows and the other does not shows too.
    for (int n = 0; n < 100000; ++n) {
        const QString zip = QStringLiteral("%1").arg(n, 5, 10, QLatin1Char('0'));
        const auto area = m_table->usZip(zip);
        const QString server = area ? area->region : QString();
        const QString app = PostalCodeRegions::stateOfZip(zip);
        if (app != server)
            QFAIL(qPrintable(QStringLiteral("ZIP %1: app %2, server %3").arg(zip, app, server)));
    }
}

void TestRuleParity::everyFsaHasTheSameProvince()
{
    for (char16_t a = u'A'; a <= u'Z'; ++a)
        for (char16_t d = u'0'; d <= u'9'; ++d)
            for (char16_t b = u'A'; b <= u'Z'; ++b) {
                const QString fsa = QString(QChar(a)) + QChar(d) + QChar(b);
                const auto area = m_table->canadianFsa(fsa);
                const QString server = area ? area->region : QString();
                const QString app = PostalCodeRegions::provinceOfPostalCode(fsa);
                if (app != server)
                    QFAIL(qPrintable(
                        QStringLiteral("FSA %1: app %2, server %3").arg(fsa, app, server)));
            }
}

void TestRuleParity::everyZipCodeAndFsaIsCheckedAlike()
{
    // Each postal code of the data with its own state, and with a neighbour's: both sides find
    // the same problem with the postal code (none, mismatch, military, unknown).
    const QStringList zips =
        keysOf(QStringLiteral(":/dispatchable/postal-codes/us-zip-centroids.csv"));
    const QStringList fsas =
        keysOf(QStringLiteral(":/dispatchable/postal-codes/ca-fsa-centroids.csv"));
    QCOMPARE(zips.size(), m_table->usZipCount());
    QCOMPARE(fsas.size(), m_table->canadianFsaCount());
    qsizetype compared = 0;
    for (const QString &state : {QString(), QStringLiteral("WA"), QStringLiteral("ON")}) {
        for (const QString &key : zips + fsas) {
            const bool canada = key.front().isLetter();
            if (canada != (state == QLatin1String("ON")) && !state.isEmpty())
                continue;
            const QString own =
                canada ? m_table->canadianFsa(key)->region : m_table->usZip(key)->region;
            const QString code = canada ? key + QStringLiteral(" 1A1") : key;
            const CivicAddress typed = withPostalCode(state.isEmpty() ? own : state, code, canada);
            const QStringList app = onField(appProblems(typed), QStringLiteral("civic.postalCode"));
            const QStringList server = onField(serverProblems(validateAddress(typed, *m_table)),
                                               QStringLiteral("civic.postalCode"));
            if (app != server)
                QFAIL(qPrintable(QStringLiteral("%1 in %2: app [%3], server [%4]")
                                     .arg(code, typed.state, app.join(u','), server.join(u','))));
            ++compared;
        }
    }
    QVERIFY(compared > 2 * 42000);
}

void TestRuleParity::everyPhoneRegionIsEligibleAlike()
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    std::set<std::string> regions;
    util.GetSupportedRegions(&regions);
    QVERIFY(regions.size() > 200);
    int usRegions = 0;
    for (const std::string &r : regions) {
        const QString region = QString::fromStdString(r);
        QCOMPARE(appSaysUsRegion(region), serverSaysUsRegion(region));
        usRegions += serverSaysUsRegion(region) ? 1 : 0;
        // A number of the region, geographic and toll-free, through the whole app path (parse,
        // region, eligibility) against the server's rule (region, then toll-free).
        for (const auto type : {PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::TOLL_FREE}) {
            i18n::phonenumbers::PhoneNumber example;
            if (!util.GetExampleNumberForType(r, type, &example))
                continue;
            std::string e164;
            util.Format(example, PhoneNumberUtil::E164, &e164);
            const auto number = PhoneNumber::parse(QString::fromStdString(e164));
            if (!number)
                continue; // an example libphonenumber itself does not call valid
            const bool serverEligible =
                serverSaysUsRegion(number->regionCode()) && !number->isTollFree();
            // isE911Eligible() answers through the app's e911EligibilityOf().
            QVERIFY2(number->isE911Eligible() == serverEligible,
                     qPrintable(QString::fromStdString(e164)));
        }
    }
    QCOMPARE(usRegions, 6); // US, PR, VI, GU, AS, MP
    // Address countries: only a US civic address can carry E911 on both sides.
    for (const char *country : {"US", "CA", "GB", "MX", "PR"})
        QCOMPARE(appSaysUsRegion(QString::fromLatin1(country)),
                 serverSaysUsRegion(QString::fromLatin1(country)));
}

void TestRuleParity::networkIdentifiersNormaliseAlike_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("input");
    const auto row = [](const char *kind, const char *input) {
        QTest::addRow("%s %s", kind, input)
            << QString::fromLatin1(kind) << QString::fromUtf8(input);
    };
    for (const char *subnet :
         {"10.10.10.150/25", "10.10.10.128/25", "192.168.1.7", "0.0.0.0/0", "10.0.0.0/8",
          "10.0.0.1/33", "10.0.0.256/24", "10.0.0/24", " 10.1.2.3/24 ", "10.1.2.3 /24",
          "2001:DB8::1/32", "2001:db8:abcd:12::/64", "fe80::1%eth0/64", "2001:db8::/129", "::/0",
          "::ffff:10.0.0.1/128", "", "   ", "subnet", "10.0.0.0/-1", "10.0.0.0/08",
          // A line break inside (found by fuzz_network_identifier).
          "10.10.10.50\n/12", "2001:db8::\n/32", "10.10.10.0/2\n4"})
        row("subnet", subnet);
    for (const char *ip :
         {"203.0.113.7/32", "8.8.8.0/24", "10.0.0.0/8", "172.16.5.0/24", "192.168.0.0/16",
          "100.64.0.1", "127.0.0.1", "169.254.1.1", "224.0.0.1", "240.0.0.1", "2001:4860::/32",
          "fd00::/8", "fe80::/10", "::1", "0.0.0.0/0", "8.0.0.0/4"})
        row("trustedIp", ip);
    for (const char *bssid :
         {"aa-bb-cc-dd-ee-ff", "AA:BB:CC:DD:EE:FF", "aabbccddeeff", "aabb.ccdd.eeff",
          "AA-BB-CC-DD-EE-F*", "AA-BB-CC-DD-EE-*", "AA-BB-CC-DD-E*", "AA-BB-CC-DD-EE-**",
          "AA-BB-CC-*-EE-FF", "*", "AA-BB-CC-DD-EE", "AA-BB-CC-DD-EE-FF-00", "GG-BB-CC-DD-EE-FF",
          "aa:bb:cc:dd:ee:f*", "AA-BB:CC-DD:EE-FF", " aa-bb-cc-dd-ee-ff ", ""})
        row("bssid", bssid);
    for (const char *chassis : {"aa-bb-cc-dd-ee-ff", "aabb.ccdd.eeff", "AA:BB:CC:DD:EE:FF",
                                "core-sw-01", "Gi1/0/24", " spaced name ", "", "AA-BB-CC-DD-EE-F*",
                                "0123456789012345678901234567890123456789012345678901234567890123",
                                "01234567890123456789012345678901234567890123456789012345678901234",
                                "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ"})
        row("chassisId", chassis);
    for (const char *port : {"Gi1/0/24", " ge-0/0/1 ", "", "   ",
                             "0123456789012345678901234567890123456789012345678901234567890123",
                             "01234567890123456789012345678901234567890123456789012345678901234"})
        row("portId", port);
}

void TestRuleParity::networkIdentifiersNormaliseAlike()
{
    QFETCH(QString, kind);
    QFETCH(QString, input);
    lis::IdentifierCheck app;
    netid::Checked server;
    if (kind == QLatin1String("subnet")) {
        app = lis::checkSubnet(input);
        server = netid::normaliseSubnet(input);
    } else if (kind == QLatin1String("trustedIp")) {
        app = lis::checkTrustedIp(input);
        server = netid::normaliseTrustedIp(input);
    } else if (kind == QLatin1String("bssid")) {
        app = lis::checkBssid(input);
        server = netid::normaliseBssid(input);
    } else if (kind == QLatin1String("chassisId")) {
        app = lis::checkChassisId(input);
        server = netid::normaliseChassisId(input);
    } else {
        app = lis::checkPortId(input);
        server = netid::checkPortId(input);
    }
    QCOMPARE(app.isValid(), server.ok());
    if (server.ok()) {
        QCOMPARE(app.value, server.value);
    } else {
        QCOMPARE(app.problems.size(), 1);
        QCOMPARE(app.problems.first().code, server.code);
    }
    // Wildcard coverage, for the BSSIDs both sides accept.
    if (kind == QLatin1String("bssid") && server.ok()) {
        QCOMPARE(lis::isWildcardBssid(app.value), netid::isWildcardBssid(server.value));
        for (const char *other : {"AA-BB-CC-DD-EE-FF", "AA-BB-CC-DD-EE-F0", "AA-BB-CC-DD-EE-0F",
                                  "AA-BB-CC-DD-EE-F*", "AA-BB-CC-DD-EE-*"})
            QCOMPARE(lis::bssidCovers(app.value, QString::fromLatin1(other)),
                     netid::bssidCovers(server.value, QString::fromLatin1(other)));
    }
}

void TestRuleParity::addressCasesAgree_data()
{
    addAddressValidationCases();
}

void TestRuleParity::addressCasesAgree()
{
    QFETCH(CivicAddress, typed);
    const QStringList app = appProblems(typed);
    const AddressValidationResult result = validateAddress(typed, *m_table);
    const QStringList server = serverProblems(result);
    // The editor lists the 50 states, DC and the five territories where 911 rules apply; the
    // server also validates the freely associated states' USPS codes (FM, MH, PW) for the
    // record, which E911 never uses.
    if (result.normalized.state == QLatin1String("FM")) {
        QCOMPARE(app, QStringList{QStringLiteral("civic.state:unknown_state")});
        return;
    }
    // The app refuses nothing the server accepts, and for the same reason: a mail-only address
    // (PO box, military mail) is reported once, on whichever field shows it first.
    for (const QString &p : app) {
        const QString code = p.section(QLatin1Char(':'), 1);
        const bool mailOnly = code == QLatin1String("po_box_not_dispatchable") ||
                              code == QLatin1String("military_address_not_dispatchable");
        const bool found = mailOnly
                               ? std::any_of(server.cbegin(), server.cend(),
                                             [&code](const QString &s) { return s.endsWith(code); })
                               : server.contains(p);
        QVERIFY2(
            found,
            qPrintable(
                QStringLiteral("app [%1], server [%2]").arg(app.join(u','), server.join(u','))));
    }
    // What the app checks as typed, it catches before the server does.
    for (const QString &p : server)
        if (checkedByTheApp.contains(p.section(QLatin1Char(':'), 1)))
            QVERIFY2(app.contains(p), qPrintable(QStringLiteral("app [%1], server [%2]")
                                                     .arg(app.join(u','), server.join(u','))));
}

QTEST_GUILESS_MAIN(TestRuleParity)
#include "tst_rule_parity.moc"
