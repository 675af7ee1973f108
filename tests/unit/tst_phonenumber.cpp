// Phone numbers: parsing, formats, and which numbers may carry E911.
#include "domain/PhoneNumber.h"

#include <QtTest>

class TestPhoneNumber : public QObject
{
    Q_OBJECT
private slots:
    void parsesAndFormats_data();
    void parsesAndFormats();
    void emergencyRegionFollowsRegionNotCountryCode_data();
    void emergencyRegionFollowsRegionNotCountryCode();
    void invalidInputIsRefused_data();
    void invalidInputIsRefused();
};

void TestPhoneNumber::parsesAndFormats_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("national");
    QTest::newRow("us national") << "(206) 555-0100"
                                 << "+12065550100"
                                 << "(206) 555-0100";
    QTest::newRow("us e164") << "+1 206 555 0100"
                             << "+12065550100"
                             << "(206) 555-0100";
    QTest::newRow("us dotted") << "206.555.0100"
                               << "+12065550100"
                               << "(206) 555-0100";
    QTest::newRow("uk") << "+44 20 7946 0018"
                        << "+442079460018"
                        << "020 7946 0018";
}

void TestPhoneNumber::parsesAndFormats()
{
    QFETCH(QString, input);
    QFETCH(QString, e164);
    QFETCH(QString, national);
    const auto number = PhoneNumber::parse(input);
    QVERIFY(number.has_value());
    QCOMPARE(number->e164(), e164);
    QCOMPARE(number->nationalFormat(), national);
}

void TestPhoneNumber::emergencyRegionFollowsRegionNotCountryCode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("eligible");
    QTest::newRow("seattle") << "+12065550100"
                             << "US" << true;
    QTest::newRow("puerto rico") << "+17875550123"
                                 << "PR" << true;
    QTest::newRow("guam") << "+16715550123"
                          << "GU" << true;
    QTest::newRow("toronto shares +1") << "+14165550123"
                                       << "CA" << false;
    QTest::newRow("jamaica shares +1") << "+18765550123"
                                       << "JM" << false;
    QTest::newRow("toll free") << "+18005550199"
                               << "US" << false;
    QTest::newRow("london") << "+442079460018"
                            << "GB" << false;
}

void TestPhoneNumber::emergencyRegionFollowsRegionNotCountryCode()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(bool, eligible);
    const auto number = PhoneNumber::parse(input);
    QVERIFY(number.has_value());
    QCOMPARE(number->regionCode(), region);
    QCOMPARE(number->isE911Eligible(), eligible);
}

void TestPhoneNumber::invalidInputIsRefused_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("letters") << "call me";
    QTest::newRow("too short") << "555-0100";
    QTest::newRow("bad area code") << "+1 011 555 0100";
}

void TestPhoneNumber::invalidInputIsRefused()
{
    QFETCH(QString, input);
    QVERIFY(!PhoneNumber::parse(input).has_value());
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
