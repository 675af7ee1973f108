// A Teams tenant for tests of the difference script (issue 17): it starts as the admin's export
// files describe it, applies the steps of a TeamsDifferencePlan as Teams would (from the steps'
// data, not by running their PowerShell text), giving new objects new GUIDs, and exports itself
// again as Export-Csv writes the files, read back through the same readers. It knows the
// cmdlets of addresses, locations, network elements, trusted IPs, the emergency calling policy
// and numbers' locations (Set-CsPhoneNumberAssignment's LocationUpdate parameter set). Stricter
// than Teams where that finds a planner's mistake: a step referring to an id the tenant lacks, or
// to a step not yet run, or passing a parameter Microsoft's page reserves for its own use, is
// refused with the reason, and nothing after it runs.
#pragma once

#include "teams/TeamsDifferencePlan.h"
#include "teams/TeamsTenantSnapshot.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

class TeamsTenantSimulator
{
public:
    explicit TeamsTenantSimulator(const TeamsTenantSnapshot &start);

    // Applies the steps in order; false at the first one Teams (or this stricter stand-in)
    // would refuse, with why in `error`.
    bool apply(const TeamsDifferencePlan &plan, QString *error);

    // The export files of the tenant now (a file per kind the start was read from), every field
    // double-quoted as PowerShell 7's Export-Csv writes them.
    QList<QPair<QString, QByteArray>> exportFiles() const;
    // Those files read by a fresh TeamsTenantSnapshot: what exporting again gives.
    TeamsTenantSnapshot exported() const;

    // How many objects the steps created, and changed.
    int created() const { return m_created; }
    int changed() const { return m_changed; }

private:
    using Arguments = QHash<QString, QString>;
    bool applyStep(const TeamsDifferenceStep &step, const Arguments &args, QString &error);
    bool newAddress(const Arguments &args, QString &id, QString &error);
    bool setAddress(const Arguments &args, QString &error);
    bool newLocation(const Arguments &args, QString &id, QString &error);
    bool setLocation(const Arguments &args, QString &error);
    bool setElement(const TeamsDifferenceStep &step, const Arguments &args, QString &error);
    bool setPolicy(bool create, const Arguments &args, QString &error);
    bool setNumberLocation(const Arguments &args, QString &error);
    bool setTrustedIp(bool create, const Arguments &args, QString &error);
    TeamsNetworkElement *trustedIp(const QString &address);
    // The value an argument passes: its literal, the id an earlier step created, or that
    // object's property (the default location of a new address); empty with `problem` set when
    // it refers to nothing.
    QString valueOf(const TeamsStepArgument &a, int stepIndex, QString &problem);

    TeamsCivicAddress *address(const QString &civicAddressId);
    TeamsLocation *location(const QString &locationId);

    QList<TeamsCivicAddress> m_addresses;
    QList<TeamsLocation> m_locations;
    QList<TeamsNetworkElement> m_elements;
    QList<TeamsNumberAssignment> m_numbers;
    QList<TeamsEmergencyPolicy> m_policies;
    QSet<teams::ExportKind> m_kinds;
    QList<QString> m_createdIds; // per step applied: the Teams id it created, or empty
    int m_created = 0;
    int m_changed = 0;
};
