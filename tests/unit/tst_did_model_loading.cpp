// DidModel reading a large tenant on another thread: the first rows show before the rest, the
// complete rows equal those read at once, filters chosen meanwhile and sync changes that arrive
// meanwhile apply once the rows are in, and a model closed mid-read leaves nothing behind.
#include "models/DidModel.h"
#include "store/Cache.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <climits>

namespace {
const QString tenant = QStringLiteral("7c1f0a4e-3b2d-4c5e-8f9a-0b1c2d3e4f5a");
constexpr int rowCount = 3000;

Did makeDid(int i)
{
    Did d;
    d.number = QStringLiteral("+1206555%1").arg(i, 4, 10, QChar(u'0'));
    d.nationalFormat = QStringLiteral("(206) 555-%1").arg(i, 4, 10, QChar(u'0'));
    d.tenantId = tenant;
    d.country = QStringLiteral("US");
    d.usage = DidUsage::User;
    d.assignedUser = AssignedUser{QStringLiteral("user%1@contoso.example").arg(i),
                                  i % 3 == 0 ? QStringLiteral("Ada %1").arg(i)
                                             : QStringLiteral("Grace %1").arg(i)};
    d.e911.state = i % 5 == 0 ? E911State::Registered : E911State::Basic;
    d.e911.since = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    d.etag = QStringLiteral("\"v1\"");
    d.updatedAt = d.e911.since;
    return d;
}

// Every row's cells, in the model's order.
QStringList cells(const DidModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList line;
        for (int column = 0; column < DidModel::ColumnCount; ++column)
            line.append(model.data(model.index(row, column)).toString());
        out.append(line.join(QLatin1Char('|')));
    }
    return out;
}
} // namespace

class TestDidModelLoading : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstRowsShowThenTheRestIsAppended();
    void filterAndSortChosenWhileReadingApplyAfter();
    void typingWhileTheFirstRowsShowFiltersThem();
    void syncChangesWhileReadingAreApplied();
    void closingWhileReadingIsSafe();
    void smallTenantsAreReadAtOnce();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Cache> m_cache;
    QStringList m_cellsReadAtOnce;
};

void TestDidModelLoading::initTestCase()
{
    m_cache = std::make_unique<Cache>(m_dir.filePath(QStringLiteral("profile.sqlite")));
    QVERIFY(m_cache->open());
    QVERIFY(m_cache->begin());
    for (int i = 0; i < rowCount; ++i)
        QVERIFY(m_cache->upsertDid(makeDid(i), 1));
    QVERIFY(m_cache->commit());
    DidModel atOnce(m_cache.get());
    atOnce.setBackgroundLoadThreshold(INT_MAX);
    atOnce.setTenant(tenant);
    QVERIFY(!atOnce.isLoading());
    QCOMPARE(atOnce.rowCount(), rowCount);
    m_cellsReadAtOnce = cells(atOnce);
}

void TestDidModelLoading::firstRowsShowThenTheRestIsAppended()
{
    DidModel model(m_cache.get());
    model.setBackgroundLoadThreshold(0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy loading(&model, &DidModel::loadingChanged);
    QSignalSpy loaded(&model, &DidModel::loaded);
    model.setTenant(tenant);
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(loading.count(), 1);
    QVERIFY(loading.at(0).at(0).toBool());
    QVERIFY(loaded.wait(30000));
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.count(), 2);
    QVERIFY(!loading.at(1).at(0).toBool());
    // One reset (the tenant switch), then the first rows, then the rest appended after them.
    QCOMPARE(resets.count(), 1);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), DidRowLoader::firstRowCount - 1);
    QCOMPARE(inserted.at(1).at(1).toInt(), DidRowLoader::firstRowCount);
    QCOMPARE(inserted.at(1).at(2).toInt(), rowCount - 1);
    QCOMPARE(cells(model), m_cellsReadAtOnce);
    // The filter index came with the rows.
    model.setFilterText(QStringLiteral("ada 12"));
    // "Ada 12", "Ada 120" to "Ada 129" and "Ada 1200" to "Ada 1299", every third number.
    QCOMPARE(model.rowCount(), 1 + 4 + 34);
}

void TestDidModelLoading::filterAndSortChosenWhileReadingApplyAfter()
{
    DidModel atOnce(m_cache.get());
    atOnce.setBackgroundLoadThreshold(INT_MAX);
    atOnce.setTenant(tenant);
    atOnce.sort(DidModel::UserColumn, Qt::DescendingOrder);
    atOnce.setStateFilter(E911State::Registered);
    atOnce.setFilterText(QStringLiteral("ada"));

    DidModel model(m_cache.get());
    model.setBackgroundLoadThreshold(0);
    QSignalSpy loaded(&model, &DidModel::loaded);
    model.setTenant(tenant);
    model.sort(DidModel::UserColumn, Qt::DescendingOrder);
    model.setStateFilter(E911State::Registered);
    model.setFilterText(QStringLiteral("ada"));
    QVERIFY(loaded.wait(30000));
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(cells(model), cells(atOnce));
}

void TestDidModelLoading::typingWhileTheFirstRowsShowFiltersThem()
{
    // The first rows are shown before their filter index is built: a text typed then filters
    // them by the plain scan, and the complete rows by the index once they are in.
    DidModel atOnce(m_cache.get());
    atOnce.setBackgroundLoadThreshold(INT_MAX);
    atOnce.setTenant(tenant);
    atOnce.setFilterText(QStringLiteral("ada 1"));

    DidModel model(m_cache.get());
    model.setBackgroundLoadThreshold(0);
    QSignalSpy loaded(&model, &DidModel::loaded);
    int shownWhileLoading = -1;
    bool loadingWhenTyped = false;
    connect(&model, &QAbstractItemModel::rowsInserted, &model, [&] {
        if (shownWhileLoading >= 0)
            return;
        loadingWhenTyped = model.isLoading();
        model.setFilterText(QStringLiteral("ada 1"));
        shownWhileLoading = model.rowCount();
    });
    model.setTenant(tenant);
    QVERIFY(loaded.wait(30000));
    QVERIFY(loadingWhenTyped);
    int expected = 0;
    for (int i = 0; i < DidRowLoader::firstRowCount; ++i)
        expected += makeDid(i).assignedUser->displayName.contains(u"ada 1", Qt::CaseInsensitive);
    QVERIFY(expected > 0);
    QCOMPARE(shownWhileLoading, expected);
    QCOMPARE(cells(model), cells(atOnce));
}

void TestDidModelLoading::syncChangesWhileReadingAreApplied()
{
    DidModel model(m_cache.get());
    model.setBackgroundLoadThreshold(0);
    QSignalSpy loaded(&model, &DidModel::loaded);
    model.setTenant(tenant);
    QVERIFY(model.isLoading());
    // Changes sync applied to the cache after the read began (the model gets them as sync
    // reports them; here they are only reported, so only the model can show them).
    CacheChangeSet changes;
    Did renamed = makeDid(7);
    renamed.assignedUser->displayName = QStringLiteral("Renamed While Reading");
    Did added = makeDid(rowCount + 5);
    changes.dids = {renamed, added};
    changes.deletedDids = {{tenant, makeDid(8).number}};
    model.applyChanges(changes);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(model.totalCount(), rowCount); // one added, one removed
    const int row = model.rowOf(renamed.number);
    QVERIFY(row >= 0);
    QCOMPARE(model.data(model.index(row, DidModel::UserColumn)).toString(),
             QStringLiteral("Renamed While Reading"));
    QVERIFY(model.rowOf(added.number) >= 0);
    QCOMPARE(model.rowOf(makeDid(8).number), -1);
}

void TestDidModelLoading::closingWhileReadingIsSafe()
{
    for (int i = 0; i < 5; ++i) {
        auto model = std::make_unique<DidModel>(m_cache.get());
        model->setBackgroundLoadThreshold(0);
        model->setTenant(tenant);
        QVERIFY(model->isLoading());
        if (i % 2)
            QTest::qWait(1); // sometimes after the first rows were posted
        model.reset();
    }
    // Another tenant chosen mid-read: only the new tenant's rows arrive.
    DidModel model(m_cache.get());
    model.setBackgroundLoadThreshold(0);
    QSignalSpy loaded(&model, &DidModel::loaded);
    model.setTenant(tenant);
    model.setTenant(QStringLiteral("00000000-0000-4000-8000-000000000000"));
    QVERIFY(loaded.count() == 1 || loaded.wait(30000));
    QTest::qWait(200); // anything still posted by the first read would arrive now
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
}

void TestDidModelLoading::smallTenantsAreReadAtOnce()
{
    DidModel model(m_cache.get());
    QVERIFY(model.backgroundLoadThreshold() >= rowCount);
    QSignalSpy loaded(&model, &DidModel::loaded);
    model.setTenant(tenant);
    QVERIFY(!model.isLoading());
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(model.rowCount(), rowCount);
}

QTEST_GUILESS_MAIN(TestDidModelLoading)
#include "tst_did_model_loading.moc"
