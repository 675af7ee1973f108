// Registering numbers with 911 through the real dialog, by keyboard, over a cache filled by a
// real sync: the limitations are acknowledged first, only validated US addresses can be chosen,
// the confirmation states the fee and the monthly total (and that moving registered numbers costs
// nothing more), Enter does not spend, non-US and toll-free numbers are listed with reasons, and
// confirming queues exactly the expected outbox entries.
#include "AddressPicker.h"
#include "BulkProgressDialog.h"
#include "BulkResultDialog.h"
#include "DialogAnswerHook.h"
#include "E911Actions.h"
#include "E911DialogFixture.h"
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
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

#include <memory>

class TestE911Dialogs : public E911DialogFixture
{
    Q_OBJECT
private slots:
    void enablingWithoutAcknowledgementFirstAsksForIt();
    void addressListOffersOnlyValidatedUsAddresses();
    void confirmationStatesTheFeeListsRefusedNumbersAndEnterDoesNotConfirm();
    void confirmingQueuesOnePutPerNumberWithItsEtag();
    void confirmingManyNumbersQueuesBulkBatches();
    void movingRegisteredNumbersAddsNoFee();
    void registeringAndMovingTogetherStatesOnlyTheAddedFee();

private:
    // Registered US numbers whose address is not `target` (the cache is edited where the demo
    // data registered them all there).
    QStringList registeredElsewhere(const QString &target, int count);
};

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

QStringList TestE911Dialogs::registeredElsewhere(const QString &target, int count)
{
    const QStringList picked =
        numbers(QStringLiteral("e911_state = 2 AND country = 'US' AND toll_free = 0"), count);
    QSqlQuery q(m_cache->database());
    for (const QString &n : picked) {
        q.prepare(QStringLiteral("UPDATE dids SET address_id = 'elsewhere' WHERE tenant_id = ? "
                                 "AND number = ? AND address_id = ?"));
        q.addBindValue(m_tenant);
        q.addBindValue(n);
        q.addBindValue(target);
        if (!q.exec())
            qWarning("%s", qPrintable(q.lastError().text()));
    }
    return picked;
}

void TestE911Dialogs::movingRegisteredNumbersAddsNoFee()
{
    const QString target = firstUsableAddress();
    QVERIFY(!target.isEmpty());
    const QStringList registered = registeredElsewhere(target, 2);
    QCOMPARE(registered.size(), 2);
    auto dialog = confirmationFor(registered);
    QVERIFY(dialog);
    QVERIFY2(dialog->statement().startsWith(QStringLiteral("Move 2 numbers to ")),
             qPrintable(dialog->statement()));
    QVERIFY(dialog->statement().contains(QStringLiteral("the monthly fee does not change")));
    QVERIFY(!dialog->statement().contains(QStringLiteral("$")));
    auto *confirm = child<QPushButton>(dialog.get(), "confirmButton");
    QCOMPARE(confirm->text(), QStringLiteral("&Move 2 Numbers"));
    confirm->setFocus();
    QTest::keyClick(confirm, Qt::Key_Space);
    const QList<OutboxEntry> entries = entriesFromDisk();
    QCOMPARE(entries.size(), 2);
    for (const OutboxEntry &e : entries) {
        QCOMPARE(e.kind, OutboxKind::E911Enable);
        QCOMPARE(e.mineJson().value(QStringLiteral("addressId")).toString(), target);
    }
}

void TestE911Dialogs::registeringAndMovingTogetherStatesOnlyTheAddedFee()
{
    const QString target = firstUsableAddress();
    const QStringList registered = registeredElsewhere(target, 1);
    const QStringList basic =
        numbers(QStringLiteral("country = 'US' AND toll_free = 0 AND e911_state = 0"), 2);
    QCOMPARE(registered.size() + basic.size(), 3);
    auto dialog = confirmationFor(registered + basic);
    QVERIFY(dialog);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const PriceList prices = *m_cache->priceList();
    const QString added = formatMoney({prices.e911MonthlyFee.amountMinor * 2, prices.currency}, en);
    QVERIFY2(dialog->statement().startsWith(QStringLiteral("Register 3 numbers at ")),
             qPrintable(dialog->statement()));
    QVERIFY2(dialog->statement().contains(QStringLiteral("2 of them start E911 at %1 per number "
                                                         "per month: %2 a month more")
                                              .arg(formatMoney(prices.e911MonthlyFee, en), added)),
             qPrintable(dialog->statement()));
}

QTEST_MAIN(TestE911Dialogs)
#include "tst_e911_dialogs.moc"
