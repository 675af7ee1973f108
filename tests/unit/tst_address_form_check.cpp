// The editor's checks as the admin types: required fields, ZIP and postal code formats, the
// ZIP-prefix and postal-district tables against the chosen state or province, the region
// lists (DC and the territories included, military codes refused) and mail-only addresses.
#include "address/AddressFormCheck.h"
#include "address/PostalCodeRegions.h"
#include "address/RegionCatalog.h"

#include <QtTest>

namespace {
CivicAddress redmond()
{
    CivicAddress a;
    a.addNumber = QStringLiteral("1");
    a.stName = QStringLiteral("Microsoft");
    a.stPosTyp = QStringLiteral("Way");
    a.postalCommunity = QStringLiteral("Redmond");
    a.state = QStringLiteral("WA");
    a.postalCode = QStringLiteral("98052");
    a.country = QStringLiteral("US");
    return a;
}

CivicAddress toronto()
{
    CivicAddress a;
    a.addNumber = QStringLiteral("123");
    a.stName = QStringLiteral("Main");
    a.postalCommunity = QStringLiteral("Toronto");
    a.state = QStringLiteral("ON");
    a.postalCode = QStringLiteral("M5V 2T6");
    a.country = QStringLiteral("CA");
    return a;
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(s(i));
    return out;
}

// "field:code" of each problem, for compact comparisons.
QStringList codes(const CivicAddress &a)
{
    QStringList out;
    for (const FieldError &e : AddressFormCheck::check(a)) {
        out.append(e.field + QLatin1Char(':') + e.code);
        if (e.detail.isEmpty())
            out.append(QStringLiteral("(no words)"));
    }
    return out;
}
} // namespace

class TestAddressFormCheck : public QObject
{
    Q_OBJECT
private slots:
    void completeAddressesPass();
    void postalCodeChecks_data();
    void postalCodeChecks();
    void zipPrefixTable_data();
    void zipPrefixTable();
    void requiredFieldsAreNamed();
    void mailOnlyAddressesAreRefused();
    void regionLists();
    void mismatchSaysWhichStateInWords();
};

void TestAddressFormCheck::completeAddressesPass()
{
    QCOMPARE(codes(redmond()), QStringList());
    QCOMPARE(codes(toronto()), QStringList());
}

void TestAddressFormCheck::postalCodeChecks_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("postalCode");
    QTest::addColumn<QString>("expected"); // empty: no problem

    QTest::newRow("ZIP+4") << s("US") << s("WA") << s("98052-6399") << s("");
    QTest::newRow("nine digits") << s("US") << s("WA") << s("980526399") << s("");
    QTest::newRow("four digits") << s("US") << s("WA") << s("9805")
                                 << s("postalCode:invalid_postal_code");
    QTest::newRow("letters") << s("US") << s("WA") << s("98O52")
                             << s("postalCode:invalid_postal_code");
    QTest::newRow("ZIP of Oregon")
        << s("US") << s("WA") << s("97201") << s("postalCode:zip_state_mismatch");
    QTest::newRow("DC") << s("US") << s("DC") << s("20500") << s("");
    QTest::newRow("Dulles VA in the 20x block") << s("US") << s("VA") << s("20166") << s("");
    QTest::newRow("Puerto Rico") << s("US") << s("PR") << s("00901") << s("");
    QTest::newRow("Virgin Islands") << s("US") << s("VI") << s("00802") << s("");
    QTest::newRow("Guam") << s("US") << s("GU") << s("96910") << s("");
    QTest::newRow("American Samoa shares 967") << s("US") << s("AS") << s("96799") << s("");
    QTest::newRow("Hawaii") << s("US") << s("HI") << s("96813") << s("");
    QTest::newRow("military ZIP") << s("US") << s("NY") << s("09001")
                                  << s("postalCode:military_address_not_dispatchable");
    QTest::newRow("Canadian code in the US")
        << s("US") << s("WA") << s("M5V 2T6") << s("postalCode:invalid_postal_code");
    QTest::newRow("Canada lower case, no space") << s("CA") << s("ON") << s("m5v2t6") << s("");
    QTest::newRow("Canada, Quebec letter H") << s("CA") << s("QC") << s("H3A 3G4") << s("");
    QTest::newRow("Canada, letter of Quebec in Ontario")
        << s("CA") << s("ON") << s("H3A 3G4") << s("postalCode:postal_code_province_mismatch");
    QTest::newRow("Canada, X serves Nunavut") << s("CA") << s("NU") << s("X0A 0H0") << s("");
    QTest::newRow("Canada, X serves NWT") << s("CA") << s("NT") << s("X1A 2L9") << s("");
    QTest::newRow("Canada, D is never used")
        << s("CA") << s("ON") << s("D5V 2T6") << s("postalCode:invalid_postal_code");
    QTest::newRow("Canada, ZIP") << s("CA") << s("ON") << s("98052")
                                 << s("postalCode:invalid_postal_code");
}

void TestAddressFormCheck::postalCodeChecks()
{
    QFETCH(QString, country);
    QFETCH(QString, state);
    QFETCH(QString, postalCode);
    QFETCH(QString, expected);
    CivicAddress a = country == QLatin1String("CA") ? toronto() : redmond();
    a.state = state;
    a.postalCode = postalCode;
    QCOMPARE(codes(a), expected.isEmpty() ? QStringList() : QStringList{expected});
}

void TestAddressFormCheck::zipPrefixTable_data()
{
    QTest::addColumn<QString>("zip");
    QTest::addColumn<QStringList>("states");
    QTest::newRow("Holtsville") << s("00501") << list({"NY"});
    QTest::newRow("Boston") << s("02108") << list({"MA"});
    QTest::newRow("Andover MA inside VT") << s("05501") << list({"MA"});
    QTest::newRow("Austin IRS inside OK") << s("73301") << list({"TX"});
    QTest::newRow("El Paso") << s("88510") << list({"TX"});
    QTest::newRow("Las Vegas") << s("89101") << list({"NV"});
    QTest::newRow("Seattle") << s("98101") << list({"WA"});
    QTest::newRow("Anchorage") << s("99501") << list({"AK"});
    QTest::newRow("Saipan") << s("96950") << list({"GU", "MP"});
    QTest::newRow("unassigned") << s("00001") << QStringList();
    QTest::newRow("not digits") << s("ABCDE") << QStringList();
}

void TestAddressFormCheck::zipPrefixTable()
{
    QFETCH(QString, zip);
    QFETCH(QStringList, states);
    QCOMPARE(PostalCodeRegions::statesForZip(zip), states);
}

void TestAddressFormCheck::requiredFieldsAreNamed()
{
    QCOMPARE(codes(CivicAddress{}),
             (list({"addNumber:required", "stName:required", "postalCommunity:required",
                    "state:required", "postalCode:required", "country:required"})));
    CivicAddress a = redmond();
    a.addNumber = QStringLiteral("One");
    QCOMPARE(codes(a), list({"addNumber:invalid_house_number"}));
}

void TestAddressFormCheck::mailOnlyAddressesAreRefused()
{
    CivicAddress a = redmond();
    a.addNumber.clear();
    a.stName = QStringLiteral("P.O. Box 123");
    QVERIFY(codes(a).contains(QStringLiteral("stName:po_box_not_dispatchable")));
    a = redmond();
    a.state = QStringLiteral("AE");
    QCOMPARE(codes(a), list({"state:military_address_not_dispatchable"}));
    a = redmond();
    a.postalCommunity = QStringLiteral("APO");
    QCOMPARE(codes(a), list({"postalCommunity:military_address_not_dispatchable"}));
    a = redmond();
    a.country = QStringLiteral("MX");
    QCOMPARE(codes(a), list({"country:unsupported_country"}));
}

void TestAddressFormCheck::regionLists()
{
    QCOMPARE(RegionCatalog::regionsOf(u"US").size(), 56); // 50 states, DC, 5 territories
    QCOMPARE(RegionCatalog::regionsOf(u"CA").size(), 13);
    for (const char *code : {"DC", "PR", "VI", "GU", "AS", "MP"})
        QVERIFY2(RegionCatalog::isRegionOf(u"US", QString::fromLatin1(code)), code);
    QVERIFY(!RegionCatalog::isRegionOf(u"US", u"AE"));
    QCOMPARE(RegionCatalog::codeFor(u"québec"), QStringLiteral("QC"));
    QCOMPARE(RegionCatalog::codeFor(u"District of Columbia"), QStringLiteral("DC"));
    QCOMPARE(RegionCatalog::codeFor(u"ca", u"US"), QStringLiteral("CA"));
    QCOMPARE(RegionCatalog::codeFor(u"ON", u"US"), QString());
    CivicAddress a = redmond();
    a.state = QStringLiteral("ZZ");
    QCOMPARE(codes(a), list({"state:unknown_state"}));
}

void TestAddressFormCheck::mismatchSaysWhichStateInWords()
{
    CivicAddress a = redmond();
    a.postalCode = QStringLiteral("97201");
    const QList<FieldError> problems = AddressFormCheck::check(a);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().detail.contains(QStringLiteral("Oregon")) &&
                 problems.first().detail.contains(QStringLiteral("Washington")),
             qPrintable(problems.first().detail));
}

QTEST_GUILESS_MAIN(TestAddressFormCheck)
#include "tst_address_form_check.moc"
