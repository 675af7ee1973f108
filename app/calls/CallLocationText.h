// How the product words a call's location verdict, in one place for the desk's alert and log,
// the numbers table, the detail pane, the kiosk and the report.
#pragma once

#include "calls/EmergencyCall.h"

#include <QCoreApplication>
#include <QString>

class CallLocationText
{
    Q_DECLARE_TR_FUNCTIONS(CallLocationText)
public:
    // "Matches the registration", "Differs: house number, ZIP code", …
    static QString verdict(const EmergencyCall &call);
    // A differing field as people say it: "addNumber" → "house number", "coordinates" →
    // "position".
    static QString field(const QString &cldxfField);
    // "933 test call" or "emergency call", and the day it started, for sentences about it.
    static QString callKind(const EmergencyCall &call);
    static QString callDay(const EmergencyCall &call);
    // The fields that differ, each once, as people say them: "house number, ZIP code".
    static QString fields(const QList<CallLocationDifference> &differences);
    // One line per difference: "street: Teams sent Main St, registered Elm St" (plain text).
    static QStringList differences(const EmergencyCall &call);
};
