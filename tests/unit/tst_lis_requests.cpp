// The network map's outbox requests: each write goes to the contract's route with the body the
// server accepts (only the fields the kind uses, no unknown ones), updates and deletes carry the
// version they are based on in If-Match, POSTs carry an Idempotency-Key once queued, and a bulk
// import is split into batches of at most 1000 elements in order.
#include "lis/NetworkBulkResult.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

class TestLisRequests : public QObject
{
    Q_OBJECT
private slots:
    void placeWritesFollowTheContract();
    void elementBodiesHoldOnlyTheKindsFields();
    void elementWritesFollowTheContract();
    void bulkIsSplitIntoBatchesOfAThousandInOrder();
    void testCallAndPolicyFollowTheContract();
    void queuedPostsGetAnIdempotencyKeyAndPutsDoNot();
    void bulkAnswerIsReadPerItemInRequestOrder();
};

namespace {
const QString tenant = QStringLiteral("0f8e3c2a-1b4d-4e6f-9a7b-2c3d4e5f6a7b");
const QString base = QStringLiteral("/v1/tenants/0f8e3c2a-1b4d-4e6f-9a7b-2c3d4e5f6a7b");

Place place()
{
    Place p;
    p.id = QStringLiteral("pl-1");
    p.tenantId = tenant;
    p.addressId = QStringLiteral("addr-1");
    p.building = QStringLiteral("HQ");
    p.floor = QStringLiteral("3");
    p.etag = QStringLiteral("\"p4\"");
    return p;
}

NetworkElement element(NetworkElementKind kind)
{
    NetworkElement e;
    e.id = QStringLiteral("ne-1");
    e.tenantId = tenant;
    e.kind = kind;
    e.placeId = QStringLiteral("pl-1");
    e.subnet = QStringLiteral("10.1.0.0/24");
    e.bssid = QStringLiteral("AA-BB-CC-DD-EE-FF");
    e.chassisId = QStringLiteral("00-11-22-33-44-55");
    e.portId = QStringLiteral("Gi1/0/7");
    e.description = QStringLiteral("Lobby");
    e.etag = QStringLiteral("\"n2\"");
    return e;
}

QJsonObject bodyOf(const OutboxRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}
} // namespace

void TestLisRequests::placeWritesFollowTheContract()
{
    const OutboxRequest create = outbox::placeCreate(place());
    QCOMPARE(create.kind, OutboxKind::PlaceCreate);
    QCOMPARE(create.method, QByteArray("POST"));
    QCOMPARE(create.path, QString(base + QStringLiteral("/places")));
    QVERIFY(create.ifMatch.isEmpty());
    QCOMPARE(create.target, QStringLiteral("HQ, 3"));
    const QJsonObject body = bodyOf(create);
    QCOMPARE(keysOf(body), QStringList({QStringLiteral("addressId"), QStringLiteral("building"),
                                        QStringLiteral("description"), QStringLiteral("floor"),
                                        QStringLiteral("room")}));
    QCOMPARE(body.value(QStringLiteral("addressId")).toString(), QStringLiteral("addr-1"));
    QCOMPARE(body.value(QStringLiteral("room")).toString(), QString());

    const OutboxRequest update = outbox::placeUpdate(place());
    QCOMPARE(update.method, QByteArray("PUT"));
    QCOMPARE(update.path, QString(base + QStringLiteral("/places/pl-1")));
    QCOMPARE(update.ifMatch, QByteArray("\"p4\""));
    QCOMPARE(bodyOf(update), body);

    const OutboxRequest remove = outbox::placeDelete(place());
    QCOMPARE(remove.kind, OutboxKind::PlaceDelete);
    QCOMPARE(remove.method, QByteArray("DELETE"));
    QCOMPARE(remove.path, update.path);
    QCOMPARE(remove.ifMatch, QByteArray("\"p4\""));
    QVERIFY(remove.body.isEmpty());

    // A place matched to Teams sends its LocationId back with every edit; without one the
    // member is left out, which keeps whatever the server has (docs/api.md).
    Place matched = place();
    matched.teamsLocationId = QStringLiteral("9f3a1c2b-0d4e-4f5a-8b6c-7d8e9f0a1b2c");
    QCOMPARE(bodyOf(outbox::placeUpdate(matched)).value(QStringLiteral("teamsLocationId")),
             QJsonValue(matched.teamsLocationId));
    QVERIFY(!body.contains(QStringLiteral("teamsLocationId")));
}

void TestLisRequests::elementBodiesHoldOnlyTheKindsFields()
{
    const auto keys = [](NetworkElementKind kind) {
        return keysOf(outbox::networkElementBody(element(kind)));
    };
    const QString d = QStringLiteral("description"), k = QStringLiteral("kind"),
                  p = QStringLiteral("placeId");
    QCOMPARE(keys(NetworkElementKind::Subnet), QStringList({d, k, p, QStringLiteral("subnet")}));
    QCOMPARE(keys(NetworkElementKind::AccessPoint),
             QStringList({QStringLiteral("bssid"), d, k, p}));
    QCOMPARE(keys(NetworkElementKind::Switch), QStringList({QStringLiteral("chassisId"), d, k, p}));
    QCOMPARE(keys(NetworkElementKind::Port),
             QStringList({QStringLiteral("chassisId"), d, k, p, QStringLiteral("portId")}));
    // A trusted IP has no place.
    QCOMPARE(keys(NetworkElementKind::TrustedIp), QStringList({d, k, QStringLiteral("subnet")}));
    const QJsonObject port = outbox::networkElementBody(element(NetworkElementKind::Port));
    QCOMPARE(port.value(QStringLiteral("kind")).toString(), QStringLiteral("port"));
    QCOMPARE(port.value(QStringLiteral("portId")).toString(), QStringLiteral("Gi1/0/7"));
    QCOMPARE(outbox::networkElementBody(element(NetworkElementKind::TrustedIp))
                 .value(QStringLiteral("kind"))
                 .toString(),
             QStringLiteral("trusted_ip"));
}

void TestLisRequests::elementWritesFollowTheContract()
{
    const NetworkElement wap = element(NetworkElementKind::AccessPoint);
    const OutboxRequest create = outbox::networkElementCreate(wap);
    QCOMPARE(create.kind, OutboxKind::NetworkElementCreate);
    QCOMPARE(create.method, QByteArray("POST"));
    QCOMPARE(create.path, QString(base + QStringLiteral("/network-elements")));
    QCOMPARE(create.target, QStringLiteral("wap AA-BB-CC-DD-EE-FF"));
    QVERIFY(create.ifMatch.isEmpty());
    QCOMPARE(bodyOf(create), outbox::networkElementBody(wap));

    const OutboxRequest update = outbox::networkElementUpdate(wap);
    QCOMPARE(update.method, QByteArray("PUT"));
    QCOMPARE(update.path, QString(base + QStringLiteral("/network-elements/ne-1")));
    QCOMPARE(update.ifMatch, QByteArray("\"n2\""));
    QCOMPARE(update.target, QStringLiteral("ne-1"));

    const OutboxRequest remove = outbox::networkElementDelete(wap);
    QCOMPARE(remove.kind, OutboxKind::NetworkElementDelete);
    QCOMPARE(remove.method, QByteArray("DELETE"));
    QCOMPARE(remove.path, update.path);
    QCOMPARE(remove.ifMatch, QByteArray("\"n2\""));
}

void TestLisRequests::bulkIsSplitIntoBatchesOfAThousandInOrder()
{
    QList<NetworkElement> elements;
    for (int i = 0; i < 2501; ++i) {
        NetworkElement e = element(NetworkElementKind::Subnet);
        e.subnet = QStringLiteral("10.%1.%2.0/24").arg(i / 256).arg(i % 256);
        elements.append(e);
    }
    QVERIFY(outbox::networkElementsBulk(tenant, {}).isEmpty());
    const QList<OutboxRequest> batches = outbox::networkElementsBulk(tenant, elements);
    QCOMPARE(batches.size(), 3);
    qsizetype seen = 0;
    for (const OutboxRequest &batch : batches) {
        QCOMPARE(batch.kind, OutboxKind::NetworkElementsBulk);
        QCOMPARE(batch.method, QByteArray("POST"));
        QCOMPARE(batch.path, QString(base + QStringLiteral("/network-elements-bulk")));
        QVERIFY(batch.ifMatch.isEmpty());
        const QJsonObject body = bodyOf(batch);
        QCOMPARE(body.keys(), QStringList{QStringLiteral("elements")});
        const QJsonArray items = body.value(QStringLiteral("elements")).toArray();
        QVERIFY(items.size() <= outbox::maxBulkElements);
        for (const QJsonValue &item : items) {
            QCOMPARE(item.toObject(), outbox::networkElementBody(elements.at(seen)));
            ++seen;
        }
    }
    QCOMPARE(seen, elements.size());
    QCOMPARE(bodyOf(batches.at(0)).value(QStringLiteral("elements")).toArray().size(), 1000);
    QCOMPARE(bodyOf(batches.at(2)).value(QStringLiteral("elements")).toArray().size(), 501);
    QCOMPARE(batches.at(2).target, QStringLiteral("501 network elements, 10.7.208.0/24 … "
                                                  "10.9.196.0/24"));
}

void TestLisRequests::testCallAndPolicyFollowTheContract()
{
    TestCall call;
    call.tenantId = tenant;
    call.number = QStringLiteral("+12065550100");
    call.calledBy = QStringLiteral("Ana Silva");
    call.calledAt = QDateTime(QDate(2026, 3, 2), QTime(15, 30), QTimeZone(3600));
    call.readBack = QStringLiteral("1 Main St, Floor 3");
    call.result = TestCallResult::Fail;
    const OutboxRequest record = outbox::testCallRecord(call);
    QCOMPARE(record.kind, OutboxKind::TestCallRecord);
    QCOMPARE(record.method, QByteArray("POST"));
    QCOMPARE(record.path, QString(base + QStringLiteral("/test-calls")));
    QCOMPARE(record.target, QStringLiteral("+12065550100"));
    const QJsonObject body = bodyOf(record);
    QCOMPARE(keysOf(body), QStringList({QStringLiteral("calledAt"), QStringLiteral("calledBy"),
                                        QStringLiteral("note"), QStringLiteral("number"),
                                        QStringLiteral("readBack"), QStringLiteral("result")}));
    QCOMPARE(body.value(QStringLiteral("calledAt")).toString(),
             QStringLiteral("2026-03-02T14:30:00.000Z")); // UTC, RFC 3339
    QCOMPARE(body.value(QStringLiteral("result")).toString(), QStringLiteral("fail"));
    call.placeId = QStringLiteral("pl-1");
    QCOMPARE(bodyOf(outbox::testCallRecord(call)).value(QStringLiteral("placeId")).toString(),
             QStringLiteral("pl-1"));

    EmergencyPolicy policy;
    policy.tenantId = tenant;
    policy.notificationMode = NotificationMode::ConferenceMuted;
    policy.notificationGroup = {QStringLiteral("soc@contoso.com")};
    policy.etag = QStringLiteral("\"e3\"");
    const OutboxRequest update = outbox::emergencyPolicyUpdate(policy);
    QCOMPARE(update.kind, OutboxKind::EmergencyPolicyUpdate);
    QCOMPARE(update.method, QByteArray("PUT"));
    QCOMPARE(update.path, QString(base + QStringLiteral("/emergency-policy")));
    QCOMPARE(update.ifMatch, QByteArray("\"e3\""));
    const QJsonObject policyBody = bodyOf(update);
    QCOMPARE(policyBody.value(QStringLiteral("notificationMode")).toString(),
             QStringLiteral("conference_muted"));
    QCOMPARE(policyBody.value(QStringLiteral("notificationGroup")).toArray(),
             QJsonArray{QStringLiteral("soc@contoso.com")});
    QCOMPARE(policyBody.value(QStringLiteral("notificationDialOutNumber")).toString(), QString());
}

void TestLisRequests::queuedPostsGetAnIdempotencyKeyAndPutsDoNot()
{
    QTemporaryDir dir;
    Outbox box;
    QString error;
    QVERIFY2(box.open(dir.filePath(QStringLiteral("profile.sqlite")), &error), qPrintable(error));
    TestCall call;
    call.tenantId = tenant;
    call.placeId = QStringLiteral("pl-1");
    call.calledAt = QDateTime::currentDateTimeUtc();
    EmergencyPolicy policy;
    policy.tenantId = tenant;
    policy.etag = QStringLiteral("\"e1\"");
    const QList<std::pair<OutboxRequest, bool>> cases{
        {outbox::placeCreate(place()), true},
        {outbox::placeUpdate(place()), false},
        {outbox::placeDelete(place()), false},
        {outbox::networkElementCreate(element(NetworkElementKind::Subnet)), true},
        {outbox::networkElementUpdate(element(NetworkElementKind::Subnet)), false},
        {outbox::networkElementDelete(element(NetworkElementKind::Subnet)), false},
        {outbox::networkElementsBulk(tenant, {element(NetworkElementKind::Subnet)}).first(), true},
        {outbox::testCallRecord(call), true},
        {outbox::emergencyPolicyUpdate(policy), false},
    };
    for (const auto &[request, keyed] : cases) {
        const auto id = box.enqueue(request, &error);
        QVERIFY2(id, qPrintable(error));
        const auto entry = box.entry(*id);
        QVERIFY(entry);
        // The kind survives the round trip through its stored name.
        QCOMPARE(entry->kind, request.kind);
        QCOMPARE(outboxKindFromName(outboxKindName(request.kind)), request.kind);
        QCOMPARE(entry->sendsIdempotencyKey(), keyed);
        QCOMPARE(entry->ifMatch, request.ifMatch);
        QVERIFY(!entry->idempotencyKey.isEmpty());
    }
}

void TestLisRequests::bulkAnswerIsReadPerItemInRequestOrder()
{
    QJsonObject stored = outbox::networkElementBody(element(NetworkElementKind::Subnet));
    stored.insert(QStringLiteral("id"), QStringLiteral("ne-9"));
    stored.insert(QStringLiteral("tenantId"), tenant);
    stored.insert(QStringLiteral("bssid"), QString());
    stored.insert(QStringLiteral("chassisId"), QString());
    stored.insert(QStringLiteral("portId"), QString());
    stored.insert(QStringLiteral("etag"), QStringLiteral("\"n1\""));
    stored.insert(QStringLiteral("updatedAt"), QStringLiteral("2026-03-01T10:00:00Z"));
    const QJsonObject problem{
        {QStringLiteral("type"), QStringLiteral("urn:dispatchable:problem:invalid-field")},
        {QStringLiteral("title"), QStringLiteral("Some fields are not valid")},
        {QStringLiteral("status"), 422},
        {QStringLiteral("errors"),
         QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("bssid")},
                                {QStringLiteral("code"), QStringLiteral("inside_wildcard")},
                                {QStringLiteral("detail"), QStringLiteral("Inside AA-BB-*")}}}}};
    const auto answer = [](const QJsonArray &results) {
        return QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson();
    };
    const QJsonArray results{QJsonObject{{QStringLiteral("index"), 0},
                                         {QStringLiteral("outcome"), QStringLiteral("created")},
                                         {QStringLiteral("element"), stored}},
                             QJsonObject{{QStringLiteral("index"), 1},
                                         {QStringLiteral("outcome"), QStringLiteral("rejected")},
                                         {QStringLiteral("problem"), problem}},
                             QJsonObject{{QStringLiteral("index"), 2},
                                         {QStringLiteral("outcome"), QStringLiteral("unchanged")},
                                         {QStringLiteral("element"), stored}}};
    QList<FieldError> errors;
    const auto read = NetworkBulkResult::fromJson(answer(results), 3, errors);
    QVERIFY(read);
    QCOMPARE(read->size(), 3);
    QCOMPARE(read->at(0).outcome, NetworkBulkOutcome::Created);
    QCOMPARE(read->at(0).element->id, QStringLiteral("ne-9"));
    QCOMPARE(read->at(1).outcome, NetworkBulkOutcome::Rejected);
    QCOMPARE(read->at(1).problem->slug(), QStringLiteral("invalid-field"));
    QCOMPARE(read->at(1).problem->errors.first().code, QStringLiteral("inside_wildcard"));
    QCOMPARE(read->at(2).outcome, NetworkBulkOutcome::Unchanged);

    // Answers that would misreport rows are refused: a missing result, a swapped index, an
    // unknown outcome, a created item without its element.
    QVERIFY(!NetworkBulkResult::fromJson(answer(results), 4, errors));
    QJsonArray swapped = results;
    swapped[0] = QJsonObject{{QStringLiteral("index"), 1},
                             {QStringLiteral("outcome"), QStringLiteral("rejected")},
                             {QStringLiteral("problem"), problem}};
    QVERIFY(!NetworkBulkResult::fromJson(answer(swapped), 3, errors));
    QJsonArray unknown = results;
    unknown[2] = QJsonObject{{QStringLiteral("index"), 2},
                             {QStringLiteral("outcome"), QStringLiteral("skipped")}};
    QVERIFY(!NetworkBulkResult::fromJson(answer(unknown), 3, errors));
    QJsonArray bare = results;
    bare[0] = QJsonObject{{QStringLiteral("index"), 0},
                          {QStringLiteral("outcome"), QStringLiteral("created")}};
    errors.clear();
    QVERIFY(!NetworkBulkResult::fromJson(answer(bare), 3, errors));
    QCOMPARE(errors.first().field, QStringLiteral("results[0].element"));
    QVERIFY(!NetworkBulkResult::fromJson("[]", 0, errors));
}

QTEST_GUILESS_MAIN(TestLisRequests)
#include "tst_lis_requests.moc"
