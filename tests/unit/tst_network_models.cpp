// The network map's table and tree models and the 933 checklist model, on values: search over
// identifier, description, place and address; flags with a mark and words; sorting; the tree's
// address > place > element shape with trusted IPs and orphans in groups; untested first in the
// checklist. The 10,000-element case prints its timings (figures, not asserts).
#include "models/NetworkMapSnapshot.h"
#include "models/NetworkTableModel.h"
#include "models/NetworkTreeModel.h"
#include "models/TestChecklistModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTimeZone>
#include <QtTest>

namespace {
EmergencyAddress address(const QString &id, AddressValidationStatus status, const QString &street)
{
    EmergencyAddress a;
    a.id = id;
    a.tenantId = QStringLiteral("t");
    a.civic.addNumber = QStringLiteral("1");
    a.civic.stName = street;
    a.civic.postalCommunity = QStringLiteral("Redmond");
    a.civic.state = QStringLiteral("WA");
    a.civic.country = QStringLiteral("US");
    a.validationStatus = status;
    a.etag = QStringLiteral("\"1\"");
    return a;
}

Place place(const QString &id, const QString &addressId, const QString &building,
            const QString &floor)
{
    Place p;
    p.id = id;
    p.tenantId = QStringLiteral("t");
    p.addressId = addressId;
    p.building = building;
    p.floor = floor;
    return p;
}

NetworkElement subnet(const QString &id, const QString &placeId, const QString &value,
                      const QString &description = {})
{
    NetworkElement e;
    e.id = id;
    e.tenantId = QStringLiteral("t");
    e.kind = NetworkElementKind::Subnet;
    e.placeId = placeId;
    e.subnet = value;
    e.description = description;
    return e;
}

std::shared_ptr<const NetworkMapSnapshot> smallMap()
{
    NetworkElement trusted;
    trusted.id = QStringLiteral("e9");
    trusted.kind = NetworkElementKind::TrustedIp;
    trusted.subnet = QStringLiteral("203.0.113.0/24");
    NetworkElement ap;
    ap.id = QStringLiteral("e4");
    ap.kind = NetworkElementKind::AccessPoint;
    ap.placeId = QStringLiteral("p1");
    ap.bssid = QStringLiteral("AA-BB-CC-DD-EE-FF");
    return NetworkMapSnapshot::build(
        QStringLiteral("t"),
        {address(QStringLiteral("a1"), AddressValidationStatus::Valid, QStringLiteral("Main St")),
         address(QStringLiteral("a2"), AddressValidationStatus::Unvalidated,
                 QStringLiteral("Depot Rd"))},
        {place(QStringLiteral("p1"), QStringLiteral("a1"), QStringLiteral("Building 2"),
               QStringLiteral("Floor 3")),
         place(QStringLiteral("p2"), QStringLiteral("a2"), QStringLiteral("Depot"), {})},
        {subnet(QStringLiteral("e1"), QStringLiteral("p1"), QStringLiteral("10.1.0.0/16"),
                QStringLiteral("Campus")),
         subnet(QStringLiteral("e2"), QStringLiteral("p1"), QStringLiteral("10.1.3.0/24"),
                QStringLiteral("Floor 3 wired")),
         subnet(QStringLiteral("e3"), QStringLiteral("p2"), QStringLiteral("10.9.0.0/24")),
         subnet(QStringLiteral("e5"), QStringLiteral("gone"), QStringLiteral("10.8.0.0/24")), ap,
         trusted});
}
} // namespace

class TestNetworkModels : public QObject
{
    Q_OBJECT
private slots:
    void tableShowsFlagsAndOverlapsInWords();
    void tableSearchesEveryWordOverItsColumns();
    void tableSortsAndKeepsTheSelection();
    void treeNestsAddressPlaceElementWithGroups();
    void treeSearchKeepsAncestorsOnly();
    void checklistListsUntestedFirst();
    void tenThousandElementsLoadSearchAndSort();
};

void TestNetworkModels::tableShowsFlagsAndOverlapsInWords()
{
    NetworkTableModel model;
    QAbstractItemModelTester tester(&model);
    model.setSnapshot(smallMap());
    QCOMPARE(model.rowCount(), 6);
    auto flags = [&](const QString &id) {
        return model.index(model.rowOf(id), NetworkTableModel::FlagsColumn).data().toString();
    };
    QVERIFY2(flags(QStringLiteral("e3")).startsWith(QStringLiteral("✖ Address not validated")),
             qPrintable(flags(QStringLiteral("e3"))));
    QVERIFY(flags(QStringLiteral("e5")).contains(QStringLiteral("✖ Place missing")));
    QVERIFY(flags(QStringLiteral("e2")).contains(QStringLiteral("⚠ Inside 10.1.0.0/16")));
    QVERIFY(flags(QStringLiteral("e1")).contains(QStringLiteral("⚠ Contains 10.1.3.0/24")));
    QVERIFY(flags(QStringLiteral("e9")).isEmpty()); // trusted IPs have no place to lack
    QVERIFY(flags(QStringLiteral("e4")).isEmpty());
    QVERIFY(!model.index(model.rowOf(QStringLiteral("e4")), 0)
                 .data(NetworkTableModel::FlaggedRole)
                 .toBool());
    QCOMPARE(model.index(model.rowOf(QStringLiteral("e2")), NetworkTableModel::PlaceColumn).data(),
             QVariant(QStringLiteral("Building 2, Floor 3")));
    QVERIFY(model.index(model.rowOf(QStringLiteral("e2")), NetworkTableModel::AddressColumn)
                .data()
                .toString()
                .contains(QStringLiteral("MAIN ST"), Qt::CaseInsensitive));
}

void TestNetworkModels::tableSearchesEveryWordOverItsColumns()
{
    NetworkTableModel model;
    QAbstractItemModelTester tester(&model);
    model.setSnapshot(smallMap());
    model.setSearch(QStringLiteral("floor 3 WIRED"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.element(0)->id, QStringLiteral("e2"));
    model.setSearch(QStringLiteral("depot")); // the place's building and the address's street
    QCOMPARE(model.rowCount(), 1);
    model.setSearch(QStringLiteral("main st")); // the address
    QCOMPARE(model.rowCount(), 3);
    model.setSearch(QStringLiteral("aa-bb")); // the identifier
    QCOMPARE(model.rowCount(), 1);
    model.setSearch(QStringLiteral("nothing like this"));
    QCOMPARE(model.rowCount(), 0);
    model.setSearch(QString());
    QCOMPARE(model.rowCount(), 6);
}

void TestNetworkModels::tableSortsAndKeepsTheSelection()
{
    NetworkTableModel model;
    QAbstractItemModelTester tester(&model);
    model.setSnapshot(smallMap());
    QPersistentModelIndex e3 = model.index(model.rowOf(QStringLiteral("e3")), 0);
    model.sort(NetworkTableModel::IdentifierColumn, Qt::DescendingOrder);
    // Numeric-aware: "203.…" sorts after every "10.…".
    QVERIFY(model.rowOf(QStringLiteral("e9")) < model.rowOf(QStringLiteral("e1")));
    QCOMPARE(e3.row(), model.rowOf(QStringLiteral("e3")));
    model.sort(NetworkTableModel::IdentifierColumn, Qt::AscendingOrder);
    // Numeric-aware: 10.1.3.0 before 10.8.0.0 before 10.9.0.0.
    QStringList order;
    for (int r = 0; r < model.rowCount(); ++r)
        order.append(model.element(r)->identifier());
    QVERIFY(order.indexOf(QStringLiteral("10.1.3.0/24")) <
            order.indexOf(QStringLiteral("10.8.0.0/24")));
    QVERIFY(order.indexOf(QStringLiteral("10.8.0.0/24")) <
            order.indexOf(QStringLiteral("10.9.0.0/24")));
    QCOMPARE(e3.row(), model.rowOf(QStringLiteral("e3")));
}

void TestNetworkModels::treeNestsAddressPlaceElementWithGroups()
{
    NetworkTreeModel model;
    QAbstractItemModelTester tester(&model);
    model.setSnapshot(smallMap());
    // Two addresses with places, then the orphans and the trusted IPs.
    QCOMPARE(model.rowCount(), 4);
    const QModelIndex a1 = model.index(0, 0);
    QCOMPARE(a1.data(NetworkTreeModel::IdRole).toString(), QStringLiteral("a1"));
    QCOMPARE(model.index(0, NetworkTreeModel::FlagsColumn).data().toString(),
             QStringLiteral("✔ Validated"));
    QCOMPARE(model.index(1, NetworkTreeModel::FlagsColumn).data().toString(),
             QStringLiteral("⚠ Not validated"));
    QCOMPARE(model.rowCount(a1), 1);
    const QModelIndex p1 = model.index(0, 0, a1);
    QCOMPARE(p1.data(NetworkTreeModel::IdRole).toString(), QStringLiteral("p1"));
    QCOMPARE(p1.data().toString(), QStringLiteral("Building 2, Floor 3"));
    QCOMPARE(model.index(0, NetworkTreeModel::CountColumn, a1).data().toString(),
             QStringLiteral("3"));
    QCOMPARE(model.rowCount(p1), 3);
    QCOMPARE(model.parent(model.index(0, 0, p1)), p1);
    QCOMPARE(model.indexOfElement(QStringLiteral("e2")).parent(), p1);
    QVERIFY(model.index(2, 0).data().toString().contains(QStringLiteral("place is gone")));
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("Trusted IPs"));
    QCOMPARE(model.index(3, NetworkTreeModel::CountColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.indexOfElement(QStringLiteral("e9")).parent(), model.index(3, 0));
}

void TestNetworkModels::treeSearchKeepsAncestorsOnly()
{
    NetworkTreeModel model;
    QAbstractItemModelTester tester(&model);
    model.setSnapshot(smallMap());
    model.setSearch(QStringLiteral("wired"));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex place = model.index(0, 0, model.index(0, 0));
    QCOMPARE(model.rowCount(place), 1);
    QCOMPARE(model.index(0, 0, place).data(NetworkTreeModel::IdRole).toString(),
             QStringLiteral("e2"));
}

void TestNetworkModels::checklistListsUntestedFirst()
{
    const QList<EmergencyAddress> addresses{
        address(QStringLiteral("a1"), AddressValidationStatus::Valid, QStringLiteral("Main St"))};
    const QList<Place> places{
        place(QStringLiteral("p1"), QStringLiteral("a1"), QStringLiteral("B1"), {}),
        place(QStringLiteral("p2"), QStringLiteral("a1"), QStringLiteral("B2"), {})};
    TestCall pass;
    pass.id = QStringLiteral("c1");
    pass.placeId = QStringLiteral("p1");
    pass.addressId = QStringLiteral("a1");
    pass.addressEtag = QStringLiteral("\"1\"");
    pass.calledBy = QStringLiteral("Ada");
    pass.calledAt = QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC);
    pass.result = TestCallResult::Pass;
    const TestCoverage coverage = computeTestCoverage(places, {}, addresses, {pass});
    TestChecklistModel model;
    QAbstractItemModelTester tester(&model);
    model.setCoverage(coverage,
                      {{QStringLiteral("p1"), QStringLiteral("B1")},
                       {QStringLiteral("p2"), QStringLiteral("B2")}},
                      {}, {{QStringLiteral("a1"), QStringLiteral("1 MAIN ST")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.item(0).id, QStringLiteral("p2"));
    QCOMPARE(model.index(0, TestChecklistModel::StateColumn).data().toString(),
             QStringLiteral("○ Never tested"));
    QVERIFY(!model.index(0, TestChecklistModel::ReasonColumn).data().toString().isEmpty());
    QCOMPARE(model.index(1, TestChecklistModel::StateColumn).data().toString(),
             QStringLiteral("✔ Tested"));
    QVERIFY(model.index(1, TestChecklistModel::LastTestColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Ada")));
    QCOMPARE(model.summary().tested(), 1);
    QCOMPARE(model.summary().total(), 2);
}

void TestNetworkModels::tenThousandElementsLoadSearchAndSort()
{
    QList<EmergencyAddress> addresses;
    QList<Place> places;
    QList<NetworkElement> elements;
    for (int a = 0; a < 20; ++a) {
        addresses.append(address(QStringLiteral("a%1").arg(a), AddressValidationStatus::Valid,
                                 QStringLiteral("Street %1").arg(a)));
        for (int p = 0; p < 25; ++p)
            places.append(place(QStringLiteral("p%1-%2").arg(a).arg(p),
                                QStringLiteral("a%1").arg(a), QStringLiteral("Building %1").arg(a),
                                QStringLiteral("Floor %1").arg(p)));
    }
    for (int i = 0; i < 10000; ++i)
        elements.append(subnet(QStringLiteral("e%1").arg(i, 5, 10, QLatin1Char('0')),
                               places.at(i % places.size()).id,
                               QStringLiteral("10.%1.%2.0/24").arg(i / 256).arg(i % 256),
                               QStringLiteral("Closet %1").arg(i)));
    QElapsedTimer timer;
    timer.start();
    const auto snapshot =
        NetworkMapSnapshot::build(QStringLiteral("t"), addresses, places, elements);
    const qint64 build = timer.restart();
    NetworkTableModel table;
    table.setSnapshot(snapshot);
    const qint64 tableLoad = timer.restart();
    NetworkTreeModel tree;
    tree.setSnapshot(snapshot);
    const qint64 treeLoad = timer.restart();
    table.setSearch(QStringLiteral("closet 9999"));
    const qint64 search = timer.restart();
    QCOMPARE(table.rowCount(), 1);
    tree.setSearch(QStringLiteral("closet 9999"));
    const qint64 treeSearch = timer.restart();
    table.setSearch(QString());
    tree.setSearch(QString());
    timer.restart();
    table.sort(NetworkTableModel::IdentifierColumn, Qt::DescendingOrder);
    const qint64 sort = timer.elapsed();
    QCOMPARE(table.rowCount(), 10000);
    QCOMPARE(tree.rowCount(), 20);
    qInfo("10,000 elements: snapshot %lld ms, table %lld ms, tree %lld ms, table search %lld ms, "
          "tree search %lld ms, sort %lld ms",
          build, tableLoad, treeLoad, search, treeSearch, sort);
}

QTEST_GUILESS_MAIN(TestNetworkModels)
#include "tst_network_models.moc"
