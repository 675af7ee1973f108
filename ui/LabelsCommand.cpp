#include "LabelsCommand.h"

#include "HeadlessCommand.h"

#include "auth/ConnectionProfileStore.h"
#include "report/ReportExitCode.h"
#include "report/WarningLabelLanguage.h"
#include "report/WarningLabelPdf.h"
#include "session/AppSession.h"
#include "store/Cache.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>

#include <QCoreApplication>
#include <cstdio>
#include <optional>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LabelsCommand)
};
} // namespace

namespace {

int fail(ReportExitCode code, const QString &message)
{
    return failWith(code, QString(Text::tr("dispatchable labels: ") + message));
}

void addOptions(QCommandLineParser &parser)
{
    QStringList sheets;
    for (const WarningLabelSheet &sheet : warninglabelsheets::all())
        sheets.append(sheet.id);
    parser.setApplicationDescription(
        Text::tr("Writes 911 warning labels (47 CFR 9.11) as a PDF for a sheet of labels. Print it "
                 "at actual size.\nExit codes: 0 written; 1 failed; 2 bad arguments; 4 unknown "
                 "tenant; 5 output not writable; 6 no connection profile."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("labels"), Text::tr("The labels command."));
    parser.addOptions({
        {QStringLiteral("out"), Text::tr("The PDF file to write."), QStringLiteral("file")},
        {QStringLiteral("sheet"),
         Text::tr("The label sheet: %1.").arg(sheets.join(QStringLiteral(", "))),
         QStringLiteral("sheet"), QStringLiteral("avery-5160")},
        {QStringLiteral("language"),
         Text::tr("The labels' language: %1.")
             .arg(WarningLabelLanguage::codes().join(QStringLiteral(", "))),
         QStringLiteral("code"), QStringLiteral("en")},
        {QStringLiteral("tenant"),
         Text::tr("Print this tenant's name in the small print (read from the offline cache)."),
         QStringLiteral("id")},
        {QStringLiteral("profile"),
         Text::tr("The saved connection whose cache knows the tenant (its id or name)."),
         QStringLiteral("profile")},
        {QStringLiteral("count"), Text::tr("How many labels; the default fills one sheet."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("skip"), Text::tr("Positions already used on the first sheet."),
         QStringLiteral("n"), QStringLiteral("0")},
    });
}

// The tenant's name from a saved connection's offline cache; no network, no keychain.
std::optional<QString> tenantName(const QString &tenantId, const QString &wantedProfile,
                                  ReportExitCode *code, QString *error)
{
    QSettings settings;
    ConnectionProfileStore store(&settings);
    const QList<ConnectionProfile> profiles = store.profiles();
    std::optional<ConnectionProfile> profile;
    for (const ConnectionProfile &p : profiles)
        if ((wantedProfile.isEmpty() && profiles.size() == 1) || p.id == wantedProfile ||
            p.displayName == wantedProfile)
            profile = p;
    if (!profile) {
        *code = ReportExitCode::NoProfile;
        *error = profiles.isEmpty() ? Text::tr("No saved connection knows tenant %1. Leave out "
                                               "--tenant, or sign in with Dispatchable first.")
                                          .arg(tenantId)
                                    : Text::tr("Choose the saved connection with --profile.");
        return std::nullopt;
    }
    Cache cache(
        QDir(AppSession::defaultDataDir(*profile)).filePath(QStringLiteral("cache.sqlite")));
    if (cache.open()) {
        const QString name = cache.tenantName(tenantId); // names are never empty
        if (!name.isEmpty())
            return name;
    }
    *code = ReportExitCode::UnknownTenant;
    *error = Text::tr("Tenant %1 is not in the offline copy of %2. Sync in Dispatchable first.")
                 .arg(tenantId, profile->displayName);
    return std::nullopt;
}
} // namespace

bool isLabelsCommand(int argc, char **argv)
{
    return argc > 1 && qstrcmp(argv[1], "labels") == 0;
}

int runLabelsCommand(int argc, char **argv)
{
    const auto app = startHeadlessApplication(argc, argv);

    QCommandLineParser parser;
    addOptions(parser);
    if (const auto exitCode = usageExit(parser, Text::tr("dispatchable labels: ")))
        return *exitCode;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(ReportExitCode::BadUsage, Text::tr("--out is needed. See --help."));
    const QString sheetId = parser.value(QStringLiteral("sheet"));
    const std::optional<WarningLabelSheet> sheet = warninglabelsheets::byId(sheetId);
    if (!sheet)
        return fail(ReportExitCode::BadUsage,
                    Text::tr("No label sheet is called \"%1\".").arg(sheetId));
    const QString language = parser.value(QStringLiteral("language"));
    if (!WarningLabelLanguage::codes().contains(language))
        return fail(ReportExitCode::BadUsage,
                    Text::tr("--language must be one of %1, not \"%2\".")
                        .arg(WarningLabelLanguage::codes().join(QStringLiteral(", ")), language));
    bool countOk = false;
    bool skipOk = false;
    const int count = parser.value(QStringLiteral("count")).toInt(&countOk);
    const int skip = parser.value(QStringLiteral("skip")).toInt(&skipOk);
    if (!countOk || count < 0 || count > 10000 || !skipOk || skip < 0 ||
        skip >= sheet->labelsPerSheet())
        return fail(ReportExitCode::BadUsage,
                    Text::tr("--count must be 0 to 10000 and --skip 0 to %1.")
                        .arg(sheet->labelsPerSheet() - 1));
    if (!isWritable(out))
        return fail(ReportExitCode::OutputNotWritable,
                    Text::tr("Cannot write %1: check that the folder exists and that you may write "
                             "there.")
                        .arg(QDir::toNativeSeparators(out)));

    QString name;
    if (const QString tenantId = parser.value(QStringLiteral("tenant")); !tenantId.isEmpty()) {
        ReportExitCode code = ReportExitCode::Failed;
        QString error;
        const std::optional<QString> found =
            tenantName(tenantId, parser.value(QStringLiteral("profile")), &code, &error);
        if (!found)
            return fail(code, error);
        name = *found;
    }

    WarningLabelJob job;
    job.sheet = *sheet;
    job.count = count;
    job.skip = skip;
    {
        const WarningLabelLanguage scope(language);
        if (language != QLatin1StringView("en") && !scope.catalogueLoaded())
            printTo(stderr, Text::tr("dispatchable labels: warning: the translation into %1 is not "
                                     "installed; the labels are in English.")
                                .arg(WarningLabelLanguage::displayName(language)));
        job.text = warninglabeltext::current(name);
    }
    QString error;
    if (!warninglabelpdf::write(job, out, &error))
        return fail(ReportExitCode::Failed, error);
    const int written = count > 0 ? count : sheet->labelsPerSheet() - skip;
    printTo(stdout,
            QCoreApplication::translate("LabelsCommand", "Wrote %n warning label(s) for %1 to %2.",
                                        nullptr, written)
                .arg(sheet->name, QDir::toNativeSeparators(out)));
    return static_cast<int>(ReportExitCode::Written);
}
