// `dispatchable report` as a scheduled audit runs it: the real binary, headless (no display, no
// QT_QPA_PLATFORM), with a saved connection profile and its token in a real keychain (this test
// runs inside its own D-Bus session with gnome-keyring), against the reference backend over TLS.
// Checks the files it writes and every documented exit code, including the backend going away
// (the report then comes from the cache and says how old it is).
#include "ApiTestHelpers.h"
#include "TestBackend.h"
#include "auth/ConnectionProfileStore.h"
#include "auth/TokenStore.h"
#include "import/NumberCsvImport.h"
#include "report/ReportExitCode.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

QStringList csvRecord(const QString &path, int index)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const csvimport::CsvTable table = csvimport::parseCsv(file.readAll());
    return index < table.records.size() ? table.records.at(index) : QStringList();
}

QString summaryValue(const QString &summaryPath, const QString &column)
{
    const QStringList header = csvRecord(summaryPath, 0);
    const QStringList values = csvRecord(summaryPath, 1);
    const qsizetype i = header.indexOf(column);
    return i >= 0 && i < values.size() ? values.at(i) : QStringLiteral("<missing>");
}
} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void writesReportsAndFallsBackToTheCacheWhenTheBackendIsGone();
    void badArgumentsAndPathsAreRefusedBeforeSyncing();
    void unknownTenantIsRefused();
    void backendTheOrganisationDoesNotAllowIsRefused();
    void missingProfileKeychainTokenOrDataAreToldApart();
    void demoRunsWithoutAnySavedConnection();
    void interruptCancelsAndLeavesNoFile_data();
    void interruptCancelsAndLeavesNoFile();

private:
    Run run(const QStringList &arguments, const QString &dbusAddress = QString(),
            const QString &managedConfig = QString());
    QProcessEnvironment environment(const QString &dbusAddress, const QString &managedConfig);
    // A saved connection to `backend` and, when `token` is not empty, its token in the keychain.
    QString saveProfile(const QUrl &url, const QString &fingerprint, const QString &token);

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestReportCommand::init()
{
    // A private home for each test: settings, cache and output start empty.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    for (const char *sub : {"config", "data", "cache"})
        QVERIFY(QDir().mkpath(m_home->filePath(QLatin1StringView(sub))));
}

QProcessEnvironment TestReportCommand::environment(const QString &dbusAddress,
                                                   const QString &managedConfig)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Headless as cron runs it: no display and no platform chosen for it.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    if (!dbusAddress.isEmpty())
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), dbusAddress);
    if (!managedConfig.isEmpty())
        env.insert(QStringLiteral("DISPATCHABLE_MANAGED_CONFIG"), managedConfig);
    return env;
}

Run TestReportCommand::run(const QStringList &arguments, const QString &dbusAddress,
                           const QString &managedConfig)
{
    QProcess process;
    process.setProcessEnvironment(environment(dbusAddress, managedConfig));
    process.setWorkingDirectory(m_home->path());
    process.start(QStringLiteral(DISPATCHABLE_APP),
                  QStringList{QStringLiteral("report")} + arguments);
    Run r;
    if (!process.waitForFinished(120000)) {
        process.kill();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    r.err = QString::fromLocal8Bit(process.readAllStandardError());
    return r;
}

QString TestReportCommand::saveProfile(const QUrl &url, const QString &fingerprint,
                                       const QString &token)
{
    // Where the app keeps its settings (QSettings with organisation and application
    // "Dispatchable") under this test's XDG_CONFIG_HOME.
    ConnectionProfileStore store(
        m_home->filePath(QStringLiteral("config/Dispatchable/Dispatchable.conf")));
    const auto profile = store.add(QStringLiteral("Carrier"), url.toString());
    if (!profile || !store.trustCertificate(profile->id, fingerprint, QStringLiteral("CN=test")))
        return {};
    if (!token.isEmpty()) {
        TokenStore tokens; // the app's own keychain service name
        std::optional<TokenStoreResult> written;
        tokens.write(profile->id, TokenStore::Secret::ApiToken, token, this,
                     [&](const TokenStoreResult &r) { written = r; });
        if (!QTest::qWaitFor([&] { return written.has_value(); }, 10000) || !written->ok())
            return {};
    }
    return profile->id;
}

void TestReportCommand::writesReportsAndFallsBackToTheCacheWhenTheBackendIsGone()
{
    TestBackend backend;
    QVERIFY(backend.start());
    const QString auditor = backend.token(QStringLiteral("auditor"));
    QVERIFY(!saveProfile(backend.process().baseUrl(), backend.process().certificateFingerprint(),
                         auditor)
                 .isEmpty());
    const QString tenant = api::tenantIds(backend, auditor).first();
    const QString name = backend.get(QStringLiteral("/v1/tenants/%1").arg(tenant), auditor)
                             .json()
                             .value(QLatin1StringView("name"))
                             .toString();

    const QString pdf = m_home->filePath(QStringLiteral("audit.pdf"));
    Run r = run({QStringLiteral("--tenant"), tenant, QStringLiteral("--format"),
                 QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == int(ReportExitCode::Written), qPrintable(r.err));
    QVERIFY(r.out.contains(name));
    QString text = pdfText(pdf);
    QVERIFY(text.contains(name));
    QVERIFY(text.contains(tenant));
    QVERIFY(text.contains(QStringLiteral("Page 1 of")));
    QVERIFY(!text.contains(QStringLiteral("Offline")));

    const QString csv = m_home->filePath(QStringLiteral("audit.csv"));
    const QString summary = m_home->filePath(QStringLiteral("audit.summary.csv"));
    r = run({QStringLiteral("--tenant"), tenant, QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--out"), csv});
    QVERIFY2(r.exitCode == int(ReportExitCode::Written), qPrintable(r.err));
    QCOMPARE(csvRecord(csv, 0).value(1), QStringLiteral("number"));
    QCOMPARE(summaryValue(summary, QStringLiteral("data_source")), QStringLiteral("synced"));
    const QString numbers = summaryValue(summary, QStringLiteral("numbers"));
    QCOMPARE(numbers.toLongLong(),
             backend.get(QStringLiteral("/v1/tenants/%1").arg(tenant), auditor)
                 .json()
                 .value(QLatin1StringView("counts"))
                 .toObject()
                 .value(QLatin1StringView("total"))
                 .toInteger());

    // The backend goes away: the report still comes, from the cache, and says so.
    backend.process().stop();
    QFile::remove(pdf);
    r = run({QStringLiteral("--tenant"), tenant, QStringLiteral("--format"), QStringLiteral("pdf"),
             QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == int(ReportExitCode::WrittenFromCache), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("could not be reached")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("offline cache, last synced")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("ago")), qPrintable(r.err));
    text = pdfText(pdf).simplified();
    QVERIFY(text.contains(QStringLiteral("Offline: made from the offline cache.")));
    QVERIFY(text.contains(QStringLiteral("OFFLINE: from the cache")));
    QVERIFY(text.contains(name));

    r = run({QStringLiteral("--tenant"), tenant, QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--out"), csv});
    QCOMPARE(r.exitCode, int(ReportExitCode::WrittenFromCache));
    QCOMPARE(summaryValue(summary, QStringLiteral("data_source")), QStringLiteral("offline-cache"));
    QCOMPARE(summaryValue(summary, QStringLiteral("numbers")), numbers);
    QVERIFY(!summaryValue(summary, QStringLiteral("offline_reason")).isEmpty());
}

void TestReportCommand::badArgumentsAndPathsAreRefusedBeforeSyncing()
{
    // No profile is saved: each of these must fail on its arguments first.
    Run r = run({QStringLiteral("--tenant"), QStringLiteral("t"), QStringLiteral("--format"),
                 QStringLiteral("docx"), QStringLiteral("--out"), QStringLiteral("x.docx")});
    QCOMPARE(r.exitCode, int(ReportExitCode::BadUsage));
    QVERIFY(r.err.contains(QStringLiteral("pdf or csv")));
    r = run({QStringLiteral("--format"), QStringLiteral("pdf")});
    QCOMPARE(r.exitCode, int(ReportExitCode::BadUsage));
    r = run({QStringLiteral("--no-such-option")});
    QCOMPARE(r.exitCode, int(ReportExitCode::BadUsage));
    r = run({QStringLiteral("--tenant"), QStringLiteral("t"), QStringLiteral("--format"),
             QStringLiteral("pdf"), QStringLiteral("--out"),
             m_home->filePath(QStringLiteral("no/such/folder/r.pdf"))});
    QCOMPARE(r.exitCode, int(ReportExitCode::OutputNotWritable));
    QVERIFY(r.err.contains(QStringLiteral("no/such/folder")));
    r = run({QStringLiteral("--tenant"), QStringLiteral("t"), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--out"), m_home->path()}); // a folder
    QCOMPARE(r.exitCode, int(ReportExitCode::OutputNotWritable));
    r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("--tenant")));
}

void TestReportCommand::unknownTenantIsRefused()
{
    TestBackend backend;
    QVERIFY(backend.start());
    QVERIFY(!saveProfile(backend.process().baseUrl(), backend.process().certificateFingerprint(),
                         backend.token(QStringLiteral("auditor")))
                 .isEmpty());
    const QString out = m_home->filePath(QStringLiteral("r.pdf"));
    const Run r =
        run({QStringLiteral("--tenant"), QStringLiteral("no-such-tenant"),
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, int(ReportExitCode::UnknownTenant));
    QVERIFY(r.err.contains(QStringLiteral("no-such-tenant")));
    QVERIFY(!QFile::exists(out));
}

void TestReportCommand::backendTheOrganisationDoesNotAllowIsRefused()
{
    TestBackend backend;
    QVERIFY(backend.start());
    QVERIFY(!saveProfile(backend.process().baseUrl(), backend.process().certificateFingerprint(),
                         backend.token(QStringLiteral("auditor")))
                 .isEmpty());
    const QString ini = m_home->filePath(QStringLiteral("managed.ini"));
    QFile file(ini);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("AllowedBackendUrls=https://e911.carrier.example\n");
    file.close();
    const QString out = m_home->filePath(QStringLiteral("r.pdf"));
    const Run r = run({QStringLiteral("--tenant"), QStringLiteral("t"), QStringLiteral("--format"),
                       QStringLiteral("pdf"), QStringLiteral("--out"), out},
                      QString(), ini);
    QCOMPARE(r.exitCode, int(ReportExitCode::NoProfile));
    QVERIFY2(r.err.contains(QStringLiteral("e911.carrier.example")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
}

void TestReportCommand::missingProfileKeychainTokenOrDataAreToldApart()
{
    const QStringList args{QStringLiteral("--tenant"), QStringLiteral("t"),
                           QStringLiteral("--format"), QStringLiteral("pdf"),
                           QStringLiteral("--out"),    m_home->filePath(QStringLiteral("r.pdf"))};
    Run r = run(args);
    QCOMPARE(r.exitCode, int(ReportExitCode::NoProfile));
    QVERIFY(r.err.contains(QStringLiteral("No saved connection")));

    // A connection to a port where nothing listens, not yet signed in.
    const QUrl nowhere(QStringLiteral("https://127.0.0.1:9/"));
    const QString id = saveProfile(nowhere, QStringLiteral("AB:CD"), QString());
    QVERIFY(!id.isEmpty());
    r = run(args);
    QCOMPARE(r.exitCode, int(ReportExitCode::NotSignedIn));
    QVERIFY(r.err.contains(QStringLiteral("not signed in")));

    // No keychain at all (no D-Bus session to find one on).
    r = run(args,
            QString(QStringLiteral("unix:path=") + m_home->filePath(QStringLiteral("no-bus"))));
    QCOMPARE(r.exitCode, int(ReportExitCode::NoKeychain));
    QVERIFY(r.err.contains(QStringLiteral("keychain")));

    // Signed in, but the backend was never reached and nothing is cached.
    TokenStore tokens;
    std::optional<TokenStoreResult> written;
    tokens.write(id, TokenStore::Secret::ApiToken, QStringLiteral("dsp_x"), this,
                 [&](const TokenStoreResult &w) { written = w; });
    QTRY_VERIFY(written.has_value());
    r = run(args);
    QCOMPARE(r.exitCode, int(ReportExitCode::NoData));
    QVERIFY(r.err.contains(QStringLiteral("could not be reached")));
}

void TestReportCommand::demoRunsWithoutAnySavedConnection()
{
    const QStringList demo{QStringLiteral("--demo"), QStringLiteral("--backend-args"),
                           QStringLiteral("--tenants 2 --dids 200")};
    Run r = run(demo + QStringList{QStringLiteral("--list-tenants")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QString tenant = lines.first().section(QLatin1Char('\t'), 0, 0);
    const QString csv = m_home->filePath(QStringLiteral("demo.csv"));
    r = run(demo + QStringList{QStringLiteral("--tenant"), tenant, QStringLiteral("--format"),
                               QStringLiteral("csv"), QStringLiteral("--out"), csv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(summaryValue(m_home->filePath(QStringLiteral("demo.summary.csv")),
                          QStringLiteral("tenant_id")),
             tenant);
}

void TestReportCommand::interruptCancelsAndLeavesNoFile_data()
{
    // The signal is sent as soon as standard error shows the progress line named here. Whichever
    // phase it lands in, the outcome is the same, so the test does not race the command.
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<QByteArray>("sentAfter");
    QTest::newRow("Ctrl+C (SIGINT) while writing") << SIGINT << QByteArray("Writing page");
    QTest::newRow("SIGTERM (a stopped service, a killed cron job) while writing")
        << SIGTERM << QByteArray("Writing page");
    QTest::newRow("SIGTERM while syncing") << SIGTERM << QByteArray("Syncing with the backend");
}

void TestReportCommand::interruptCancelsAndLeavesNoFile()
{
    QFETCH(int, signalNumber);
    QFETCH(QByteArray, sentAfter);
    // One tenant large enough that its PDF takes a while to write.
    const QStringList demo{QStringLiteral("--demo"), QStringLiteral("--backend-args"),
                           QStringLiteral("--tenants 1 --dids 20000")};
    const Run listed = run(demo + QStringList{QStringLiteral("--list-tenants")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QString tenant = listed.out.section(QLatin1Char('\t'), 0, 0);
    const QString pdf = m_home->filePath(QStringLiteral("interrupted.pdf"));

    QProcess process;
    process.setProcessEnvironment(environment({}, {}));
    process.setWorkingDirectory(m_home->path());
    process.start(QStringLiteral(DISPATCHABLE_APP),
                  QStringList{QStringLiteral("report")} + demo +
                      QStringList{QStringLiteral("--tenant"), tenant, QStringLiteral("--format"),
                                  QStringLiteral("pdf"), QStringLiteral("--out"), pdf,
                                  QStringLiteral("--progress")});
    QByteArray err;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     err += process.readAllStandardError();
                     return err.contains(sentAfter) || process.state() == QProcess::NotRunning;
                 },
                 120000),
             err.constData());
    QVERIFY2(process.state() == QProcess::Running, err.constData());
    ::kill(pid_t(process.processId()), signalNumber);
    QVERIFY(process.waitForFinished(60000));
    err += process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == int(ReportExitCode::Cancelled), err.constData());
    QVERIFY2(err.contains("Cancelled"), err.constData());
    // Nothing is left behind: neither the PDF nor a temporary file beside it.
    QVERIFY(!QFile::exists(pdf));
    QCOMPARE(QDir(m_home->path())
                 .entryList({QStringLiteral("interrupted*")}, QDir::Files | QDir::Hidden),
             QStringList());
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_report_command.moc"
