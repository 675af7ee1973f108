// Running the PowerShell grammar check; see PowerShellScriptCheck.h.
#include "PowerShellScriptCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

PowerShellCheckResult checkPowerShellScript(const QString &parserDir, const QString &workDir,
                                            const QString &script, const QStringList &values)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        qFatal("Node.js (node) is not on PATH: the Teams script tests need it to parse the "
               "script (scripts/install-debian-deps.sh installs it).");
    if (!QFileInfo::exists(parserDir +
                           QStringLiteral("/node_modules/tree-sitter-powershell/package.json")))
        qFatal("The npm packages of %s are not installed: run the test through ctest, whose "
               "fixture teams_script_parser_install runs npm ci.",
               qPrintable(parserDir));
    static int serial = 0;
    const QString base = QDir(workDir).filePath(QStringLiteral("script%1").arg(++serial));
    QFile file(base + QStringLiteral(".ps1"));
    if (!file.open(QIODevice::WriteOnly) || file.write(script.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.close();
    QFile json(base + QStringLiteral(".json"));
    if (!json.open(QIODevice::WriteOnly) ||
        json.write(QJsonDocument(QJsonArray::fromStringList(values)).toJson()) < 0)
        qFatal("cannot write %s", qPrintable(json.fileName()));
    json.close();

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(node,
                  {parserDir + QStringLiteral("/check.js"), file.fileName(), json.fileName()});
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit)
        qFatal("node check.js did not finish: %s", qPrintable(process.errorString()));
    const PowerShellCheckResult result{process.exitCode(), QString::fromUtf8(process.readAll())};
    if (result.exitCode == 2)
        qFatal("check.js could not check: %s", qPrintable(result.output));
    return result;
}
