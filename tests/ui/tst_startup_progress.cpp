// The window during a first full sync against the real backend over TLS: the start-up banner
// says what is happening and how far it got; the tenants and the open tenant's numbers appear as
// each page is committed, only ever in whole pages; the end of the sync neither resets the number
// table nor moves the selection.
#include "MainWindow.h"
#include "NumberTablePane.h"
#include "StartupBanner.h"
#include "TenantListPane.h"
#include "TestBackend.h"
#include "models/DidModel.h"
#include "models/TenantModel.h"
#include "session/AppSession.h"
#include "store/Cache.h"
#include "sync/SyncPageWriter.h"

#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

namespace {
constexpr int syncTimeoutMs = 60000;

// What the window showed at one turn of the event loop.
struct Sample
{
    bool completed = false;
    QString openTenant;
    int openTenantRows = 0;
    QHash<QString, int> tenantTotals; // the tenant list's number counts
    bool bannerVisible = false;
    QString bannerHeadline;
};

struct FirstSync
{
    QTemporaryDir dir;
    std::unique_ptr<AppSession> session;
    std::unique_ptr<MainWindow> window;
    QList<Sample> samples;

    bool open(TestBackend &backend)
    {
        ConnectionProfile profile;
        profile.id = QStringLiteral("test");
        profile.backendUrl = backend.process().baseUrl();
        profile.certificateSha256 = backend.process().certificateFingerprint();
        session = std::make_unique<AppSession>(profile, backend.token(QStringLiteral("staff")),
                                               dir.path());
        QString error;
        if (!session->open(&error))
            return false;
        window = std::make_unique<MainWindow>();
        window->setPersistLayout(false);
        window->resize(1400, 800);
        window->setSession(session.get());
        window->show();
        return true;
    }
    Sample sample() const
    {
        Sample s;
        s.completed = session->hasCompletedSync();
        DidModel *numbers = session->didModel();
        s.openTenant = numbers->tenantId();
        s.openTenantRows = numbers->rowCount();
        const TenantModel *tenants = session->tenantModel();
        for (int row = 0; row < tenants->rowCount(); ++row)
            s.tenantTotals.insert(tenants->tenant(row).id, int(tenants->tenant(row).counts.total));
        s.bannerVisible = window->startupBanner()->isVisible();
        s.bannerHeadline = window->startupBanner()->headline();
        return s;
    }
    // Starts the sync and samples the window at every turn of the event loop until it is done.
    bool runSampling()
    {
        QTimer sampler;
        QObject::connect(&sampler, &QTimer::timeout, &sampler,
                         [this] { samples.append(sample()); });
        sampler.start(0);
        session->start();
        QElapsedTimer timer;
        timer.start();
        while (!session->hasCompletedSync() && timer.elapsed() < syncTimeoutMs)
            QTest::qWait(5);
        QTest::qWait(50); // the turns right after the end
        return session->hasCompletedSync();
    }
    ~FirstSync()
    {
        window.reset();
        session.reset();
    }
};

// A count made of whole pages: a multiple of the page size, or everything there is.
bool isWholePages(int count, int total)
{
    return count == total || (count % SyncPageWriter::pageSize == 0 && count < total);
}
} // namespace

class TestStartupProgress : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstSyncShowsWholePagesAsTheyArrive();
    void endOfFirstSyncKeepsSelectionAndScroll();

private:
    TestBackend m_backend;
};

void TestStartupProgress::initTestCase()
{
    // Three tenants of about 2,300, 1,250 and 950 numbers: the first (by name) spans three
    // pages. The latency spaces the pages out, as a real network would.
    QVERIFY2(m_backend.start({QStringLiteral("--demo"), QStringLiteral("--tenants"),
                              QStringLiteral("3"), QStringLiteral("--dids"), QStringLiteral("4500"),
                              QStringLiteral("--fault-latency-ms"), QStringLiteral("40")}),
             qPrintable(m_backend.process().diagnostics()));
}

void TestStartupProgress::firstSyncShowsWholePagesAsTheyArrive()
{
    FirstSync sync;
    QVERIFY(sync.open(m_backend));
    QVERIFY(sync.runSampling());
    QVERIFY(sync.samples.size() > 10);

    QHash<QString, int> finalTotals;
    for (const Tenant &tenant : sync.session->cache()->tenants())
        finalTotals.insert(tenant.id, int(tenant.counts.total));
    QCOMPARE(finalTotals.size(), 3);

    bool tenantsBeforeEnd = false;
    bool partialTableBeforeEnd = false;
    bool progressShown = false;
    for (const Sample &s : std::as_const(sync.samples)) {
        if (!s.openTenant.isEmpty()) {
            const int total = finalTotals.value(s.openTenant);
            QVERIFY2(isWholePages(s.openTenantRows, total),
                     qPrintable(QStringLiteral("%1 rows of %2").arg(s.openTenantRows).arg(total)));
            if (!s.completed && s.openTenantRows > 0 && s.openTenantRows < total)
                partialTableBeforeEnd = true;
        }
        for (auto it = s.tenantTotals.cbegin(); it != s.tenantTotals.cend(); ++it)
            QVERIFY2(isWholePages(it.value(), finalTotals.value(it.key())),
                     qPrintable(QStringLiteral("tenant total %1").arg(it.value())));
        if (!s.completed && !s.tenantTotals.isEmpty())
            tenantsBeforeEnd = true;
        if (!s.completed && s.bannerVisible &&
            s.bannerHeadline.startsWith(QLatin1StringView("First sync: tenants")))
            progressShown = true;
    }
    QVERIFY2(tenantsBeforeEnd, "the tenant list stayed empty until the sync ended");
    QVERIFY2(partialTableBeforeEnd, "the open tenant's numbers did not appear page by page");
    QVERIFY2(progressShown, "the banner never said how far the first sync got");
    // Done: the banner is gone, the first tenant is open with all its numbers.
    QVERIFY(!sync.window->startupBanner()->isVisible());
    const QString open = sync.session->didModel()->tenantId();
    QVERIFY(!open.isEmpty());
    QCOMPARE(sync.session->didModel()->rowCount(), finalTotals.value(open));
}

void TestStartupProgress::endOfFirstSyncKeepsSelectionAndScroll()
{
    FirstSync sync;
    QVERIFY(sync.open(m_backend));
    DidModel *numbers = sync.session->didModel();
    QTableView *table = sync.window->numberPane()->view();
    // Select a number as soon as the first page of the open tenant is there.
    QString selected;
    int topRow = -1;
    QSignalSpy resets(numbers, &QAbstractItemModel::modelReset);
    QMetaObject::Connection pick = connect(numbers, &QAbstractItemModel::rowsInserted, this, [&] {
        if (!selected.isEmpty() || numbers->rowCount() < SyncPageWriter::pageSize)
            return;
        table->setCurrentIndex(numbers->index(300, DidModel::NumberColumn));
        table->scrollTo(table->currentIndex(), QAbstractItemView::PositionAtTop);
        selected = numbers->numberAt(300);
        resets.clear();
        // The row at the top once the view has laid itself out.
        QTimer::singleShot(0, table, [&] { topRow = table->indexAt(QPoint(2, 2)).row(); });
    });
    sync.session->start();
    QTRY_VERIFY_WITH_TIMEOUT(sync.session->hasCompletedSync(), syncTimeoutMs);
    disconnect(pick);
    QVERIFY2(!selected.isEmpty(), "the open tenant's first page never showed before the end");
    QTest::qWait(50);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(sync.window->numberPane()->currentNumber(), selected);
    QCOMPARE(table->currentIndex().row(), 300);
    QVERIFY(topRow > 0);
    QCOMPARE(table->indexAt(QPoint(2, 2)).row(), topRow);
    QVERIFY(numbers->rowCount() > SyncPageWriter::pageSize);
}

QTEST_MAIN(TestStartupProgress)
#include "tst_startup_progress.moc"
