// Turning E911 off needs a reason and says what the number falls back to; bulk work ends with a
// per-number result list whose CSV round-trips; the Limitations page shows the acknowledgement.
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
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

#include <memory>

class TestE911TurnOff : public E911DialogFixture
{
    Q_OBJECT
private slots:
    void disablingWithoutAReasonIsImpossible();
    void resultCsvExportRoundTrips();
    void bulkTurnOffThroughActionsEndsWithTheResultList();
    void limitationsPageShowsTheAcknowledgement();
};

void TestE911TurnOff::disablingWithoutAReasonIsImpossible()
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

void TestE911TurnOff::resultCsvExportRoundTrips()
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

void TestE911TurnOff::bulkTurnOffThroughActionsEndsWithTheResultList()
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

void TestE911TurnOff::limitationsPageShowsTheAcknowledgement()
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

QTEST_MAIN(TestE911TurnOff)
#include "tst_e911_turn_off.moc"
