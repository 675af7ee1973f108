// The outbox's storage rules on a real SQLite file, without a network: keys, order, conflicts
// holding back later edits of the same target, schema versioning, read-only access, file mode,
// and how changes become requests (bulk batches of at most 1000).
#include "store/Outbox.h"
#include "store/OutboxRequests.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

class TestOutboxStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    OutboxRequest edit(const QString &target)
    {
        return outbox::addressUpdate(QStringLiteral("t1"), target, "\"v1\"",
                                     QJsonObject{{QStringLiteral("companyName"), target}});
    }

    // Runs one statement on a separate connection, as another program would.
    bool rawExec(const QString &sql)
    {
        bool ok = false;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(m_path);
            ok = db.open() && QSqlQuery(db).exec(sql);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return ok;
    }

private slots:
    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++n));
    }

    void enqueuedChangesGetTheirOwnKeyAndSurviveReopening()
    {
        QList<qint64> ids;
        QStringList keys;
        {
            Outbox outbox;
            QString error;
            QVERIFY2(outbox.open(m_path, &error), qPrintable(error));
            QSignalSpy sizes(&outbox, &Outbox::outboxSizeChanged);
            ids = outbox.enqueue({edit(QStringLiteral("a")), edit(QStringLiteral("b"))}, &error);
            QCOMPARE(ids.size(), 2);
            QCOMPARE(sizes.count(), 1);
            QCOMPARE(sizes.constFirst().constFirst().toInt(), 2);
            for (const qint64 id : ids)
                keys << outbox.entry(id)->idempotencyKey;
        }
        QVERIFY(keys.at(0) != keys.at(1));
        for (const QString &k : keys)
            QVERIFY(!QUuid::fromString(k).isNull());

        Outbox reopened;
        QString error;
        QVERIFY2(reopened.open(m_path, &error), qPrintable(error));
        const QList<OutboxEntry> entries = reopened.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).idempotencyKey, keys.at(0));
        QCOMPARE(entries.at(0).state, OutboxState::Queued);
        QCOMPARE(entries.at(0).ifMatch, QByteArray("\"v1\""));
        QCOMPARE(entries.at(0).method, QByteArray("PUT"));
        QCOMPARE(entries.at(0).path, QStringLiteral("/v1/tenants/t1/addresses/a"));
        QCOMPARE(entries.at(1).mineJson().value(QStringLiteral("companyName")).toString(),
                 QStringLiteral("b"));
    }

    void theFileIsReadableByItsOwnerOnly()
    {
        Outbox outbox;
        QString error;
        QVERIFY2(outbox.open(m_path, &error), qPrintable(error));
        QCOMPARE(QFile::permissions(m_path) & 0x0077, QFileDevice::Permissions());
    }

    void changesGoOutInOrderAndAConflictHoldsBackLaterEditsOfItsTarget()
    {
        Outbox outbox;
        QString error;
        QVERIFY2(outbox.open(m_path, &error), qPrintable(error));
        const QList<qint64> ids = outbox.enqueue(
            {edit(QStringLiteral("x")), edit(QStringLiteral("x")), edit(QStringLiteral("y"))});
        QCOMPARE(ids.size(), 3);
        QCOMPARE(outbox.nextToSend()->id, ids.at(0));
        QVERIFY(outbox.markSending(ids.at(0)));
        QCOMPARE(outbox.entry(ids.at(0))->attempts, 1);
        // Still first: a `sending` entry is resent after a crash before anything newer.
        QCOMPARE(outbox.nextToSend()->id, ids.at(0));
        QVERIFY(outbox.markConflict(ids.at(0), "{\"etag\":\"\\\"v2\\\"\"}", QStringLiteral("412")));
        QCOMPARE(outbox.nextToSend()->id, ids.at(2));
        QCOMPARE(outbox.openCount(), 3);

        QVERIFY(outbox.keepMine(ids.at(0), "\"v2\""));
        const OutboxEntry requeued = *outbox.entry(ids.at(0));
        QCOMPARE(requeued.state, OutboxState::Queued);
        QCOMPARE(requeued.ifMatch, QByteArray("\"v2\""));
        QVERIFY(requeued.theirs.isEmpty());
        QCOMPARE(outbox.nextToSend()->id, ids.at(0));
        // Resolving something that is not a conflict changes nothing.
        QVERIFY(!outbox.keepMine(ids.at(0), "\"v3\""));
        QVERIFY(!outbox.keepTheirs(ids.at(0)));
    }

    void stateChangesOnlyFollowTheLifecycle()
    {
        Outbox outbox;
        QString error;
        QVERIFY2(outbox.open(m_path, &error), qPrintable(error));
        const qint64 id = *outbox.enqueue(edit(QStringLiteral("x")));
        // Not sent yet, so it cannot be done, failed or in conflict.
        QVERIFY(!outbox.markDone(id, 200, "{}", OutboxFollow::None));
        QVERIFY(!outbox.markFailed(id, 422, "{}", QStringLiteral("no")));
        QVERIFY(!outbox.markConflict(id, "{}", QStringLiteral("no")));
        QVERIFY(!outbox.dismiss(id));
        QVERIFY(outbox.markSending(id));
        QVERIFY(outbox.markDone(id, 200, "{\"ok\":true}", OutboxFollow::None));
        QVERIFY(!outbox.markSending(id)); // done is final
        QCOMPARE(outbox.openCount(), 0);
        QCOMPARE(outbox.entry(id)->responseBody, QByteArray("{\"ok\":true}"));
        QVERIFY(outbox.dismiss(id));
        QVERIFY(!outbox.entry(id));
    }

    void anOutboxFromANewerVersionIsNotTouched()
    {
        {
            Outbox outbox;
            QString error;
            QVERIFY2(outbox.open(m_path, &error), qPrintable(error));
            QVERIFY(outbox.enqueue(edit(QStringLiteral("x"))));
        }
        QVERIFY(rawExec(
            QStringLiteral("UPDATE outbox_meta SET value = '99' WHERE key = 'schema_version'")));
        Outbox outbox;
        QString error;
        QVERIFY(!outbox.open(m_path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }

    void aReadOnlyOutboxReadsButNeverWrites()
    {
        qint64 id = 0;
        Outbox writer;
        QString error;
        QVERIFY2(writer.open(m_path, &error), qPrintable(error));
        id = *writer.enqueue(edit(QStringLiteral("x")));

        Outbox reader;
        QVERIFY2(reader.open(m_path, &error, Outbox::Mode::ReadOnly), qPrintable(error));
        QCOMPARE(reader.entry(id)->state, OutboxState::Queued);
        QVERIFY(!reader.enqueue(edit(QStringLiteral("y"))));
        QVERIFY(!reader.markSending(id));
        // The writer's later commits are visible to it.
        QVERIFY(writer.markSending(id));
        QCOMPARE(reader.entry(id)->state, OutboxState::Sending);
    }

    void bulkChangesAreSplitIntoBatchesOfAtMost1000InOrder()
    {
        QStringList numbers;
        for (int i = 0; i < 2500; ++i)
            numbers << QStringLiteral("+1206555%1").arg(i, 4, 10, QLatin1Char('0'));
        const QList<OutboxRequest> batches =
            outbox::e911Bulk(QStringLiteral("t1"), true, numbers, QStringLiteral("addr"), {});
        QCOMPARE(batches.size(), 3);
        QStringList joined;
        for (const OutboxRequest &b : batches) {
            QCOMPARE(b.kind, OutboxKind::E911Bulk);
            QCOMPARE(b.method, QByteArray("POST"));
            QCOMPARE(b.path, QStringLiteral("/v1/tenants/t1/e911-bulk"));
            QVERIFY(b.ifMatch.isEmpty());
            const QJsonObject body = QJsonDocument::fromJson(b.body).object();
            QCOMPARE(body.value(QStringLiteral("enabled")).toBool(), true);
            QCOMPARE(body.value(QStringLiteral("addressId")).toString(), QStringLiteral("addr"));
            QVERIFY(!body.contains(QStringLiteral("reason")));
            joined << outbox::bulkNumbers(b.body);
        }
        QCOMPARE(outbox::bulkNumbers(batches.at(2).body).size(), 500);
        QCOMPARE(joined, numbers);

        const QJsonObject off =
            QJsonDocument::fromJson(outbox::e911Bulk(QStringLiteral("t1"), false, numbers.mid(0, 3),
                                                     {}, QStringLiteral("moved"))
                                        .constFirst()
                                        .body)
                .object();
        QCOMPARE(off.value(QStringLiteral("reason")).toString(), QStringLiteral("moved"));
        QVERIFY(!off.contains(QStringLiteral("addressId")));
    }

    void onlyBillableWritesCarryAnIdempotencyKey()
    {
        OutboxEntry e;
        for (const auto kind :
             {OutboxKind::AddressCreate, OutboxKind::E911Enable, OutboxKind::E911Disable,
              OutboxKind::E911Bulk, OutboxKind::Acknowledgement}) {
            e.kind = kind;
            QVERIFY2(e.sendsIdempotencyKey(), qPrintable(outboxKindName(kind)));
        }
        for (const auto kind : {OutboxKind::AddressUpdate, OutboxKind::AddressDelete}) {
            e.kind = kind;
            QVERIFY2(!e.sendsIdempotencyKey(), qPrintable(outboxKindName(kind)));
        }
        const OutboxRequest enable = outbox::e911Enable(
            QStringLiteral("t1"), QStringLiteral("+12065550100"), "\"v3\"", QStringLiteral("addr"));
        QCOMPARE(enable.path, QStringLiteral("/v1/tenants/t1/dids/+12065550100/e911"));
        QCOMPARE(enable.ifMatch, QByteArray("\"v3\""));
    }
};

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "tst_outbox_store.moc"
