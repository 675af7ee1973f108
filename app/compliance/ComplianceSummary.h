// A tenant's 911 readiness at a glance, computed from the offline cache: how its numbers stand
// with E911, which addresses fall short of a dispatchable location, the limitations
// acknowledgement and how fresh the data is. Plain values, shared by the reports and the kiosk
// dashboard; ComplianceQueries fills it.
#pragma once

#include "domain/DisclosureAcknowledgement.h"
#include "domain/Tenant.h"

#include <QDateTime>
#include <QString>

#include <optional>

// The latest acknowledgement of the limitations disclosure on record for a tenant (47 CFR 9.11),
// judged against the disclosure version this app carries.
struct AcknowledgementStatus
{
    std::optional<DisclosureAcknowledgement> latest; // none on record: nobody acknowledged
    QString currentVersion;                          // limitations::currentVersion

    bool isOnRecord() const { return latest.has_value(); }
    // The latest acknowledgement is of the current text; an older one must be renewed.
    bool isCurrent() const { return latest && latest->disclosureVersion == currentVersion; }
    // Whole days since the acknowledgement, at `now`; -1 when none is on record.
    qint64 ageDays(const QDateTime &now) const;
};

struct ComplianceSummary
{
    QString tenantId;
    QString tenantName;
    ServiceType serviceType = ServiceType::OperatorConnect;

    // Numbers by E911 state (they add up to `numbers`).
    qint64 numbers = 0;
    qint64 registered = 0;
    qint64 pending = 0;
    qint64 failed = 0;
    qint64 deregistering = 0;
    qint64 basic = 0;

    // Basic-911-only numbers split by eligibility: a US number that could be registered, or one
    // that cannot carry E911 through this carrier at all.
    qint64 basicEligible = 0; // US (and territories), not toll-free, in basic
    qint64 outsideUs = 0;     // any state; by libphonenumber region, never by +1 alone
    qint64 tollFree = 0;      // US toll-free: cannot be a 911 callback number

    // Common-area phones (lobbies, factory floors…), and those of them without E911.
    qint64 commonArea = 0;
    qint64 commonAreaWithoutE911 = 0;

    // The tenant's emergency addresses.
    qint64 addresses = 0;
    qint64 addressesNotValidated = 0;         // unvalidated or invalid: cannot carry E911
    qint64 addressesWithoutDetail = 0;        // no building, floor, unit or room (RAY BAUM's Act)
    qint64 numbersAtAddressWithoutDetail = 0; // registered or pending at such an address

    // 933 test calls (lis/TestCoverage.h): places and E911-registered numbers, and those whose
    // latest test passed at the address they have now.
    qint64 testable = 0;
    qint64 tested = 0;

    // Numbers whose last call through Teams sent another location than their registration.
    qint64 callLocationDiffers = 0;
    // Places whose last call through Teams sent them with another address than theirs: Teams
    // holds the place elsewhere (calls/CallPlaceCheck.h).
    qint64 placeCallDiffers = 0;
    // Numbers Teams gives another emergency location than their registration, by the last
    // Teams export recorded, and when that export was made (invalid: none recorded).
    qint64 teamsLocationDiffers = 0;
    QDateTime teamsNumbersReadAt;

    // Numbers on the non-compliant list (docs/reports.md), each counted once.
    qint64 nonCompliant = 0;
    // A number stuck in pending or turning off for this long counts as non-compliant.
    qint64 stuckAfterHours = 0;

    AcknowledgementStatus acknowledgement;
    QDateTime lastSync;   // UTC; the last successful sync of the cache (any tenant); invalid: never
    QDateTime computedAt; // UTC; the `now` the figures were computed for

    // Registered out of those that could be (numbers minus outside-US and toll-free), in
    // percent rounded down; 100 when the tenant has no eligible number.
    int registeredPercent() const;
};
