// The E911 switch end to end on the real main window: a dispatchable-server whose provisioning
// takes half a second and never fails, an AppSession in a temporary folder, the window wired to
// its dialogs exactly as the application does (connectE911Dialogs). Numbers are selected and
// registered by keyboard, and the table follows the server from Pending to Registered, then
// from Turning off back to Basic 911 only.
// With DISPATCHABLE_SCREENSHOT_DIR set, the window is saved there as PNGs.
#include "ConflictBanner.h"
#include "ConflictDialog.h"
#include "E911DisableDialog.h"
#include "E911EnableDialog.h"
#include "E911Wiring.h"
#include "MainWindow.h"
#include "NumberDetailPane.h"
#include "NumberTablePane.h"
#include "TenantListPane.h"
#include "TestBackend.h"
#include "domain/AddressLine.h"
#include "domain/E911Eligibility.h"
#include "domain/FeeQuote.h"
#include "domain/Limitations.h"
#include "models/DidModel.h"
#include "session/AppSession.h"
#include "store/Cache.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"

#include "MainWindowFixture.h"
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <QtTest>

#include <memory>

namespace {
constexpr int syncTimeoutMs = 60000;
// Provisioning takes 500 ms on the server; a sync round trip and the sender's follow-up on top.
constexpr int provisionTimeoutMs = 30000;

using Fixture = MainWindowFixture;

void saveScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

// Closes a modal dialog a failed check left open, so the test fails instead of hanging.
void rejectOpenDialog()
{
    if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
        dialog->reject();
}

// The longest common start of two strings.
QString commonPrefix(const QString &a, const QString &b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return a.left(n);
}
} // namespace

class TestMainWindowE911 : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void tenantHeaderShowsTheAcknowledgement();
    void registerTwoNumbersThenTurnOneOff();
    void retryReRegistersAFailedNumberAtItsAddress();
    void aConflictShowsABannerAndMineVersusTheirs();

private:
    bool makeWindow(Fixture &f);
    // The state words the table shows for `e164` (empty when the row is not shown).
    static QString stateOf(Fixture &f, const QString &e164);
    // Ctrl-clicks the rows of `numbers` after a plain click on the first.
    static bool selectRows(Fixture &f, const QStringList &numbers);
    // The first tenant and its numbers matching `where` (SQL on the cache's dids), at least `n`.
    static QPair<QString, QStringList> tenantWith(Fixture &f, const QString &where, int n);
    // Presses F5 every second until `e164` shows `state` or the time is up.
    static bool waitForState(Fixture &f, const QString &e164, const QString &state);

    TestBackend m_backend;
};

void TestMainWindowE911::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_backend.start({QStringLiteral("--demo"), QStringLiteral("--tenants"),
                              QStringLiteral("4"), QStringLiteral("--dids"), QStringLiteral("400"),
                              QStringLiteral("--provision-delay-ms"), QStringLiteral("500"),
                              QStringLiteral("--provision-failure-rate"), QStringLiteral("0")}),
             qPrintable(m_backend.process().diagnostics()));
}

void TestMainWindowE911::init()
{
    QSettings().remove(QStringLiteral("MainWindow"));
}

bool TestMainWindowE911::makeWindow(Fixture &f)
{
    return f.open(m_backend, QStringLiteral("staff"), Fixture::Dialogs::Wired) &&
           f.session->canWrite() && QTest::qWaitForWindowActive(f.window.get());
}

QString TestMainWindowE911::stateOf(Fixture &f, const QString &e164)
{
    DidModel *model = f.session->didModel();
    const int row = model->rowOf(e164);
    if (row < 0)
        return {};
    return model->index(row, DidModel::StateColumn).data().toString();
}

bool TestMainWindowE911::selectRows(Fixture &f, const QStringList &numbers)
{
    QTableView *view = f.table();
    view->setFocus();
    for (int i = 0; i < numbers.size(); ++i) {
        const int row = f.session->didModel()->rowOf(numbers.at(i));
        if (row < 0)
            return false;
        const QModelIndex index = view->model()->index(row, DidModel::NumberColumn);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton,
                          i == 0 ? Qt::NoModifier : Qt::ControlModifier,
                          view->visualRect(index).center());
    }
    return f.window->selectedNumbers() == numbers;
}

bool TestMainWindowE911::waitForState(Fixture &f, const QString &e164, const QString &state)
{
    QElapsedTimer timer;
    timer.start();
    while (stateOf(f, e164) != state && timer.elapsed() < provisionTimeoutMs) {
        QTest::keyClick(f.window.get(), Qt::Key_F5);
        QTest::qWait(1000);
    }
    return stateOf(f, e164) == state;
}

QPair<QString, QStringList> TestMainWindowE911::tenantWith(Fixture &f, const QString &where, int n)
{
    Cache *cache = f.session->cache();
    for (const Tenant &t : cache->tenants()) {
        QSqlQuery q(cache->database());
        q.prepare(QStringLiteral("SELECT number FROM dids WHERE tenant_id = ? AND %1"
                                 " ORDER BY number LIMIT %2")
                      .arg(where)
                      .arg(n));
        q.addBindValue(t.id);
        QStringList found;
        if (q.exec())
            while (q.next())
                found << q.value(0).toString();
        if (found.size() == n)
            return {t.id, found};
    }
    return {};
}

void TestMainWindowE911::registerTwoNumbersThenTurnOneOff()
{
    Fixture f;
    QVERIFY(makeWindow(f));
    Cache *cache = f.session->cache();

    // A tenant with at least two US numbers on basic 911 that can be registered.
    const auto [tenantId, chosen] =
        tenantWith(f, QStringLiteral("country = 'US' AND toll_free = 0 AND e911_state = 0"), 2);
    QVERIFY2(!tenantId.isEmpty(), "no tenant has two basic US numbers");
    QVERIFY(f.window->tenantPane()->selectTenant(tenantId));
    QCOMPARE(f.window->currentTenantId(), tenantId);

    // Typing narrows the table to numbers sharing the two's leading digits.
    const QString prefix = commonPrefix(chosen.at(0), chosen.at(1)).mid(1); // without "+"
    QVERIFY(prefix.size() >= 1);
    auto *filter = f.find<QLineEdit>(QStringLiteral("numberFilter"));
    QVERIFY(filter);
    filter->setFocus();
    QTest::keyClicks(filter, prefix);
    DidModel *model = f.session->didModel();
    QTRY_VERIFY(model->rowOf(chosen.at(0)) >= 0 && model->rowOf(chosen.at(1)) >= 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->numberAt(row).contains(prefix));
    QVERIFY(selectRows(f, chosen));
    QCOMPARE(stateOf(f, chosen.at(0)), QStringLiteral("Basic 911 only"));

    // Ctrl+E opens the enable dialog; it is answered by keyboard once it is up.
    const PriceList prices = *cache->priceList();
    const QString perNumber = formatMoney(prices.e911MonthlyFee);
    const QString total = formatMoney({prices.e911MonthlyFee.amountMinor * 2, prices.currency});
    bool answered = false;
    QString statement;
    QTimer::singleShot(0, this, [&] {
        const auto closeOnFailure = qScopeGuard(rejectOpenDialog);
        QTRY_VERIFY(qobject_cast<E911EnableDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<E911EnableDialog *>(QApplication::activeModalWidget());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        if (dialog->currentPage() == E911EnableDialog::AcknowledgePage) {
            auto *check = dialog->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheck"));
            QTRY_COMPARE(QApplication::focusWidget(), check);
            QTest::keyClick(check, Qt::Key_Space);
            QTest::keyClick(check, Qt::Key_Tab);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        }
        QCOMPARE(dialog->currentPage(), E911EnableDialog::AddressPage);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("addressSearch"));
        // Enter in the search goes to the first usable address, Enter there goes on.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog->currentPage(), E911EnableDialog::ConfirmPage);
        statement = dialog->statement();
        saveScreenshot(dialog, QStringLiteral("main-window-e911-confirm.png"));
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        for (int i = 0; i < 8 && QApplication::focusWidget() != confirm; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), confirm);
        QTest::keyClick(confirm, Qt::Key_Space);
        answered = true;
    });
    // Every state the table shows for the two, as the syncs change them.
    QHash<QString, QStringList> seen;
    const auto record = [&] {
        for (const QString &number : chosen) {
            const QString state = stateOf(f, number);
            if (seen.value(number).value(seen.value(number).size() - 1) != state)
                seen[number].append(state);
        }
    };
    connect(model, &DidModel::modelReset, this, record);
    connect(model, &DidModel::layoutChanged, this, record);
    connect(model, &DidModel::dataChanged, this, record);
    QTest::keyClick(f.table(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(answered);
    QVERIFY2(statement.startsWith(QStringLiteral("Register 2 numbers at ")), qPrintable(statement));
    QVERIFY2(statement.contains(QStringLiteral("%1 per number per month").arg(perNumber)),
             qPrintable(statement));
    QVERIFY2(statement.endsWith(QStringLiteral("%1 a month.").arg(total)), qPrintable(statement));

    // The server took them: Pending first, Registered once the provider answered.
    QTRY_VERIFY_WITH_TIMEOUT(seen.value(chosen.at(0)).contains(QStringLiteral("Pending")) &&
                                 seen.value(chosen.at(1)).contains(QStringLiteral("Pending")),
                             provisionTimeoutMs);
    saveScreenshot(f.window.get(), QStringLiteral("main-window-e911-pending.png"));
    QVERIFY(waitForState(f, chosen.at(0), QStringLiteral("Registered")));
    QVERIFY(waitForState(f, chosen.at(1), QStringLiteral("Registered")));
    for (const QString &number : chosen) {
        QStringList states = seen.value(number);
        states.removeAll(QStringLiteral("Basic 911 only")); // before its own PUT went out
        QCOMPARE(states, QStringList({QStringLiteral("Pending"), QStringLiteral("Registered")}));
    }
    disconnect(model, nullptr, this, nullptr);
    QCOMPARE(cache->did(tenantId, chosen.at(0))->e911.state, E911State::Registered);
    saveScreenshot(f.window.get(), QStringLiteral("main-window-e911-registered.png"));

    // Ctrl+Shift+E on one of them: a reason, then Turn off.
    QVERIFY(selectRows(f, {chosen.at(1)}));
    QVERIFY(f.window->turnOffAction()->isEnabled());
    // Back from the dialog, the window takes the keyboard again.
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    bool turnedOff = false;
    QTimer::singleShot(0, this, [&] {
        const auto closeOnFailure = qScopeGuard(rejectOpenDialog);
        QTRY_VERIFY(qobject_cast<E911DisableDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<E911DisableDialog *>(QApplication::activeModalWidget());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("disableReason"));
        QTRY_COMPARE(QApplication::focusWidget(), reason);
        QTest::keyClicks(reason, QStringLiteral("desk removed"));
        auto *turnOff = dialog->findChild<QPushButton *>(QStringLiteral("disableButton"));
        for (int i = 0; i < 4 && QApplication::focusWidget() != turnOff; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), turnOff);
        QTest::keyClick(turnOff, Qt::Key_Space);
        turnedOff = true;
    });
    QTest::keyClick(f.table(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(turnedOff);
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(f, chosen.at(1)) == QStringLiteral("Turning off") ||
                                 stateOf(f, chosen.at(1)) == QStringLiteral("Basic 911 only"),
                             provisionTimeoutMs);
    QVERIFY(waitForState(f, chosen.at(1), QStringLiteral("Basic 911 only")));
    // The other stays registered.
    QCOMPARE(stateOf(f, chosen.at(0)), QStringLiteral("Registered"));
}

void TestMainWindowE911::tenantHeaderShowsTheAcknowledgement()
{
    Fixture f;
    QVERIFY(makeWindow(f));
    Cache *cache = f.session->cache();
    // A tenant that never acknowledged, with a number to register.
    QString tenantId;
    QString number;
    for (const Tenant &t : cache->tenants()) {
        if (!cache->acknowledgements(t.id).isEmpty())
            continue;
        QSqlQuery q(cache->database());
        q.prepare(QStringLiteral("SELECT number FROM dids WHERE tenant_id = ? AND country = 'US'"
                                 " AND toll_free = 0 AND e911_state = 0 LIMIT 1"));
        q.addBindValue(t.id);
        if (q.exec() && q.next()) {
            tenantId = t.id;
            number = q.value(0).toString();
            break;
        }
    }
    QVERIFY2(!tenantId.isEmpty(), "every demo tenant has acknowledged already");
    QVERIFY(f.window->tenantPane()->selectTenant(tenantId));
    auto *ack = f.find<QLabel>(QStringLiteral("tenantAcknowledgement"));
    QVERIFY(ack);
    QTRY_VERIFY(ack->isVisible());
    QCOMPARE(ack->text(), QStringLiteral("✖ Limitations not acknowledged"));
    saveScreenshot(f.window.get(), QStringLiteral("main-window-not-acknowledged.png"));

    // Ctrl+E asks for the acknowledgement first; acknowledging sends it even if the
    // registration is then cancelled.
    QVERIFY(selectRows(f, {number}));
    bool acknowledged = false;
    QTimer::singleShot(0, this, [&] {
        const auto closeOnFailure = qScopeGuard(rejectOpenDialog);
        QTRY_VERIFY(qobject_cast<E911EnableDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<E911EnableDialog *>(QApplication::activeModalWidget());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QCOMPARE(dialog->currentPage(), E911EnableDialog::AcknowledgePage);
        auto *check = dialog->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheck"));
        QTRY_COMPARE(QApplication::focusWidget(), check);
        QTest::keyClick(check, Qt::Key_Space);
        QTest::keyClick(check, Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(dialog->currentPage(), E911EnableDialog::AddressPage);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        acknowledged = true;
    });
    QTest::keyClick(f.table(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(acknowledged);
    // Once the server recorded it and a sync brought it back: who, when, which version.
    QTRY_VERIFY_WITH_TIMEOUT(
        ack->text().startsWith(QStringLiteral("✓ Limitations acknowledged by ")),
        provisionTimeoutMs);
    QVERIFY2(ack->text().contains(f.session->userEmail()), qPrintable(ack->text()));
    QVERIFY(ack->text().endsWith(
        QStringLiteral("(version %1)").arg(QString(limitations::currentVersion))));
    const QList<DisclosureAcknowledgement> acks = cache->acknowledgements(tenantId);
    QCOMPARE(acks.size(), 1);
    QVERIFY(ack->text().contains(
        QLocale().toString(acks.first().acknowledgedAt.toLocalTime(), QLocale::ShortFormat)));
    saveScreenshot(f.window.get(), QStringLiteral("main-window-acknowledged.png"));
}

void TestMainWindowE911::retryReRegistersAFailedNumberAtItsAddress()
{
    Fixture f;
    QVERIFY(makeWindow(f));
    Cache *cache = f.session->cache();
    const auto [tenantId, found] =
        tenantWith(f, QStringLiteral("e911_state = 3 AND address_id IS NOT NULL"), 1);
    QVERIFY2(!tenantId.isEmpty(), "the demo has no failed number with an address");
    const QString number = found.first();
    const Did before = *cache->did(tenantId, number);
    QCOMPARE(before.e911.state, E911State::Failed);
    QVERIFY(f.window->tenantPane()->selectTenant(tenantId));
    QTRY_VERIFY(f.session->didModel()->rowOf(number) >= 0);
    QVERIFY(selectRows(f, {number}));
    QCOMPARE(f.window->detailPane()->number(), number);

    auto *provider = f.find<QLabel>(QStringLiteral("providerFact"));
    auto *retry = f.find<QPushButton>(QStringLiteral("retryButton"));
    QVERIFY(provider && retry);
    QVERIFY(provider->text().contains(QStringLiteral("✖ Refused by the 911 provider")));
    QVERIFY(!before.e911.reason.isEmpty());
    QVERIFY(provider->text().contains(before.e911.reason));
    QTRY_VERIFY(retry->isVisible());
    QVERIFY(retry->isEnabled());
    saveScreenshot(f.window.get(), QStringLiteral("main-window-failed-retry.png"));

    const qsizetype entriesBefore = f.session->outbox()->entries().size();
    retry->setFocus();
    QTest::keyClick(retry, Qt::Key_Space);
    const QList<OutboxEntry> entries = f.session->outbox()->entries();
    QCOMPARE(entries.size(), entriesBefore + 1);
    const OutboxEntry &queued = entries.last();
    QCOMPARE(queued.kind, OutboxKind::E911Enable);
    QCOMPARE(queued.tenantId, tenantId);
    QCOMPARE(queued.target, number);
    QCOMPARE(queued.ifMatch, before.etag.toUtf8());
    QCOMPARE(queued.mineJson().value(QStringLiteral("addressId")).toString(),
             before.e911.addressId);
    QCOMPARE(queued.mineJson().value(QStringLiteral("enabled")).toBool(), true);

    // The server takes it again; the provider accepts it this time.
    QVERIFY(waitForState(f, number, QStringLiteral("Registered")));
    QCOMPARE(cache->did(tenantId, number)->e911.addressId, before.e911.addressId);
    QTRY_VERIFY(!retry->isVisible());
    QVERIFY(!provider->text().contains(QStringLiteral("Refused")));
}

void TestMainWindowE911::aConflictShowsABannerAndMineVersusTheirs()
{
    Fixture f;
    QVERIFY(makeWindow(f));
    Cache *cache = f.session->cache();
    // Two basic numbers of a tenant with two usable addresses: someone else registers them at
    // the first, this window (with the older ETag) at the second.
    QString tenantId;
    QStringList chosen;
    QStringList usable;
    for (const Tenant &t : cache->tenants()) {
        usable.clear();
        for (const EmergencyAddress &a : cache->addresses(t.id))
            if (e911AddressEligibilityOf(a) == AddressEligibility::Eligible)
                usable << a.id;
        QSqlQuery q(cache->database());
        q.prepare(QStringLiteral("SELECT number FROM dids WHERE tenant_id = ? AND country = 'US'"
                                 " AND toll_free = 0 AND e911_state = 0 ORDER BY number DESC"
                                 " LIMIT 2"));
        q.addBindValue(t.id);
        chosen.clear();
        if (q.exec())
            while (q.next())
                chosen << q.value(0).toString();
        if (usable.size() >= 2 && chosen.size() == 2) {
            tenantId = t.id;
            break;
        }
    }
    QVERIFY2(!tenantId.isEmpty(), "no tenant with two usable addresses and two basic numbers");
    auto *banner = f.find<ConflictBanner>(QStringLiteral("conflictBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());

    const QString staff = m_backend.token(QStringLiteral("staff"));
    QList<QByteArray> staleEtags;
    for (const QString &number : chosen) {
        const QByteArray etag = cache->did(tenantId, number)->etag.toUtf8();
        staleEtags << etag;
        const QString path = QStringLiteral("/v1/tenants/%1/dids/%2").arg(tenantId, number);
        const TestReply reply = m_backend.sendJson(
            "PUT", QString(path + QStringLiteral("/e911")), staff,
            QJsonObject{{QStringLiteral("enabled"), true},
                        {QStringLiteral("addressId"), usable.at(0)}},
            {{"If-Match", etag},
             {"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
        QVERIFY2(reply.status == 202, reply.body.constData());
        // Their change settles first, so their version does not move under the decision.
        QTRY_COMPARE_WITH_TIMEOUT(m_backend.get(path, staff)
                                      .json()
                                      .value(QStringLiteral("e911"))
                                      .toObject()
                                      .value(QStringLiteral("state"))
                                      .toString(),
                                  QStringLiteral("registered"), provisionTimeoutMs);
    }
    // Mine, from the older reading: the server answers 412 and keeps nothing of it.
    QList<qint64> ids;
    for (int i = 0; i < 2; ++i)
        ids << *f.session->outbox()->enqueue(
            outbox::e911Enable(tenantId, chosen.at(i), staleEtags.at(i), usable.at(1)));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), provisionTimeoutMs);
    QTRY_COMPARE(f.session->outbox()->entry(ids.at(1))->state, OutboxState::Conflict);
    QVERIFY2(
        banner->headline().startsWith(QStringLiteral("⚠ Changed by someone else: %1 and 1 more")
                                          .arg(Did::formatNational(chosen.at(0)))),
        qPrintable(banner->headline()));
    QCOMPARE(banner->currentEntry(), ids.at(0));
    // The rows say it too, where the numbers are.
    QVERIFY(f.window->tenantPane()->selectTenant(tenantId));
    for (const QString &number : chosen) {
        const int row = f.session->didModel()->rowOf(number);
        QVERIFY(row >= 0);
        const QModelIndex state = f.session->didModel()->index(row, DidModel::StateColumn);
        QVERIFY(state.data(DidModel::ConflictRole).toBool());
        QVERIFY2(state.data().toString().startsWith(QStringLiteral("⚠ Conflict · ")),
                 qPrintable(state.data().toString()));
    }
    f.table()->setCurrentIndex(f.table()->model()->index(f.session->didModel()->rowOf(chosen.at(0)),
                                                         DidModel::NumberColumn));
    f.table()->scrollTo(f.table()->currentIndex(), QAbstractItemView::PositionAtCenter);
    saveScreenshot(f.window.get(), QStringLiteral("main-window-conflict-banner.png"));

    const QString theirAddress = emergencyAddressLine(*cache->address(usable.at(0)));
    const QString myAddress = emergencyAddressLine(*cache->address(usable.at(1)));
    // The comparison: mine on the left, theirs on the right, in words.
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        const auto closeOnFailure = qScopeGuard(rejectOpenDialog);
        QTRY_VERIFY(qobject_cast<ConflictDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("mineView"))->toPlainText(),
                 QStringLiteral("Register With 911 at:\n%1").arg(myAddress));
        const QString theirs =
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("theirsView"))->toPlainText();
        QCOMPARE(theirs, QStringLiteral("Registered\nEmergency address:\n%1").arg(theirAddress));
        saveScreenshot(dialog, QStringLiteral("conflict-dialog.png"));
        // Enter decides nothing.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        auto *keepMine = dialog->findChild<QPushButton *>(QStringLiteral("keepMineButton"));
        for (int i = 0; i < 6 && QApplication::focusWidget() != keepMine; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), keepMine);
        QTest::keyClick(keepMine, Qt::Key_Space);
        checked = true;
    });
    auto *review = f.find<QPushButton>(QStringLiteral("reviewConflictButton"));
    review->setFocus();
    QTest::keyClick(review, Qt::Key_Space);
    QVERIFY(checked);
    // Keep mine: sent again on top of theirs, the number ends at my address.
    const QString firstPath = QStringLiteral("/v1/tenants/%1/dids/%2").arg(tenantId, chosen.at(0));
    QTRY_COMPARE_WITH_TIMEOUT(m_backend.get(firstPath, staff)
                                  .json()
                                  .value(QStringLiteral("e911"))
                                  .toObject()
                                  .value(QStringLiteral("addressId"))
                                  .toString(),
                              usable.at(1), provisionTimeoutMs);
    QTRY_COMPARE(banner->currentEntry(), ids.at(1));
    QVERIFY2(banner->headline().startsWith(QStringLiteral("⚠ Changed by someone else: %1.")
                                               .arg(Did::formatNational(chosen.at(1)))),
             qPrintable(banner->headline()));
    // The decided number loses its mark; the other keeps it.
    auto conflictMark = [&f](const QString &number) {
        const int row = f.session->didModel()->rowOf(number);
        return row >= 0 && f.session->didModel()
                               ->index(row, DidModel::StateColumn)
                               .data(DidModel::ConflictRole)
                               .toBool();
    };
    QVERIFY(!conflictMark(chosen.at(0)));
    QVERIFY(conflictMark(chosen.at(1)));

    // Keep theirs: mine is dropped, the banner goes, their address stays.
    bool dropped = false;
    QTimer::singleShot(0, this, [&] {
        const auto closeOnFailure = qScopeGuard(rejectOpenDialog);
        QTRY_VERIFY(qobject_cast<ConflictDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        auto *keepTheirs = dialog->findChild<QPushButton *>(QStringLiteral("keepTheirsButton"));
        for (int i = 0; i < 6 && QApplication::focusWidget() != keepTheirs; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), keepTheirs);
        QTest::keyClick(keepTheirs, Qt::Key_Space);
        dropped = true;
    });
    review->setFocus();
    QTest::keyClick(review, Qt::Key_Space);
    QVERIFY(dropped);
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(!f.session->outbox()->entry(ids.at(1)).has_value()); // dropped, not sent
    QTest::qWait(1500); // nothing of mine may reach the server afterwards
    const QJsonObject second =
        m_backend.get(QStringLiteral("/v1/tenants/%1/dids/%2").arg(tenantId, chosen.at(1)), staff)
            .json();
    QCOMPARE(second.value(QStringLiteral("e911"))
                 .toObject()
                 .value(QStringLiteral("addressId"))
                 .toString(),
             usable.at(0));
}

QTEST_MAIN(TestMainWindowE911)
#include "tst_main_window_e911.moc"
