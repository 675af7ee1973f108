// The outbox survives the death of the client process: a committed change is still there after
// a SIGKILL, and a change killed mid-send is sent again after a restart with the same
// Idempotency-Key and applied (and billed) exactly once. The client is the outbox_client helper
// executable, the server the real dispatchable-server over TLS, the outbox a real SQLite file.
#include "ApiTestHelpers.h"
#include "TestBackend.h"
#include "store/Outbox.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr int timeoutMs = 30000;

QString clientExecutable()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/outbox_client");
}

// Whether the server holds a request with this key in flight (claimed, not yet committed).
bool serverHoldsInFlight(TestBackend &backend, const QString &key)
{
    const QString name = QStringLiteral("outbox-crash-server-readonly");
    bool inFlight = false;
    {
        QSqlDatabase db = backend.openDatabase(name);
        if (db.isOpen()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT state FROM idempotency WHERE key = ?"));
            q.addBindValue(key);
            inFlight =
                q.exec() && q.next() && q.value(0).toString() == QLatin1StringView("in_flight");
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return inFlight;
}

} // namespace

class TestOutboxCrash : public QObject
{
    Q_OBJECT

private:
    // Starts outbox_client with the token in its environment, never on its command line.
    void startClient(QProcess &client, const QStringList &extra)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPATCHABLE_TOKEN"), m_backend.token(QStringLiteral("staff")));
        client.setProcessEnvironment(env);
        client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList arguments{
            QStringLiteral("--outbox"),      m_outboxPath,
            QStringLiteral("--url"),         m_backend.process().baseUrl().toString(),
            QStringLiteral("--fingerprint"), m_backend.process().certificateFingerprint()};
        client.start(clientExecutable(), arguments + extra);
        QVERIFY2(client.waitForStarted(timeoutMs), qPrintable(client.errorString()));
    }

    // Reads "queued <id>" from the client's output.
    qint64 waitForQueued(QProcess &client)
    {
        QElapsedTimer timer;
        timer.start();
        while (!client.canReadLine() && timer.elapsed() < timeoutMs)
            client.waitForReadyRead(500);
        const QByteArray line = client.readLine().trimmed();
        return line.startsWith("queued ") ? line.mid(7).toLongLong() : 0;
    }

    // The demo data set, with a provider that never rejects, so the final state is known.
    static QStringList arguments()
    {
        return TestBackend::defaultArguments() +
               QStringList{QStringLiteral("--provision-failure-rate"), QStringLiteral("0")};
    }

    std::optional<OutboxEntry> readEntry(qint64 id)
    {
        // A separate read-only connection, as another process would see the file.
        Outbox watcher;
        QString error;
        if (!watcher.open(m_outboxPath, &error, Outbox::Mode::ReadOnly)) {
            qWarning("%s", qPrintable(error));
            return std::nullopt;
        }
        return watcher.entry(id);
    }

    OutboxState stateOf(qint64 id)
    {
        const auto e = readEntry(id);
        return e ? e->state : OutboxState::Failed;
    }

    TestBackend m_backend;
    QTemporaryDir m_dir;
    QString m_outboxPath;
    std::optional<api::E911Candidate> m_queuedOnly;
    std::optional<api::E911Candidate> m_killedMidSend;

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo(clientExecutable()).isExecutable());
        QVERIFY(m_dir.isValid());
        // Pick the numbers while the server answers at once, then restart it (same port, data
        // and certificate) with every request held 2 s before it is processed: long enough to
        // kill the client while its request is in flight.
        QVERIFY2(m_backend.start(arguments()), qPrintable(m_backend.process().diagnostics()));
        const QString staff = m_backend.token(QStringLiteral("staff"));
        m_queuedOnly = api::findE911Candidate(m_backend, staff);
        QVERIFY(m_queuedOnly);
        m_killedMidSend = api::findE911Candidate(m_backend, staff, {m_queuedOnly->number});
        QVERIFY(m_killedMidSend);
        const quint16 port = m_backend.process().port();
        m_backend.process().stop();
        m_backend.process().setPort(port);
        QVERIFY2(m_backend.start(arguments() + QStringList{QStringLiteral("--fault-latency-ms"),
                                                           QStringLiteral("2000")}),
                 qPrintable(m_backend.process().diagnostics()));
    }

    void init()
    {
        static int n = 0;
        m_outboxPath = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++n));
    }

    void committedChangeSurvivesProcessDeathBeforeSending()
    {
        const auto &candidate = m_queuedOnly;
        const QString spec = QStringList{candidate->tenantId, candidate->number, candidate->etag,
                                         candidate->addressId}
                                 .join(QLatin1Char(','));
        QProcess client;
        startClient(client,
                    {QStringLiteral("--enqueue-enable"), spec, QStringLiteral("--no-send")});
        const qint64 id = waitForQueued(client);
        QVERIFY(id > 0);
        client.kill(); // SIGKILL: no destructor, no close, no checkpoint
        QVERIFY(client.waitForFinished(timeoutMs));
        QCOMPARE(client.exitStatus(), QProcess::CrashExit);

        // What the next start of the app finds.
        Outbox outbox;
        QString error;
        QVERIFY2(outbox.open(m_outboxPath, &error), qPrintable(error));
        const auto entry = outbox.entry(id);
        QVERIFY(entry);
        QCOMPARE(entry->state, OutboxState::Queued);
        QCOMPARE(entry->kind, OutboxKind::E911Enable);
        QCOMPARE(entry->tenantId, candidate->tenantId);
        QCOMPARE(entry->target, candidate->number);
        QCOMPARE(QString::fromLatin1(entry->ifMatch), candidate->etag);
        QCOMPARE(entry->mineJson().value(QStringLiteral("addressId")).toString(),
                 candidate->addressId);
        QVERIFY(!QUuid::fromString(entry->idempotencyKey).isNull());
        QCOMPARE(entry->attempts, 0);
        QCOMPARE(outbox.openCount(), 1);
        // Nothing reached the server.
        QCOMPARE(api::billingEventCount(m_backend, candidate->number), 0);
    }

    void changeKilledMidSendIsAppliedOnceAfterRestart()
    {
        const QString staff = m_backend.token(QStringLiteral("staff"));
        const auto &candidate = m_killedMidSend;
        QCOMPARE(api::billingEventCount(m_backend, candidate->number), 0);
        const QString spec = QStringList{candidate->tenantId, candidate->number, candidate->etag,
                                         candidate->addressId}
                                 .join(QLatin1Char(','));

        QProcess first;
        startClient(first, {QStringLiteral("--enqueue-enable"), spec});
        const qint64 id = waitForQueued(first);
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), OutboxState::Sending, timeoutMs);
        const QString key = readEntry(id)->idempotencyKey;
        // Kill it only once the server holds the request: mid-send, answer not yet written.
        QTRY_VERIFY_WITH_TIMEOUT(serverHoldsInFlight(m_backend, key), timeoutMs);
        first.kill();
        QVERIFY(first.waitForFinished(timeoutMs));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        QCOMPARE(stateOf(id), OutboxState::Sending);

        // The next start resumes it with the same key; the server replays (after answering 409
        // while the first request is still running) instead of applying it a second time.
        QProcess second;
        startClient(second, {});
        QVERIFY(second.waitForFinished(timeoutMs * 2));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);

        const auto entry = readEntry(id);
        QVERIFY(entry);
        QVERIFY2(entry->state == OutboxState::Done,
                 qPrintable(entry->lastError + QLatin1Char('\n') +
                            QString::fromUtf8(entry->responseBody)));
        QCOMPARE(entry->idempotencyKey, key);
        QVERIFY2(entry->attempts >= 2, QByteArray::number(entry->attempts));
        QCOMPARE(entry->responseStatus, 202);
        // Followed until final by the resumed client.
        QCOMPARE(entry->follow, OutboxFollow::Settled);
        QCOMPARE(entry->finalState, QStringLiteral("registered"));

        QCOMPARE(api::billingEventCount(m_backend, candidate->number), 1);
        const TestReply did =
            m_backend.get(api::didPath(candidate->tenantId, candidate->number), staff);
        QCOMPARE(did.status, 200);
        const QString state = did.json()
                                  .value(QStringLiteral("e911"))
                                  .toObject()
                                  .value(QStringLiteral("state"))
                                  .toString();
        QVERIFY2(state == QLatin1StringView("pending") || state == QLatin1StringView("registered"),
                 qPrintable(state));
    }
};

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "tst_outbox_crash.moc"
