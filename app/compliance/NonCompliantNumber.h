// A number on a tenant's non-compliant list and why it is there. The rules are defined in
// docs/reports.md ("Which numbers are not compliant"); ComplianceQueries applies them in SQL.
// A number is listed once, with every reason that applies.
#pragma once

#include "domain/Did.h"

#include <QDateTime>
#include <QFlags>
#include <QString>
#include <QStringList>

enum class NonCompliance : quint8 {
    // The 911 provider refused the registration: the number has basic 911 only.
    RegistrationFailed = 0x01,
    // Pending registration (or turning off) for longer than the stuck threshold.
    StuckInProvisioning = 0x02,
    // A US number a person or a common-area phone uses, with basic 911 only.
    BasicOnlyInUse = 0x04,
    // Registered or pending at an address that is not validated (or no longer in the cache).
    AddressNotValidated = 0x08,
    // Registered or pending at an address with no building, floor, unit or room.
    LocationDetailMissing = 0x10,
    // The number's last call through Teams sent another location than its registration on file
    // (calls/CallLocationCheck.h): the next emergency call may go to the wrong centre.
    CallLocationDiffers = 0x20,
    // Teams gives the number another emergency location than its registration, by the last
    // Teams export recorded (teams/TeamsNumberCheck.h): its next call will send that one.
    TeamsLocationDiffers = 0x40,
};
Q_DECLARE_FLAGS(NonComplianceReasons, NonCompliance)
Q_DECLARE_OPERATORS_FOR_FLAGS(NonComplianceReasons)

namespace noncompliance {
// Every reason, in the order reports list them (most urgent first).
QList<NonCompliance> allReasons();
// Stable machine names for CSV files and scripts ("registration-failed", …).
QString code(NonCompliance reason);
// Short words for people (translated).
QString text(NonCompliance reason);
QStringList codes(NonComplianceReasons reasons);
QStringList texts(NonComplianceReasons reasons);
} // namespace noncompliance

struct NonCompliantNumber
{
    QString number;         // E.164
    QString nationalFormat; // for people
    QString userName;       // display name, else UPN; empty when unassigned
    QString userUpn;
    DidUsage usage = DidUsage::Unassigned;
    QString country;
    E911State state = E911State::Basic;
    QDateTime stateSince;   // UTC
    QString addressId;      // empty when none
    QString addressLine;    // the address on one line, when the cache knows it
    QString providerReason; // the 911 provider's words for a failure
    NonComplianceReasons reasons;

    friend bool operator==(const NonCompliantNumber &, const NonCompliantNumber &) = default;
};
