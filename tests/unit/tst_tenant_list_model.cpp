// The tenants table model: well-behaved for views (QAbstractItemModelTester), display strings
// in words and in the user's locale, sorting inside the model with selections kept.
#include "models/TenantListModel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QtTest>

namespace {
Tenant tenant(const QString &idSuffix, const QString &name, ServiceType type, TenantCounts counts)
{
    Tenant t;
    t.id = QStringLiteral("00000000-0000-4000-8000-0000000000") + idSuffix;
    t.name = name;
    t.serviceType = type;
    t.counts = counts;
    t.etag = QStringLiteral("\"v1\"");
    t.updatedAt = QDateTime(QDate(2025, 1, 31), QTime(14, 5), Qt::UTC);
    return t;
}

QList<Tenant> sampleTenants()
{
    return {
        tenant(QStringLiteral("01"), QStringLiteral("Northwind Traders"),
               ServiceType::DirectRouting, {120, 20, 2, 97, 1, 0}),
        tenant(QStringLiteral("02"), QStringLiteral("Contoso Ltd"), ServiceType::OperatorConnect,
               {12480, 2651, 14, 9812, 3, 0}),
        tenant(QStringLiteral("03"), QStringLiteral("fabrikam Inc"), ServiceType::OperatorConnect,
               {0, 0, 0, 0, 0, 0}),
    };
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, column).data().toString();
    return out;
}
} // namespace

class TestTenantListModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void passesTheModelTester();
    void showsServiceTypeInWordsAndCountsInTheLocale();
    void sortsInsideTheModel();
    void keepsSelectionOnItsTenantWhenSorting();
    void sortStaysAcrossReloads();
};

void TestTenantListModel::initTestCase()
{
    // Fixed so the thousands separators below are predictable.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTenantListModel::passesTheModelTester()
{
    TenantListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(TenantListModel::ColumnCount));
    model.setTenants(sampleTenants());
    QCOMPARE(model.rowCount(), 3);
    for (int c = 0; c < TenantListModel::ColumnCount; ++c) {
        model.sort(c, Qt::AscendingOrder);
        model.sort(c, Qt::DescendingOrder);
    }
    model.setTenants({});
    QCOMPARE(model.rowCount(), 0);
    model.setTenants(sampleTenants().mid(1));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.index(0, 0).parent().isValid());
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void TestTenantListModel::showsServiceTypeInWordsAndCountsInTheLocale()
{
    TenantListModel model;
    model.setTenants(sampleTenants());
    QCOMPARE(model.index(1, TenantListModel::NameColumn).data().toString(),
             QStringLiteral("Contoso Ltd"));
    QCOMPARE(model.index(1, TenantListModel::ServiceTypeColumn).data().toString(),
             QStringLiteral("Operator Connect"));
    QCOMPARE(model.index(0, TenantListModel::ServiceTypeColumn).data().toString(),
             QStringLiteral("Direct Routing"));
    QCOMPARE(model.index(1, TenantListModel::TotalColumn).data().toString(),
             QStringLiteral("12,480"));
    QCOMPARE(model.index(1, TenantListModel::RegisteredColumn).data().toString(),
             QStringLiteral("9,812"));
    QCOMPARE(model.index(1, TenantListModel::PendingColumn).data().toString(),
             QStringLiteral("14"));
    QCOMPARE(model.index(1, TenantListModel::FailedColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.index(1, TenantListModel::BasicColumn).data().toString(),
             QStringLiteral("2,651"));
    QCOMPARE(model.index(1, 0).data(TenantListModel::TenantIdRole).toString(),
             QStringLiteral("00000000-0000-4000-8000-000000000002"));
    QCOMPARE(model.index(1, TenantListModel::TotalColumn).data(TenantListModel::SortRole),
             QVariant(qint64(12480)));
    const auto alignment =
        model.index(0, TenantListModel::TotalColumn).data(Qt::TextAlignmentRole).toInt();
    QVERIFY(alignment & Qt::AlignRight);
    QCOMPARE(model.headerData(TenantListModel::BasicColumn, Qt::Horizontal).toString(),
             QStringLiteral("Basic 911 only"));
}

void TestTenantListModel::sortsInsideTheModel()
{
    TenantListModel model;
    model.setTenants(sampleTenants());
    model.sort(TenantListModel::NameColumn, Qt::AscendingOrder);
    // Case does not split the list into upper- and lower-case halves.
    QCOMPARE(column(model, TenantListModel::NameColumn),
             (QStringList{QStringLiteral("Contoso Ltd"), QStringLiteral("fabrikam Inc"),
                          QStringLiteral("Northwind Traders")}));
    // Numbers sort by value, not by their formatted text ("12,480" < "120" as text).
    model.sort(TenantListModel::TotalColumn, Qt::DescendingOrder);
    QCOMPARE(column(model, TenantListModel::TotalColumn),
             (QStringList{QStringLiteral("12,480"), QStringLiteral("120"), QStringLiteral("0")}));
    model.sort(TenantListModel::TotalColumn, Qt::AscendingOrder);
    QCOMPARE(column(model, TenantListModel::TotalColumn),
             (QStringList{QStringLiteral("0"), QStringLiteral("120"), QStringLiteral("12,480")}));
}

void TestTenantListModel::keepsSelectionOnItsTenantWhenSorting()
{
    TenantListModel model;
    model.setTenants(sampleTenants());
    model.sort(TenantListModel::NameColumn, Qt::AscendingOrder);
    const QPersistentModelIndex contoso = model.index(0, TenantListModel::FailedColumn);
    QCOMPARE(model.index(contoso.row(), 0).data().toString(), QStringLiteral("Contoso Ltd"));
    model.sort(TenantListModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(contoso.isValid());
    QCOMPARE(contoso.row(), 2);
    QCOMPARE(contoso.column(), int(TenantListModel::FailedColumn));
    QCOMPARE(model.index(contoso.row(), 0).data().toString(), QStringLiteral("Contoso Ltd"));
}

void TestTenantListModel::sortStaysAcrossReloads()
{
    TenantListModel model;
    model.sort(TenantListModel::FailedColumn, Qt::DescendingOrder);
    model.setTenants(sampleTenants());
    QCOMPARE(column(model, TenantListModel::FailedColumn),
             (QStringList{QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("0")}));
}

QTEST_GUILESS_MAIN(TestTenantListModel)
#include "tst_tenant_list_model.moc"
