// What the outbox does with the server's refusals, against the real dispatchable-server over
// TLS: a 412 becomes a conflict that keeps both versions until the user picks one (never
// overwritten blindly), a 412 whose current version already is mine is done, and a 422 fails
// with the server's words instead of being retried.
#include "ApiTestHelpers.h"
#include "TestBackend.h"
#include "api/HttpClient.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"
#include "sync/OutboxSender.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

constexpr int timeoutMs = 30000;

QJsonObject addressBody(const QString &companyName, const QString &note)
{
    return QJsonObject{{QStringLiteral("companyName"), companyName},
                       {QStringLiteral("civic"), api::validCivic()},
                       {QStringLiteral("locationNote"), note}};
}

} // namespace

class TestOutboxConflict : public QObject
{
    Q_OBJECT

private:
    TestBackend m_backend;
    QString m_staff;
    QString m_tenantId;
    QTemporaryDir m_dir;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OutboxSender> m_sender;

    OutboxState stateOf(qint64 id) const
    {
        const auto e = m_outbox->entry(id);
        return e ? e->state : OutboxState::Failed;
    }

    // A new address of the tenant; returns {id, etag}.
    std::pair<QString, QByteArray> newAddress()
    {
        const TestReply created = api::createAddress(m_backend, m_staff, m_tenantId);
        if (created.status != 201)
            return {};
        return {created.json().value(QStringLiteral("id")).toString(), created.header("etag")};
    }

    // Someone else's edit, straight to the server.
    TestReply theirEdit(const QString &addressId, const QByteArray &etag, const QJsonObject &body)
    {
        return m_backend.sendJson("PUT", api::addressPath(m_tenantId, addressId), m_staff, body,
                                  {{"If-Match", etag}});
    }

    QJsonObject serverAddress(const QString &addressId)
    {
        return m_backend.get(api::addressPath(m_tenantId, addressId), m_staff).json();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_backend.start(), qPrintable(m_backend.process().diagnostics()));
        m_staff = m_backend.token(QStringLiteral("staff"));
        const QStringList tenants = api::tenantIds(m_backend, m_staff);
        QVERIFY(!tenants.isEmpty());
        m_tenantId = tenants.constFirst();
    }

    void init()
    {
        static int n = 0;
        m_http = std::make_unique<HttpClient>();
        m_http->setBaseUrl(m_backend.process().baseUrl());
        m_http->setPinnedFingerprint(m_backend.process().certificateFingerprint());
        m_http->setBearerToken(m_staff);
        m_outbox = std::make_unique<Outbox>();
        QString error;
        QVERIFY2(m_outbox->open(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++n)), &error),
                 qPrintable(error));
        m_sender = std::make_unique<OutboxSender>(*m_outbox, *m_http);
        m_sender->setFollowInterval(200);
    }

    void cleanup()
    {
        m_sender.reset();
        m_outbox.reset();
        m_http.reset();
    }

    void staleEditBecomesConflictKeepingBothVersionsAndKeepMineWins()
    {
        const auto [id, readEtag] = newAddress();
        QVERIFY(!id.isEmpty());
        const TestReply theirs = theirEdit(
            id, readEtag, addressBody(QStringLiteral("Theirs Inc"), QStringLiteral("by them")));
        QCOMPARE(theirs.status, 200);
        const QByteArray theirEtag = theirs.header("etag");

        QSignalSpy sizes(m_outbox.get(), &Outbox::outboxSizeChanged);
        const auto entryId = m_outbox->enqueue(outbox::addressUpdate(
            m_tenantId, id, readEtag,
            addressBody(QStringLiteral("Mine LLC"), QStringLiteral("by me"))));
        QVERIFY(entryId);
        QCOMPARE(sizes.count(), 1);
        QCOMPARE(sizes.constLast().constFirst().toInt(), 1);
        m_sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*entryId), OutboxState::Conflict, timeoutMs);

        // Both versions are there for the user; the server still has theirs.
        const OutboxEntry conflict = *m_outbox->entry(*entryId);
        QCOMPARE(conflict.responseStatus, 412);
        QCOMPARE(conflict.mineJson().value(QStringLiteral("companyName")).toString(),
                 QStringLiteral("Mine LLC"));
        QCOMPARE(conflict.theirsJson().value(QStringLiteral("companyName")).toString(),
                 QStringLiteral("Theirs Inc"));
        QCOMPARE(conflict.theirsJson().value(QStringLiteral("etag")).toString().toLatin1(),
                 theirEtag);
        QVERIFY(!conflict.lastError.isEmpty());
        QCOMPARE(m_outbox->openCount(), 1); // a conflict is not settled
        QCOMPARE(serverAddress(id).value(QStringLiteral("companyName")).toString(),
                 QStringLiteral("Theirs Inc"));

        QString error;
        QVERIFY2(m_sender->resolveConflict(*entryId, OutboxSender::Resolution::KeepMine, &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*entryId), OutboxState::Done, timeoutMs);
        const OutboxEntry done = *m_outbox->entry(*entryId);
        QCOMPARE(done.ifMatch, theirEtag);
        QVERIFY(done.idempotencyKey != conflict.idempotencyKey); // a new decision, a new key
        QCOMPARE(done.responseStatus, 200);
        const QJsonObject after = serverAddress(id);
        QCOMPARE(after.value(QStringLiteral("companyName")).toString(), QStringLiteral("Mine LLC"));
        QCOMPARE(after.value(QStringLiteral("locationNote")).toString(), QStringLiteral("by me"));
        QCOMPARE(m_outbox->openCount(), 0);
        QCOMPARE(sizes.constLast().constFirst().toInt(), 0);
    }

    void keepTheirsDropsMineAndLeavesTheServerAlone()
    {
        const auto [id, readEtag] = newAddress();
        QVERIFY(!id.isEmpty());
        QCOMPARE(theirEdit(id, readEtag,
                           addressBody(QStringLiteral("Theirs Inc"), QStringLiteral("by them")))
                     .status,
                 200);
        const QByteArray serverEtagBefore =
            serverAddress(id).value(QStringLiteral("etag")).toString().toLatin1();
        const auto entryId = m_outbox->enqueue(outbox::addressUpdate(
            m_tenantId, id, readEtag,
            addressBody(QStringLiteral("Mine LLC"), QStringLiteral("by me"))));
        QVERIFY(entryId);
        m_sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*entryId), OutboxState::Conflict, timeoutMs);

        QVERIFY(m_sender->resolveConflict(*entryId, OutboxSender::Resolution::KeepTheirs));
        QVERIFY(!m_outbox->entry(*entryId));
        QCOMPARE(m_outbox->openCount(), 0);
        // Resolving twice is refused, not applied.
        QVERIFY(!m_sender->resolveConflict(*entryId, OutboxSender::Resolution::KeepMine));
        const QJsonObject after = serverAddress(id);
        QCOMPARE(after.value(QStringLiteral("companyName")).toString(),
                 QStringLiteral("Theirs Inc"));
        QCOMPARE(after.value(QStringLiteral("etag")).toString().toLatin1(), serverEtagBefore);
    }

    void laterEditsOfAConflictedTargetWaitForTheDecision()
    {
        const auto [id, readEtag] = newAddress();
        QVERIFY(!id.isEmpty());
        const TestReply theirs = theirEdit(
            id, readEtag, addressBody(QStringLiteral("Theirs Inc"), QStringLiteral("by them")));
        QCOMPARE(theirs.status, 200);
        const auto first = m_outbox->enqueue(
            outbox::addressUpdate(m_tenantId, id, readEtag,
                                  addressBody(QStringLiteral("Mine 1"), QStringLiteral("one"))));
        const auto second = m_outbox->enqueue(
            outbox::addressUpdate(m_tenantId, id, readEtag,
                                  addressBody(QStringLiteral("Mine 2"), QStringLiteral("two"))));
        // Another target is not held up by the conflict.
        const auto other =
            m_outbox->enqueue(outbox::acknowledgement(m_tenantId, QStringLiteral("1999-01")));
        QVERIFY(first && second && other);
        QSignalSpy idle(m_sender.get(), &OutboxSender::idle);
        m_sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*first), OutboxState::Conflict, timeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*other), OutboxState::Failed, timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), timeoutMs);
        QCOMPARE(stateOf(*second), OutboxState::Queued);
        QCOMPARE(m_outbox->entry(*second)->attempts, 0);

        QVERIFY(m_sender->resolveConflict(*first, OutboxSender::Resolution::KeepTheirs));
        // Now the second goes out; it was based on the same stale ETag, so it conflicts too.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*second), OutboxState::Conflict, timeoutMs);
    }

    void staleEditWhoseCurrentVersionIsAlreadyMineIsDone()
    {
        // The answer to an earlier attempt was lost: the retry's If-Match fails, but the
        // server's version is mine, so there is nothing to resolve.
        const auto [id, readEtag] = newAddress();
        QVERIFY(!id.isEmpty());
        const QJsonObject mine = addressBody(QStringLiteral("Mine LLC"), QStringLiteral("by me"));
        QCOMPARE(theirEdit(id, readEtag, mine).status, 200);
        const auto entryId =
            m_outbox->enqueue(outbox::addressUpdate(m_tenantId, id, readEtag, mine));
        QVERIFY(entryId);
        m_sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*entryId), OutboxState::Done, timeoutMs);
        QVERIFY(m_outbox->entry(*entryId)->theirs.isEmpty());
    }

    void refusedChangeFailsWithTheServersWordsAndIsNotRetried()
    {
        // Acknowledging a disclosure version that is not current is a 422.
        const auto entryId =
            m_outbox->enqueue(outbox::acknowledgement(m_tenantId, QStringLiteral("1999-01")));
        QVERIFY(entryId);
        m_sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*entryId), OutboxState::Failed, timeoutMs);
        const OutboxEntry failed = *m_outbox->entry(*entryId);
        QCOMPARE(failed.responseStatus, 422);
        QCOMPARE(failed.attempts, 1);
        QVERIFY2(failed.lastError.contains(QStringLiteral("disclosureVersion")),
                 qPrintable(failed.lastError));
        QCOMPARE(m_outbox->openCount(), 0);
        QVERIFY(m_outbox->dismiss(*entryId));
        QVERIFY(m_outbox->entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutboxConflict)
#include "tst_outbox_conflict.moc"
