// Checking a generated PowerShell script with a real PowerShell grammar: runs
// tests/tools/powershell-parse/check.js (tree-sitter-powershell under Node.js) on the script,
// with the data values that went into it, which must each occur only inside single-quoted
// literals. Shared by the tests of the Teams scripts. A machine that cannot run the check
// (no node, the npm packages not installed) stops the test with the reason: it never skips.
#pragma once

#include <QString>
#include <QStringList>

struct PowerShellCheckResult
{
    int exitCode = -1; // 0: the script passes; 1: it has problems, one per line of output
    QString output;
};

// `parserDir` holds check.js and its node_modules (the test's DISPATCHABLE_PS_PARSE_DIR);
// `workDir` is where the script and the values are written, as "<name>.ps1" and "<name>.json".
PowerShellCheckResult checkPowerShellScript(const QString &parserDir, const QString &workDir,
                                            const QString &script, const QStringList &values);
