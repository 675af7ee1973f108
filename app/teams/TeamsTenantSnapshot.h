// What a tenant holds in Teams, collected from the export files an admin gives (any number, in
// any order), with a reason for every row that was left out or read only in part. A bad row
// changes nothing else; a file of unknown kind gets one message; the same Teams ID in two rows
// keeps the first.
//
// The TeamsE911Automation export stands in for the address, location and network exports when
// none of those is given: its rows become addresses and locations with ids of the snapshot's own
// (teams::withoutTeamsId) and the elements on them. Given with any of those exports, it is left
// out whole, with a message: the Teams ids they hold are what the script and id keeping need.
#pragma once

#include "teams/TeamsCivicAddress.h"
#include "teams/TeamsEmergencyPolicy.h"
#include "teams/TeamsEmergencyRoutingPolicy.h"
#include "teams/TeamsExportFile.h"
#include "teams/TeamsLocation.h"
#include "teams/TeamsNetworkElement.h"
#include "teams/TeamsNumberAssignment.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

struct TeamsRowIssue
{
    QString file;         // the file's name as the admin chose it
    int row = 0;          // 1-based data row; 0 for the file as a whole
    QString reason;       // in words the admin can act on
    bool skipped = false; // true: nothing of the row was kept; false: kept without what's named

    friend bool operator==(const TeamsRowIssue &, const TeamsRowIssue &) = default;
};

class TeamsTenantSnapshot
{
public:
    // Reads one file and adds what it holds; returns the kind it was recognised as.
    teams::ExportKind addFile(const QString &fileName, const QByteArray &data);

    const QList<TeamsCivicAddress> &addresses() const { return m_addresses; }
    const QList<TeamsLocation> &locations() const { return m_locations; }
    const QList<TeamsNetworkElement> &networkElements() const { return m_elements; }
    const QList<TeamsNumberAssignment> &numbers() const { return m_numbers; }
    const QList<TeamsEmergencyPolicy> &policies() const { return m_policies; }
    const QList<TeamsEmergencyRoutingPolicy> &routingPolicies() const { return m_routingPolicies; }
    const QList<TeamsRowIssue> &issues() const { return m_issues; }
    // The kinds of file read, even with no usable row: a kind not given is not compared.
    bool hasRead(teams::ExportKind kind) const { return m_kindsRead.contains(kind); }
    // True when the addresses, locations and network elements come from the TeamsE911Automation
    // export: compared by street and name, without Teams ids, and the address and location
    // lists hold only what has an element or a user on it.
    bool readWithoutIds() const { return !m_automationFiles.isEmpty(); }
    // hasRead(), or the kind's objects read from the TeamsE911Automation export.
    bool covers(teams::ExportKind kind) const;

private:
    // The kinds the TeamsE911Automation export stands in for: addresses, locations, elements.
    static bool isMapKind(teams::ExportKind kind);
    void addRow(const QString &fileName, teams::ExportKind kind, const teams::ExportRow &row);
    // False (and an issue) when `key` was already read from an earlier row.
    bool claim(const QString &key, const QString &what, const QString &fileName, int row);
    // TeamsSnapshotAutomation.cpp: the TeamsE911Automation export.
    void addAutomationFile(const QString &fileName, const teams::ExportFile &file);
    void addAutomationRow(const QString &fileName, const teams::ExportRow &row);
    QString automationAddressId(const TeamsCivicAddress &address);
    QString automationLocationId(const QString &civicAddressId, const CivicAddress &civic,
                                 const QString &name, const QString &elin);
    // Leaves out what the TeamsE911Automation export gave, once an export with ids is read.
    void dropAutomationRows();

    QList<TeamsCivicAddress> m_addresses;
    QList<TeamsLocation> m_locations;
    QList<TeamsNetworkElement> m_elements;
    QList<TeamsNumberAssignment> m_numbers;
    QList<TeamsEmergencyPolicy> m_policies;
    QList<TeamsEmergencyRoutingPolicy> m_routingPolicies;
    QList<TeamsRowIssue> m_issues;
    QSet<QString> m_seen; // kind-prefixed ids and identifiers already read
    QSet<teams::ExportKind> m_kindsRead;
    QStringList m_automationFiles;                 // TeamsE911Automation files read
    QHash<QString, QString> m_automationAddresses; // address key → the id given
    QHash<QString, int> m_automationLocations;     // location key → index in m_locations
    QSet<QString> m_automationElements;            // kind|identifier of elements already read
};
