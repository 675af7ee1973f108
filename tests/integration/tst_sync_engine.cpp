// The sync engine against dispatchable-server over real TLS with a real SQLite cache file: a
// full sync then deltas with tombstones, a 410 that forces a full resync without touching the
// Outbox's tables, several tenants' lists read at once yet shown a whole page at a time, a cancel
// in the middle of a full sync with requests in flight, and an owner-only cache file.
#include "ApiTestHelpers.h"
#include "api/HttpClient.h"
#include "models/DidModel.h"
#include "models/TenantModel.h"
#include "store/Cache.h"
#include "sync/SyncEngine.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

#include <memory>

namespace {
std::unique_ptr<HttpClient> clientFor(TestBackend &backend)
{
    auto http = std::make_unique<HttpClient>();
    http->setBaseUrl(backend.process().baseUrl());
    http->setPinnedFingerprint(backend.process().certificateFingerprint());
    http->setBearerToken(backend.token(QStringLiteral("staff")));
    return http;
}

// Runs one sync to its end; false (with the reason) when it failed.
bool runSync(SyncEngine &engine, bool full = false, QString *why = nullptr)
{
    QSignalSpy finished(&engine, &SyncEngine::finished);
    QSignalSpy failed(&engine, &SyncEngine::failed);
    full ? engine.fullSync() : engine.sync();
    const bool ended =
        QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 120000);
    if (!failed.isEmpty() && why)
        *why = failed.first().first().value<ApiError>().details;
    return ended && !finished.isEmpty();
}

qint64 scalar(Cache &cache, const QString &sql)
{
    QSqlQuery q(cache.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// The tenant's number count as the backend has it.
qint64 totalNumbers(TestBackend &backend, const QString &tenantId, const QString &token)
{
    return backend.get(QStringLiteral("/v1/tenants/") + tenantId, token)
        .json()
        .value(QStringLiteral("counts"))
        .toObject()
        .value(QStringLiteral("total"))
        .toInteger();
}

// Three tenants with several pages of numbers each, answered after a delay, so that requests
// that overlap do so for a while.
QStringList pagedArguments()
{
    return {QStringLiteral("--demo"), QStringLiteral("--tenants"),
            QStringLiteral("3"),      QStringLiteral("--dids"),
            QStringLiteral("12000"),  QStringLiteral("--fault-latency-ms"),
            QStringLiteral("20")};
}

int fileMode(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}
} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT
private slots:
    void fullSyncThenDeltaAppliesChangesAndTombstones();
    void expiredTokenForcesFullResyncThatKeepsOutboxTables();
    void fullSyncReadsSeveralTenantsAtOnceAndShowsWholePages();
    void cancelMidFullSyncLeavesConsistentCacheAndNextSyncCompletes();
    void cacheFileIsOwnerOnlyWhateverTheUmask();
};

void TestSyncEngine::fullSyncThenDeltaAppliesChangesAndTombstones()
{
    TestBackend backend;
    // Registrations stay pending long enough for the first delta to see them pending.
    QVERIFY(backend.start(TestBackend::defaultArguments()
                          << QStringLiteral("--provision-delay-ms") << QStringLiteral("1500")));
    const QString staff = backend.token(QStringLiteral("staff"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    auto http = clientFor(backend);
    SyncEngine engine(http.get(), path);

    QSignalSpy started(&engine, &SyncEngine::started);
    QString why;
    QVERIFY2(runSync(engine, false, &why), qPrintable(why));
    QCOMPARE(started.first().first().toBool(), true); // an empty cache starts with a full sync

    Cache cache(path);
    QVERIFY2(cache.open(), qPrintable(cache.lastError()));
    const QStringList tenantIds = api::tenantIds(backend, staff);
    QCOMPARE(scalar(cache, QStringLiteral("SELECT COUNT(*) FROM tenants")), tenantIds.size());
    qint64 serverNumbers = 0;
    qint64 serverAddresses = 0;
    for (const QString &id : tenantIds) {
        serverNumbers +=
            api::listAll(backend, QStringLiteral("/v1/tenants/%1/dids?limit=1000").arg(id), staff)
                .size();
        serverAddresses +=
            api::listAll(backend, QStringLiteral("/v1/tenants/%1/addresses?limit=1000").arg(id),
                         staff)
                .size();
    }
    QCOMPARE(cache.didCount(), serverNumbers);
    QCOMPARE(scalar(cache, QStringLiteral("SELECT COUNT(*) FROM addresses")), serverAddresses);
    QVERIFY(cache.priceList().has_value());
    QVERIFY(cache.syncState().canSyncDelta());

    // Models over the UI's own connection, checked by the tester, counting how they change.
    TenantModel tenants(&cache);
    tenants.reload();
    QAbstractItemModelTester tenantTester(&tenants,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto candidate = api::findE911Candidate(backend, staff);
    QVERIFY(candidate);
    DidModel numbers(&cache);
    numbers.setTenant(candidate->tenantId);
    QAbstractItemModelTester numberTester(&numbers,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(numbers.totalCount(), int(cache.didCount(candidate->tenantId)));
    connect(&engine, &SyncEngine::changesApplied, &numbers, &DidModel::applyChanges);
    connect(&engine, &SyncEngine::changesApplied, &tenants, &TenantModel::applyChanges);
    QSignalSpy numberResets(&numbers, &QAbstractItemModel::modelReset);
    QSignalSpy numberChanges(&numbers, &QAbstractItemModel::dataChanged);
    QSignalSpy tenantResets(&tenants, &QAbstractItemModel::modelReset);
    QSignalSpy tenantChanges(&tenants, &QAbstractItemModel::dataChanged);
    const int tenantRow = tenants.rowOf(candidate->tenantId);
    const qint64 registeredBefore =
        tenants.tenant(tenantRow).counts.registered + tenants.tenant(tenantRow).counts.pending;

    // Raw HTTP changes: an address created, another created and deleted, a number enabled.
    const TestReply kept = api::createAddress(backend, staff, candidate->tenantId);
    QCOMPARE(kept.status, 201);
    const TestReply doomed = api::createAddress(backend, staff, candidate->tenantId);
    QCOMPARE(doomed.status, 201);
    const QString doomedId = doomed.json().value(QStringLiteral("id")).toString();
    const TestReply removed = backend.request(
        "DELETE", api::addressPath(candidate->tenantId, doomedId), staff, {},
        {{"If-Match", doomed.json().value(QStringLiteral("etag")).toString().toLatin1()}});
    QCOMPARE(removed.status, 204);
    const TestReply enabled = api::putE911(backend, staff, candidate->tenantId, candidate->number,
                                           api::enableBody(candidate->addressId),
                                           candidate->etag.toLatin1(), api::newIdempotencyKey());
    QVERIFY2(enabled.status == 202, api::describe(enabled).constData());

    started.clear();
    QVERIFY2(runSync(engine, false, &why), qPrintable(why));
    QCOMPARE(started.first().first().toBool(), false); // a delta this time
    const auto did = cache.did(candidate->tenantId, candidate->number);
    QVERIFY(did);
    QVERIFY(did->e911.state == E911State::Pending || did->e911.state == E911State::Registered);
    QCOMPARE(did->e911.addressId, candidate->addressId);
    QVERIFY(cache.address(kept.json().value(QStringLiteral("id")).toString()).has_value());
    QVERIFY(!cache.address(doomedId).has_value()); // the tombstone was applied

    // The models followed without a reset.
    QCOMPARE(numberResets.size(), 0);
    QCOMPARE(tenantResets.size(), 0);
    QVERIFY(!numberChanges.isEmpty());
    QVERIFY(!tenantChanges.isEmpty());
    const int row = numbers.rowOf(candidate->number);
    QVERIFY(row >= 0);
    QVERIFY(numbers.index(row, DidModel::StateColumn).data(DidModel::E911StateRole).toInt() !=
            int(E911State::Basic));
    const TenantCounts after = tenants.tenant(tenants.rowOf(candidate->tenantId)).counts;
    QCOMPARE(after.registered + after.pending, registeredBefore + 1);

    // Periodic sync follows the pending number at the faster pace until it is final.
    QCOMPARE(did->e911.state, E911State::Pending);
    engine.setPeriodicSync(60000, 300);
    QVERIFY(engine.numbersInFlight());
    QCOMPARE(engine.nextPeriodicInterval(), 300);
    QTRY_COMPARE_WITH_TIMEOUT(
        numbers.index(numbers.rowOf(candidate->number), 0).data(DidModel::E911StateRole).toInt(),
        int(E911State::Registered), 15000);
    QCOMPARE(cache.did(candidate->tenantId, candidate->number)->e911.state, E911State::Registered);
    // The demo keeps some numbers pending for good, so the fast pace goes on; with periodic
    // sync off there is no next interval.
    QVERIFY(engine.numbersInFlight());
    engine.setPeriodicSync(0);
    QCOMPARE(engine.nextPeriodicInterval(), -1);
    QCOMPARE(numberResets.size(), 0);
}

void TestSyncEngine::expiredTokenForcesFullResyncThatKeepsOutboxTables()
{
    TestBackend backend;
    QStringList args = TestBackend::defaultArguments();
    args << QStringLiteral("--change-retention") << QStringLiteral("1");
    QVERIFY(backend.start(args));
    const QString staff = backend.token(QStringLiteral("staff"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    auto http = clientFor(backend);
    SyncEngine engine(http.get(), path);
    QString why;
    QVERIFY2(runSync(engine, false, &why), qPrintable(why));

    Cache cache(path);
    QVERIFY(cache.open());
    // Another component's tables in the same file, as the Outbox keeps them.
    QSqlQuery q(cache.database());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE outbox_test (id INTEGER PRIMARY KEY, v TEXT)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO outbox_test (v) VALUES ('unsent edit')")));
    const QString token = cache.syncState().changeToken;
    const QDateTime firstFull = cache.syncState().lastFullSync;

    // Enough changes that the server forgets the token (it keeps one change-log entry).
    const QString tenantId = api::tenantIds(backend, staff).first();
    QString newAddress;
    for (int i = 0; i < 3; ++i) {
        const TestReply created = api::createAddress(backend, staff, tenantId);
        QCOMPARE(created.status, 201);
        newAddress = created.json().value(QStringLiteral("id")).toString();
    }
    QTRY_COMPARE_WITH_TIMEOUT(
        backend.get(QStringLiteral("/v1/changes?since=") + token, staff).status, 410, 10000);

    QSignalSpy started(&engine, &SyncEngine::started);
    QVERIFY2(runSync(engine, false, &why), qPrintable(why));
    // A delta was tried first, then the 410 turned it into a full sync.
    QCOMPARE(started.size(), 2);
    QCOMPARE(started.at(0).first().toBool(), false);
    QCOMPARE(started.at(1).first().toBool(), true);
    QVERIFY(cache.syncState().lastFullSync > firstFull);
    QVERIFY(cache.syncState().changeToken != token);
    QVERIFY(cache.address(newAddress).has_value());
    QVERIFY(q.exec(QStringLiteral("SELECT v FROM outbox_test")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("unsent edit"));
}

void TestSyncEngine::fullSyncReadsSeveralTenantsAtOnceAndShowsWholePages()
{
    TestBackend backend;
    QVERIFY(backend.start(pagedArguments()));
    const QString staff = backend.token(QStringLiteral("staff"));
    QHash<QString, qint64> totals;
    for (const QString &id : api::tenantIds(backend, staff))
        totals.insert(id, totalNumbers(backend, id, staff));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    auto http = clientFor(backend);
    SyncEngine engine(http.get(), path);

    QList<HttpAttempt> attempts;
    connect(http.get(), &HttpClient::attemptFinished, this,
            [&](const HttpAttempt &attempt) { attempts.append(attempt); });
    // After each step, what a window would show, read over its own connection: never part of
    // a page.
    std::unique_ptr<Cache> view;
    QStringList partPages;
    connect(&engine, &SyncEngine::changesApplied, this, [&](const CacheChangeSet &changes) {
        if (!view) {
            view = std::make_unique<Cache>(path);
            if (!view->open())
                partPages << view->lastError();
        }
        for (const QString &id : changes.tenants) {
            const qint64 shown = view->didCount(id);
            if (shown % 1000 != 0 && shown != totals.value(id))
                partPages << QStringLiteral("%1: %2 of %3").arg(id).arg(shown).arg(totals[id]);
        }
    });
    QString why;
    QVERIFY2(runSync(engine, true, &why), qPrintable(why));
    QVERIFY2(partPages.isEmpty(), qPrintable(partPages.join(u", ")));

    // Lists of different tenants were in flight together; two pages of one list never were.
    const auto tenantOf = [](const HttpAttempt &a) { return a.path.section(u'/', 3, 3); };
    bool acrossTenants = false;
    for (qsizetype i = 0; i < attempts.size(); ++i) {
        for (qsizetype j = i + 1; j < attempts.size(); ++j) {
            const HttpAttempt &a = attempts.at(i);
            const HttpAttempt &b = attempts.at(j);
            if (a.sentAtMs >= b.finishedAtMs || b.sentAtMs >= a.finishedAtMs)
                continue;
            QVERIFY2(a.path != b.path, qPrintable(a.path));
            acrossTenants = acrossTenants || (!tenantOf(a).isEmpty() && !tenantOf(b).isEmpty() &&
                                              tenantOf(a) != tenantOf(b));
        }
    }
    QVERIFY(acrossTenants);

    Cache cache(path);
    QVERIFY(cache.open());
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        QCOMPARE(cache.didCount(it.key()), it.value());
    QVERIFY(cache.syncState().canSyncDelta());
    QCOMPARE(engine.progress().tenantsDone, int(totals.size()));
}

void TestSyncEngine::cancelMidFullSyncLeavesConsistentCacheAndNextSyncCompletes()
{
    TestBackend backend;
    QVERIFY(backend.start(pagedArguments()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    auto http = clientFor(backend);
    SyncEngine engine(http.get(), path);

    QSignalSpy cancelled(&engine, &SyncEngine::cancelled);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    // Cancel mid-way while several requests are out and pages may wait for the worker.
    int inFlightAtCancel = 0;
    connect(&engine, &SyncEngine::progressChanged, this, [&](const SyncProgress &progress) {
        if (engine.isRunning() && inFlightAtCancel == 0 && progress.items >= 2000 &&
            http->runningRequests() >= 2) {
            inFlightAtCancel = http->runningRequests();
            engine.cancel();
        }
    });
    engine.sync();
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 60000);
    QVERIFY(inFlightAtCancel >= 2);
    QVERIFY(!engine.isRunning());
    QTRY_COMPARE(http->runningRequests(), 0); // the requests in flight were aborted
    QTest::qWait(300);                        // anything still queued must not finish the sync
    QCOMPARE(finished.size(), 0);

    Cache cache(path);
    QVERIFY(cache.open());
    QSqlQuery q(cache.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    q.finish(); // an open statement would pin this connection to an old snapshot
    // Clearly incomplete: no token, so the next sync must be a full one.
    QVERIFY(!cache.syncState().canSyncDelta());
    const qint64 partial = cache.didCount();
    QVERIFY(partial > 0 && partial < 12000);
    // Whole pages only: each tenant has all its numbers or a multiple of the page size.
    const QString staff = backend.token(QStringLiteral("staff"));
    for (const QString &id : api::tenantIds(backend, staff)) {
        const qint64 total = totalNumbers(backend, id, staff);
        const qint64 cached = cache.didCount(id);
        QVERIFY2(cached == total || cached % 1000 == 0,
                 qPrintable(QStringLiteral("%1 of %2").arg(cached).arg(total)));
    }

    QSignalSpy started(&engine, &SyncEngine::started);
    QString why;
    QVERIFY2(runSync(engine, false, &why), qPrintable(why));
    QCOMPARE(started.first().first().toBool(), true);
    QCOMPARE(cache.didCount(), 12000);
    QVERIFY(cache.syncState().canSyncDelta());
}

void TestSyncEngine::cacheFileIsOwnerOnlyWhateverTheUmask()
{
    TestBackend backend;
    QVERIFY(backend.start());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    const mode_t previous = ::umask(0);
    auto http = clientFor(backend);
    {
        SyncEngine engine(http.get(), path);
        QString why;
        const bool ok = runSync(engine, false, &why);
        Cache cache(path);
        QVERIFY(cache.open());
        ::umask(previous);
        QVERIFY2(ok, qPrintable(why));
        QCOMPARE(fileMode(path), 0600);
        QCOMPARE(fileMode(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(fileMode(path + QStringLiteral("-shm")), 0600);
    }
    ::umask(previous);
}

QTEST_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
