// The first slice end to end: a real dispatchable-server over TLS with a pinned certificate,
// HttpClient and ApiClient from the core, and the main window showing the tenants. Each test
// builds a fresh window.
#include "MainWindow.h"
#include "MessageBanner.h"
#include "TestBackend.h"
#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "models/TenantListModel.h"

#include <QLabel>
#include <QTableView>
#include <QtTest>

class TestDemoMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsTheTenantsOfThePinnedBackend();
    void aWrongPinShowsACertificateErrorAndNoRows();

private:
    TestBackend m_backend;
};

void TestDemoMainWindow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_backend.start(), qPrintable(m_backend.process().diagnostics()));
}

void TestDemoMainWindow::showsTheTenantsOfThePinnedBackend()
{
    // What the server itself says, through the test's own client, to compare with.
    const TestReply reply = m_backend.get(QStringLiteral("/v1/tenants?limit=10"),
                                          m_backend.token(QStringLiteral("staff")));
    QCOMPARE(reply.status, 200);
    const QJsonObject first =
        reply.json().value(QLatin1StringView("items")).toArray().first().toObject();
    const QString name = first.value(QLatin1StringView("name")).toString();
    const qint64 total = first.value(QLatin1StringView("counts"))
                             .toObject()
                             .value(QLatin1StringView("total"))
                             .toInteger();
    QVERIFY(!name.isEmpty());

    HttpClient http;
    http.setBaseUrl(m_backend.process().baseUrl());
    http.setPinnedFingerprint(m_backend.process().certificateFingerprint());
    http.setBearerToken(m_backend.token(QStringLiteral("staff")));
    ApiClient api(&http);
    MainWindow window;
    window.setConnectionInfo(http.baseUrl(), QStringLiteral("staff"), true);
    window.setApiClient(&api);
    window.show();
    window.reloadTenants();

    auto *table = window.findChild<QTableView *>(QStringLiteral("tenantTable"));
    QVERIFY(table);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 4, 20000);

    const QAbstractItemModel *model = table->model();
    const QModelIndexList matches = model->match(model->index(0, TenantListModel::NameColumn),
                                                 Qt::DisplayRole, name, 1, Qt::MatchExactly);
    QCOMPARE(matches.size(), 1);
    const int row = matches.first().row();
    QCOMPARE(model->index(row, TenantListModel::TotalColumn).data().toString(),
             QLocale().toString(total));

    auto *banner = window.findChild<MessageBanner *>(QStringLiteral("messageBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    auto *status = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("certificate pinned")),
             qPrintable(status->text()));
    QVERIFY(status->text().contains(http.baseUrl().toDisplayString()));
    QVERIFY(status->text().contains(QStringLiteral("staff")));
}

void TestDemoMainWindow::aWrongPinShowsACertificateErrorAndNoRows()
{
    HttpClient http;
    http.setBaseUrl(m_backend.process().baseUrl());
    // A well-formed fingerprint of some other certificate.
    http.setPinnedFingerprint(QStringList(32, QStringLiteral("AB")).join(QLatin1Char(':')));
    http.setBearerToken(m_backend.token(QStringLiteral("staff")));
    ApiClient api(&http);
    MainWindow window;
    window.setConnectionInfo(http.baseUrl(), QStringLiteral("staff"), true);
    window.setApiClient(&api);
    QSignalSpy settled(&window, &MainWindow::tenantsSettled);
    window.show();
    window.reloadTenants();

    auto *banner = window.findChild<MessageBanner *>(QStringLiteral("messageBanner"));
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QCOMPARE(banner->headline(),
             QStringLiteral("The server's certificate changed since you pinned it."));
    QVERIFY(!banner->advice().isEmpty());
    QVERIFY(!banner->headline().contains(QLatin1Char('{')));
    QCOMPARE(settled.count(), 1);

    auto *table = window.findChild<QTableView *>(QStringLiteral("tenantTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 0);
    auto *status = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QVERIFY(!status->text().contains(QStringLiteral("Connected")));
}

QTEST_MAIN(TestDemoMainWindow)
#include "tst_demo_main_window.moc"
