// The main window end to end: a real dispatchable-server over TLS with a pinned certificate, an
// AppSession (cache, sync, outbox) in a temporary folder, and the three panes driven by the
// keyboard and the mouse. Each test builds a fresh session and window; what they show is
// compared with what the server itself answers.
#include "E911StateDelegate.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "NumberDetailPane.h"
#include "NumberTablePane.h"
#include "TenantListPane.h"
#include "TestBackend.h"
#include "api/HttpClient.h"
#include "models/DidModel.h"
#include "session/AppSession.h"

#include "MainWindowFixture.h"
#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>

#include <QtTest>

#include <memory>

namespace {
constexpr int syncTimeoutMs = 60000;

using Fixture = MainWindowFixture;

QString digitsOf(const QString &text)
{
    QString digits;
    for (QChar c : text)
        if (c.isDigit())
            digits.append(c);
    return digits;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void tenantListShowsTheServersTenantsWithTheirBadges();
    void selectingATenantShowsAllItsNumbers();
    void typingInTheFilterNarrowsTheRows();
    void clickingTheFailedCountShowsOnlyFailedNumbers();
    void selectingANumberShowsItsThreeFacts();
    void theStateColumnShowsAMarkAndWords();
    void copyGivesE164Numbers();
    void ctrlKJumpsToANumberOfAnotherTenant();
    void staffCanAskToRegisterTheSelection();
    void anAuditorIsReadOnly();
    void aWrongPinShowsTheCertificateErrorInWords();
    void anUnreachableBackendShowsTheOfflineBanner();
    void columnLayoutAndSplitterSurviveARestart();
    void aFirstWindowFitsTheScreen();

private:
    // A synced session signed in as `role`, its window shown.
    bool makeWindow(Fixture &f, const QString &role = QStringLiteral("staff"));
    // A window over a session that is opened but not started.
    void makeUnsyncedWindow(Fixture &f, const QUrl &url, const QString &fingerprint);
    QJsonArray serverTenants();
    QJsonObject serverTenantWith(const char *countName);
    bool selectTenant(Fixture &f, const QString &tenantId);

    TestBackend m_backend;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings stay out of the user's own
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_backend.start(), qPrintable(m_backend.process().diagnostics()));
}

void TestMainWindow::init()
{
    // Each test starts from the default layout, whatever an earlier window saved.
    QSettings().remove(QStringLiteral("MainWindow"));
}

bool TestMainWindow::makeWindow(Fixture &f, const QString &role)
{
    return f.open(m_backend, role, Fixture::Dialogs::None, /*persistLayout=*/true);
}

void TestMainWindow::makeUnsyncedWindow(Fixture &f, const QUrl &url, const QString &fingerprint)
{
    ConnectionProfile profile;
    profile.id = QStringLiteral("test");
    profile.backendUrl = url;
    profile.certificateSha256 = fingerprint;
    f.session = std::make_unique<AppSession>(profile, m_backend.token(QStringLiteral("staff")),
                                             f.dir.path());
    QString error;
    QVERIFY2(f.session->open(&error), qPrintable(error));
    RetryPolicy quick;
    quick.maxAttempts = 1;
    f.session->http()->setRetryPolicy(quick);
    f.window = std::make_unique<MainWindow>();
    f.window->setSession(f.session.get());
    f.window->show();
}

QJsonArray TestMainWindow::serverTenants()
{
    const TestReply reply = m_backend.get(QStringLiteral("/v1/tenants?limit=100"),
                                          m_backend.token(QStringLiteral("staff")));
    return reply.json().value(QLatin1StringView("items")).toArray();
}

QJsonObject TestMainWindow::serverTenantWith(const char *countName)
{
    for (const QJsonValue &value : serverTenants()) {
        const QJsonObject tenant = value.toObject();
        if (tenant.value(QLatin1StringView("counts"))
                .toObject()
                .value(QLatin1StringView(countName))
                .toInteger() > 0)
            return tenant;
    }
    return {};
}

bool TestMainWindow::selectTenant(Fixture &f, const QString &tenantId)
{
    return f.window->tenantPane()->selectTenant(tenantId) &&
           f.window->currentTenantId() == tenantId;
}

void TestMainWindow::tenantListShowsTheServersTenantsWithTheirBadges()
{
    Fixture f;
    QVERIFY(makeWindow(f));
    auto *list = f.find<QTableView>(QStringLiteral("tenantList"));
    QVERIFY(list);
    const QJsonArray tenants = serverTenants();
    QCOMPARE(tenants.size(), 4);
    QCOMPARE(list->model()->rowCount(), 4);
    for (const QJsonValue &value : tenants) {
        const QJsonObject tenant = value.toObject();
        const QJsonObject counts = tenant.value(QLatin1StringView("counts")).toObject();
        const QModelIndexList hits = list->model()->match(
            list->model()->index(0, 0), Qt::DisplayRole,
            tenant.value(QLatin1StringView("name")).toString(), 1, Qt::MatchExactly);
        QCOMPARE(hits.size(), 1);
        const QString badge =
            hits.first().siblingAtColumn(5 /* TenantModel::FailedColumn */).data().toString();
        const qint64 failed = counts.value(QLatin1StringView("failed")).toInteger();
        const qint64 pending = counts.value(QLatin1StringView("pending")).toInteger() +
                               counts.value(QLatin1StringView("deregistering")).toInteger();
        const qint64 basic = counts.value(QLatin1StringView("basic")).toInteger();
        const QString expected =
            failed    ? QStringLiteral("✖ %1 failed").arg(QLocale().toString(failed))
            : pending ? QStringLiteral("◐ %1 pending").arg(QLocale().toString(pending))
            : basic   ? QStringLiteral("○ %1 basic only").arg(QLocale().toString(basic))
                      : QStringLiteral("✓ all registered");
        QCOMPARE(badge, expected);
    }

    // The tenant filter narrows the list by name.
    const QString name = tenants.first().toObject().value(QLatin1StringView("name")).toString();
    QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("tenantFilter")), name);
    QCOMPARE(list->model()->rowCount(), 1);
}

void TestMainWindow::selectingATenantShowsAllItsNumbers()
{
    Fixture f;
    QVERIFY(makeWindow(f));
    for (const QJsonValue &value : serverTenants()) {
        const QJsonObject tenant = value.toObject();
        const qint64 total = tenant.value(QLatin1StringView("counts"))
                                 .toObject()
                                 .value(QLatin1StringView("total"))
                                 .toInteger();
        QVERIFY(selectTenant(f, tenant.value(QLatin1StringView("id")).toString()));
        QTRY_COMPARE(f.table()->model()->rowCount(), int(total));
        const QString header = f.find<QLabel>(QStringLiteral("tenantHeader"))->text();
        QVERIFY2(header.startsWith(tenant.value(QLatin1StringView("name")).toString()),
                 qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral("%1 numbers").arg(QLocale().toString(total))),
                 qPrintable(header));
    }
}

void TestMainWindow::typingInTheFilterNarrowsTheRows()
{
    Fixture f;
    QVERIFY(makeWindow(f));
    QAbstractItemModel *model = f.table()->model();
    const int all = model->rowCount();
    QVERIFY(all > 10);
    const QString e164 = model->index(all / 2, 0).data(DidModel::E164Role).toString();
    const QString part = e164.right(5);

    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *filter = f.find<QLineEdit>(QStringLiteral("numberFilter"));
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), part);
    QCOMPARE(filter->text(), part);
    QVERIFY(model->rowCount() < all);
    QVERIFY(model->rowCount() >= 1);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(digitsOf(model->index(row, 0).data(DidModel::E164Role).toString()).contains(part));

    // Nothing matches: the table says so, and what to do.
    QTest::keyClicks(filter, QStringLiteral("99999999"));
    QCOMPARE(model->rowCount(), 0);
    auto *empty = f.find<QLabel>(QStringLiteral("numbersEmptyState"));
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("clear the filters")));
    QTest::mouseClick(f.find<QPushButton>(QStringLiteral("clearFiltersButton")), Qt::LeftButton);
    QCOMPARE(model->rowCount(), all);
}

void TestMainWindow::clickingTheFailedCountShowsOnlyFailedNumbers()
{
    Fixture f;
    QVERIFY(makeWindow(f));
    const QJsonObject tenant = serverTenantWith("failed");
    QVERIFY2(!tenant.isEmpty(), "the demo data has no failed number");
    const qint64 failed = tenant.value(QLatin1StringView("counts"))
                              .toObject()
                              .value(QLatin1StringView("failed"))
                              .toInteger();
    QVERIFY(selectTenant(f, tenant.value(QLatin1StringView("id")).toString()));
    auto *button = f.find<QPushButton>(QStringLiteral("failedCountButton"));
    QCOMPARE(button->text(), QStringLiteral("✖ %1 failed").arg(failed));
    QTest::mouseClick(button, Qt::LeftButton);
    QAbstractItemModel *model = f.table()->model();
    QCOMPARE(model->rowCount(), int(failed));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(DidModel::E911StateRole).toInt(),
                 int(E911State::Failed));
    QVERIFY(button->isChecked());
    // A second click shows every number again.
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(model->rowCount() > int(failed));
}

void TestMainWindow::selectingANumberShowsItsThreeFacts()
{
    Fixture f;
    QVERIFY(makeWindow(f));
    const QJsonObject tenant = serverTenantWith("failed");
    const QString tenantId = tenant.value(QLatin1StringView("id")).toString();
    QVERIFY(selectTenant(f, tenantId));
    auto *providerFact = f.find<QLabel>(QStringLiteral("providerFact"));
    QVERIFY(!providerFact->isVisible()); // nothing chosen yet: the pane says what to do
    QVERIFY(f.find<QLabel>(QStringLiteral("detailEmptyState"))->isVisible());

    QTest::mouseClick(f.find<QPushButton>(QStringLiteral("failedCountButton")), Qt::LeftButton);
    f.table()->setFocus();
    QTest::keyClick(f.table(), Qt::Key_Home, Qt::ControlModifier);
    const QString number = f.window->numberPane()->currentNumber();
    QVERIFY(!number.isEmpty());

    const TestReply reply =
        m_backend.get(QStringLiteral("/v1/tenants/%1/dids/%2")
                          .arg(tenantId, QString::fromLatin1(QUrl::toPercentEncoding(number))),
                      m_backend.token(QStringLiteral("staff")));
    QCOMPARE(reply.status, 200);
    const QJsonObject e911 = reply.json().value(QLatin1StringView("e911")).toObject();
    const QString reason = e911.value(QLatin1StringView("reason")).toString();
    QVERIFY(!reason.isEmpty());

    QTRY_VERIFY(providerFact->isVisible());
    QVERIFY2(providerFact->text().startsWith(QStringLiteral("✖")),
             qPrintable(providerFact->text()));
    QVERIFY2(providerFact->text().contains(reason), qPrintable(providerFact->text()));
    const QString address = f.find<QLabel>(QStringLiteral("addressFact"))->text();
    QVERIFY2(address.contains(QStringLiteral("Address")), qPrintable(address));
    const QString test = f.find<QLabel>(QStringLiteral("testFact"))->text();
    QVERIFY2(test.contains(QStringLiteral("933")), qPrintable(test));
    QCOMPARE(test.contains(QStringLiteral("not tested")),
             e911.value(QLatin1StringView("verifiedAt")).isNull());
    QCOMPARE(f.find<QLabel>(QStringLiteral("detailE164"))->text().section(QLatin1Char(' '), 0, 0),
             number);
    // A failed number is on basic 911 meanwhile, and the pane says what that means.
    QVERIFY(f.find<QLabel>(QStringLiteral("numberWarnings"))
                ->text()
                .contains(QStringLiteral("Basic 911 only: the caller must say where they are")));

    QSignalSpy limitations(f.window.get(), &MainWindow::limitationsRequested);
    QTest::mouseClick(f.find<QPushButton>(QStringLiteral("limitationsButton")), Qt::LeftButton);
    QCOMPARE(limitations.count(), 1);
}

void TestMainWindow::theStateColumnShowsAMarkAndWords()
{
    Fixture f;
    QVERIFY(makeWindow(f));
    QVERIFY(selectTenant(f, serverTenantWith("failed").value(QLatin1StringView("id")).toString()));
    QAbstractItemModel *model = f.table()->model();
    QSet<int> seen;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, DidModel::StateColumn);
        const auto state = E911State(index.data(DidModel::E911StateRole).toInt());
        const QString text = E911StateDelegate::cellText(index);
        QCOMPARE(text, QString(E911StateDelegate::mark(state) + QLatin1Char(' ') +
                               DidModel::stateText(state)));
        QVERIFY(!DidModel::stateText(state).isEmpty());
        seen.insert(int(state));
    }
    QVERIFY(seen.contains(int(E911State::Failed)));
    QVERIFY(seen.size() >= 2);
    QVERIFY(
        qobject_cast<E911StateDelegate *>(f.table()->itemDelegateForColumn(DidModel::StateColumn)));
}

void TestMainWindow::copyGivesE164Numbers()
{
    Fixture f;
    QVERIFY(makeWindow(f));
    QTableView *table = f.table();
    table->setFocus();
    table->selectRow(0);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList expected{table->model()->index(0, 0).data(DidModel::E164Role).toString(),
                               table->model()->index(2, 0).data(DidModel::E164Role).toString()};
    QCOMPARE(QGuiApplication::clipboard()->text(), expected.join(QLatin1Char('\n')));
    QVERIFY(expected.first().startsWith(QLatin1Char('+')));
}

void TestMainWindow::ctrlKJumpsToANumberOfAnotherTenant()
{
    Fixture f;
    QVERIFY(makeWindow(f));
    const QString first = f.window->currentTenantId();
    QString otherTenant;
    for (const QJsonValue &value : serverTenants()) {
        const QString id = value.toObject().value(QLatin1StringView("id")).toString();
        if (id != first)
            otherTenant = id;
    }
    const TestReply reply =
        m_backend.get(QStringLiteral("/v1/tenants/%1/dids?limit=5").arg(otherTenant),
                      m_backend.token(QStringLiteral("staff")));
    const QString number = reply.json()
                               .value(QLatin1StringView("items"))
                               .toArray()
                               .at(3)
                               .toObject()
                               .value(QLatin1StringView("number"))
                               .toString();
    QVERIFY(!number.isEmpty());

    QTest::keyClick(f.window.get(), Qt::Key_K, Qt::ControlModifier);
    auto *jump = f.find<QLineEdit>(QStringLiteral("jumpEdit"));
    QTRY_VERIFY(jump->hasFocus());
    QTest::keyClicks(jump, number.mid(2)); // digits without "+1"
    QTest::keyClick(jump, Qt::Key_Return);
    QCOMPARE(f.window->currentTenantId(), otherTenant);
    QCOMPARE(f.window->numberPane()->currentNumber(), number);
    QTRY_COMPARE(
        f.find<QLabel>(QStringLiteral("detailE164"))->text().section(QLatin1Char(' '), 0, 0),
        number);
}

void TestMainWindow::staffCanAskToRegisterTheSelection()
{
    Fixture f;
    QVERIFY(makeWindow(f));
    QVERIFY(!f.window->registerAction()->isEnabled()); // nothing selected yet
    QTableView *table = f.table();
    table->setFocus();
    table->selectRow(1);
    QVERIFY(f.window->registerAction()->isEnabled());
    QVERIFY(f.window->turnOffAction()->isEnabled());
    QSignalSpy registerSpy(f.window.get(), &MainWindow::registerRequested);
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(registerSpy.count(), 1);
    QCOMPARE(registerSpy.first().first().toStringList(),
             QStringList{table->model()->index(1, 0).data(DidModel::E164Role).toString()});
    QSignalSpy turnOffSpy(f.window.get(), &MainWindow::turnOffRequested);
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(turnOffSpy.count(), 1);
    QVERIFY(!f.find<MessageBanner>(QStringLiteral("readOnlyBanner"))->isVisible());
}

void TestMainWindow::anAuditorIsReadOnly()
{
    Fixture f;
    QVERIFY(makeWindow(f, QStringLiteral("auditor")));
    auto *banner = f.find<MessageBanner>(QStringLiteral("readOnlyBanner"));
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->headline(), QStringLiteral("Read-only: you are signed in as an auditor."));
    QVERIFY(
        f.find<QLabel>(QStringLiteral("userLabel"))->text().contains(QStringLiteral("auditor")));

    QTableView *table = f.table();
    QVERIFY(table->model()->rowCount() > 0); // auditors see everything
    table->setFocus();
    table->selectAll();
    QVERIFY(!f.window->selectedNumbers().isEmpty());
    for (QAction *action : {f.window->registerAction(), f.window->turnOffAction(),
                            f.window->moveAction(), f.window->importAction()})
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    QSignalSpy registerSpy(f.window.get(), &MainWindow::registerRequested);
    QSignalSpy turnOffSpy(f.window.get(), &MainWindow::turnOffRequested);
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(registerSpy.count(), 0);
    QCOMPARE(turnOffSpy.count(), 0);
    // No enabled edit control anywhere: the toolbar buttons follow the actions.
    for (const QString &name :
         {QStringLiteral("registerActionButton"), QStringLiteral("turnOffActionButton"),
          QStringLiteral("moveActionButton")}) {
        auto *button = f.window->findChild<QWidget *>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY(!button->isEnabled());
    }
}

void TestMainWindow::aWrongPinShowsTheCertificateErrorInWords()
{
    Fixture f;
    // A well-formed fingerprint of some other certificate.
    makeUnsyncedWindow(f, m_backend.process().baseUrl(),
                       QStringList(32, QStringLiteral("AB")).join(QLatin1Char(':')));
    QSignalSpy settled(f.window.get(), &MainWindow::syncSettled);
    f.session->start();
    auto *banner = f.find<MessageBanner>(QStringLiteral("errorBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QCOMPARE(banner->headline(),
             QStringLiteral("The server's certificate changed since you pinned it."));
    QVERIFY(!banner->advice().isEmpty());
    QTRY_COMPARE(settled.count(), 1);
    QCOMPARE(f.find<QTableView>(QStringLiteral("tenantList"))->model()->rowCount(), 0);
    QVERIFY(f.find<QLabel>(QStringLiteral("numbersEmptyState"))
                ->text()
                .contains(QStringLiteral("Choose a tenant")));
}

void TestMainWindow::anUnreachableBackendShowsTheOfflineBanner()
{
    // A port nothing listens on: take a free one and close it again.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    QUrl url = m_backend.process().baseUrl();
    url.setPort(probe.serverPort());
    probe.close();

    Fixture f;
    makeUnsyncedWindow(f, url, m_backend.process().certificateFingerprint());
    auto *banner = f.find<MessageBanner>(QStringLiteral("offlineBanner"));
    QVERIFY(!banner->isVisible());
    f.session->start();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY2(banner->headline().startsWith(QStringLiteral("Offline — showing data from")),
             qPrintable(banner->headline()));
    QVERIFY(banner->advice().contains(QStringLiteral("outbox")));
    QVERIFY(f.find<QLabel>(QStringLiteral("connectionLabel"))
                ->text()
                .startsWith(QStringLiteral("○ Offline")));
    // Offline is not an error: no error banner on top of it.
    QVERIFY(!f.find<MessageBanner>(QStringLiteral("errorBanner"))->isVisible());
}

void TestMainWindow::columnLayoutAndSplitterSurviveARestart()
{
    QSettings().remove(QStringLiteral("MainWindow"));
    QList<int> sizes;
    {
        Fixture f;
        QVERIFY(makeWindow(f));
        f.table()->setColumnWidth(DidModel::UserColumn, 321);
        auto *splitter = f.find<QSplitter>(QStringLiteral("mainSplitter"));
        splitter->setSizes({200, 700, 400});
        sizes = splitter->sizes();
        f.window->close();
    }
    Fixture f;
    QVERIFY(makeWindow(f));
    QCOMPARE(f.table()->columnWidth(DidModel::UserColumn), 321);
    QCOMPARE(f.find<QSplitter>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    QSettings().remove(QStringLiteral("MainWindow"));
}

// A kiosk has no window manager to pull a window that is wider than the screen back onto it:
// the first window (no saved geometry) takes at most the screen's available size.
void TestMainWindow::aFirstWindowFitsTheScreen()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QSize available = window.screen()->availableGeometry().size();
    QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
             qPrintable(QStringLiteral("%1x%2 on a %3x%4 screen")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(available.width())
                            .arg(available.height())));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
