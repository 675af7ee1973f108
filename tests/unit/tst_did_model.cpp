// DidModel over a real cache file: consistent for views (QAbstractItemModelTester), filters by
// number however it is typed and by user, sorts inside the model keeping selections, and
// applies sync's change sets as row inserts, removals and data changes, never a reset.
#include "models/DidModel.h"
#include "store/Cache.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

namespace {
const QString tenantA = QStringLiteral("0f8e3c2a-1b4d-4e6f-9a7b-2c3d4e5f6a7b");
const QString tenantB = QStringLiteral("1f8e3c2a-1b4d-4e6f-9a7b-2c3d4e5f6a7b");

Did number(int i, const QString &tenant = tenantA)
{
    Did d;
    d.number = QStringLiteral("+1206555%1").arg(i, 4, 10, QLatin1Char('0'));
    d.nationalFormat = Did::formatNational(d.number);
    d.tenantId = tenant;
    d.country = QStringLiteral("US");
    d.usage = i % 3 == 0 ? DidUsage::CommonArea : DidUsage::User;
    if (d.usage == DidUsage::User)
        d.assignedUser = AssignedUser{QStringLiteral("user%1@contoso.com").arg(i),
                                      QStringLiteral("User %1").arg(i)};
    d.e911.state = i % 5 == 0 ? E911State::Registered : E911State::Basic;
    d.e911.since = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addDays(i % 30);
    d.etag = QStringLiteral("\"v1\"");
    d.updatedAt = d.e911.since;
    return d;
}
} // namespace

class TestDidModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void loadsOneTenantsNumbersWithDisplayStrings();
    void filterMatchesDigitsHoweverTypedAndUserNames();
    void sortingKeepsSelectedNumbersSelected();
    void syncChangesArriveAsRowChangesNotAReset();
    void aPageOfNewNumbersArrivesAsOneInsertion();
    void filterTextFindsTheAddressAsTheColumnShowsIt();
    void newNumbersAmongTheShownOnesKeepTheSelection();
    void rowsKeepTheirTextsThroughManyChanges();
    void aNumberThatIsNotE164IsStillFound();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<DidModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestDidModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<Cache>(m_dir->filePath(QStringLiteral("profile.sqlite")));
    QVERIFY(m_cache->open());
    QVERIFY(m_cache->begin());
    for (int i = 0; i < 300; ++i)
        QVERIFY(m_cache->upsertDid(number(i), 1));
    for (int i = 0; i < 50; ++i)
        QVERIFY(m_cache->upsertDid(number(i, tenantB), 1));
    QVERIFY(m_cache->commit());
    m_model = std::make_unique<DidModel>(m_cache.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setTenant(tenantA);
}

void TestDidModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_cache.reset();
    m_dir.reset();
}

void TestDidModel::loadsOneTenantsNumbersWithDisplayStrings()
{
    QCOMPARE(m_model->rowCount(), 300);
    QCOMPARE(m_model->totalCount(), 300);
    QCOMPARE(m_model->index(0, DidModel::NumberColumn).data().toString(),
             QStringLiteral("(206) 555-0000"));
    QCOMPARE(m_model->index(1, DidModel::UserColumn).data().toString(), QStringLiteral("User 1"));
    QCOMPARE(m_model->index(0, DidModel::StateColumn).data().toString(),
             DidModel::stateText(E911State::Registered));
    QCOMPARE(m_model->index(0, DidModel::NumberColumn).data(DidModel::E164Role).toString(),
             QStringLiteral("+12065550000"));
}

void TestDidModel::filterMatchesDigitsHoweverTypedAndUserNames()
{
    m_model->setFilterText(QStringLiteral("(206) 555-01"));
    QCOMPARE(m_model->rowCount(), 100); // 0100…0199
    m_model->setFilterText(QStringLiteral("(206) 555-012"));
    QCOMPARE(m_model->rowCount(), 10);
    m_model->setFilterText(QStringLiteral("USER 12"));
    // Users 120…129 minus the common-area numbers (multiples of 3 have no user)
    QStringList users;
    for (int row = 0; row < m_model->rowCount(); ++row)
        users << m_model->index(row, DidModel::UserColumn).data().toString();
    QVERIFY(users.contains(QStringLiteral("User 121")));
    QVERIFY(!users.contains(QStringLiteral("User 1")));
    QCOMPARE(m_model->rowCount(), 6); // 121, 122, 124, 125, 127, 128
    m_model->setFilterText(QString());
    m_model->setStateFilter(E911State::Registered);
    QCOMPARE(m_model->rowCount(), 60);
    m_model->setUsageFilter(DidUsage::CommonArea);
    QCOMPARE(m_model->rowCount(), 20); // multiples of 15
    m_model->setStateFilter(std::nullopt);
    m_model->setUsageFilter(std::nullopt);
    m_model->setCountryFilter(QStringLiteral("CA"));
    QCOMPARE(m_model->rowCount(), 0);
}

void TestDidModel::sortingKeepsSelectedNumbersSelected()
{
    const QPersistentModelIndex selected = m_model->index(7, DidModel::UserColumn);
    m_model->sort(DidModel::StateColumn, Qt::DescendingOrder);
    QCOMPARE(m_model->index(0, 0).data(DidModel::E911StateRole).toInt(),
             int(E911State::Registered));
    QCOMPARE(selected.data(DidModel::E164Role).toString(), QStringLiteral("+12065550007"));
    m_model->sort(DidModel::UserColumn, Qt::AscendingOrder);
    QCOMPARE(selected.data(DidModel::E164Role).toString(), QStringLiteral("+12065550007"));
}

void TestDidModel::syncChangesArriveAsRowChangesNotAReset()
{
    m_model->sort(DidModel::StateColumn, Qt::AscendingOrder);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    CacheChangeSet set;
    Did renamed = number(1);
    renamed.assignedUser->displayName = QStringLiteral("Renamed");
    Did moved = number(2); // basic → registered moves it in a sort by state
    moved.e911.state = E911State::Registered;
    moved.e911.addressId = QStringLiteral("addr-1");
    set.dids = {renamed, moved, number(9000), number(3000, tenantB)};
    set.deletedDids = {{tenantA, QStringLiteral("+12065550004")},
                       {tenantB, QStringLiteral("+12065550005")}};
    m_model->applyChanges(set);

    QCOMPARE(resets.size(), 0);
    QCOMPARE(changed.size(), 1);        // the renamed number, in place
    QCOMPARE(inserted.size(), 2);       // the moved one back in, and +12065559000
    QCOMPARE(removed.size(), 2);        // the moved one out, and +12065550004
    QCOMPARE(m_model->rowCount(), 300); // +1 new, -1 deleted
    QCOMPARE(m_model->rowOf(QStringLiteral("+12065550004")), -1);
    const int renamedRow = m_model->rowOf(QStringLiteral("+12065550001"));
    QCOMPARE(m_model->index(renamedRow, DidModel::UserColumn).data().toString(),
             QStringLiteral("Renamed"));
    const int movedRow = m_model->rowOf(QStringLiteral("+12065550002"));
    QCOMPARE(m_model->index(movedRow, 0).data(DidModel::E911StateRole).toInt(),
             int(E911State::Registered));
    // Still in sort order after the incremental changes.
    for (int row = 1; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->index(row - 1, 0).data(DidModel::E911StateRole).toInt() <=
                m_model->index(row, 0).data(DidModel::E911StateRole).toInt());
}

void TestDidModel::aPageOfNewNumbersArrivesAsOneInsertion()
{
    // A full sync's next page: numbers after every number shown, in number order.
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy layouts(m_model.get(), &QAbstractItemModel::layoutChanged);
    CacheChangeSet page;
    for (int i = 300; i < 1300; ++i)
        page.dids.append(number(i));
    m_model->applyChanges(page);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 300);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1299);
    QCOMPARE(layouts.size(), 0);
    QCOMPARE(m_model->rowCount(), 1300);
    QCOMPARE(m_model->numberAt(1299), QStringLiteral("+12065551299"));
    // The filter index knows the new rows too.
    m_model->setFilterText(QStringLiteral("User 1234"));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->numberAt(0), QStringLiteral("+12065551234"));
}

void TestDidModel::filterTextFindsTheAddressAsTheColumnShowsIt()
{
    EmergencyAddress address;
    address.id = QStringLiteral("addr-springfield");
    address.tenantId = tenantA;
    address.companyName = QStringLiteral("Contoso Depot");
    address.civic.postalCommunity = QStringLiteral("Springfield");
    address.civic.state = QStringLiteral("IL");
    address.civic.postalCode = QStringLiteral("62701");
    address.civic.country = QStringLiteral("US");
    address.etag = QStringLiteral("\"a1\"");
    address.updatedAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    QVERIFY(m_cache->begin());
    QVERIFY(m_cache->upsertAddress(address, "{}", 1));
    QVERIFY(m_cache->commit());
    CacheChangeSet set;
    set.addresses.insert(address.id);
    QList<Did> registered;
    for (const int i : {10, 20, 30}) {
        Did did = number(i);
        did.e911.state = E911State::Registered;
        did.e911.addressId = address.id;
        registered.append(did);
    }
    set.dids = registered;
    m_model->applyChanges(set);

    for (const QString &text :
         {QStringLiteral("springf"), QStringLiteral("DEPOT"), QStringLiteral("field, il")}) {
        m_model->setFilterText(text);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->numberAt(0), QStringLiteral("+12065550010"));
        QCOMPARE(m_model->index(0, DidModel::AddressColumn).data().toString(),
                 QStringLiteral("Contoso Depot (Springfield, IL)"));
    }
    // Renamed while filtered: the rows follow the label.
    m_model->setFilterText(QStringLiteral("depot"));
    QCOMPARE(m_model->rowCount(), 3);
    address.companyName = QStringLiteral("Fabrikam Yard");
    set = CacheChangeSet();
    set.addresses.insert(address.id);
    QVERIFY(m_cache->begin());
    QVERIFY(m_cache->upsertAddress(address, "{}", 2));
    QVERIFY(m_cache->commit());
    m_model->applyChanges(set);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setFilterText(QStringLiteral("fabrikam"));
    QCOMPARE(m_model->rowCount(), 3);
}

void TestDidModel::newNumbersAmongTheShownOnesKeepTheSelection()
{
    m_model->sort(DidModel::UserColumn, Qt::AscendingOrder);
    const int row = m_model->rowOf(QStringLiteral("+12065550007"));
    const QPersistentModelIndex selected = m_model->index(row, DidModel::UserColumn);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy layouts(m_model.get(), &QAbstractItemModel::layoutChanged);
    CacheChangeSet set;
    for (int i = 5000; i < 5040; ++i) {
        Did did = number(i);
        if (did.assignedUser)
            did.assignedUser->displayName = QStringLiteral("Aaron %1").arg(i); // sorts first
        set.dids.append(did);
    }
    m_model->applyChanges(set);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(layouts.size(), 1);
    QCOMPARE(m_model->rowCount(), 340);
    QCOMPARE(selected.data(DidModel::E164Role).toString(), QStringLiteral("+12065550007"));
    QVERIFY(selected.row() > row);
    for (int r = 1; r < m_model->rowCount(); ++r)
        QVERIFY(m_model->index(r - 1, DidModel::UserColumn)
                    .data()
                    .toString()
                    .compare(m_model->index(r, DidModel::UserColumn).data().toString(),
                             Qt::CaseInsensitive) <= 0);
}

void TestDidModel::rowsKeepTheirTextsThroughManyChanges()
{
    // The rows' texts share one buffer that updates append to and that is rewritten once most
    // of it is stale; every row must read the same before, during and after that.
    std::map<QString, Did> expected;
    for (int i = 0; i < 300; ++i)
        expected[number(i).number] = number(i);
    const QStringList addresses{QStringLiteral("addr-a"), QStringLiteral("addr-b"), QString()};
    for (int round = 0; round < 60; ++round) {
        CacheChangeSet set;
        for (int i = round % 7; i < 300; i += 7) {
            Did did = number(i);
            did.assignedUser =
                AssignedUser{QStringLiteral("user%1.round%2@contoso.com").arg(i).arg(round),
                             round % 5 == 0 ? QString()
                                            : QStringLiteral("Ærø Ünïcødé %1 — round %2 %3")
                                                  .arg(i)
                                                  .arg(round)
                                                  .arg(QString(round, QLatin1Char('x')))};
            did.country = round % 2 ? QStringLiteral("US") : QStringLiteral("PR");
            did.e911.addressId = addresses.at((i + round) % addresses.size());
            did.e911.state =
                did.e911.addressId.isEmpty() ? E911State::Basic : E911State::Registered;
            set.dids.append(did);
            expected[did.number] = did;
        }
        // Every 10th round a number not changed in it goes; a later round brings it back.
        if (round % 10 == 9) {
            const QString gone = number(round + 1).number;
            set.deletedDids = {{tenantA, gone}};
            expected.erase(gone);
        }
        m_model->applyChanges(set);
    }
    m_model->setFilterText(QString());
    m_model->sort(DidModel::NumberColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->rowCount(), int(expected.size()));
    int row = 0;
    for (const auto &[e164, did] : expected) {
        const QString user = !did.assignedUser ? QString()
                             : did.assignedUser->displayName.isEmpty()
                                 ? did.assignedUser->upn
                                 : did.assignedUser->displayName;
        QCOMPARE(m_model->index(row, 0).data(DidModel::E164Role).toString(), e164);
        QCOMPARE(m_model->index(row, DidModel::NumberColumn).data().toString(),
                 Did::formatNational(e164));
        QCOMPARE(m_model->index(row, DidModel::UserColumn).data().toString(), user);
        QCOMPARE(m_model->index(row, DidModel::CountryColumn).data().toString(), did.country);
        QCOMPARE(m_model->index(row, 0).data(DidModel::AddressIdRole).toString(),
                 did.e911.addressId);
        ++row;
    }
    // The filter index followed too.
    m_model->setFilterText(QStringLiteral("ünïcødé 14 — round 56"));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->numberAt(0), QStringLiteral("+12065550014"));
    m_model->setFilterText(QStringLiteral("user14.round56@"));
    QCOMPARE(m_model->rowCount(), 1);
}

void TestDidModel::aNumberThatIsNotE164IsStillFound()
{
    // The cache holds E.164 numbers only; a text that is not one is still kept and found.
    CacheChangeSet set;
    Did odd = number(1);
    odd.number = QStringLiteral("12065550001");
    set.dids = {odd};
    m_model->applyChanges(set);
    QCOMPARE(m_model->rowCount(), 301);
    const int row = m_model->rowOf(odd.number);
    QVERIFY(row >= 0);
    QCOMPARE(m_model->numberAt(row), odd.number);
    QVERIFY(m_model->rowOf(QStringLiteral("+12065550001")) != row);
    odd.assignedUser->displayName = QStringLiteral("Changed");
    set.dids = {odd};
    m_model->applyChanges(set);
    QCOMPARE(m_model->rowCount(), 301);
    QCOMPARE(m_model->index(m_model->rowOf(odd.number), DidModel::UserColumn).data().toString(),
             QStringLiteral("Changed"));
    set = CacheChangeSet();
    set.deletedDids = {{tenantA, odd.number}};
    m_model->applyChanges(set);
    QCOMPARE(m_model->rowCount(), 300);
    QCOMPARE(m_model->rowOf(odd.number), -1);

    // Digits too many to pack into the index's integer are searched as text.
    Did longer = number(2);
    longer.number = QStringLiteral("+12065550002123456789");
    set = CacheChangeSet();
    set.dids = {longer};
    m_model->applyChanges(set);
    for (const QString &text : {QStringLiteral("5550002123"), QStringLiteral("2065550002123456789"),
                                QStringLiteral("(206) 555-0002 123")}) {
        m_model->setFilterText(text);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->numberAt(0), longer.number);
    }
    m_model->setFilterText(QStringLiteral("(206) 555-0002"));
    QCOMPARE(m_model->rowCount(), 2); // the number itself, and the longer one
    set = CacheChangeSet();
    set.deletedDids = {{tenantA, longer.number}};
    m_model->applyChanges(set);
    m_model->setFilterText(QStringLiteral("5550002123"));
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestDidModel)
#include "tst_did_model.moc"
