// Row-by-row issue checks for the Teams export tests; see TeamsIssueCheck.h.
#include "TeamsIssueCheck.h"

#include <algorithm>

namespace {
QString describe(int row, bool skipped, const QString &text)
{
    return QStringLiteral("row %1%2: %3")
        .arg(row)
        .arg(skipped ? QStringLiteral(" (skipped)") : QString())
        .arg(text);
}
} // namespace

QString teamsIssueDifferences(const TeamsTenantSnapshot &snapshot, const QString &file,
                              const QList<ExpectedIssue> &expected)
{
    QList<TeamsRowIssue> issues;
    for (const TeamsRowIssue &issue : snapshot.issues())
        if (issue.file == file)
            issues.append(issue);
    QString out;
    for (qsizetype i = 0; i < std::max(issues.size(), expected.size()); ++i) {
        const bool haveIssue = i < issues.size();
        const bool haveExpected = i < expected.size();
        if (haveIssue && haveExpected && issues.at(i).row == expected.at(i).row &&
            issues.at(i).skipped == expected.at(i).skipped &&
            issues.at(i).reason.contains(expected.at(i).says))
            continue;
        const QString got =
            haveIssue ? describe(issues.at(i).row, issues.at(i).skipped, issues.at(i).reason)
                      : QStringLiteral("nothing");
        const QString wanted =
            haveExpected ? describe(expected.at(i).row, expected.at(i).skipped,
                                    QLatin1Char('"') + expected.at(i).says + QLatin1Char('"'))
                         : QStringLiteral("nothing");
        out += QStringLiteral("\n  %1 issue %2: got %3; expected %4")
                   .arg(file)
                   .arg(i + 1)
                   .arg(got, wanted);
    }
    return out;
}
