// Emergency-call events end to end on the backend (issue 16): the backend keeps its Graph
// subscriptions against a local stand-in of Graph (create, renew, 404 → recreate, 409 →
// replace, delete), receives notifications sealed exactly as Graph seals them over real TLS,
// refuses every kind of forged or broken delivery (validation tokens included, checked against
// the stand-in's published signing keys) with a logged reason, never records an event twice, judges
// the location Teams sent, and turns a 933 call into a test-call record.
#include "ApiTestHelpers.h"
#include "GraphBackendFixture.h"
#include "GraphNotificationSealer.h"
#include "GraphStandIn.h"
#include "TestBackend.h"
#include "api/CertificateFingerprint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace graph_test;

namespace {

const QString teamsTenant = GraphBackendFixture::teamsTenant();
const QString deskPolicy = GraphBackendFixture::deskPolicy();

QString resourceFor(const QString &policy)
{
    return GraphBackendFixture::resourceFor(policy);
}

QString newEventId()
{
    return GraphBackendFixture::newEventId();
}

} // namespace

class TestApiEmergencyCalls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validationHandshakeEchoesTheToken();
    void matchingCallIsRecordedOnce();
    void forgedOrBrokenNotificationsAreRefused_data();
    void forgedOrBrokenNotificationsAreRefused();
    void malformedDeliveriesGetAnAnswer();
    void mismatchIsFlaggedWithWhatDiffered();
    void callsNameTheirPlace();
    void testCallFillsTheChecklist();
    void burstOfHundredGivesHundredCalls();
    void acknowledgementIsRecordedAndAudited();
    void keeperRenewsAndRecreatesLostSubscription();
    void keeperReplacesDuplicateAndDeletesRemovedPolicy();
    void feedRefusesBadInput();
    void demoSimulatesCalls();
    void streamReplaysThenGoesLive();

private:
    StandInSubscription subscriptionFor(const QString &policy) const;
    // Posts one delivery; returns the HTTP status.
    int deliver(const QJsonObject &collection);
    // Delivers a genuine event for `phone` and waits until it is recorded: everything delivered
    // before it has then been processed too (one queue, in order).
    QJsonObject deliverAndWait(const QJsonObject &event);
    QJsonObject callWithEvent(const QString &eventId);
    QJsonArray calls(const QString &query = {});
    QJsonObject event(const QString &type, const QString &dialed, const QString &phone,
                      const QJsonObject &location, const QString &id = newEventId()) const;
    QJsonObject registeredLocation() const;
    QJsonObject putFeed(const QStringList &policies);

    GraphBackendFixture m_fixture;
    GraphStandIn &m_graph = m_fixture.graph();
    TestBackend &m_backend = m_fixture.backend();
    QString m_staff;
    QString m_tenant;
    QString m_number;      // registered for E911
    QJsonObject m_address; // its address
};

void TestApiEmergencyCalls::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    m_staff = m_fixture.staff();
    m_tenant = m_fixture.tenant();
    m_number = m_fixture.number();
    m_address = m_fixture.address();
    QTRY_COMPARE_WITH_TIMEOUT(
        m_backend.get(QStringLiteral("/v1/tenants/%1/emergency-call-feed").arg(m_tenant), m_staff)
            .json()
            .value(QStringLiteral("subscriptions"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("state"))
            .toString(),
        QStringLiteral("active"), 10000);
    const StandInSubscription s = subscriptionFor(deskPolicy);
    QCOMPARE(s.notificationUrl.path(), QStringLiteral("/v1/graph/notifications"));
    QVERIFY(s.clientState.size() >= 32);
}

QJsonObject TestApiEmergencyCalls::putFeed(const QStringList &policies)
{
    return m_fixture.putFeed(policies);
}

StandInSubscription TestApiEmergencyCalls::subscriptionFor(const QString &policy) const
{
    return m_fixture.subscriptionFor(policy);
}

int TestApiEmergencyCalls::deliver(const QJsonObject &collection)
{
    return m_fixture.deliverCollection(collection);
}

QJsonObject TestApiEmergencyCalls::registeredLocation() const
{
    return m_fixture.registeredLocation();
}

QJsonObject TestApiEmergencyCalls::event(const QString &type, const QString &dialed,
                                         const QString &phone, const QJsonObject &location,
                                         const QString &id) const
{
    return m_fixture.event(type, dialed, phone, location, id);
}

QJsonArray TestApiEmergencyCalls::calls(const QString &query)
{
    return api::listAll(
        m_backend,
        QStringLiteral("/v1/tenants/%1/emergency-calls?limit=1000%2").arg(m_tenant, query),
        m_staff);
}

QJsonObject TestApiEmergencyCalls::callWithEvent(const QString &eventId)
{
    for (const QJsonValue &call : calls()) {
        for (const QJsonValue &e : call.toObject().value(QStringLiteral("events")).toArray()) {
            if (e.toObject().value(QStringLiteral("id")).toString() == eventId)
                return call.toObject();
        }
    }
    return {};
}

QJsonObject TestApiEmergencyCalls::deliverAndWait(const QJsonObject &e)
{
    if (deliver(m_graph.notificationFor(subscriptionFor(deskPolicy), {e})) != 202)
        return {};
    const QString id = e.value(QStringLiteral("id")).toString();
    QJsonObject call;
    const bool recorded = QTest::qWaitFor(
        [&] {
            call = callWithEvent(id);
            return !call.isEmpty();
        },
        10000);
    Q_UNUSED(recorded); // an empty answer says it
    return call;
}

void TestApiEmergencyCalls::validationHandshakeEchoesTheToken()
{
    const TestReply reply = m_backend.request(
        "POST", QStringLiteral("/v1/graph/notifications?validationToken=Validation%3A%20Testing"),
        {}, {}, {{"Content-Type", "text/plain"}});
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("content-type").startsWith("text/plain"));
    QCOMPARE(reply.body, QByteArray("Validation: Testing"));
}

void TestApiEmergencyCalls::matchingCallIsRecordedOnce()
{
    const QJsonObject started = event(QStringLiteral("callStarted"), QStringLiteral("911"),
                                      m_number.mid(1), registeredLocation());
    const QJsonObject delivery = m_graph.notificationFor(subscriptionFor(deskPolicy), {started});
    QJsonObject call = deliverAndWait(started);
    QVERIFY2(!call.isEmpty(), qPrintable(m_backend.process().diagnostics().right(2000)));
    QCOMPARE(call.value(QStringLiteral("number")).toString(), m_number);
    QCOMPARE(call.value(QStringLiteral("kind")).toString(), QStringLiteral("emergency"));
    QCOMPARE(call.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QCOMPARE(call.value(QStringLiteral("location")).toObject().value(QStringLiteral("verdict")),
             QJsonValue(QStringLiteral("matches")));
    QCOMPARE(call.value(QStringLiteral("registered")).toObject().value(QStringLiteral("addressId")),
             m_address.value(QStringLiteral("id")));

    // Graph redelivers: the same event again changes nothing.
    QCOMPARE(deliver(delivery), 202);
    const QJsonObject ended =
        event(QStringLiteral("callEnded"), QStringLiteral("911"), m_number.mid(1), QJsonObject());
    call = deliverAndWait(ended);
    QCOMPARE(call.value(QStringLiteral("id")),
             QJsonValue(callWithEvent(started.value(QStringLiteral("id")).toString())
                            .value(QStringLiteral("id"))));
    QCOMPARE(call.value(QStringLiteral("events")).toArray().size(), 2);
    QCOMPARE(call.value(QStringLiteral("state")).toString(), QStringLiteral("ended"));
    QVERIFY(m_backend.process().diagnostics().contains(QStringLiteral("ignored a replayed event")));
    // Three deliveries, each with a validation token: the signing keys were fetched once.
    QCOMPARE(m_graph.signingKeyFetches(), 1);
}

void TestApiEmergencyCalls::forgedOrBrokenNotificationsAreRefused_data()
{
    QTest::addColumn<QString>("forgery");
    QTest::addColumn<QString>("loggedReason");
    QTest::newRow("wrong clientState") << "clientState"
                                       << "wrong clientState";
    QTest::newRow("unknown subscription") << "subscription"
                                          << "unknown subscription";
    QTest::newRow("another Teams tenant") << "tenant"
                                          << "Teams tenant this subscription";
    QTest::newRow("altered data") << "data"
                                  << "dataSignature does not match";
    QTest::newRow("sealed for a stranger") << "stranger"
                                           << "dataKey does not decrypt";
    QTest::newRow("unknown certificate id") << "certificateId"
                                            << "unknown encryptionCertificateId";
    QTest::newRow("not an emergency event") << "event"
                                            << "holds no emergencyCallEvent";
    QTest::newRow("caller of another tenant") << "caller"
                                              << "caller's tenant differs";
    QTest::newRow("no validation tokens") << "noTokens"
                                          << "no validationTokens";
    QTest::newRow("token that is no JWT") << "tokenGarbage"
                                          << "not three dot-separated parts";
    QTest::newRow("token signed by another key") << "tokenKey"
                                                 << "signature does not verify";
    QTest::newRow("token with an unknown key id") << "tokenKid"
                                                  << "unknown signing key kid";
    QTest::newRow("expired token") << "tokenExpired"
                                   << "the token expired";
    QTest::newRow("token for another app") << "tokenAudience"
                                           << "aud is not our app's client id";
    QTest::newRow("token not from Graph") << "tokenAppId"
                                          << "is not Microsoft Graph's change notification";
    QTest::newRow("token from another tenant") << "tokenTenant"
                                               << "no valid validation token is from Teams";
}

void TestApiEmergencyCalls::forgedOrBrokenNotificationsAreRefused()
{
    QFETCH(QString, forgery);
    QFETCH(QString, loggedReason);
    const StandInSubscription s = subscriptionFor(deskPolicy);
    QJsonObject forged = event(QStringLiteral("callStarted"), QStringLiteral("911"),
                               QStringLiteral("12065550199"), registeredLocation());
    const QString forgedId = forged.value(QStringLiteral("id")).toString();
    if (forgery == QLatin1StringView("event"))
        forged.remove(QStringLiteral("emergencyCallEvent"));
    if (forgery == QLatin1StringView("caller")) {
        QJsonObject e = forged.value(QStringLiteral("emergencyCallEvent")).toObject();
        QJsonObject caller = e.value(QStringLiteral("callerInfo")).toObject();
        caller.insert(QStringLiteral("tenantId"),
                      QUuid::createUuid().toString(QUuid::WithoutBraces));
        e.insert(QStringLiteral("callerInfo"), caller);
        forged.insert(QStringLiteral("emergencyCallEvent"), e);
    }
    QJsonObject collection = m_graph.notificationFor(s, {forged});
    QJsonObject item = collection.value(QStringLiteral("value")).toArray().at(0).toObject();
    QJsonObject content = item.value(QStringLiteral("encryptedContent")).toObject();
    if (forgery == QLatin1StringView("clientState"))
        item.insert(QStringLiteral("clientState"), QStringLiteral("guessed"));
    if (forgery == QLatin1StringView("subscription"))
        item.insert(QStringLiteral("subscriptionId"), newEventId());
    if (forgery == QLatin1StringView("tenant"))
        item.insert(QStringLiteral("tenantId"), newEventId());
    if (forgery == QLatin1StringView("data")) {
        QByteArray data =
            QByteArray::fromBase64(content.value(QStringLiteral("data")).toString().toLatin1());
        data[data.size() / 2] = static_cast<char>(data[data.size() / 2] ^ 0x20);
        content.insert(QStringLiteral("data"), QString::fromLatin1(data.toBase64()));
    }
    if (forgery == QLatin1StringView("stranger"))
        content = sealForCertificate(QJsonDocument(forged).toJson(), strangerCertificatePem(),
                                     s.certificateId);
    if (forgery == QLatin1StringView("certificateId"))
        content.insert(QStringLiteral("encryptionCertificateId"), QStringLiteral("old-cert"));
    item.insert(QStringLiteral("encryptedContent"), content);
    collection.insert(QStringLiteral("value"), QJsonArray{item});
    if (forgery.startsWith(QLatin1StringView("token")) ||
        forgery == QLatin1StringView("noTokens")) {
        QJsonObject claims = validationTokenClaims(GraphStandIn::clientId(), teamsTenant);
        TestSigningKey key = standInSigningKey();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (forgery == QLatin1StringView("tokenKey"))
            key = strangerSigningKey();
        if (forgery == QLatin1StringView("tokenKid"))
            key.id = QStringLiteral("retired-long-ago");
        if (forgery == QLatin1StringView("tokenExpired")) {
            claims.insert(QStringLiteral("iat"), now - 7200);
            claims.insert(QStringLiteral("nbf"), now - 7200);
            claims.insert(QStringLiteral("exp"), now - 3600);
        }
        if (forgery == QLatin1StringView("tokenAudience"))
            claims.insert(QStringLiteral("aud"), newEventId());
        if (forgery == QLatin1StringView("tokenAppId"))
            claims.insert(QStringLiteral("appid"), newEventId());
        if (forgery == QLatin1StringView("tokenTenant"))
            claims.insert(QStringLiteral("iss"),
                          QStringLiteral("https://sts.windows.net/%1/").arg(newEventId()));
        const QString token = forgery == QLatin1StringView("tokenGarbage")
                                  ? QStringLiteral("stand-in.jwt")
                                  : signValidationToken(claims, key);
        collection.insert(QStringLiteral("validationTokens"), QJsonArray{token});
        if (forgery == QLatin1StringView("noTokens"))
            collection.remove(QStringLiteral("validationTokens"));
    }

    // Accepted at once (a sender learns nothing), then refused.
    QCOMPARE(deliver(collection), 202);
    QVERIFY(!deliverAndWait(event(QStringLiteral("callStarted"), QStringLiteral("911"),
                                  QStringLiteral("12065550198"), QJsonObject()))
                 .isEmpty());
    QVERIFY(callWithEvent(forgedId).isEmpty());
    QVERIFY2(m_backend.process().diagnostics().contains(loggedReason),
             qPrintable(m_backend.process().diagnostics().right(1500)));
}

void TestApiEmergencyCalls::malformedDeliveriesGetAnAnswer()
{
    const auto post = [this](const QByteArray &body) {
        return m_backend.request("POST", QStringLiteral("/v1/graph/notifications"), {}, body)
            .status;
    };
    QCOMPARE(post("{\"value\": ["), 400);
    QCOMPARE(post("[1, 2, 3]"), 400);
    QCOMPARE(post("{\"value\": {}}"), 400);
    QCOMPARE(post(QByteArray("{\"value\": [\"") + QByteArray(2 * 1024 * 1024, 'x') + "\"]}"), 413);
    // Items that are not objects are refused one by one; the server keeps serving.
    QCOMPARE(post("{\"value\": [1, null, \"x\", {}]}"), 202);
    QCOMPARE(m_backend.get(QStringLiteral("/v1/health"), {}).status, 200);
}

void TestApiEmergencyCalls::mismatchIsFlaggedWithWhatDiffered()
{
    const QJsonObject home =
        teamsLocation(QStringLiteral("742"), QStringLiteral("Evergreen"), QStringLiteral("Terrace"),
                      QStringLiteral("Springfield"), QStringLiteral("OR"), QStringLiteral("97477"));
    const QJsonObject call = deliverAndWait(
        event(QStringLiteral("callStarted"), QStringLiteral("911"), m_number.mid(1), home));
    const QJsonObject verdict = call.value(QStringLiteral("location")).toObject();
    QCOMPARE(verdict.value(QStringLiteral("verdict")).toString(), QStringLiteral("differs"));
    QStringList fields;
    for (const QJsonValue &d : verdict.value(QStringLiteral("differences")).toArray())
        fields.append(d.toObject().value(QStringLiteral("field")).toString());
    QVERIFY2(fields.contains(QStringLiteral("addNumber")) &&
                 fields.contains(QStringLiteral("postalCode")),
             qPrintable(fields.join(QLatin1Char(','))));
    QCOMPARE(call.value(QStringLiteral("locationSent"))
                 .toObject()
                 .value(QStringLiteral("city"))
                 .toString(),
             QStringLiteral("Springfield"));
    // The caller hangs up: the call ends, and the next call from the number is a new one.
    const QJsonObject ended = deliverAndWait(
        event(QStringLiteral("callEnded"), QStringLiteral("911"), m_number.mid(1), QJsonObject()));
    QCOMPARE(ended.value(QStringLiteral("id")), call.value(QStringLiteral("id")));
    QCOMPARE(ended.value(QStringLiteral("state")).toString(), QStringLiteral("ended"));
    const QJsonArray differing = calls(QStringLiteral("&verdict=differs"));
    QVERIFY(!differing.isEmpty());
    for (const QJsonValue &c : differing)
        QCOMPARE(c.toObject()
                     .value(QStringLiteral("location"))
                     .toObject()
                     .value(QStringLiteral("verdict")),
                 QJsonValue(QStringLiteral("differs")));
}

void TestApiEmergencyCalls::callsNameTheirPlace()
{
    // Places as Teams names its locations: Floor 9 and Lab 12 at the number's address, another
    // Lab 12 at another address, and a Store at two other addresses.
    const QString here = m_address.value(QStringLiteral("id")).toString();
    QStringList others;
    for (const QJsonValue &a :
         api::listAll(m_backend, QStringLiteral("/v1/tenants/%1/addresses").arg(m_tenant), m_staff))
        if (a.toObject().value(QStringLiteral("id")).toString() != here)
            others.append(a.toObject().value(QStringLiteral("id")).toString());
    QVERIFY(others.size() >= 2);
    const QString other = others.at(0);
    const auto addPlace = [&](const QString &addressId, const QString &field, const QString &name) {
        const TestReply r = m_backend.sendJson(
            "POST", QStringLiteral("/v1/tenants/%1/places").arg(m_tenant), m_staff,
            QJsonObject{{QStringLiteral("addressId"), addressId}, {field, name}},
            {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}});
        return r.status == 201 ? r.json().value(QStringLiteral("id")).toString() : QString();
    };
    const QString floor9 = addPlace(here, QStringLiteral("floor"), QStringLiteral("Floor 9"));
    const QString lab = addPlace(here, QStringLiteral("room"), QStringLiteral("Lab 12"));
    const QString otherLab = addPlace(other, QStringLiteral("room"), QStringLiteral("Lab 12"));
    const QString store = addPlace(others.at(0), QStringLiteral("room"), QStringLiteral("Store"));
    const QString store2 = addPlace(others.at(1), QStringLiteral("room"), QStringLiteral("Store"));
    QVERIFY(!floor9.isEmpty() && !lab.isEmpty() && !otherLab.isEmpty() && !store.isEmpty() &&
            !store2.isEmpty());

    const QJsonObject home =
        teamsLocation(QStringLiteral("742"), QStringLiteral("Evergreen"), QStringLiteral("Terrace"),
                      QStringLiteral("Springfield"), QStringLiteral("OR"), QStringLiteral("97477"));
    // One call per name and location, each ended before the next.
    const auto placeOf = [&](QJsonObject location, const QString &name) {
        location.insert(QStringLiteral("displayName"), name);
        const QJsonObject call = deliverAndWait(
            event(QStringLiteral("callStarted"), QStringLiteral("933"), m_number.mid(1), location));
        deliverAndWait(event(QStringLiteral("callEnded"), QStringLiteral("933"), m_number.mid(1),
                             QJsonObject()));
        return call.value(QStringLiteral("place"));
    };

    // Sent with the place's address: the place, matching.
    QJsonObject place = placeOf(registeredLocation(), QStringLiteral("Floor 9")).toObject();
    QCOMPARE(place.value(QStringLiteral("placeId")).toString(), floor9);
    QCOMPARE(place.value(QStringLiteral("label")).toString(), QStringLiteral("Floor 9"));
    QCOMPARE(place.value(QStringLiteral("addressId")).toString(), here);
    QCOMPARE(place.value(QStringLiteral("verdict")).toString(), QStringLiteral("matches"));
    QVERIFY(place.value(QStringLiteral("addressEtag")).toString().startsWith(u'"'));

    // Sent with another address, in other case: the one place of that name, differing.
    place = placeOf(home, QStringLiteral("floor 9")).toObject();
    QCOMPARE(place.value(QStringLiteral("placeId")).toString(), floor9);
    QCOMPARE(place.value(QStringLiteral("verdict")).toString(), QStringLiteral("differs"));
    QStringList fields;
    for (const QJsonValue &d : place.value(QStringLiteral("differences")).toArray())
        fields.append(d.toObject().value(QStringLiteral("field")).toString());
    QVERIFY2(fields.contains(QStringLiteral("postalCode")), qPrintable(fields.join(u',')));

    // Two places share the name: the one at the address sent is meant.
    place = placeOf(registeredLocation(), QStringLiteral("Lab 12")).toObject();
    QCOMPARE(place.value(QStringLiteral("placeId")).toString(), lab);
    QCOMPARE(place.value(QStringLiteral("verdict")).toString(), QStringLiteral("matches"));
    // Neither is at the address sent: the one at the caller's registered address is taken.
    place = placeOf(home, QStringLiteral("Lab 12")).toObject();
    QCOMPARE(place.value(QStringLiteral("placeId")).toString(), lab);
    QCOMPARE(place.value(QStringLiteral("verdict")).toString(), QStringLiteral("differs"));
    // Nor that: which one cannot be told, so none is named.
    QVERIFY(placeOf(home, QStringLiteral("Store")).isNull());
    // A name no place has, and no name at all (an address's own location).
    QVERIFY(placeOf(registeredLocation(), QStringLiteral("Roof")).isNull());
    QVERIFY(placeOf(registeredLocation(), QString()).isNull());
}

void TestApiEmergencyCalls::testCallFillsTheChecklist()
{
    const QJsonObject call =
        deliverAndWait(event(QStringLiteral("callStarted"), QStringLiteral("933"), m_number.mid(1),
                             registeredLocation()));
    QCOMPARE(call.value(QStringLiteral("kind")).toString(), QStringLiteral("test"));
    const QString testCallId = call.value(QStringLiteral("testCallId")).toString();
    QVERIFY(!testCallId.isEmpty());
    QJsonObject record;
    for (const QJsonValue &t : api::listAll(
             m_backend, QStringLiteral("/v1/tenants/%1/test-calls").arg(m_tenant), m_staff)) {
        if (t.toObject().value(QStringLiteral("id")).toString() == testCallId)
            record = t.toObject();
    }
    QCOMPARE(record.value(QStringLiteral("source")).toString(), QStringLiteral("teams"));
    QCOMPARE(record.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(record.value(QStringLiteral("number")).toString(), m_number);
    QCOMPARE(record.value(QStringLiteral("addressId")), m_address.value(QStringLiteral("id")));
}

void TestApiEmergencyCalls::burstOfHundredGivesHundredCalls()
{
    const int keyFetches = m_graph.signingKeyFetches();
    const StandInSubscription s = subscriptionFor(deskPolicy);
    QList<QJsonObject> deliveries;
    for (int i = 0; i < 100; ++i)
        deliveries.append(m_graph.notificationFor(
            s,
            {event(QStringLiteral("callStarted"), QStringLiteral("911"),
                   QStringLiteral("1303555%1").arg(i, 4, 10, QLatin1Char('0')), QJsonObject())}));
    for (const QJsonObject &d : deliveries)
        QCOMPARE(deliver(d), 202);
    for (const QJsonObject &d : deliveries) // all redelivered
        QCOMPARE(deliver(d), 202);
    QVERIFY(!deliverAndWait(event(QStringLiteral("callStarted"), QStringLiteral("911"),
                                  QStringLiteral("13035559999"), QJsonObject()))
                 .isEmpty());
    int burst = 0;
    QSet<QString> ids;
    for (const QJsonValue &c : calls()) {
        const QString number = c.toObject().value(QStringLiteral("number")).toString();
        if (number.startsWith(QLatin1StringView("+1303555")) &&
            number != QLatin1StringView("+13035559999")) {
            ++burst;
            ids.insert(c.toObject().value(QStringLiteral("id")).toString());
            QCOMPARE(c.toObject().value(QStringLiteral("events")).toArray().size(), 1);
        }
    }
    QCOMPARE(burst, 100);
    QCOMPARE(ids.size(), 100);
    // 201 deliveries whose tokens name a key already held: no fetch.
    QCOMPARE(m_graph.signingKeyFetches(), keyFetches);
}

void TestApiEmergencyCalls::acknowledgementIsRecordedAndAudited()
{
    const QJsonObject call =
        deliverAndWait(event(QStringLiteral("callStarted"), QStringLiteral("911"),
                             QStringLiteral("12065550150"), QJsonObject()));
    const QString path = QStringLiteral("/v1/tenants/%1/emergency-calls/%2/acknowledgement")
                             .arg(m_tenant, call.value(QStringLiteral("id")).toString());
    const QString auditor = m_backend.token(QStringLiteral("auditor"));
    // The demo auditor may not see every tenant; the staff member acknowledges otherwise.
    TestReply first = m_backend.request("POST", path, auditor);
    const QString who = first.status == 200 ? QStringLiteral("auditor") : QStringLiteral("staff");
    if (first.status != 200)
        first = m_backend.request("POST", path, m_staff);
    QCOMPARE(first.status, 200);
    const QJsonObject ack = first.json().value(QStringLiteral("acknowledgement")).toObject();
    QVERIFY(ack.value(QStringLiteral("by")).toString().contains(QLatin1Char('@')));
    QVERIFY(!ack.value(QStringLiteral("at")).toString().isEmpty());
    // A second acknowledgement keeps the first.
    const TestReply second = m_backend.request("POST", path, m_staff);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(QStringLiteral("acknowledgement")).toObject(), ack);
    const QJsonArray audit = api::listAll(
        m_backend,
        QStringLiteral("/v1/audit?tenantId=%1&action=emergency_call.acknowledge").arg(m_tenant),
        m_staff);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.at(0).toObject().value(QStringLiteral("target")),
             call.value(QStringLiteral("id")));
    Q_UNUSED(who);
    QCOMPARE(
        m_backend
            .request(
                "POST",
                QStringLiteral("/v1/tenants/%1/emergency-calls/nope/acknowledgement").arg(m_tenant),
                m_staff)
            .status,
        404);
}

void TestApiEmergencyCalls::keeperRenewsAndRecreatesLostSubscription()
{
    const QString policy = QStringLiteral("Short-lived policy");
    m_graph.setGrantedLifetimeSeconds(3);
    putFeed({deskPolicy, policy});
    QTRY_VERIFY_WITH_TIMEOUT(!subscriptionFor(policy).id.isEmpty(), 10000);
    // Renewed at half its lifetime, again and again.
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionFor(policy).renewals >= 2, 10000);
    const QString first = subscriptionFor(policy).id;
    // Graph loses it: the next renewal gets 404 and the keeper creates a new one.
    m_graph.forget(first);
    QTRY_VERIFY2_WITH_TIMEOUT(!subscriptionFor(policy).id.isEmpty() &&
                                  subscriptionFor(policy).id != first,
                              qPrintable(m_backend.process().diagnostics().right(3000)), 10000);
    m_graph.setGrantedLifetimeSeconds(24 * 3600);
    putFeed({deskPolicy});
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionFor(policy).id.isEmpty(), 10000);
}

void TestApiEmergencyCalls::keeperReplacesDuplicateAndDeletesRemovedPolicy()
{
    const QString policy = QStringLiteral("Orphaned policy");
    const QString orphan = m_graph.addOrphan(teamsTenant, resourceFor(policy));
    const int conflictsBefore = m_graph.conflicts();
    putFeed({deskPolicy, policy});
    QTRY_VERIFY_WITH_TIMEOUT(
        !subscriptionFor(policy).id.isEmpty() && subscriptionFor(policy).id != orphan, 10000);
    QCOMPARE(m_graph.conflicts(), conflictsBefore + 1);
    QVERIFY(subscriptionFor(policy).clientState != QLatin1StringView("somebody else's"));
    putFeed({deskPolicy});
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionFor(policy).id.isEmpty(), 10000);
    QVERIFY(!subscriptionFor(deskPolicy).id.isEmpty());
}

void TestApiEmergencyCalls::feedRefusesBadInput()
{
    const QString path = QStringLiteral("/v1/tenants/%1/emergency-call-feed").arg(m_tenant);
    const QByteArray etag = m_backend.get(path, m_staff).header("etag");
    const auto put = [&](const QJsonObject &body, const HeaderList &headers) {
        return m_backend.sendJson("PUT", path, m_staff, body, headers);
    };
    const QJsonObject badGuid{{QStringLiteral("teamsTenantId"), QStringLiteral("contoso")},
                              {QStringLiteral("policyNames"), QJsonArray{deskPolicy}}};
    QVERIFY2(api::problemMismatch(put(badGuid, {{"If-Match", etag}}), 422,
                                  QStringLiteral("invalid-field"))
                 .isEmpty(),
             "bad GUID");
    const QJsonObject good{{QStringLiteral("teamsTenantId"), teamsTenant},
                           {QStringLiteral("policyNames"), QJsonArray{deskPolicy}}};
    QCOMPARE(put(good, {}).status, 428);
    QCOMPARE(put(good, {{"If-Match", "\"v999\""}}).status, 412);
    const QJsonObject noTenant{{QStringLiteral("policyNames"), QJsonArray{deskPolicy}}};
    QCOMPARE(put(noTenant, {{"If-Match", etag}}).status, 422);
    // Switching the feed off may name no Teams tenant: null, as the contract allows.
    const QJsonObject before = m_backend.get(path, m_staff).json();
    const TestReply off = put(QJsonObject{{QStringLiteral("teamsTenantId"), QJsonValue()},
                                          {QStringLiteral("policyNames"), QJsonArray()}},
                              {{"If-Match", etag}});
    QCOMPARE(off.status, 200);
    QCOMPARE(off.json().value(QStringLiteral("teamsTenantId")), QJsonValue());
    QCOMPARE(put(QJsonObject{{QStringLiteral("teamsTenantId"),
                              before.value(QStringLiteral("teamsTenantId"))},
                             {QStringLiteral("policyNames"),
                              before.value(QStringLiteral("policyNames"))}},
                 {{"If-Match", off.header("etag")}})
                 .status,
             200);
    // Another tenant may not claim the same Teams tenant.
    for (const QString &other : api::tenantIds(m_backend, m_staff)) {
        if (other == m_tenant)
            continue;
        const QString otherPath = QStringLiteral("/v1/tenants/%1/emergency-call-feed").arg(other);
        const TestReply clash =
            m_backend.sendJson("PUT", otherPath, m_staff, good,
                               {{"If-Match", m_backend.get(otherPath, m_staff).header("etag")}});
        QVERIFY2(api::problemMismatch(clash, 409, QStringLiteral("teams-tenant-in-use")).isEmpty(),
                 api::describe(clash).constData());
        break;
    }
}

void TestApiEmergencyCalls::demoSimulatesCalls()
{
    const TestReply reply =
        m_backend.sendJson("POST", QStringLiteral("/v1/demo/emergency-calls"), m_staff,
                           QJsonObject{{QStringLiteral("tenantId"), m_tenant},
                                       {QStringLiteral("number"), m_number},
                                       {QStringLiteral("dialed"), QStringLiteral("911")},
                                       {QStringLiteral("location"), QStringLiteral("elsewhere")},
                                       {QStringLiteral("durationSeconds"), 1}});
    QCOMPARE(reply.status, 201);
    const QJsonObject call = reply.json();
    QVERIFY(call.value(QStringLiteral("simulated")).toBool());
    QCOMPARE(call.value(QStringLiteral("location")).toObject().value(QStringLiteral("verdict")),
             QJsonValue(QStringLiteral("differs")));
    const QString path = QStringLiteral("/v1/tenants/%1/emergency-calls/%2")
                             .arg(m_tenant, call.value(QStringLiteral("id")).toString());
    QTRY_COMPARE_WITH_TIMEOUT(
        m_backend.get(path, m_staff).json().value(QStringLiteral("state")).toString(),
        QStringLiteral("ended"), 10000);
    const TestReply bad =
        m_backend.sendJson("POST", QStringLiteral("/v1/demo/emergency-calls"), m_staff,
                           QJsonObject{{QStringLiteral("tenantId"), m_tenant},
                                       {QStringLiteral("number"), QStringLiteral("+19999999999")}});
    QCOMPARE(bad.status, 422);

    // A place Teams holds at another building: its name, sent with an address far away.
    const TestReply wrongPlace =
        m_backend.sendJson("POST", QStringLiteral("/v1/demo/emergency-calls"), m_staff,
                           QJsonObject{{QStringLiteral("tenantId"), m_tenant},
                                       {QStringLiteral("number"), m_number},
                                       {QStringLiteral("dialed"), QStringLiteral("933")},
                                       {QStringLiteral("location"), QStringLiteral("wrong-place")},
                                       {QStringLiteral("durationSeconds"), 1}});
    QCOMPARE(wrongPlace.status, 201);
    const QJsonObject place = wrongPlace.json().value(QStringLiteral("place")).toObject();
    QCOMPARE(place.value(QStringLiteral("addressId")), m_address.value(QStringLiteral("id")));
    QCOMPARE(place.value(QStringLiteral("verdict")).toString(), QStringLiteral("differs"));
    QCOMPARE(wrongPlace.json()
                 .value(QStringLiteral("locationSent"))
                 .toObject()
                 .value(QStringLiteral("displayName")),
             place.value(QStringLiteral("label")));
}

namespace {

// A minimal Server-Sent Events reader over the test's own pinned TLS connection.
class StreamReader : public QObject
{
public:
    struct Message
    {
        QByteArray id;
        QByteArray event;
        QJsonObject data;
    };

    StreamReader(const QUrl &url, const QString &token, const QString &fingerprint,
                 const QByteArray &lastEventId)
    {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setRawHeader("Accept", "text/event-stream");
        if (!lastEventId.isEmpty())
            request.setRawHeader("Last-Event-ID", lastEventId);
        m_reply = m_network.get(request);
        connect(m_reply, &QNetworkReply::sslErrors, m_reply,
                [this, fingerprint](const QList<QSslError> &errors) {
                    if (sha256Fingerprint(errors.first().certificate()) == fingerprint)
                        m_reply->ignoreSslErrors(errors);
                });
        connect(m_reply, &QNetworkReply::readyRead, this, [this] {
            m_buffer += m_reply->readAll();
            qsizetype end = 0;
            while ((end = m_buffer.indexOf("\n\n")) >= 0) {
                Message message;
                for (const QByteArray &line : m_buffer.left(end).split('\n')) {
                    if (line.startsWith("id: "))
                        message.id = line.mid(4);
                    else if (line.startsWith("event: "))
                        message.event = line.mid(7);
                    else if (line.startsWith("data: "))
                        message.data = QJsonDocument::fromJson(line.mid(6)).object();
                }
                m_buffer.remove(0, end + 2);
                if (!message.event.isEmpty())
                    messages.append(message);
            }
        });
    }
    ~StreamReader() override { m_reply->abort(); }
    int status() const
    {
        return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    bool hasCallWithEvent(const QString &eventId) const
    {
        for (const Message &m : messages) {
            for (const QJsonValue &e : m.data.value(QStringLiteral("events")).toArray()) {
                if (m.event == "call" && e.toObject().value(QStringLiteral("id")) == eventId)
                    return true;
            }
        }
        return false;
    }

    QList<Message> messages;

private:
    QNetworkAccessManager m_network;
    QNetworkReply *m_reply = nullptr;
    QByteArray m_buffer;
};

} // namespace

void TestApiEmergencyCalls::streamReplaysThenGoesLive()
{
    const QUrl url = m_backend.process().baseUrl().resolved(
        QUrl(QStringLiteral("/v1/emergency-call-stream?tenantId=%1").arg(m_tenant)));
    const QString pin = m_backend.process().certificateFingerprint();
    QByteArray position;
    {
        StreamReader live(url, m_staff, pin, {});
        QTRY_VERIFY_WITH_TIMEOUT(!live.messages.isEmpty(), 10000);
        QCOMPARE(live.status(), 200);
        QCOMPARE(live.messages.first().event, QByteArray("ready"));
        position =
            QByteArray::number(live.messages.first().data.value(QStringLiteral("seq")).toInteger());
        const QJsonObject started = event(QStringLiteral("callStarted"), QStringLiteral("911"),
                                          QStringLiteral("12065550177"), QJsonObject());
        QCOMPARE(deliver(m_graph.notificationFor(subscriptionFor(deskPolicy), {started})), 202);
        QTRY_VERIFY_WITH_TIMEOUT(
            live.hasCallWithEvent(started.value(QStringLiteral("id")).toString()), 5000);
        QVERIFY(live.messages.last().id.toLongLong() > position.toLongLong());
    }
    // Reconnecting from the position before that call: it is sent again first, then "ready".
    StreamReader resumed(url, m_staff, pin, position);
    QTRY_VERIFY_WITH_TIMEOUT(
        !resumed.messages.isEmpty() && resumed.messages.last().event == "ready", 10000);
    QCOMPARE(resumed.messages.size(), 2);
    QCOMPARE(resumed.messages.first().event, QByteArray("call"));
    const QString callId = resumed.messages.first().data.value(QStringLiteral("id")).toString();
    // An acknowledgement reaches every listener.
    QCOMPARE(m_backend
                 .request("POST",
                          QStringLiteral("/v1/tenants/%1/emergency-calls/%2/acknowledgement")
                              .arg(m_tenant, callId),
                          m_staff)
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(resumed.messages.size(), 3, 5000);
    QVERIFY(resumed.messages.last().data.value(QStringLiteral("acknowledgement")).isObject());
    const TestReply bad =
        m_backend.request("GET", QStringLiteral("/v1/emergency-call-stream?after=x"), m_staff);
    QCOMPARE(bad.status, 400);
}

QTEST_GUILESS_MAIN(TestApiEmergencyCalls)
#include "tst_api_emergency_calls.moc"
