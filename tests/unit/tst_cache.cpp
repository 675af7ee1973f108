// The offline cache file: owner-only whatever the umask, WAL, migrated to the latest schema once,
// a newer schema refused, and a full sync's sweep removing only what it did not see while the
// Outbox's tables stay untouched.
#include "store/Cache.h"
#include "store/CacheMigrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

namespace {
const QString tenantA = QStringLiteral("0f8e3c2a-1b4d-4e6f-9a7b-2c3d4e5f6a7b");

Did number(const QString &e164, E911State state, const QString &tenant = tenantA)
{
    Did d;
    d.number = e164;
    d.nationalFormat = Did::formatNational(e164);
    d.tenantId = tenant;
    d.country = QStringLiteral("US");
    d.e911.state = state;
    d.e911.since = QDateTime::currentDateTimeUtc();
    d.etag = QStringLiteral("\"v1\"");
    d.updatedAt = d.e911.since;
    return d;
}

int mode(const QString &path)
{
    struct stat st
    {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

qint64 scalar(Cache &cache, const QString &sql)
{
    QSqlQuery q(cache.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

class TestCache : public QObject
{
    Q_OBJECT
private slots:
    void newCacheIsOwnerOnlyWalAndAtTheLatestSchema();
    void reopeningKeepsRowsAndTheSchemaVersion();
    void aSchemaNewerThanThisBuildIsRefused();
    void sweepRemovesWhatAFullSyncDidNotSeeAndLeavesOutboxTables();
    void countsComeFromTheCachedNumbers();
    void tenantNamesComeWithoutCounting();
};

void TestCache::newCacheIsOwnerOnlyWalAndAtTheLatestSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/profile.sqlite"));
    const mode_t previous = ::umask(0);
    Cache cache(path);
    const bool opened = cache.open();
    // Something written, so the WAL and shared-memory files exist.
    const bool wrote =
        cache.begin() &&
        cache.upsertDid(number(QStringLiteral("+12065550100"), E911State::Basic), 1) &&
        cache.commit();
    ::umask(previous);
    QVERIFY2(opened, qPrintable(cache.lastError()));
    QVERIFY(wrote);
    QCOMPARE(mode(path), 0600);
    QCOMPARE(mode(path + QStringLiteral("-wal")), 0600);
    QCOMPARE(mode(path + QStringLiteral("-shm")), 0600);
    QSqlQuery q(cache.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(cache, QStringLiteral("PRAGMA user_version")),
             CacheMigrations::latestVersion());
    QVERIFY(!cache.syncState().canSyncDelta());
}

void TestCache::reopeningKeepsRowsAndTheSchemaVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    {
        Cache cache(path);
        QVERIFY(cache.open());
        QVERIFY(cache.begin());
        QVERIFY(cache.upsertDid(number(QStringLiteral("+12065550100"), E911State::Pending), 1));
        QVERIFY(cache.completeFullSync(QStringLiteral("tok"), QDateTime::currentDateTimeUtc()));
        QVERIFY(cache.commit());
    }
    Cache cache(path);
    QVERIFY2(cache.open(), qPrintable(cache.lastError()));
    QCOMPARE(cache.didCount(), 1);
    QCOMPARE(cache.did(tenantA, QStringLiteral("+12065550100"))->nationalFormat,
             QStringLiteral("(206) 555-0100"));
    QVERIFY(cache.syncState().canSyncDelta());
    QVERIFY(cache.hasNumbersInFlight());
}

void TestCache::aSchemaNewerThanThisBuildIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    {
        Cache cache(path);
        QVERIFY(cache.open());
        QSqlQuery q(cache.database());
        QVERIFY(q.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(CacheMigrations::latestVersion() + 1)));
    }
    Cache cache(path);
    QVERIFY(!cache.open());
    QVERIFY(cache.lastError().contains(QStringLiteral("newer")));
}

void TestCache::sweepRemovesWhatAFullSyncDidNotSeeAndLeavesOutboxTables()
{
    QTemporaryDir dir;
    Cache cache(dir.filePath(QStringLiteral("profile.sqlite")));
    QVERIFY(cache.open());
    QSqlQuery q(cache.database());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE outbox_entries (id INTEGER PRIMARY KEY)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO outbox_entries DEFAULT VALUES")));
    QVERIFY(cache.begin());
    const auto first = cache.beginFullSync();
    QVERIFY(first);
    QVERIFY(cache.upsertDid(number(QStringLiteral("+12065550100"), E911State::Basic), *first));
    QVERIFY(cache.upsertDid(number(QStringLiteral("+12065550101"), E911State::Basic), *first));
    QVERIFY(cache.commit());
    QVERIFY(cache.begin());
    const auto second = cache.beginFullSync();
    QCOMPARE(*second, *first + 1);
    QVERIFY(cache.upsertDid(number(QStringLiteral("+12065550101"), E911State::Basic), *second));
    QVERIFY(cache.sweepOlderThan(*second));
    QVERIFY(cache.commit());
    QCOMPARE(cache.didCount(), 1);
    QVERIFY(!cache.did(tenantA, QStringLiteral("+12065550100")));
    QCOMPARE(scalar(cache, QStringLiteral("SELECT COUNT(*) FROM outbox_entries")), 1);
}

void TestCache::countsComeFromTheCachedNumbers()
{
    QTemporaryDir dir;
    Cache cache(dir.filePath(QStringLiteral("profile.sqlite")));
    QVERIFY(cache.open());
    QVERIFY(cache.begin());
    QVERIFY(cache.upsertDid(number(QStringLiteral("+12065550100"), E911State::Basic), 1));
    QVERIFY(cache.upsertDid(number(QStringLiteral("+12065550101"), E911State::Registered), 1));
    QVERIFY(cache.upsertDid(number(QStringLiteral("+12065550102"), E911State::Registered), 1));
    QVERIFY(cache.upsertDid(number(QStringLiteral("+12065550103"), E911State::Failed), 1));
    QVERIFY(cache.deleteDid(tenantA, QStringLiteral("+12065550103")));
    QVERIFY(cache.commit());
    const TenantCounts counts = cache.countsFor(tenantA);
    QCOMPARE(counts.total, 3);
    QCOMPARE(counts.registered, 2);
    QCOMPARE(counts.basic, 1);
    QCOMPARE(counts.failed, 0);
    QVERIFY(!cache.hasNumbersInFlight());
}

void TestCache::tenantNamesComeWithoutCounting()
{
    QTemporaryDir dir;
    Cache cache(dir.filePath(QStringLiteral("profile.sqlite")));
    QVERIFY(cache.open());
    const QString tenantB = QStringLiteral("1f8e3c2a-1b4d-4e6f-9a7b-2c3d4e5f6a7b");
    Tenant a;
    a.id = tenantA;
    a.name = QStringLiteral("Contoso Health");
    a.etag = QStringLiteral("\"v1\"");
    a.updatedAt = QDateTime::currentDateTimeUtc();
    Tenant b = a;
    b.id = tenantB;
    b.name = QStringLiteral("Fabrikam Freight");
    QVERIFY(cache.begin());
    QVERIFY(cache.upsertTenant(a, 1));
    QVERIFY(cache.upsertTenant(b, 1));
    QVERIFY(cache.commit());

    const QHash<QString, QString> names = cache.tenantNames();
    QCOMPARE(names.size(), 2);
    QCOMPARE(names.value(tenantA), a.name);
    QCOMPARE(names.value(tenantB), b.name);
    QCOMPARE(cache.tenantName(tenantB), b.name);
    const QString unknown = QStringLiteral("2f8e3c2a-1b4d-4e6f-9a7b-2c3d4e5f6a7b");
    QCOMPARE(cache.tenantName(unknown), QString());
    QCOMPARE(cache.tenantName(unknown, unknown), unknown);
}

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
