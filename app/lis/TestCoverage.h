// Which places and E911-registered numbers a 933 test call has proven, and why the others are
// untested. The rule (docs/api.md, "Test call"): tested when the latest call passed AND was made
// at the place's or number's current address AND that address has not been edited since (its
// etag then equals the call's addressEtag). Pure: the caller passes the tenant's data.
#pragma once

#include "domain/Did.h"
#include "domain/EmergencyAddress.h"
#include "lis/Place.h"
#include "lis/TestCall.h"

#include <QList>
#include <QString>

#include <optional>

enum class CoverageState : quint8 {
    Tested,
    NeverTested,
    LastFailed,     // the latest test call failed
    AddressChanged, // the address was edited, or another address took its place, since the test
};

struct CoverageItem
{
    enum class Subject : quint8 { Place, Number };

    Subject subject = Subject::Place;
    QString id;        // the place id, or the number in E.164
    QString addressId; // the current address ("" when the number has none)
    CoverageState state = CoverageState::NeverTested;
    std::optional<TestCall> latest; // the latest test call, when there is one

    bool isTested() const { return state == CoverageState::Tested; }
};

struct TestCoverageSummary
{
    int places = 0;
    int placesTested = 0;
    int numbers = 0; // E911-registered numbers
    int numbersTested = 0;

    int total() const { return places + numbers; }
    int tested() const { return placesTested + numbersTested; }
    int untested() const { return total() - tested(); }
    // Tested places and numbers out of all, in percent rounded down (so 99.9 % never shows as
    // done); 100 when there is nothing to test, like ComplianceSummary::registeredPercent.
    int testedPercent() const;
};

struct TestCoverage
{
    QList<CoverageItem> items; // places in input order, then numbers in input order
    TestCoverageSummary summary;

    QList<CoverageItem> untested() const;
};

// Numbers count when their E911 registration is in force (state Registered).
TestCoverage computeTestCoverage(const QList<Place> &places, const QList<Did> &numbers,
                                 const QList<EmergencyAddress> &addresses,
                                 const QList<TestCall> &testCalls);

// "Why untested" in words ("Never tested.", "The last test, on 3 Nov 2026, failed.", …);
// empty for a tested item.
QString coverageReason(const CoverageItem &item);
