// The network map end to end against the real dispatchable-server over TLS: a full sync brings
// every tenant's places, network elements, 933 test calls and emergency calling policy into a
// real SQLite cache exactly as the server lists them; a place and an element created through
// the outbox appear in the cache after a delta sync (the subnet as the server normalised it),
// and their deletion arrives as tombstones; a test call and a policy change arrive too.
#include "ApiTestHelpers.h"
#include "SyncedCache.h"
#include "TestBackend.h"
#include "api/HttpClient.h"
#include "store/Cache.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"
#include "sync/OutboxSender.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
constexpr int timeoutMs = 30000;

template <typename T> QList<T> decodeAll(const QJsonArray &items)
{
    QList<T> out;
    for (const QJsonValue &item : items) {
        QList<FieldError> errors;
        if (auto value = T::fromJson(item, errors))
            out.append(*value);
    }
    return out;
}
} // namespace

class TestLisSync : public QObject
{
    Q_OBJECT

private:
    TestBackend m_backend;
    QString m_staff;
    QStringList m_tenants;
    QTemporaryDir m_dir;

    QString path(const QString &tenantId, const char *rest) const
    {
        return QString(QStringLiteral("/v1/tenants/") + tenantId + QLatin1StringView(rest));
    }

    // Sends everything queued and waits until none of `ids` is open; false on a timeout.
    bool sendAll(Outbox &box, HttpClient &http, const QList<qint64> &ids)
    {
        OutboxSender sender(box, http);
        sender.start();
        return QTest::qWaitFor(
            [&] {
                for (qint64 id : ids) {
                    const auto e = box.entry(id);
                    if (!e || e->isOpen())
                        return false;
                }
                return true;
            },
            timeoutMs);
    }

    // Runs one sync (delta when possible) and waits for its end; empty on success.
    QString runSync(SyncEngine &engine)
    {
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QSignalSpy failed(&engine, &SyncEngine::failed);
        engine.sync();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, timeoutMs))
            return QStringLiteral("the sync did not finish");
        if (!failed.isEmpty()) {
            const auto error = failed.first().first().value<ApiError>();
            return QString(error.message + QLatin1Char(' ') + error.details);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_backend.start(), qPrintable(m_backend.process().diagnostics()));
        m_staff = m_backend.token(QStringLiteral("staff"));
        m_tenants = api::tenantIds(m_backend, m_staff);
        QVERIFY(!m_tenants.isEmpty());
    }

    void fullSyncBringsTheNetworkMapAsTheServerListsIt()
    {
        QString why;
        auto cache = syncedCache(m_backend, m_staff, m_dir.filePath(QStringLiteral("full.sqlite")),
                                 &why, timeoutMs);
        QVERIFY2(cache, qPrintable(why));
        qsizetype elementsSeen = 0;
        qsizetype callsSeen = 0;
        for (const QString &tenant : std::as_const(m_tenants)) {
            bool ok = false;
            const auto places =
                decodeAll<Place>(api::listAll(m_backend, path(tenant, "/places"), m_staff, &ok));
            QVERIFY(ok);
            QCOMPARE(cache->places(tenant).size(), places.size());
            for (const Place &place : places)
                QCOMPARE(cache->place(place.id), place);

            const auto elements = decodeAll<NetworkElement>(
                api::listAll(m_backend, path(tenant, "/network-elements"), m_staff, &ok));
            QVERIFY(ok);
            QCOMPARE(cache->networkElements(tenant), elements); // same order: by id
            elementsSeen += elements.size();

            const auto calls = decodeAll<TestCall>(
                api::listAll(m_backend, path(tenant, "/test-calls"), m_staff, &ok));
            QVERIFY(ok);
            QCOMPARE(cache->testCalls(tenant).size(), calls.size());
            callsSeen += calls.size();

            const TestReply policy = m_backend.get(path(tenant, "/emergency-policy"), m_staff);
            QCOMPARE(policy.status, 200);
            QList<FieldError> errors;
            QCOMPARE(cache->emergencyPolicy(tenant),
                     EmergencyPolicy::fromJson(policy.json(), errors));
        }
        // The demo data has a network map and test calls: the comparisons above were not empty.
        QVERIFY(elementsSeen > 0);
        QVERIFY(callsSeen > 0);
    }

    void outboxWritesArriveInTheCacheAfterADeltaSync()
    {
        const QString tenant = m_tenants.constFirst();
        const QJsonArray addresses = api::listAll(m_backend, path(tenant, "/addresses"), m_staff);
        QVERIFY(!addresses.isEmpty());
        const QString addressId =
            addresses.first().toObject().value(QStringLiteral("id")).toString();

        HttpClient http;
        http.setBaseUrl(m_backend.process().baseUrl());
        http.setPinnedFingerprint(m_backend.process().certificateFingerprint());
        http.setBearerToken(m_staff);
        const QString file = m_dir.filePath(QStringLiteral("delta.sqlite"));
        SyncEngine engine(&http, file);
        QString failure = runSync(engine); // the full one
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        Outbox box;
        QVERIFY2(box.open(file, &failure), qPrintable(failure));
        Cache cache(file);
        QVERIFY(cache.open());

        // A place, through the outbox.
        Place place;
        place.tenantId = tenant;
        place.addressId = addressId;
        place.building = QStringLiteral("Annex");
        place.floor = QStringLiteral("Floor 7");
        place.room = QStringLiteral("Room 712");
        const auto placeEntry = box.enqueue(outbox::placeCreate(place));
        QVERIFY(placeEntry);
        QVERIFY(sendAll(box, http, {*placeEntry}));
        const OutboxEntry placeDone = *box.entry(*placeEntry);
        QVERIFY2(placeDone.state == OutboxState::Done, qPrintable(placeDone.lastError));
        QCOMPARE(placeDone.responseStatus, 201);
        place.id = QJsonDocument::fromJson(placeDone.responseBody)
                       .object()
                       .value(QStringLiteral("id"))
                       .toString();
        QVERIFY(!place.id.isEmpty());

        // An element on it, with host bits the server clears, and a test call from it.
        NetworkElement element;
        element.tenantId = tenant;
        element.kind = NetworkElementKind::Subnet;
        element.placeId = place.id;
        element.subnet = QStringLiteral("10.250.7.150/25");
        element.description = QStringLiteral("Annex floor 7");
        TestCall call;
        call.tenantId = tenant;
        call.placeId = place.id;
        call.calledBy = QStringLiteral("Ana Silva");
        call.calledAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        call.readBack = QStringLiteral("Annex, Floor 7, Room 712");
        call.result = TestCallResult::Pass;
        const QList<qint64> second = box.enqueue(QList<OutboxRequest>{
            outbox::networkElementCreate(element), outbox::testCallRecord(call)});
        QCOMPARE(second.size(), 2);
        QVERIFY(sendAll(box, http, second));
        for (qint64 id : second) {
            const OutboxEntry e = *box.entry(id);
            QVERIFY2(e.state == OutboxState::Done, qPrintable(e.lastError));
        }
        const QString elementId = QJsonDocument::fromJson(box.entry(second.first())->responseBody)
                                      .object()
                                      .value(QStringLiteral("id"))
                                      .toString();

        failure = runSync(engine); // a delta
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(cache.syncState().canSyncDelta());
        const auto cachedPlace = cache.place(place.id);
        QVERIFY(cachedPlace);
        QCOMPARE(cachedPlace->label(), QStringLiteral("Annex, Floor 7, Room 712"));
        const auto cachedElement = cache.networkElement(elementId);
        QVERIFY(cachedElement);
        QCOMPARE(cachedElement->subnet, QStringLiteral("10.250.7.128/25"));
        QCOMPARE(cachedElement->placeId, place.id);
        bool callArrived = false;
        for (const TestCall &c : cache.testCalls(tenant))
            callArrived = callArrived || (c.placeId == place.id && c.addressId == addressId);
        QVERIFY(callArrived);

        // The policy, then deleting the element and the place: tombstones.
        EmergencyPolicy policy = *cache.emergencyPolicy(tenant);
        policy.notificationMode = NotificationMode::ConferenceMuted;
        policy.notificationGroup = {QStringLiteral("soc@contoso.com")};
        const QList<qint64> third = box.enqueue(QList<OutboxRequest>{
            outbox::emergencyPolicyUpdate(policy), outbox::networkElementDelete(*cachedElement)});
        QVERIFY(sendAll(box, http, third));
        // The place is free once its element is gone; its etag is the cached one.
        const auto placeDelete = box.enqueue(outbox::placeDelete(*cachedPlace));
        QVERIFY(placeDelete);
        QVERIFY(sendAll(box, http, {*placeDelete}));
        for (qint64 id : third + QList<qint64>{*placeDelete}) {
            const OutboxEntry e = *box.entry(id);
            QVERIFY2(e.state == OutboxState::Done, qPrintable(e.lastError));
        }
        failure = runSync(engine);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(!cache.networkElement(elementId));
        QVERIFY(!cache.place(place.id));
        QCOMPARE(cache.emergencyPolicy(tenant)->notificationMode,
                 NotificationMode::ConferenceMuted);
        QCOMPARE(cache.emergencyPolicy(tenant)->notificationGroup,
                 QStringList{QStringLiteral("soc@contoso.com")});
    }
};

QTEST_GUILESS_MAIN(TestLisSync)
#include "tst_lis_sync.moc"
