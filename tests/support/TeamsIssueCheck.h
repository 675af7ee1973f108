// Checking the issues a TeamsTenantSnapshot gave one file, row by row: each issue's row, whether
// the row was left out, and words its reason must hold, in order. Shared by the Teams export
// tests so that a missing, extra or reordered issue fails with the whole list printed.
#pragma once

#include "teams/TeamsTenantSnapshot.h"

#include <QList>
#include <QString>

struct ExpectedIssue
{
    int row = 0;
    bool skipped = false;
    QString says; // words the reason holds
};

// Empty when the issues of `file` are exactly `expected`; otherwise one line per difference.
QString teamsIssueDifferences(const TeamsTenantSnapshot &snapshot, const QString &file,
                              const QList<ExpectedIssue> &expected);
