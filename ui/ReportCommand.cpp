#include "ReportCommand.h"

#include "HeadlessCommand.h"
#include "ReportProgressPrinter.h"

#include "api/HttpClient.h"
#include "auth/ConnectionProfileStore.h"
#include "auth/TokenRefresher.h"
#include "auth/TokenStore.h"
#include "demo/LocalServerProcess.h"
#include "platform/PrivateDirectory.h"
#include "report/ComplianceCsv.h"
#include "report/CompliancePdf.h"
#include "report/ComplianceReport.h"
#include "report/ReportExitCode.h"
#include "session/AppSession.h"
#include "settings/EffectiveSettings.h"
#include "settings/ManagedSettings.h"
#include "settings/SettingsApplier.h"
#include "store/Cache.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <optional>
#include <variant>

Q_LOGGING_CATEGORY(lcReport, "dispatchable.report")

namespace {
// How long the demo backend may take to start, and the longest a sync may take before the
// report is written from the cache instead (a first full sync of a million numbers fits).
constexpr int demoStartTimeoutMs = 120000;
constexpr int syncTimeoutMs = 15 * 60 * 1000;

// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

int fail(ReportExitCode code, const QString &message)
{
    return failWith(code, QString(Text::tr("dispatchable report: ") + message));
}

// Where the backend is and how to sign in to it.
struct Connection
{
    ConnectionProfile profile;
    QString dataDir;
};

struct SyncOutcome
{
    bool synced = false;
    bool cancelled = false; // SIGINT or SIGTERM during the sync
    std::optional<ApiError> error;
};

// How often a sync looks whether SIGINT or SIGTERM asked it to stop.
constexpr int stopPollMs = 100;

SyncOutcome syncCache(HttpClient *http, const QString &cachePath,
                      const ReportProgressPrinter &printer)
{
    SyncEngine engine(http, cachePath);
    SyncOutcome outcome;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&] {
        outcome.synced = true;
        loop.quit();
    });
    QObject::connect(&engine, &SyncEngine::failed, &loop, [&](const ApiError &error) {
        outcome.error = error;
        loop.quit();
    });
    QTimer::singleShot(syncTimeoutMs, &loop, [&] {
        ApiError timeout;
        timeout.kind = ApiError::Kind::Timeout;
        timeout.message = Text::tr("The sync took too long.");
        outcome.error = timeout;
        engine.cancel();
        loop.quit();
    });
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &loop, [&] {
        if (!printer.stopRequested())
            return;
        outcome.cancelled = true;
        engine.cancel();
        loop.quit();
    });
    stopPoll.start(stopPollMs);
    QTimer::singleShot(0, &engine, [&engine] { engine.sync(); });
    loop.exec();
    return outcome;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(Text::tr(
        "Writes a tenant's 911 compliance report as PDF or CSV.\n"
        "Exit codes: 0 written; 3 written from the offline cache because the backend could "
        "not be reached; 1 failed; 2 bad arguments; 4 unknown tenant; 5 output not "
        "writable; 6 no connection profile; 7 no keychain; 8 not signed in; 9 no data; "
        "10 cancelled (Ctrl+C while writing: no file is left)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("report"), Text::tr("The report command."));
    parser.addOptions({
        {QStringLiteral("tenant"), Text::tr("The tenant's id."), QStringLiteral("id")},
        {QStringLiteral("format"), Text::tr("pdf or csv."), QStringLiteral("format")},
        {QStringLiteral("out"),
         Text::tr("The file to write. CSV also writes NAME.summary.csv beside it."),
         QStringLiteral("file")},
        {QStringLiteral("profile"),
         Text::tr("The saved connection to use (its id or name); needed when there are several."),
         QStringLiteral("profile")},
        {QStringLiteral("list-tenants"), Text::tr("Print the tenants' ids and names, then stop.")},
        {QStringLiteral("demo"), Text::tr("Start the built-in demo backend and report from it.")},
        {QStringLiteral("demo-role"), Text::tr("Sign in to the demo as staff, admin or auditor."),
         QStringLiteral("role"), QStringLiteral("auditor")},
        {QStringLiteral("backend-args"), Text::tr("Extra arguments for the demo backend."),
         QStringLiteral("args")},
        {QStringLiteral("progress"),
         Text::tr("Print progress lines to standard error even when it is not a terminal.")},
    });
}

std::optional<ConnectionProfile> chooseProfile(const QString &wanted,
                                               const EffectiveSettings *effective,
                                               QSettings *settings, QString *error)
{
    ConnectionProfileStore store(settings);
    // The organisation's pinned certificates replace the user's (docs/managed-configuration.md).
    store.setEffectiveSettings(effective);
    const QList<ConnectionProfile> profiles = store.profiles();
    if (profiles.isEmpty()) {
        *error = Text::tr("No saved connection. Start Dispatchable and add a connection to your "
                          "backend first, or use --demo.");
        return std::nullopt;
    }
    if (wanted.isEmpty() && profiles.size() == 1)
        return profiles.first();
    QStringList names;
    for (const ConnectionProfile &p : profiles) {
        if (p.id == wanted || p.displayName == wanted)
            return p;
        names.append(QStringLiteral("%1 (%2)").arg(p.displayName, p.id));
    }
    *error = (wanted.isEmpty() ? Text::tr("There are several saved connections; choose one with "
                                          "--profile: %1.")
                               : Text::tr("No saved connection is called %2. Saved: %1."))
                 .arg(names.join(QStringLiteral(", ")), wanted);
    return std::nullopt;
}

// Reads the profile's saved sign-in from the keychain into `refresher`.
TokenStoreResult restoreSignIn(TokenRefresher &refresher)
{
    TokenStoreResult result;
    QEventLoop loop;
    refresher.restore(&loop, [&](const TokenStoreResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}
// What the command line asks for, checked before anything is synced.
struct ReportRequest
{
    bool listOnly = false;
    QString tenantId;
    QString format; // "pdf" or "csv"
    QString out;
    bool pdf() const { return format == QLatin1StringView("pdf"); }
};

// The request, or the exit code of a command line that cannot be run.
std::variant<ReportRequest, int> readRequest(const QCommandLineParser &parser)
{
    ReportRequest request;
    request.listOnly = parser.isSet(QStringLiteral("list-tenants"));
    request.tenantId = parser.value(QStringLiteral("tenant"));
    request.format = parser.value(QStringLiteral("format")).toLower();
    request.out = parser.value(QStringLiteral("out"));
    if (request.listOnly)
        return request;
    if (request.tenantId.isEmpty() || request.out.isEmpty() || request.format.isEmpty())
        return fail(ReportExitCode::BadUsage,
                    Text::tr("--tenant, --format and --out are needed. See --help."));
    if (request.format != QLatin1StringView("pdf") && request.format != QLatin1StringView("csv"))
        return fail(ReportExitCode::BadUsage,
                    Text::tr("--format must be pdf or csv, not \"%1\".").arg(request.format));
    // Checked before the sync, so a wrong path fails at once, not after minutes of syncing.
    if (!isWritable(request.out) ||
        (!request.pdf() && !isWritable(compliancecsv::summaryPathFor(request.out))))
        return fail(ReportExitCode::OutputNotWritable,
                    Text::tr("Cannot write %1: check that the folder exists and that you may "
                             "write there.")
                        .arg(QDir::toNativeSeparators(request.out)));
    return request;
}

// What a run talks to the backend with; it lives as long as the command.
struct Backend
{
    HttpClient http;
    LocalServerProcess demoServer;
    QTemporaryDir demoDataDir;
    TokenStore tokens;
    std::optional<TokenRefresher> refresher;
    Connection connection;
};

// Starts the demo backend, or restores the sign-in of the chosen saved connection; an exit
// code when neither is possible.
std::optional<int> connectBackend(Backend &backend, const QCommandLineParser &parser,
                                  EffectiveSettings &settings, QSettings &userSettings)
{
    Connection &connection = backend.connection;
    QString error;
    if (parser.isSet(QStringLiteral("demo"))) {
        const QStringList arguments =
            QStringList{QStringLiteral("--demo")} +
            QProcess::splitCommand(parser.value(QStringLiteral("backend-args")));
        if (!backend.demoServer.start(arguments, demoStartTimeoutMs, &error))
            return fail(ReportExitCode::Failed,
                        Text::tr("The demo backend could not start: %1").arg(error));
        connection.profile.id = QStringLiteral("demo");
        connection.profile.backendUrl = backend.demoServer.baseUrl();
        connection.profile.certificateSha256 = backend.demoServer.certificateFingerprint();
        connection.dataDir = backend.demoDataDir.path(); // the demo's data is new on every start
        backend.http.setBearerToken(
            backend.demoServer.token(parser.value(QStringLiteral("demo-role"))));
    } else {
        const std::optional<ConnectionProfile> profile = chooseProfile(
            parser.value(QStringLiteral("profile")), &settings, &userSettings, &error);
        if (!profile)
            return fail(ReportExitCode::NoProfile, error);
        if (const QString refusal = settings.backendRefusal(profile->backendUrl);
            !refusal.isEmpty())
            return fail(ReportExitCode::NoProfile, refusal);
        connection.profile = *profile;
        connection.dataDir = AppSession::defaultDataDir(*profile);
        backend.refresher.emplace(&backend.http, &backend.tokens, profile->id);
        const TokenStoreResult signIn = restoreSignIn(*backend.refresher);
        if (signIn.status == TokenStoreResult::Status::NotFound)
            return fail(ReportExitCode::NotSignedIn,
                        Text::tr("You are not signed in to %1. Start Dispatchable and sign in "
                                 "(or save an API token) first.")
                            .arg(profile->displayName));
        if (!signIn.ok())
            return fail(ReportExitCode::NoKeychain,
                        Text::tr("The saved sign-in cannot be read: %1").arg(signIn.message));
        backend.http.setAccessTokenSource(&*backend.refresher);
    }
    backend.http.setBaseUrl(connection.profile.backendUrl);
    backend.http.setPinnedFingerprint(connection.profile.certificateSha256);
    backend.http.setHttp2Allowed(connection.profile.http2Enabled);
    return std::nullopt;
}

// Reads the tenant's report out of the synced cache and writes it; the command's exit code.
int writeReport(Cache &cache, const ReportRequest &request, const SyncOutcome &sync,
                ReportProgressPrinter &printer)
{
    QString error;
    QElapsedTimer timer;
    timer.start();
    std::optional<ComplianceReport> report =
        compliancereport::gather(&cache, request.tenantId, QDateTime::currentDateTimeUtc(), &error);
    qCInfo(lcReport) << "figures and list read from the cache in" << timer.restart() << "ms";
    if (!report && error.isEmpty())
        return fail(ReportExitCode::UnknownTenant,
                    Text::tr("No tenant %1 is known to this connection. --list-tenants shows them.")
                        .arg(request.tenantId));
    if (!report)
        return fail(ReportExitCode::Failed, error);
    if (!sync.synced) {
        report->fromCacheOnly = true;
        report->offlineReason = sync.error->message;
    }
    const ReportProgress progress = printer.progress();
    const bool written = request.pdf()
                             ? compliancepdf::write(*report, request.out, &error, progress)
                             : compliancecsv::write(*report, request.out, &error, progress);
    printer.finish();
    if (progress.cancelled())
        return fail(ReportExitCode::Cancelled, error);
    if (!written)
        return fail(ReportExitCode::OutputNotWritable, error);
    qCInfo(lcReport) << "report written in" << timer.elapsed() << "ms";

    if (!sync.synced) {
        const QDateTime lastSync = cache.syncState().lastSync;
        printTo(stderr,
                Text::tr("dispatchable report: warning: the backend could not be reached (%1). "
                         "The report was written from the offline cache, last synced %2 "
                         "(%3 ago).")
                    .arg(sync.error->message, lastSync.toLocalTime().toString(Qt::ISODate),
                         report->dataAgeText()));
    }
    printTo(stdout, QCoreApplication::translate(
                        "ReportCommand",
                        "Wrote the compliance report of %1 to %2 (%n non-compliant number(s)).",
                        nullptr, int(report->numbers.size()))
                        .arg(report->summary.tenantName, QDir::toNativeSeparators(request.out)));
    return static_cast<int>(sync.synced ? ReportExitCode::Written
                                        : ReportExitCode::WrittenFromCache);
}
} // namespace

bool isReportCommand(int argc, char **argv)
{
    return argc > 1 && qstrcmp(argv[1], "report") == 0;
}

int runReportCommand(int argc, char **argv)
{
    // A scheduled run mails whatever lands on stderr: keep it to warnings and errors.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("*.info=false"));
    const auto app = startHeadlessApplication(argc, argv);

    // The organisation's settings bind a scheduled run as they bind the app: allowed backends,
    // pinned certificates, proxy.
    QSettings userSettings;
    EffectiveSettings settings(ManagedSettings::load(), &userSettings);
    const SettingsApplier applier(&settings);

    QCommandLineParser parser;
    addOptions(parser);
    if (const auto exitCode = usageExit(parser, Text::tr("dispatchable report: ")))
        return *exitCode;
    const std::variant<ReportRequest, int> read = readRequest(parser);
    if (const int *exitCode = std::get_if<int>(&read))
        return *exitCode;
    const ReportRequest &request = std::get<ReportRequest>(read);

    // From here on SIGINT and SIGTERM cancel the command (exit 10) instead of killing it.
    ReportProgressPrinter printer(request.pdf() ? Text::tr("page") : Text::tr("row"),
                                  parser.isSet(QStringLiteral("progress")));
    Backend backend;
    if (const auto exitCode = connectBackend(backend, parser, settings, userSettings))
        return *exitCode;

    const QString dataDir = backend.connection.dataDir;
    const QString cachePath = QDir(dataDir).filePath(QStringLiteral("cache.sqlite"));
    if (QString why;
        !platform::ensurePrivateDirectory(dataDir, platform::ExistingFolder::Narrow, &why))
        return fail(ReportExitCode::Failed, why);
    printer.announce(Text::tr("Syncing with the backend…"));
    const SyncOutcome sync = syncCache(&backend.http, cachePath, printer);
    if (sync.cancelled || printer.stopRequested())
        return fail(ReportExitCode::Cancelled,
                    Text::tr("Cancelled before the report was written: nothing was written."));
    if (sync.error && (sync.error->kind == ApiError::Kind::Unauthorized ||
                       sync.error->kind == ApiError::Kind::Forbidden))
        return fail(
            ReportExitCode::NotSignedIn,
            Text::tr("The backend refused the saved sign-in: %1 Sign in again in Dispatchable.")
                .arg(sync.error->message));

    Cache cache(cachePath);
    if (!cache.open())
        return fail(ReportExitCode::Failed, Text::tr("The offline cache %1 could not be opened: %2")
                                                .arg(cachePath, cache.lastError()));
    if (!sync.synced && !cache.syncState().lastSync.isValid())
        return fail(
            ReportExitCode::NoData,
            Text::tr("The backend could not be reached (%1) and nothing was synced before, so "
                     "there is no data to report on.")
                .arg(sync.error->message));
    if (request.listOnly) {
        for (const Tenant &t : cache.tenants())
            printTo(stdout, QString(t.id + QLatin1Char('\t') + t.name));
        return static_cast<int>(sync.synced ? ReportExitCode::Written
                                            : ReportExitCode::WrittenFromCache);
    }
    return writeReport(cache, request, sync, printer);
}
