// The editor's checks as the admin types: required fields, ZIP and postal code formats, every
// ZIP code and FSA of the reference data against the chosen state or province, the region
// lists (DC and the territories included, military codes refused), mail-only addresses, and
// problems that quote what was typed instead of asking for it again.
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
    void zipTable_data();
    void zipTable();
    void zipCodesAcrossStateLinesSave_data();
    void zipCodesAcrossStateLinesSave();
    void requiredFieldsAreNamed();
    void typedValuesAreQuotedNotAskedFor();
    void outsideUsAndCanadaOnlyTheCountryIsWrong();
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
    QTest::newRow("ZIP that does not exist")
        << s("US") << s("WA") << s("99999") << s("postalCode:unknown_postal_code");
    QTest::newRow("Saipan is in the Northern Mariana Islands")
        << s("US") << s("MP") << s("96950") << s("");
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
    QTest::newRow("Canada, FSA that does not exist")
        << s("CA") << s("ON") << s("K0N 1A0") << s("postalCode:unknown_postal_code");
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

void TestAddressFormCheck::zipTable_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("region");
    QTest::newRow("Holtsville") << s("00501") << s("NY");
    QTest::newRow("Boston") << s("02108") << s("MA");
    QTest::newRow("Andover MA inside VT") << s("05501") << s("MA");
    QTest::newRow("Austin IRS inside OK") << s("73301") << s("TX");
    QTest::newRow("ZIP+4") << s("98052-6399") << s("WA");
    QTest::newRow("American Samoa") << s("96799") << s("AS");
    QTest::newRow("Micronesia") << s("96941") << s("FM");
    QTest::newRow("military") << s("09001") << s("AE");
    QTest::newRow("unassigned") << s("00001") << s("");
    QTest::newRow("not digits") << s("ABCDE") << s("");
    QTest::newRow("too short") << s("9805") << s("");
    QTest::newRow("Toronto FSA") << s("M5V 2T6") << s("ON");
    QTest::newRow("FSA in lower case") << s("x0a") << s("NU");
    QTest::newRow("unknown FSA") << s("K0N") << s("");
}

void TestAddressFormCheck::zipTable()
{
    QFETCH(QString, code);
    QFETCH(QString, region);
    const QString found = code.front().isDigit() || code.size() == 5
                              ? PostalCodeRegions::stateOfZip(code)
                              : PostalCodeRegions::provinceOfPostalCode(code);
    QCOMPARE(found, region);
    // The whole reference data is embedded (resources/postal-codes/README.md row counts).
    QCOMPARE(PostalCodeRegions::zipCount(), 42555);
    QCOMPARE(PostalCodeRegions::fsaCount(), 1620);
}

void TestAddressFormCheck::zipCodesAcrossStateLinesSave_data()
{
    // ZIP codes whose first three digits belong to another state: a prefix table refused them,
    // the backend (and the reference data) accept them.
    QTest::addColumn<QString>("zip");
    QTest::addColumn<QString>("state");
    QTest::newRow("Fishers Island NY in CT's 063") << s("06390") << s("NY");
    QTest::newRow("Texhoma TX in OK's 739") << s("73960") << s("TX");
    QTest::newRow("Alta WY in ID's 834") << s("83414") << s("WY");
    QTest::newRow("DHS MD in DC's 205") << s("20588") << s("MD");
    QTest::newRow("DHS VA in DC's 205") << s("20598") << s("VA");
}

void TestAddressFormCheck::zipCodesAcrossStateLinesSave()
{
    QFETCH(QString, zip);
    QFETCH(QString, state);
    CivicAddress a = redmond();
    a.state = state;
    a.postalCode = zip;
    QCOMPARE(codes(a), QStringList());
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

void TestAddressFormCheck::typedValuesAreQuotedNotAskedFor()
{
    // "…, Chicago, IL 6060": the ZIP code is wrong, the state is fine.
    CivicAddress a = redmond();
    a.state = QStringLiteral("IL");
    a.postalCode = QStringLiteral("6060");
    QList<FieldError> problems = AddressFormCheck::check(a);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("postalCode"));
    QCOMPARE(problems.first().code, QStringLiteral("invalid_postal_code"));
    QVERIFY2(problems.first().detail.startsWith(QStringLiteral("6060 is not a ZIP code.")),
             qPrintable(problems.first().detail));

    a = redmond();
    a.state = QStringLiteral("XX");
    problems = AddressFormCheck::check(a);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("state"));
    QCOMPARE(problems.first().code, QStringLiteral("unknown_state"));
    QVERIFY2(problems.first().detail.startsWith(QStringLiteral("XX is not a state or province.")),
             qPrintable(problems.first().detail));

    a = toronto();
    a.state = QStringLiteral("XX");
    a.postalCode = QStringLiteral("M5V");
    QCOMPARE(codes(a), list({"state:unknown_state", "postalCode:invalid_postal_code"}));
    QVERIFY(AddressFormCheck::check(a).last().detail.startsWith(
        QStringLiteral("M5V is not a postal code.")));
}

void TestAddressFormCheck::outsideUsAndCanadaOnlyTheCountryIsWrong()
{
    CivicAddress a;
    a.addNumber = QStringLiteral("10");
    a.stName = QStringLiteral("Downing");
    a.stPosTyp = QStringLiteral("Street");
    a.postalCommunity = QStringLiteral("London");
    a.country = QStringLiteral("GB");
    const QList<FieldError> problems = AddressFormCheck::check(a);
    QCOMPARE(codes(a), list({"country:unsupported_country"}));
    QVERIFY2(problems.first().detail.startsWith(
                 QStringLiteral("Addresses outside the US and Canada cannot be registered")),
             qPrintable(problems.first().detail));
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
    QCOMPARE(problems.first().detail,
             QStringLiteral("ZIP code 97201 is in Oregon, not in Washington. Correct the ZIP code "
                            "or the state."));
}

QTEST_GUILESS_MAIN(TestAddressFormCheck)
#include "tst_address_form_check.moc"
