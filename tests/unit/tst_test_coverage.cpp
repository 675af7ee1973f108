// 933 coverage: a place or registered number is tested only when its latest call passed at its
// current address, unedited since; otherwise the reason is never tested, last failed or
// address changed. Counts and the tested share follow.
#include "lis/TestCoverage.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QDateTime t0(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC);

EmergencyAddress address(const QString &id, const QString &etag)
{
    EmergencyAddress a;
    a.id = id;
    a.etag = etag;
    a.validationStatus = AddressValidationStatus::Valid;
    return a;
}

Place place(const QString &id, const QString &addressId)
{
    Place p;
    p.id = id;
    p.addressId = addressId;
    p.room = id;
    return p;
}

Did did(const QString &number, E911State state, const QString &addressId)
{
    Did d;
    d.number = number;
    d.e911.state = state;
    d.e911.addressId = addressId;
    return d;
}

TestCall call(const QString &id, const QString &placeId, const QString &number,
              const QString &addressId, const QString &etag, TestCallResult result, int minutes)
{
    TestCall c;
    c.id = id;
    c.placeId = placeId;
    c.number = number;
    c.addressId = addressId;
    c.addressEtag = etag;
    c.result = result;
    c.calledAt = t0.addSecs(60 * minutes);
    c.recordedAt = c.calledAt.addSecs(30);
    return c;
}
} // namespace

class TestTestCoverage : public QObject
{
    Q_OBJECT
private slots:
    void eachStateAndItsReason()
    {
        const QList<EmergencyAddress> addresses{address(u"a1"_s, u"\"v2\""_s),
                                                address(u"a2"_s, u"\"v1\""_s)};
        const QList<Place> places{place(u"tested"_s, u"a1"_s), place(u"never"_s, u"a1"_s),
                                  place(u"failed"_s, u"a1"_s), place(u"edited"_s, u"a1"_s),
                                  place(u"moved"_s, u"a2"_s),  place(u"fixed"_s, u"a1"_s)};
        const QList<Did> numbers{
            did(u"+12065550100"_s, E911State::Registered, u"a1"_s),
            did(u"+12065550101"_s, E911State::Registered, u"a2"_s),
            did(u"+12065550102"_s, E911State::Pending, u"a1"_s), // not registered: not counted
            did(u"+12065550103"_s, E911State::Basic, QString())};
        const QList<TestCall> calls{
            call(u"1"_s, u"tested"_s, u"+12065550100"_s, u"a1"_s, u"\"v2\""_s, TestCallResult::Pass,
                 0),
            call(u"2"_s, u"failed"_s, QString(), u"a1"_s, u"\"v2\""_s, TestCallResult::Pass, 0),
            call(u"3"_s, u"failed"_s, QString(), u"a1"_s, u"\"v2\""_s, TestCallResult::Fail, 5),
            call(u"4"_s, u"edited"_s, QString(), u"a1"_s, u"\"v1\""_s, TestCallResult::Pass, 0),
            call(u"5"_s, u"moved"_s, QString(), u"a1"_s, u"\"v2\""_s, TestCallResult::Pass, 0),
            // A failed call, then a passing one: the latest decides.
            call(u"6"_s, u"fixed"_s, QString(), u"a1"_s, u"\"v2\""_s, TestCallResult::Fail, 0),
            call(u"7"_s, u"fixed"_s, QString(), u"a1"_s, u"\"v2\""_s, TestCallResult::Pass, 9),
            // The number +…0101 is at a2 but was tested from a place at a1.
            call(u"8"_s, QString(), u"+12065550101"_s, u"a1"_s, u"\"v2\""_s, TestCallResult::Pass,
                 0)};
        const TestCoverage coverage = computeTestCoverage(places, numbers, addresses, calls);
        QCOMPARE(coverage.items.size(), 8);
        const QList<CoverageState> expected{
            CoverageState::Tested,         CoverageState::NeverTested,    CoverageState::LastFailed,
            CoverageState::AddressChanged, CoverageState::AddressChanged, CoverageState::Tested,
            CoverageState::Tested,         CoverageState::AddressChanged};
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(coverage.items.at(i).state == expected.at(i),
                     qPrintable(coverage.items.at(i).id));
        QCOMPARE(coverage.items.at(6).subject, CoverageItem::Subject::Number);
        QCOMPARE(coverage.items.at(2).latest->id, u"3"_s);
        QCOMPARE(coverage.items.at(5).latest->id, u"7"_s);

        QCOMPARE(coverage.summary.places, 6);
        QCOMPARE(coverage.summary.placesTested, 2);
        QCOMPARE(coverage.summary.numbers, 2);
        QCOMPARE(coverage.summary.numbersTested, 1);
        QCOMPARE(coverage.summary.untested(), 5);
        QCOMPARE(coverage.summary.testedPercent(), 37); // 3 of 8, rounded down
        QCOMPARE(coverage.untested().size(), 5);

        QVERIFY(coverageReason(coverage.items.at(0)).isEmpty());
        QVERIFY(coverageReason(coverage.items.at(1)).startsWith(u"Never tested"_s));
        QVERIFY(coverageReason(coverage.items.at(2)).contains(u"failed"_s));
        QVERIFY(coverageReason(coverage.items.at(3)).contains(u"address changed"_s));
    }

    void anAddressEditMakesATestedPlaceUntested()
    {
        const QList<Place> places{place(u"p"_s, u"a"_s)};
        const QList<TestCall> calls{
            call(u"1"_s, u"p"_s, QString(), u"a"_s, u"\"1\""_s, TestCallResult::Pass, 0)};
        QVERIFY(computeTestCoverage(places, {}, {address(u"a"_s, u"\"1\""_s)}, calls)
                    .items.at(0)
                    .isTested());
        QCOMPARE(
            computeTestCoverage(places, {}, {address(u"a"_s, u"\"2\""_s)}, calls).items.at(0).state,
            CoverageState::AddressChanged);
    }

    void nothingToTestIsAHundredPercent()
    {
        const TestCoverage coverage = computeTestCoverage({}, {}, {}, {});
        QCOMPARE(coverage.summary.total(), 0);
        QCOMPARE(coverage.summary.testedPercent(), 100);
    }
};

QTEST_APPLESS_MAIN(TestTestCoverage)
#include "tst_test_coverage.moc"
