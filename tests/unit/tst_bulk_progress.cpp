// The bulk job's tally from its outbox entries (answered, failed, open, cancelled) and the rate
// and time left shown while it runs.
#include "store/BulkProgress.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
OutboxEntry entry(qint64 id, OutboxState state)
{
    OutboxEntry e;
    e.id = id;
    e.kind = OutboxKind::E911Bulk;
    e.state = state;
    return e;
}
} // namespace

class TestBulkProgress : public QObject
{
    Q_OBJECT
private slots:
    void tallyCountsNumbersByTheStateOfTheirBatch()
    {
        const QMap<qint64, int> sizes{{1, 1000}, {2, 1000}, {3, 1000}, {4, 500}, {5, 200}};
        const QList<OutboxEntry> present{entry(1, OutboxState::Done), entry(2, OutboxState::Failed),
                                         entry(3, OutboxState::Sending),
                                         entry(5, OutboxState::Queued)};
        const BulkTally t = bulkTally(sizes, present);
        QCOMPARE(t.total, 3700);
        QCOMPARE(t.answered, 2000);
        QCOMPARE(t.failed, 1000);
        QCOMPARE(t.open, 1200);
        QCOMPARE(t.cancelled, 500); // batch 4 is gone from the outbox
        QVERIFY(!t.finished());
    }

    void tallyIsFinishedWhenNothingIsOpen()
    {
        const QMap<qint64, int> sizes{{1, 1000}, {2, 1000}, {3, 500}};
        const BulkTally t = bulkTally(sizes, {entry(1, OutboxState::Done)});
        QCOMPARE(t, (BulkTally{2500, 1000, 0, 0, 1500}));
        QVERIFY(t.finished());
        // A conflict waits for the user: still open.
        QVERIFY(!bulkTally(sizes, {entry(1, OutboxState::Conflict)}).finished());
    }

    void rateIsUnknownUntilSomethingIsAnswered()
    {
        QCOMPARE(bulkRate(0, 2500, 5000).numbersPerSecond, 0.0);
        QVERIFY(!bulkRate(0, 2500, 5000).secondsLeft.has_value());
        QVERIFY(!bulkRate(1000, 1500, 0).secondsLeft.has_value());
    }

    void rateAndTimeLeft_data()
    {
        QTest::addColumn<int>("answered");
        QTest::addColumn<int>("remaining");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<double>("perSecond");
        QTest::addColumn<qint64>("secondsLeft");
        QTest::newRow("even") << 1000 << 1500 << qint64(2000) << 500.0 << qint64(3);
        QTest::newRow("rounds up") << 1000 << 1001 << qint64(1000) << 1000.0 << qint64(2);
        QTest::newRow("slow") << 10 << 990 << qint64(10000) << 1.0 << qint64(990);
        QTest::newRow("done") << 2500 << 0 << qint64(5000) << 500.0 << qint64(0);
    }

    void rateAndTimeLeft()
    {
        QFETCH(int, answered);
        QFETCH(int, remaining);
        QFETCH(qint64, elapsedMs);
        QFETCH(double, perSecond);
        QFETCH(qint64, secondsLeft);
        const BulkRate r = bulkRate(answered, remaining, elapsedMs);
        QCOMPARE(r.numbersPerSecond, perSecond);
        QCOMPARE(r.secondsLeft, std::optional<qint64>(secondsLeft));
    }

    void cancelRemovesOnlyBatchesThatNeverWentOut()
    {
        QTemporaryDir dir;
        Outbox outbox;
        QString error;
        QVERIFY2(outbox.open(dir.filePath(QStringLiteral("outbox.sqlite")), &error),
                 qPrintable(error));
        QStringList numbers;
        for (int i = 0; i < 3500; ++i)
            numbers.append(QStringLiteral("+1206%1").arg(5550000 + i));
        const QList<qint64> ids = outbox.enqueue(
            outbox::e911Bulk(QStringLiteral("t1"), true, numbers, QStringLiteral("a1"), {}),
            &error);
        QCOMPARE(ids.size(), 4);
        QVERIFY(outbox.markSending(ids.at(0)));
        QVERIFY(outbox.markDone(ids.at(0), 200, "{}", OutboxFollow::None));
        QVERIFY(outbox.markSending(ids.at(1))); // on the network right now
        QVERIFY(outbox.markSending(ids.at(2)));
        // Went out once, came back unanswered: the server may have applied it.
        QVERIFY(outbox.retryLater(ids.at(2), QDateTime::currentDateTimeUtc(), QStringLiteral("x")));
        QCOMPARE(outbox.entry(ids.at(2))->state, OutboxState::Queued);

        QSignalSpy size(&outbox, &Outbox::outboxSizeChanged);
        QCOMPARE(outbox.cancelQueued(ids), QList<qint64>{ids.at(3)});
        QVERIFY(!outbox.entry(ids.at(3)).has_value());
        QCOMPARE(outbox.entry(ids.at(0))->state, OutboxState::Done);
        QCOMPARE(outbox.entry(ids.at(1))->state, OutboxState::Sending);
        QCOMPARE(outbox.entry(ids.at(2))->state, OutboxState::Queued);
        QCOMPARE(size.size(), 1);
        QCOMPARE(size.constFirst().constFirst().toInt(), 2);
        QVERIFY(outbox.cancelQueued(ids).isEmpty()); // nothing left to cancel
    }
};

QTEST_GUILESS_MAIN(TestBulkProgress)
#include "tst_bulk_progress.moc"
