// The Teams emergency location of a tenant's numbers as the latest Teams export read said
// (Get-CsPhoneNumberAssignment with the civic addresses and locations beside it), kept by the
// backend so that the numbers table, the detail pane, the kiosk and the reports can judge each
// registration against it without the files (issue 17). One reading per tenant; a later one
// replaces it whole.
#pragma once

#include "domain/FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class TeamsTenantSnapshot;
struct DispatchableTenantState;

struct TeamsNumberLocationEntry
{
    QString number;         // E.164
    QString civicAddressId; // the Teams address of the number's location; empty when none
    QString locationId;     // the Teams location; empty when none
    QString teamsAddress;   // that Teams address in words when it was read; empty when unknown
    QStringList addressIds; // the Dispatchable addresses it matched (or may match) when read

    friend bool operator==(const TeamsNumberLocationEntry &,
                           const TeamsNumberLocationEntry &) = default;
};

struct TeamsNumberLocations
{
    QString tenantId;
    QDateTime readAt; // UTC; invalid when nothing was ever read
    QList<TeamsNumberLocationEntry> numbers;
    QString etag;
    QDateTime updatedAt;

    friend bool operator==(const TeamsNumberLocations &, const TeamsNumberLocations &) = default;

    const TeamsNumberLocationEntry *entry(const QString &number) const;
    // The body of PUT …/teams-number-locations: readAt and the numbers.
    QJsonObject requestBody() const;

    static std::optional<TeamsNumberLocations>
    fromJson(const QJsonValue &value, QList<FieldError> &errors, const QString &path = QString());
};

// What the export files say of the tenant's own numbers, read at `readAt`: each number of
// `ours` the number assignment export lists, with its Teams address resolved through the
// locations export and matched to Dispatchable's addresses. Numbers Teams lists that the tenant
// does not have here are left out.
TeamsNumberLocations teamsNumberLocationsOf(const TeamsTenantSnapshot &teams,
                                            const DispatchableTenantState &ours,
                                            const QString &tenantId, const QDateTime &readAt);
