// What a tenant holds in Teams, collected from the export files an admin gives (any number, in
// any order), with a reason for every row that was left out or read only in part. A bad row
// changes nothing else; a file of unknown kind gets one message; the same Teams ID in two rows
// keeps the first.
#pragma once

#include "teams/TeamsCivicAddress.h"
#include "teams/TeamsEmergencyPolicy.h"
#include "teams/TeamsEmergencyRoutingPolicy.h"
#include "teams/TeamsExportFile.h"
#include "teams/TeamsLocation.h"
#include "teams/TeamsNetworkElement.h"
#include "teams/TeamsNumberAssignment.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

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

private:
    void addRow(const QString &fileName, teams::ExportKind kind, const teams::ExportRow &row);
    // False (and an issue) when `key` was already read from an earlier row.
    bool claim(const QString &key, const QString &what, const QString &fileName, int row);

    QList<TeamsCivicAddress> m_addresses;
    QList<TeamsLocation> m_locations;
    QList<TeamsNetworkElement> m_elements;
    QList<TeamsNumberAssignment> m_numbers;
    QList<TeamsEmergencyPolicy> m_policies;
    QList<TeamsEmergencyRoutingPolicy> m_routingPolicies;
    QList<TeamsRowIssue> m_issues;
    QSet<QString> m_seen; // kind-prefixed ids and identifiers already read
    QSet<teams::ExportKind> m_kindsRead;
};
