// The 933 test coverage of a tenant.
#include "lis/TestCoverage.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TestCoverage)
};
} // namespace

namespace {
// Later call first: by when it was made, then when it was recorded, then id (append-only ids
// grow), so two calls in the same minute still have one latest.
bool isLater(const TestCall &a, const TestCall &b)
{
    if (a.calledAt != b.calledAt)
        return a.calledAt > b.calledAt;
    if (a.recordedAt != b.recordedAt)
        return a.recordedAt > b.recordedAt;
    return a.id > b.id;
}

void keepLatest(QHash<QString, const TestCall *> &latest, const QString &key, const TestCall &call)
{
    if (key.isEmpty())
        return;
    const TestCall *&slot = latest[key];
    if (!slot || isLater(call, *slot))
        slot = &call;
}

CoverageState stateOf(const TestCall *latest, const QString &addressId,
                      const QHash<QString, QString> &etagOfAddress)
{
    if (!latest)
        return CoverageState::NeverTested;
    if (latest->result == TestCallResult::Fail)
        return CoverageState::LastFailed;
    const auto etag = etagOfAddress.constFind(addressId);
    if (addressId.isEmpty() || latest->addressId != addressId || etag == etagOfAddress.cend() ||
        *etag != latest->addressEtag)
        return CoverageState::AddressChanged;
    return CoverageState::Tested;
}
} // namespace

int TestCoverageSummary::testedPercent() const
{
    return total() == 0 ? 100 : int(qint64(tested()) * 100 / total());
}

QList<CoverageItem> TestCoverage::untested() const
{
    QList<CoverageItem> list;
    for (const CoverageItem &item : items)
        if (!item.isTested())
            list.append(item);
    return list;
}

TestCoverage computeTestCoverage(const QList<Place> &places, const QList<Did> &numbers,
                                 const QList<EmergencyAddress> &addresses,
                                 const QList<TestCall> &testCalls)
{
    QHash<QString, QString> etagOfAddress;
    etagOfAddress.reserve(addresses.size());
    for (const EmergencyAddress &address : addresses)
        etagOfAddress.insert(address.id, address.etag);
    // One call may prove both the place it was made from and the number that dialled.
    QHash<QString, const TestCall *> latestOfPlace;
    QHash<QString, const TestCall *> latestOfNumber;
    for (const TestCall &call : testCalls) {
        keepLatest(latestOfPlace, call.placeId, call);
        keepLatest(latestOfNumber, call.number, call);
    }
    TestCoverage coverage;
    auto add = [&](CoverageItem::Subject subject, const QString &id, const QString &addressId,
                   const TestCall *latest) {
        CoverageItem item;
        item.subject = subject;
        item.id = id;
        item.addressId = addressId;
        item.state = stateOf(latest, addressId, etagOfAddress);
        if (latest)
            item.latest = *latest;
        coverage.items.append(item);
        return item.isTested();
    };
    for (const Place &place : places) {
        ++coverage.summary.places;
        if (add(CoverageItem::Subject::Place, place.id, place.addressId,
                latestOfPlace.value(place.id)))
            ++coverage.summary.placesTested;
    }
    for (const Did &did : numbers) {
        if (did.e911.state != E911State::Registered)
            continue;
        ++coverage.summary.numbers;
        if (add(CoverageItem::Subject::Number, did.number, did.e911.addressId,
                latestOfNumber.value(did.number)))
            ++coverage.summary.numbersTested;
    }
    return coverage;
}

QString coverageReason(const CoverageItem &item)
{
    const QString when =
        item.latest
            ? QLocale().toString(item.latest->calledAt.toLocalTime().date(), QLocale::ShortFormat)
            : QString();
    switch (item.state) {
    case CoverageState::Tested:
        return {};
    case CoverageState::NeverTested:
        return Text::tr("Never tested: no 933 test call has been recorded.");
    case CoverageState::LastFailed:
        return Text::tr("The last 933 test call, on %1, failed.").arg(when);
    case CoverageState::AddressChanged:
        return Text::tr("The address changed after the last passed test on %1: call 933 again.")
            .arg(when);
    }
    return {};
}
