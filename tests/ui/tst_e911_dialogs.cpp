// The deliberate E911 changes, driven by keyboard on the real dialogs over a cache filled by a
// real sync from dispatchable-server: the limitations are acknowledged first, only validated US
// addresses can be chosen, the confirmation states the fee and the monthly total and Enter does
// not spend, non-US and toll-free numbers are listed with reasons, confirming queues exactly the
// expected outbox entries, turning off needs a reason, and the result CSV round-trips.
// With DISPATCHABLE_SCREENSHOT_DIR set, the dialogs are saved there as PNGs.
#include "AddressPicker.h"
#include "BulkProgressDialog.h"
#include "BulkResultDialog.h"
#include "DialogAnswerHook.h"
#include "E911Actions.h"
#include "E911DisableDialog.h"
#include "E911EnableDialog.h"
#include "LimitationsDialog.h"
#include "TestBackend.h"
#include "api/HttpClient.h"
#include "domain/AddressLine.h"
#include "domain/E911Eligibility.h"
#include "domain/FeeQuote.h"
#include "domain/Limitations.h"
#include "store/Cache.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"
#include "sync/SyncEngine.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

#include <memory>

namespace {
const QString ackId = QStringLiteral("test-ack");
// Numbers outside the US and its territories, by libphonenumber region as the cache stores it.
const QString nonUs = QStringLiteral("country NOT IN ('US', 'PR', 'VI', 'GU', 'AS', 'MP')");

void saveScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1StringView(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}
} // namespace

class TestE911Dialogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void enablingWithoutAcknowledgementFirstAsksForIt();
    void addressListOffersOnlyValidatedUsAddresses();
    void confirmationStatesTheFeeListsRefusedNumbersAndEnterDoesNotConfirm();
    void confirmingQueuesOnePutPerNumberWithItsEtag();
    void confirmingManyNumbersQueuesBulkBatches();
    void disablingWithoutAReasonIsImpossible();
    void resultCsvExportRoundTrips();
    void bulkTurnOffThroughActionsEndsWithTheResultList();
    void limitationsPageShowsTheAcknowledgement();

private:
    QStringList numbers(const QString &where, int limit);
    void setAcknowledged(bool acknowledged, const QString &version = limitations::currentVersion);
    // Opens the enable dialog and walks it to the confirmation at the first eligible address.
    std::unique_ptr<E911EnableDialog> confirmationFor(const QStringList &selection);
    QList<OutboxEntry> entriesFromDisk() const;
    QString firstUsableAddress();

    TestBackend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<Cache> m_cache;
    QString m_tenant;
    std::unique_ptr<QTemporaryDir> m_outboxDir;
    std::unique_ptr<Outbox> m_outbox;
};

void TestE911Dialogs::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_backend.start({QStringLiteral("--demo"), QStringLiteral("--tenants"),
                             QStringLiteral("4"), QStringLiteral("--dids"), QStringLiteral("1200"),
                             QStringLiteral("--provision-delay-ms"), QStringLiteral("200")}));
    const QString path = m_dir.filePath(QStringLiteral("profile.sqlite"));
    HttpClient http;
    http.setBaseUrl(m_backend.process().baseUrl());
    http.setPinnedFingerprint(m_backend.process().certificateFingerprint());
    http.setBearerToken(m_backend.token(QStringLiteral("staff")));
    SyncEngine engine(&http, path);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    QSignalSpy failed(&engine, &SyncEngine::failed);
    engine.sync();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 120000);
    QVERIFY(failed.isEmpty());

    m_cache = std::make_unique<Cache>(path);
    QVERIFY2(m_cache->open(), qPrintable(m_cache->lastError()));
    QVERIFY(m_cache->priceList().has_value());
    // The tenant whose data include the cases to test: non-US and toll-free numbers, and an
    // address that cannot be used (the demo's Toronto office).
    for (const Tenant &t : m_cache->tenants()) {
        m_tenant = t.id;
        const QList<EmergencyAddress> addresses = m_cache->addresses(t.id);
        const bool unusableAddress =
            std::any_of(addresses.cbegin(), addresses.cend(), [](const EmergencyAddress &a) {
                return e911AddressEligibilityOf(a) != AddressEligibility::Eligible;
            });
        if (unusableAddress && !numbers(nonUs, 1).isEmpty() &&
            !numbers(QStringLiteral("toll_free = 1"), 1).isEmpty())
            break;
        m_tenant.clear();
    }
    QVERIFY2(!m_tenant.isEmpty(), "the demo data has no tenant with non-US and toll-free numbers");
}

void TestE911Dialogs::init()
{
    // A fresh outbox per test: what a test queued is all there is to check.
    m_outboxDir = std::make_unique<QTemporaryDir>();
    m_outbox = std::make_unique<Outbox>();
    QString error;
    QVERIFY2(m_outbox->open(m_outboxDir->filePath(QStringLiteral("outbox.sqlite")), &error),
             qPrintable(error));
    setAcknowledged(true);
}

void TestE911Dialogs::cleanup()
{
    m_outbox.reset();
    m_outboxDir.reset();
}

QStringList TestE911Dialogs::numbers(const QString &where, int limit)
{
    QSqlQuery q(m_cache->database());
    q.prepare(QStringLiteral("SELECT number FROM dids WHERE tenant_id = ? AND %1"
                             " ORDER BY number LIMIT %2")
                  .arg(where)
                  .arg(limit));
    q.addBindValue(m_tenant);
    QStringList out;
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

void TestE911Dialogs::setAcknowledged(bool acknowledged, const QString &version)
{
    QVERIFY(m_cache->begin());
    if (acknowledged)
        QVERIFY(m_cache->upsertAcknowledgement(
            {ackId, m_tenant, version, QStringLiteral("u-1"), QStringLiteral("ada@contoso.test"),
             QDateTime(QDate(2026, 11, 3), QTime(10, 42), Qt::UTC)},
            1));
    else
        QVERIFY(m_cache->deleteAcknowledgement(ackId));
    QVERIFY(m_cache->commit());
}

QList<OutboxEntry> TestE911Dialogs::entriesFromDisk() const
{
    // A second connection, as another process would see the committed rows.
    Outbox reader;
    QString error;
    if (!reader.open(m_outbox->path(), &error, Outbox::Mode::ReadOnly))
        qWarning("%s", qPrintable(error));
    return reader.entries();
}

QString TestE911Dialogs::firstUsableAddress()
{
    for (const EmergencyAddress &a : m_cache->addresses(m_tenant))
        if (e911AddressEligibilityOf(a) == AddressEligibility::Eligible)
            return a.id;
    return {};
}

std::unique_ptr<E911EnableDialog> TestE911Dialogs::confirmationFor(const QStringList &selection)
{
    auto dialog = std::make_unique<E911EnableDialog>(*m_cache, *m_outbox, m_tenant,
                                                     QStringLiteral("Test tenant"), selection);
    dialog->show();
    if (!QTest::qWaitForWindowActive(dialog.get()) ||
        dialog->currentPage() != E911EnableDialog::AddressPage)
        return nullptr;
    // Enter in the search field moves to the first eligible address, Enter there goes on.
    auto *search = child<QLineEdit>(dialog.get(), "addressSearch");
    if (QApplication::focusWidget() != search)
        return nullptr;
    QTest::keyClick(search, Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    if (dialog->currentPage() != E911EnableDialog::ConfirmPage)
        return nullptr;
    return dialog;
}

void TestE911Dialogs::enablingWithoutAcknowledgementFirstAsksForIt()
{
    setAcknowledged(false);
    QVERIFY(E911EnableDialog::needsAcknowledgement(*m_cache, *m_outbox, m_tenant));
    E911EnableDialog dialog(*m_cache, *m_outbox, m_tenant, QStringLiteral("Test tenant"),
                            numbers(QStringLiteral("country = 'US' AND toll_free = 0"), 2));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(dialog.currentPage(), E911EnableDialog::AcknowledgePage);
    auto *check = child<QCheckBox>(&dialog, "acknowledgeCheck");
    auto *ack = child<QPushButton>(&dialog, "acknowledgeButton");
    QCOMPARE(QApplication::focusWidget(), check);
    QVERIFY(!ack->isEnabled());
    saveScreenshot(&dialog, QStringLiteral("e911-acknowledge.png"));
    // Enter neither acknowledges nor moves on.
    QTest::keyClick(check, Qt::Key_Return);
    QCOMPARE(dialog.currentPage(), E911EnableDialog::AcknowledgePage);
    QTest::keyClick(check, Qt::Key_Space);
    QVERIFY(ack->isEnabled());
    QTest::keyClick(check, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), ack);
    QTest::keyClick(ack, Qt::Key_Space);
    QCOMPARE(dialog.currentPage(), E911EnableDialog::AddressPage);

    const QList<OutboxEntry> entries = entriesFromDisk();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().kind, OutboxKind::Acknowledgement);
    QCOMPARE(entries.first().tenantId, m_tenant);
    QCOMPARE(entries.first().target, QString(limitations::currentVersion));
    // Queued, it counts: the next dialog does not ask again.
    QVERIFY(!E911EnableDialog::needsAcknowledgement(*m_cache, *m_outbox, m_tenant));
    // An older version in the cache does not count.
    setAcknowledged(true, QStringLiteral("2025-01-01"));
    Outbox empty;
    QTemporaryDir other;
    QString error;
    QVERIFY(empty.open(other.filePath(QStringLiteral("o.sqlite")), &error));
    QVERIFY(E911EnableDialog::needsAcknowledgement(*m_cache, empty, m_tenant));
}

void TestE911Dialogs::addressListOffersOnlyValidatedUsAddresses()
{
    E911EnableDialog dialog(*m_cache, *m_outbox, m_tenant, QStringLiteral("Test tenant"),
                            numbers(QStringLiteral("country = 'US'"), 1));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(dialog.currentPage(), E911EnableDialog::AddressPage);
    auto *list = child<QListWidget>(&dialog, "addressList");
    const QList<EmergencyAddress> addresses = m_cache->addresses(m_tenant);
    QCOMPARE(list->count(), addresses.size());
    int eligible = 0;
    const EmergencyAddress *unusable = nullptr;
    for (const EmergencyAddress &a : addresses) {
        const bool usValid = a.validationStatus == AddressValidationStatus::Valid && a.normalized &&
                             a.normalized->country == QLatin1StringView("US");
        eligible += usValid;
        const auto items = list->findItems(emergencyAddressLine(a), Qt::MatchContains);
        QVERIFY2(!items.isEmpty(), qPrintable(emergencyAddressLine(a)));
        QCOMPARE(bool(items.first()->flags() & Qt::ItemIsEnabled), usValid);
        QCOMPARE(bool(items.first()->flags() & Qt::ItemIsSelectable), usValid);
        // The usage count is shown: how many numbers already point there.
        QVERIFY(items.first()->text().contains(
            a.usageDids == 1 ? QStringLiteral("1 number")
                             : QStringLiteral("%1 numbers").arg(a.usageDids)));
        if (!usValid) {
            QVERIFY(items.first()->text().contains(e911AddressEligibilityReason(a)));
            unusable = &a;
        }
    }
    QVERIFY(eligible > 0);
    QVERIFY2(unusable, "the tenant has an address that must be refused");
    saveScreenshot(&dialog, QStringLiteral("e911-address-picker.png"));

    // Searching for the unusable address finds it and offers nothing to choose.
    const CivicAddress &civic = unusable->normalized ? *unusable->normalized : unusable->civic;
    QTest::keyClicks(QApplication::focusWidget(), civic.postalCommunity.toLower());
    QList<QListWidgetItem *> visible;
    for (int i = 0; i < list->count(); ++i)
        if (!list->item(i)->isHidden())
            visible << list->item(i);
    QCOMPARE(visible.size(), 1);
    QVERIFY(!(visible.first()->flags() & Qt::ItemIsEnabled));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.currentPage(), E911EnableDialog::AddressPage);
    QVERIFY(!child<QPushButton>(&dialog, "addressNextButton")->isEnabled());
    QTest::keyClick(list, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QVERIFY(entriesFromDisk().isEmpty());
}

void TestE911Dialogs::confirmationStatesTheFeeListsRefusedNumbersAndEnterDoesNotConfirm()
{
    const QStringList us = numbers(QStringLiteral("country = 'US' AND toll_free = 0"
                                                  " AND e911_state = 0"),
                                   3);
    const QStringList outside = numbers(nonUs, 1);
    const QStringList tollFree = numbers(QStringLiteral("toll_free = 1"), 1);
    QCOMPARE(us.size(), 3);
    auto dialog = confirmationFor(us + outside + tollFree);
    QVERIFY(dialog);

    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const PriceList prices = *m_cache->priceList();
    const QList<EmergencyAddress> addresses = m_cache->addresses(m_tenant);
    const auto first = std::find_if(addresses.cbegin(), addresses.cend(), [](const auto &a) {
        return e911AddressEligibilityOf(a) == AddressEligibility::Eligible;
    });
    QVERIFY(first != addresses.cend());
    const QString expected =
        QStringLiteral("Register 3 numbers at %1. %2 per number per month: %3 a month.")
            .arg(emergencyAddressLine(*first), formatMoney(prices.e911MonthlyFee, en),
                 formatMoney({prices.e911MonthlyFee.amountMinor * 3, prices.currency}, en));
    QCOMPARE(dialog->statement(), expected);
    QVERIFY(dialog->statement().contains(QStringLiteral("$")));

    auto *refused = child<QListWidget>(dialog.get(), "refusedList");
    QCOMPARE(refused->count(), 2);
    QVERIFY(refused->item(0)->text().contains(Did::formatNational(outside.first())));
    QVERIFY(refused->item(0)->text().contains(QStringLiteral("Outside the US")));
    QVERIFY(refused->item(1)->text().contains(Did::formatNational(tollFree.first())));
    QVERIFY(refused->item(1)->text().contains(QStringLiteral("toll-free")));
    saveScreenshot(dialog.get(), QStringLiteral("e911-enable-confirmation.png"));

    auto *confirm = child<QPushButton>(dialog.get(), "confirmButton");
    QVERIFY(confirm->isEnabled());
    QVERIFY(!confirm->isDefault());
    QVERIFY(QApplication::focusWidget() != confirm);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter);
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->currentPage(), E911EnableDialog::ConfirmPage);
    QVERIFY(entriesFromDisk().isEmpty());
}

void TestE911Dialogs::confirmingQueuesOnePutPerNumberWithItsEtag()
{
    const QStringList us = numbers(QStringLiteral("country = 'US' AND toll_free = 0"
                                                  " AND e911_state = 0"),
                                   3);
    const QStringList outside = numbers(nonUs, 1);
    auto dialog = confirmationFor(us + outside);
    QVERIFY(dialog);
    auto *confirm = child<QPushButton>(dialog.get(), "confirmButton");
    // Reached by Tab, pressed with Space: a deliberate choice.
    for (int i = 0; i < 6 && QApplication::focusWidget() != confirm; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), confirm);
    QTest::keyClick(confirm, Qt::Key_Space);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const QList<OutboxEntry> entries = entriesFromDisk();
    QCOMPARE(entries.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const OutboxEntry &e = entries.at(i);
        QCOMPARE(e.kind, OutboxKind::E911Enable);
        QCOMPARE(e.tenantId, m_tenant);
        QCOMPARE(e.target, us.at(i));
        QCOMPARE(e.ifMatch, m_cache->did(m_tenant, us.at(i))->etag.toUtf8());
        QVERIFY(!e.ifMatch.isEmpty());
        const QJsonObject body = e.mineJson();
        QCOMPARE(body.value(QStringLiteral("enabled")).toBool(), true);
        QVERIFY(!body.value(QStringLiteral("addressId")).toString().isEmpty());
    }
    QCOMPARE(dialog->queuedEntries().size(), 3);
}

void TestE911Dialogs::confirmingManyNumbersQueuesBulkBatches()
{
    // The tenant with the most basic-911 US numbers, so a selection above the bulk threshold
    // is all to be registered.
    QSqlQuery q(m_cache->database());
    QVERIFY(q.exec(QStringLiteral("SELECT tenant_id FROM dids WHERE country = 'US' AND"
                                  " toll_free = 0 AND e911_state = 0 GROUP BY tenant_id"
                                  " ORDER BY COUNT(*) DESC LIMIT 1")) &&
            q.next());
    const QString previousTenant = m_tenant;
    m_tenant = q.value(0).toString();
    auto restore = qScopeGuard([&] { m_tenant = previousTenant; });
    setAcknowledged(true);
    const QStringList us =
        numbers(QStringLiteral("country = 'US' AND toll_free = 0 AND e911_state = 0"), 25);
    QCOMPARE(us.size(), 25);
    auto dialog = confirmationFor(us);
    QVERIFY(dialog);
    const PriceList prices = *m_cache->priceList();
    QVERIFY(dialog->statement().startsWith(QStringLiteral("Register 25 numbers at ")));
    QVERIFY(dialog->statement().endsWith(
        formatMoney({prices.e911MonthlyFee.amountMinor * 25, prices.currency}) +
        QStringLiteral(" a month.")));
    auto *confirm = child<QPushButton>(dialog.get(), "confirmButton");
    confirm->setFocus();
    QTest::keyClick(confirm, Qt::Key_Space);
    const QList<OutboxEntry> entries = entriesFromDisk();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().kind, OutboxKind::E911Bulk);
    QVERIFY(entries.first().ifMatch.isEmpty());
    const QJsonArray sent = entries.first().mineJson().value(QStringLiteral("numbers")).toArray();
    QStringList sentNumbers;
    for (const QJsonValue &v : sent)
        sentNumbers << v.toString();
    QCOMPARE(sentNumbers, us);
}

void TestE911Dialogs::disablingWithoutAReasonIsImpossible()
{
    const QStringList active = numbers(QStringLiteral("e911_state <> 0"), 2);
    QCOMPARE(active.size(), 2);
    E911DisableDialog dialog(*m_cache, *m_outbox, m_tenant, active);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *reason = child<QLineEdit>(&dialog, "disableReason");
    auto *turnOff = child<QPushButton>(&dialog, "disableButton");
    QCOMPARE(QApplication::focusWidget(), reason);
    QVERIFY(!turnOff->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "disableMessage")->text().contains(QStringLiteral("basic 911")));
    QTest::keyClicks(reason, QStringLiteral("   "));
    QVERIFY(!turnOff->isEnabled());
    QTest::keyClick(reason, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QTest::keyClicks(reason, QStringLiteral("office closed"));
    QVERIFY(turnOff->isEnabled());
    saveScreenshot(&dialog, QStringLiteral("e911-disable.png"));
    // Even with a reason, Enter does not turn anything off.
    QTest::keyClick(reason, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(entriesFromDisk().isEmpty());
    QTest::keyClick(reason, Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), turnOff);
    QTest::keyClick(turnOff, Qt::Key_Space);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const QList<OutboxEntry> entries = entriesFromDisk();
    QCOMPARE(entries.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(entries.at(i).kind, OutboxKind::E911Disable);
        QCOMPARE(entries.at(i).target, active.at(i));
        QCOMPARE(entries.at(i).ifMatch, m_cache->did(m_tenant, active.at(i))->etag.toUtf8());
        QCOMPARE(entries.at(i).mineJson().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("office closed"));
    }
}

void TestE911Dialogs::resultCsvExportRoundTrips()
{
    const QList<BulkResultRow> rows{
        {QStringLiteral("+12065550100"), BulkResultRow::Outcome::Done, QStringLiteral("accepted")},
        {QStringLiteral("+14165550123"), BulkResultRow::Outcome::Failed,
         QStringLiteral("outside the US, \"CA\"")},
        {QStringLiteral("+12065550102"), BulkResultRow::Outcome::Waiting, QString()}};
    BulkResultDialog dialog(rows);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    saveScreenshot(&dialog, QStringLiteral("e911-bulk-results.png"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.csv"));
    dialoghook::setNextSaveFileName(path);
    auto *exportButton = child<QPushButton>(&dialog, "exportCsvButton");
    exportButton->setFocus();
    QTest::keyClick(exportButton, Qt::Key_Space);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv, bulkResultCsv(rows));
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.at(0), QByteArray("number,result,reason\r"));
    QCOMPARE(lines.at(1), QByteArray("+12065550100,done,accepted\r"));
    QCOMPARE(lines.at(2), QByteArray("+14165550123,failed,\"outside the US, \"\"CA\"\"\"\r"));
    QCOMPARE(lines.at(3), QByteArray("+12065550102,waiting,\r"));
    QVERIFY(child<QLabel>(&dialog, "exportState")->text().contains(QStringLiteral("Saved")));
}

void TestE911Dialogs::bulkTurnOffThroughActionsEndsWithTheResultList()
{
    QSqlQuery q(m_cache->database());
    QVERIFY(q.exec(QStringLiteral("SELECT tenant_id FROM dids WHERE e911_state <> 0"
                                  " GROUP BY tenant_id ORDER BY COUNT(*) DESC LIMIT 1")) &&
            q.next());
    const QString previousTenant = m_tenant;
    m_tenant = q.value(0).toString();
    auto restore = qScopeGuard([&] { m_tenant = previousTenant; });
    const QStringList active = numbers(QStringLiteral("e911_state <> 0"), 21);
    QCOMPARE(active.size(), 21);

    QWidget window;
    window.show();
    E911Actions actions(*m_cache, *m_outbox, &window);
    actions.setTenant(m_tenant, QStringLiteral("Test tenant"));
    QSignalSpy queued(&actions, &E911Actions::changesQueued);
    // The modal dialog is answered by keyboard once it is up.
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *dialog = qobject_cast<E911DisableDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_VERIFY(QApplication::focusWidget());
        QTest::keyClicks(child<QLineEdit>(dialog, "disableReason"), QStringLiteral("site closed"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        answered = true;
    });
    actions.turnOff(active);
    QVERIFY(answered);
    QCOMPARE(queued.size(), 1);
    const QList<qint64> ids = queued.first().first().value<QList<qint64>>();
    QCOMPARE(ids.size(), 1);
    const OutboxEntry batch = *m_outbox->entry(ids.first());
    QCOMPARE(batch.kind, OutboxKind::E911Bulk);
    QCOMPARE(outbox::bulkNumbers(batch.body), active);
    // While the batch is out, its progress shows; the result list replaces it at the end.
    auto *progress = window.findChild<BulkProgressDialog *>();
    QVERIFY(progress && progress->isVisible());

    // The server answers the batch (as OutboxSender records it): the results appear.
    QJsonArray results;
    for (int i = 0; i < active.size(); ++i)
        results.append(QJsonObject{
            {QStringLiteral("number"), active.at(i)},
            {QStringLiteral("outcome"),
             i == 0 ? QStringLiteral("rejected") : QStringLiteral("accepted")},
            {QStringLiteral("problem"),
             QJsonObject{{QStringLiteral("detail"), QStringLiteral("number is locked")}}}});
    QVERIFY(m_outbox->markSending(batch.id));
    QVERIFY(!window.findChild<BulkResultDialog *>());
    QVERIFY(m_outbox->markDone(
        batch.id, 200, QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson(),
        OutboxFollow::Following));
    BulkResultDialog *resultsDialog = nullptr;
    QTRY_VERIFY((resultsDialog = window.findChild<BulkResultDialog *>()) &&
                resultsDialog->isVisible());
    QTRY_VERIFY(!window.findChild<BulkProgressDialog *>());
    auto *table = child<QTableWidget>(resultsDialog, "resultTable");
    QCOMPARE(table->rowCount(), 21);
    QVERIFY(child<QLabel>(resultsDialog, "resultSummary")
                ->text()
                .contains(QStringLiteral("20 done, 1 failed")));
}

void TestE911Dialogs::limitationsPageShowsTheAcknowledgement()
{
    {
        LimitationsDialog dialog(*m_cache, m_tenant, QStringLiteral("Test tenant"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(dialog.acknowledgementText().contains(QStringLiteral("ada@contoso.test")));
        QVERIFY(dialog.acknowledgementText().contains(QString(limitations::currentVersion)));
        const QString shown = child<QTextBrowser>(&dialog, "limitationsText")->toPlainText();
        for (const Limitation &l : limitations::current())
            QVERIFY2(shown.contains(l.title), qPrintable(l.title));
        saveScreenshot(&dialog, QStringLiteral("limitations-page.png"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }
    setAcknowledged(false);
    LimitationsDialog dialog(*m_cache, m_tenant, QStringLiteral("Test tenant"));
    QVERIFY(dialog.acknowledgementText().contains(QStringLiteral("not acknowledged")));
}

QTEST_MAIN(TestE911Dialogs)
#include "tst_e911_dialogs.moc"
