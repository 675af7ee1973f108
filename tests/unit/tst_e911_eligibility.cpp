// Who may be registered with 911: US numbers and the NANP territories by libphonenumber region,
// never Canada or the other +1 countries, never toll-free; an address must be validated and in
// the US; a selection is split with a reason for every number left out.
#include "domain/AddressLine.h"
#include "domain/E911Eligibility.h"

#include <QtTest>

namespace {
Did didOf(const QString &e164, E911State state = E911State::Basic, const QString &address = {})
{
    const auto parsed = PhoneNumber::parse(e164);
    Did d;
    d.number = e164;
    d.nationalFormat = parsed ? parsed->nationalFormat() : QString();
    d.country = parsed ? parsed->regionCode() : QString();
    d.tollFree = parsed && parsed->isTollFree();
    d.e911.state = state;
    d.e911.addressId = address;
    return d;
}

EmergencyAddress addressOf(AddressValidationStatus status, const QString &country)
{
    EmergencyAddress a;
    a.id = QStringLiteral("addr-1");
    a.validationStatus = status;
    a.civic.addNumber = QStringLiteral("1");
    a.civic.stName = QStringLiteral("Microsoft");
    a.civic.stPosTyp = QStringLiteral("Way");
    a.civic.country = country;
    return a;
}
} // namespace

class TestE911Eligibility : public QObject
{
    Q_OBJECT
private slots:
    void numberEligibilityFollowsTheRegion_data();
    void numberEligibilityFollowsTheRegion();
    void registeredAtTheSameAddressIsUnchangedElsewhereEligible();
    void addressMustBeValidatedAndInTheUs();
    void selectionListsEveryRefusedNumberWithItsReason();
    void addressLineUsesTheNormalizedForm();
};

void TestE911Eligibility::numberEligibilityFollowsTheRegion_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("expected");
    const int ok = int(E911Eligibility::Eligible);
    const int outside = int(E911Eligibility::OutsideUs);
    QTest::newRow("seattle") << "+12065550100" << ok;
    QTest::newRow("puerto rico") << "+17875550123" << ok;
    QTest::newRow("us virgin islands") << "+13405550123" << ok;
    QTest::newRow("guam") << "+16715550123" << ok;
    QTest::newRow("american samoa") << "+16847330123" << ok;
    QTest::newRow("northern marianas") << "+16702345678" << ok;
    QTest::newRow("toronto shares +1") << "+14165550123" << outside;
    QTest::newRow("jamaica shares +1") << "+18765550123" << outside;
    QTest::newRow("london") << "+442079460018" << outside;
    QTest::newRow("toll free") << "+18005550199" << int(E911Eligibility::TollFree);
}

void TestE911Eligibility::numberEligibilityFollowsTheRegion()
{
    QFETCH(QString, number);
    QFETCH(int, expected);
    const auto parsed = PhoneNumber::parse(number);
    QVERIFY2(parsed, qPrintable(number));
    QCOMPARE(int(e911EligibilityOf(*parsed)), expected);
    QCOMPARE(int(e911EligibilityOf(didOf(number), QStringLiteral("addr-1"))), expected);
    QCOMPARE(e911EligibilityReason(E911Eligibility(expected)).isEmpty(),
             expected == int(E911Eligibility::Eligible));
}

void TestE911Eligibility::registeredAtTheSameAddressIsUnchangedElsewhereEligible()
{
    const QString here = QStringLiteral("addr-1");
    const QString there = QStringLiteral("addr-2");
    const QString n = QStringLiteral("+12065550100");
    QCOMPARE(e911EligibilityOf(didOf(n, E911State::Registered, here), here),
             E911Eligibility::AlreadyRegisteredHere);
    QCOMPARE(e911EligibilityOf(didOf(n, E911State::Pending, here), here),
             E911Eligibility::AlreadyRegisteredHere);
    QCOMPARE(e911EligibilityOf(didOf(n, E911State::Registered, there), here),
             E911Eligibility::Eligible);
    // A failed registration at the same address is worth sending again.
    QCOMPARE(e911EligibilityOf(didOf(n, E911State::Failed, here), here), E911Eligibility::Eligible);
}

void TestE911Eligibility::addressMustBeValidatedAndInTheUs()
{
    QCOMPARE(
        e911AddressEligibilityOf(addressOf(AddressValidationStatus::Valid, QStringLiteral("US"))),
        AddressEligibility::Eligible);
    QCOMPARE(
        e911AddressEligibilityOf(addressOf(AddressValidationStatus::Valid, QStringLiteral("PR"))),
        AddressEligibility::Eligible);
    QCOMPARE(
        e911AddressEligibilityOf(addressOf(AddressValidationStatus::Valid, QStringLiteral("CA"))),
        AddressEligibility::OutsideUs);
    QCOMPARE(
        e911AddressEligibilityOf(addressOf(AddressValidationStatus::Invalid, QStringLiteral("US"))),
        AddressEligibility::NotValidated);
    QCOMPARE(e911AddressEligibilityOf(
                 addressOf(AddressValidationStatus::Unvalidated, QStringLiteral("US"))),
             AddressEligibility::NotValidated);
    QVERIFY(!e911AddressEligibilityReason(
                 addressOf(AddressValidationStatus::Valid, QStringLiteral("CA")))
                 .isEmpty());
    // The normalized form decides once validated.
    EmergencyAddress a = addressOf(AddressValidationStatus::Valid, QStringLiteral("US"));
    a.normalized = a.civic;
    a.normalized->country = QStringLiteral("CA");
    QCOMPARE(e911AddressEligibilityOf(a), AddressEligibility::OutsideUs);
}

void TestE911Eligibility::selectionListsEveryRefusedNumberWithItsReason()
{
    const QString here = QStringLiteral("addr-1");
    const QList<Did> dids{didOf(QStringLiteral("+12065550100")),
                          didOf(QStringLiteral("+14165550123")),
                          didOf(QStringLiteral("+18005550199")),
                          didOf(QStringLiteral("+12065550101"), E911State::Registered, here),
                          didOf(QStringLiteral("+17875550123"))};
    const E911Selection s = splitForE911(dids, here, {QStringLiteral("+12065550199")});
    QCOMPARE(s.toRegister.size(), 2);
    QCOMPARE(s.toRegister.at(0).number, QStringLiteral("+12065550100"));
    QCOMPARE(s.toRegister.at(1).number, QStringLiteral("+17875550123"));
    QCOMPARE(s.unchanged.size(), 1);
    QCOMPARE(s.refused.size(), 3);
    QCOMPARE(s.refused.at(0).number, QStringLiteral("+14165550123"));
    QVERIFY(s.refused.at(0).reason.contains(QStringLiteral("Outside the US")));
    QVERIFY(s.refused.at(1).reason.contains(QStringLiteral("toll-free")));
    QCOMPARE(s.refused.at(2).number, QStringLiteral("+12065550199"));
    QCOMPARE(s.refused.at(2).national, QStringLiteral("(206) 555-0199"));
}

void TestE911Eligibility::addressLineUsesTheNormalizedForm()
{
    EmergencyAddress a = addressOf(AddressValidationStatus::Valid, QStringLiteral("US"));
    a.civic.floor = QStringLiteral("3");
    a.civic.postalCommunity = QStringLiteral("Redmond");
    a.civic.state = QStringLiteral("WA");
    QCOMPARE(emergencyAddressLine(a), QStringLiteral("1 Microsoft Way, FL 3, Redmond WA"));
    CivicAddress n;
    n.addNumber = QStringLiteral("1");
    n.stName = QStringLiteral("MICROSOFT");
    n.stPosTyp = QStringLiteral("WAY");
    n.unit = QStringLiteral("STE 300");
    n.postalCommunity = QStringLiteral("REDMOND");
    n.state = QStringLiteral("WA");
    a.normalized = n;
    QCOMPARE(emergencyAddressLine(a), QStringLiteral("1 MICROSOFT WAY, STE 300, REDMOND WA"));
}

QTEST_GUILESS_MAIN(TestE911Eligibility)
#include "tst_e911_eligibility.moc"
