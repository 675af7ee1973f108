// One recorded 933 test call: someone dialled the test number from a place or from a number
// and heard the address read back. Append-only, like a log book. It proves the address only as
// it was at the time: addressEtag remembers that version, so an edit makes the place or number
// untested again.
#pragma once

#include "domain/FieldError.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

enum class TestCallResult : quint8 { Pass, Fail };

QString testCallResultToWire(TestCallResult result); // "pass", "fail"
std::optional<TestCallResult> testCallResultFromWire(QStringView wire);

// Who wrote the record: a person (Manual), or the backend from a real 933 call's Graph event.
enum class TestCallSource : quint8 { Manual, Teams };

struct TestCall
{
    QString id;
    QString tenantId;
    QString placeId;     // the place called from; may be empty when only a number was tested
    QString number;      // the E.164 number that dialled 933; may be empty for a place-only test
    QString addressId;   // the address in force at the time (the place's, or the number's E911 one)
    QString addressEtag; // that address's version at the time
    QString calledBy;    // the person who made the call
    QDateTime calledAt;  // UTC
    QString readBack;    // the address the 933 service read back, as heard
    TestCallResult result = TestCallResult::Pass;
    QString note;
    QString recordedById;
    QString recordedByEmail;
    QDateTime recordedAt; // UTC, set by the server
    TestCallSource source = TestCallSource::Manual;

    friend bool operator==(const TestCall &, const TestCall &) = default;

    static std::optional<TestCall> fromJson(const QJsonValue &value, QList<FieldError> &errors,
                                            const QString &path = QString());
};
