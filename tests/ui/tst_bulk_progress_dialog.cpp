// The bulk progress dialog over a real outbox (a temporary SQLite file) and a real OutboxSender
// sending to dispatchable-server, which holds every request 300 ms: registering 2,500 numbers
// (three batches) ends at 2,500 of 2,500 with a result line per number; cancelling during the first
// batch sends only that batch, removes the other two from the outbox and the server never sees
// them. With DISPATCHABLE_SCREENSHOT_DIR set, the dialog is saved mid-run as bulk-progress.png.
#include "ApiTestHelpers.h"
#include "BulkProgressDialog.h"
#include "BulkResultDialog.h"
#include "TestBackend.h"
#include "api/HttpClient.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"
#include "sync/OutboxSender.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
constexpr int timeoutMs = 60000;
constexpr int jobSize = 2500;

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1StringView(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}
} // namespace

class TestBulkProgressDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void bulkEnableRunsToTheEndAndListsEveryNumber();
    void cancellingDuringTheFirstBatchLeavesTheOthersUnsent();

private:
    QList<qint64> enqueue(const QStringList &numbers);

    TestBackend m_backend;
    QString m_staff;
    QString m_tenant;
    QString m_addressId;
    QStringList m_basic;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<OutboxSender> m_sender;
};

void TestBulkProgressDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(
        m_backend.start({QStringLiteral("--demo"), QStringLiteral("--tenants"), QStringLiteral("1"),
                         QStringLiteral("--dids"), QStringLiteral("25000"),
                         QStringLiteral("--fault-latency-ms"), QStringLiteral("300")}),
        qPrintable(m_backend.process().diagnostics()));
    m_staff = m_backend.token(QStringLiteral("staff"));
    const QStringList tenants = api::tenantIds(m_backend, m_staff);
    QCOMPARE(tenants.size(), 1);
    m_tenant = tenants.constFirst();
    m_basic = api::basicUsNumbers(m_backend, m_tenant, m_staff);
    // Two jobs of 2,500 distinct numbers: the second must not find its numbers already enabled.
    QVERIFY2(m_basic.size() >= 2 * jobSize, QByteArray::number(m_basic.size()));
    const auto address = api::validUsAddress(m_backend, m_tenant, m_staff);
    QVERIFY(address);
    m_addressId = address->value(QStringLiteral("id")).toString();
}

void TestBulkProgressDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_outbox = std::make_unique<Outbox>();
    QString error;
    QVERIFY2(m_outbox->open(m_dir->filePath(QStringLiteral("outbox.sqlite")), &error),
             qPrintable(error));
    m_http = std::make_unique<HttpClient>();
    m_http->setBaseUrl(m_backend.process().baseUrl());
    m_http->setPinnedFingerprint(m_backend.process().certificateFingerprint());
    m_http->setBearerToken(m_staff);
    m_sender = std::make_unique<OutboxSender>(*m_outbox, *m_http);
    m_sender->setFollowInterval(300);
}

void TestBulkProgressDialog::cleanup()
{
    m_sender.reset();
    m_http.reset();
    m_outbox.reset();
    m_dir.reset();
}

QList<qint64> TestBulkProgressDialog::enqueue(const QStringList &numbers)
{
    QString error;
    const QList<qint64> ids =
        m_outbox->enqueue(outbox::e911Bulk(m_tenant, true, numbers, m_addressId, {}), &error);
    if (ids.isEmpty())
        qWarning("enqueue failed: %s", qPrintable(error));
    return ids;
}

void TestBulkProgressDialog::bulkEnableRunsToTheEndAndListsEveryNumber()
{
    const QStringList numbers = m_basic.mid(0, jobSize);
    const QList<qint64> ids = enqueue(numbers);
    QCOMPARE(ids.size(), 3);
    BulkProgressDialog dialog(*m_outbox, ids, QStringLiteral("Registering 2,500 numbers"));
    dialog.show();
    auto *bar = child<QProgressBar>(&dialog, "progressBar");
    auto *count = child<QLabel>(&dialog, "progressCount");
    auto *rate = child<QLabel>(&dialog, "progressRate");
    auto *timeLeft = child<QLabel>(&dialog, "progressTimeLeft");
    auto *showResults = child<QPushButton>(&dialog, "showResultsButton");
    QVERIFY(bar && count && rate && timeLeft && showResults);
    QCOMPARE(bar->maximum(), jobSize);
    QCOMPARE(bar->value(), 0);
    QVERIFY(!showResults->isEnabled());
    QSignalSpy finished(&dialog, &BulkProgressDialog::jobFinished);

    m_sender->start();
    // Mid-run: the first batch answered, the rest still going; a rate and a time left show.
    QTRY_COMPARE_WITH_TIMEOUT(bar->value(), 1000, timeoutMs);
    QVERIFY(finished.isEmpty());
    QVERIFY2(count->text().contains(QStringLiteral("1,000 of 2,500")), qPrintable(count->text()));
    QVERIFY2(rate->text().contains(QStringLiteral("numbers per second")), qPrintable(rate->text()));
    QVERIFY2(timeLeft->text().contains(QStringLiteral("about")), qPrintable(timeLeft->text()));
    const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        dialog.grab().save(QDir(dir).filePath(QStringLiteral("bulk-progress.png")));

    QTRY_COMPARE_WITH_TIMEOUT(bar->value(), jobSize, timeoutMs);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(count->text().contains(QStringLiteral("2,500 of 2,500")), qPrintable(count->text()));
    QTRY_VERIFY(showResults->isEnabled());
    QVERIFY(showResults->hasFocus());
    QTest::keyClick(showResults, Qt::Key_Space);
    BulkResultDialog *results = nullptr;
    QTRY_VERIFY((results = dialog.resultDialog()) && results->isVisible());
    auto *table = child<QTableWidget>(results, "resultTable");
    QVERIFY(table);
    QCOMPARE(table->rowCount(), jobSize);
    QSet<QString> listed;
    for (int r = 0; r < table->rowCount(); ++r) {
        listed.insert(table->item(r, 0)->toolTip());
        QVERIFY2(table->item(r, 1)->text().contains(QStringLiteral("Done")),
                 qPrintable(table->item(r, 1)->text()));
    }
    QCOMPARE(listed, QSet<QString>(numbers.cbegin(), numbers.cend()));
}

void TestBulkProgressDialog::cancellingDuringTheFirstBatchLeavesTheOthersUnsent()
{
    const QStringList numbers = m_basic.mid(jobSize, jobSize);
    const QList<qint64> ids = enqueue(numbers);
    QCOMPARE(ids.size(), 3);
    BulkProgressDialog dialog(*m_outbox, ids, QStringLiteral("Registering 2,500 numbers"));
    dialog.show();
    auto *bar = child<QProgressBar>(&dialog, "progressBar");
    auto *status = child<QLabel>(&dialog, "progressStatus");
    auto *cancel = child<QPushButton>(&dialog, "cancelButton");
    auto *showResults = child<QPushButton>(&dialog, "showResultsButton");
    QVERIFY(bar && status && cancel && showResults);

    m_sender->start();
    // The server holds the first batch for 300 ms: cancel while it is on the network.
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->entry(ids.at(0))->state, OutboxState::Sending, timeoutMs);
    QCOMPARE(m_outbox->entry(ids.at(1))->state, OutboxState::Queued);
    cancel->setFocus();
    QTest::keyClick(cancel, Qt::Key_Space);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!m_outbox->entry(ids.at(1)).has_value());
    QVERIFY(!m_outbox->entry(ids.at(2)).has_value());
    QVERIFY2(status->text().contains(QStringLiteral("1,500 numbers were not sent")),
             qPrintable(status->text()));

    // The batch already sent is left alone and answered.
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->entry(ids.at(0))->state, OutboxState::Done, timeoutMs);
    QTRY_VERIFY(showResults->isEnabled());
    QCOMPARE(bar->maximum(), 1000);
    QCOMPARE(bar->value(), 1000);
    QCOMPARE(dialog.tally(), (BulkTally{jobSize, 1000, 0, 0, 1500}));
    QCOMPARE(m_outbox->openCount(), 0);

    // The server never saw the cancelled batches: those numbers are still basic 911.
    const QStringList stillBasic = api::basicUsNumbers(m_backend, m_tenant, m_staff);
    const QSet<QString> basicSet(stillBasic.cbegin(), stillBasic.cend());
    for (int i = 0; i < numbers.size(); ++i)
        QVERIFY2(basicSet.contains(numbers.at(i)) == (i >= 1000), qPrintable(numbers.at(i)));

    // The result list names every number: the first 1,000 done, the rest not sent.
    showResults->click();
    BulkResultDialog *results = nullptr;
    QTRY_VERIFY((results = dialog.resultDialog()) && results->isVisible());
    auto *table = child<QTableWidget>(results, "resultTable");
    QVERIFY(table);
    QCOMPARE(table->rowCount(), jobSize);
    int notSent = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        notSent += table->item(r, 1)->text() == QStringLiteral("⊘ Cancelled") &&
                   table->item(r, 2)->text().startsWith(QLatin1StringView("Not sent"));
    QCOMPARE(notSent, 1500);
}

QTEST_MAIN(TestBulkProgressDialog)
#include "tst_bulk_progress_dialog.moc"
