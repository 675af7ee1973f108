// FullSyncLists: which list a full sync asks for next. Several lists are open at once, a list's
// next page only after its previous one arrived, lists under way before new ones, and a tenant
// counts as done only when all seven of its lists are.
#include "sync/FullSyncLists.h"
#include "sync/SyncPageWriter.h"

#include <QtTest>

using Kind = SyncPageWriter::ListKind;

class TestFullSyncLists : public QObject
{
    Q_OBJECT
private slots:
    void startsWithTheTenantsAndThePriceList();
    void opensUpToTheLimitAndOnePageOfAListAtATime();
    void aTenantIsDoneWithItsLastList();
};

void TestFullSyncLists::startsWithTheTenantsAndThePriceList()
{
    FullSyncLists lists;
    lists.start();
    const auto tenants = lists.takeRequest(4);
    QVERIFY(tenants);
    QCOMPARE(tenants->list.kind, int(Kind::Tenants));
    QCOMPARE(tenants->list.path, QStringLiteral("/v1/tenants"));
    const auto price = lists.takeRequest(4);
    QVERIFY(price);
    QCOMPARE(price->list.kind, FullSyncLists::priceList);
    QVERIFY(!lists.takeRequest(4)); // both are out; nothing else is known yet
    lists.pageReceived(price->id, QString());
    lists.pageReceived(tenants->id, QString());
    QVERIFY(lists.allRead());
}

void TestFullSyncLists::opensUpToTheLimitAndOnePageOfAListAtATime()
{
    FullSyncLists lists;
    lists.addTenant(QStringLiteral("t1"));
    lists.addTenant(QStringLiteral("t2"));
    QList<FullSyncLists::Walk> out;
    while (const auto walk = lists.takeRequest(3))
        out.append(*walk);
    QCOMPARE(out.size(), 3);
    QCOMPARE(out.at(0).list.path, QStringLiteral("/v1/tenants/t1/dids"));
    QCOMPARE(out.at(1).list.path, QStringLiteral("/v1/tenants/t1/addresses"));
    QVERIFY(out.at(0).cursor.isEmpty());

    // The numbers have a second page: it is asked for next, with the cursor, before new lists.
    lists.pageReceived(out.at(0).id, QStringLiteral("c2"));
    const auto second = lists.takeRequest(3);
    QVERIFY(second);
    QCOMPARE(second->id, out.at(0).id);
    QCOMPARE(second->cursor, QStringLiteral("c2"));
    QVERIFY(!lists.takeRequest(3));

    // A list that ends frees its place for the next queued one.
    lists.pageReceived(out.at(1).id, QString());
    QVERIFY(!lists.walk(out.at(1).id));
    const auto next = lists.takeRequest(3);
    QVERIFY(next);
    QCOMPARE(next->list.path, QStringLiteral("/v1/tenants/t1/places"));
    QCOMPARE(next->list.tenantId, QStringLiteral("t1"));
    QCOMPARE(lists.openCount(), 3);
    QVERIFY(!lists.allRead());
}

void TestFullSyncLists::aTenantIsDoneWithItsLastList()
{
    FullSyncLists lists;
    lists.addTenant(QStringLiteral("t1"));
    QStringList paths;
    while (const auto walk = lists.takeRequest(10)) {
        paths.append(walk->list.path.section(QLatin1Char('/'), -1));
        lists.pageReceived(walk->id, QString());
    }
    const QStringList expected = QStringLiteral("dids addresses acknowledgements places "
                                                "network-elements test-calls emergency-policy "
                                                "emergency-calls teams-number-locations")
                                     .split(QLatin1Char(' '));
    QCOMPARE(paths, expected);
    QVERIFY(lists.allRead());
    for (int i = 0; i < 8; ++i)
        QVERIFY(!lists.listDone(QStringLiteral("t1")));
    QVERIFY(lists.listDone(QStringLiteral("t1")));
    QVERIFY(!lists.listDone(QStringLiteral("t1"))); // counted once
    QVERIFY(!lists.listDone(QStringLiteral("unknown")));
}

QTEST_GUILESS_MAIN(TestFullSyncLists)
#include "tst_full_sync_lists.moc"
