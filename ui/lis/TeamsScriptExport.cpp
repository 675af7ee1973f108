// Saving the Teams script of a tenant.
#include "TeamsScriptExport.h"

#include "lis/TeamsScript.h"
#include "session/AppSession.h"
#include "store/Cache.h"
#include "teams/TeamsComparisonQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamsScriptExport)
};
} // namespace

namespace teamsscriptexport {

bool saveScript(const QString &path, const QString &script, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(script.toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool write(Cache &cache, const QString &tenantId, const QString &path, QString *error)
{
    return saveScript(path, teamsScript(teamscomparison::scriptInput(cache, tenantId)), error);
}

bool exportInteractively(QWidget *parent, AppSession &session, const QString &tenantId)
{
    if (tenantId.isEmpty())
        return false;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("teams-emergency-%1-%2.ps1")
                          .arg(tenantId.left(8), QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(
        parent, Text::tr("Export Teams Script"), suggested, Text::tr("PowerShell scripts (*.ps1)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!write(*session.cache(), tenantId, path, &error)) {
        QMessageBox::warning(parent, Text::tr("Export Teams Script"),
                             Text::tr("The script could not be written: %1").arg(error));
        return false;
    }
    QMessageBox::information(
        parent, Text::tr("Export Teams Script"),
        Text::tr("The script was saved to %1. Read it before a Teams admin runs it in a "
                 "Connect-MicrosoftTeams session: it says at the top what it changes.")
            .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace teamsscriptexport
