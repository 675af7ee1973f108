// The pieces of the Graph emergency-call intake on their own: decryption against notifications
// sealed by an independent OpenSSL implementation (tests/support), the event as Microsoft
// documents it, the location verdict, callers' numbers, and the encryption key pairs.
#include "GraphNotificationSealer.h"
#include "graph/EmergencyCallEvent.h"
#include "graph/EncryptedContent.h"
#include "graph/GraphEncryptionKeys.h"
#include "graph/LocationVerdict.h"
#include "store/EmergencyCallStore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>

using namespace graph_test;

namespace {

// The decrypted example of concepts/changenotifications-for-emergencycalls.md, field by field.
const char *documentedEvent = R"json({
    "@odata.id": "communications/calls/getEmergencyEventsByPolicy(policyName='EmergencyPolicy')",
    "@odata.type": "#microsoft.graph.emergencyCallEvent",
    "id": "11111111-0000-0000-0000-000000000000",
    "emergencyCallEvent": {
        "id": "11111111-0000-0000-0000-000000000000",
        "callEventType": "callStarted",
        "policyName": "EmergencyPolicy",
        "eventDateTime": "2024-01-01T10:00:00.0000000+00:00",
        "emergencyNumberDialed": "911",
        "callerInfo": {
            "displayName": "Emergency caller display name",
            "upn": "emergencyCaller@contoso.com",
            "phoneNumber": "14255550100",
            "tenantId": "00000000-0000-0000-0000-000000000000",
            "location": {
                "address": {
                    "street": "Microsoft Way",
                    "city": "Redmond",
                    "state": "WA",
                    "countryOrRegion": "United States",
                    "postalCode": "98052",
                    "additionalData": {
                        "companyName": "Company name",
                        "additionalInfo": "700",
                        "houseNumber": "1",
                        "county": "County",
                        "streetSuffix": ""
                    }
                },
                "coordinates": {"latitude": "47.6396", "longitude": "-122.1283"}
            }
        }
    }
})json";

RegisteredLocation redmond()
{
    RegisteredLocation r;
    r.addressId = QStringLiteral("addr-1");
    r.civic.addNumber = QStringLiteral("1");
    r.civic.stName = QStringLiteral("MICROSOFT");
    r.civic.stPosTyp = QStringLiteral("WAY");
    r.civic.postalCommunity = QStringLiteral("REDMOND");
    r.civic.state = QStringLiteral("WA");
    r.civic.postalCode = QStringLiteral("98052-6399");
    r.civic.country = QStringLiteral("US");
    r.latitude = 47.6397;
    r.longitude = -122.1285;
    return r;
}

SentLocation sentRedmond()
{
    QString reason;
    return EmergencyCallEvent::fromResourceData(documentedEvent, &reason)->location;
}

} // namespace

class TestGraphNotifications : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_keys.load(m_dir.path(), &error), qPrintable(error));
    }

    void keyPairIsGeneratedOnceAndReloaded()
    {
        QVERIFY(m_keys.currentId().startsWith(QLatin1StringView("dispatchable-")));
        QVERIFY(m_keys.privateKey(m_keys.currentId()));
        QCOMPARE(EVP_PKEY_get_bits(m_keys.privateKey(m_keys.currentId())), 2048);
        QVERIFY(!m_keys.privateKey(QStringLiteral("nobody")));
        GraphEncryptionKeys again;
        QString error;
        QVERIFY2(again.load(m_dir.path(), &error), qPrintable(error));
        QCOMPARE(again.currentId(), m_keys.currentId());
        QCOMPARE(again.currentCertificateBase64(), m_keys.currentCertificateBase64());
    }

    void decryptsWhatGraphSeals()
    {
        const QByteArray plain(documentedEvent);
        const QJsonObject sealed = sealForCertificate(
            plain, QByteArray::fromBase64(m_keys.currentCertificateBase64().toLatin1()),
            m_keys.currentId());
        QString reason;
        const auto content = EncryptedContent::fromJson(sealed, &reason);
        QVERIFY2(content, qPrintable(reason));
        const auto decrypted =
            decryptResourceData(*content, m_keys.privateKey(content->certificateId), &reason);
        QVERIFY2(decrypted, qPrintable(reason));
        QCOMPARE(*decrypted, plain);
    }

    void refusesAlteredOrForeignContent_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expectedReason");
        QTest::newRow("data altered") << "data"
                                      << "dataSignature";
        QTest::newRow("signature altered") << "signature"
                                           << "dataSignature";
        QTest::newRow("sealed for another certificate") << "stranger"
                                                        << "dataKey";
        QTest::newRow("data not base64") << "base64"
                                         << "not base64";
        QTest::newRow("no certificate id") << "no-id"
                                           << "encryptionCertificateId";
    }

    void refusesAlteredOrForeignContent()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expectedReason);
        const QByteArray certificate =
            damage == QLatin1StringView("stranger")
                ? strangerCertificatePem()
                : QByteArray::fromBase64(m_keys.currentCertificateBase64().toLatin1());
        QJsonObject sealed =
            sealForCertificate(QByteArray(documentedEvent), certificate, m_keys.currentId());
        const auto flipFirst = [&sealed](const char *member) {
            QByteArray bytes = QByteArray::fromBase64(
                sealed.value(QLatin1StringView(member)).toString().toLatin1());
            bytes[0] = static_cast<char>(bytes[0] ^ 0x01);
            sealed.insert(QLatin1StringView(member), QString::fromLatin1(bytes.toBase64()));
        };
        if (damage == QLatin1StringView("data"))
            flipFirst("data");
        else if (damage == QLatin1StringView("signature"))
            flipFirst("dataSignature");
        else if (damage == QLatin1StringView("base64"))
            sealed.insert(QStringLiteral("data"), QStringLiteral("not*base64!"));
        else if (damage == QLatin1StringView("no-id"))
            sealed.remove(QStringLiteral("encryptionCertificateId"));
        QString reason;
        const auto content = EncryptedContent::fromJson(sealed, &reason);
        if (content) {
            const auto plain =
                decryptResourceData(*content, m_keys.privateKey(m_keys.currentId()), &reason);
            QVERIFY(!plain);
        }
        QVERIFY2(reason.contains(expectedReason), qPrintable(reason));
    }

    void readsTheDocumentedEvent()
    {
        QString reason;
        const auto event = EmergencyCallEvent::fromResourceData(documentedEvent, &reason);
        QVERIFY2(event, qPrintable(reason));
        QCOMPARE(event->id, QStringLiteral("11111111-0000-0000-0000-000000000000"));
        QCOMPARE(event->type, EmergencyCallEvent::Type::CallStarted);
        // Seven fractional digits and an offset, as Graph writes DateTimeOffset.
        QCOMPARE(event->at, QDateTime(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(event->policyName, QStringLiteral("EmergencyPolicy"));
        QCOMPARE(event->numberDialed, QStringLiteral("911"));
        QVERIFY(!event->isTestCall());
        QCOMPARE(event->callerUpn, QStringLiteral("emergencyCaller@contoso.com"));
        QCOMPARE(event->callerPhoneNumber, QStringLiteral("14255550100"));
        QCOMPARE(event->location.houseNumber, QStringLiteral("1"));
        QCOMPARE(event->location.street, QStringLiteral("Microsoft Way"));
        QCOMPARE(event->location.city, QStringLiteral("Redmond"));
        QCOMPARE(event->location.additionalInfo, QStringLiteral("700"));
        QCOMPARE(*event->location.latitude, 47.6396);
        QCOMPARE(*event->location.longitude, -122.1283);
    }

    void refusesMalformedEvents_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("{\"emergencyCallEvent\": ");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no event") << QByteArray("{\"id\": \"x\"}");
        QTest::newRow("unknown type")
            << QByteArray(R"({"emergencyCallEvent": {"id": "a", "callEventType": "exploded",
                "eventDateTime": "2024-01-01T10:00:00Z", "callerInfo": {"upn": "u"}}})");
        QTest::newRow("no time") << QByteArray(
            R"({"emergencyCallEvent": {"id": "a", "callEventType": "callEnded",
                "callerInfo": {"upn": "u"}}})");
        QTest::newRow("no caller")
            << QByteArray(R"({"emergencyCallEvent": {"id": "a", "callEventType": "callEnded",
                "eventDateTime": "2024-01-01T10:00:00Z"}})");
        QTest::newRow("id too long")
            << (QByteArray(R"({"emergencyCallEvent": {"id": ")") + QByteArray(300, 'a') +
                QByteArray(R"(", "callEventType": "callEnded",
                "eventDateTime": "2024-01-01T10:00:00Z", "callerInfo": {"upn": "u"}}})"));
    }

    void refusesMalformedEvents()
    {
        QFETCH(QByteArray, json);
        QString reason;
        QVERIFY(!EmergencyCallEvent::fromResourceData(json, &reason));
        QVERIFY(!reason.isEmpty());
    }

    void judgesTheSentLocation()
    {
        // "Way" vs "WAY", "United States" vs "US", ZIP vs ZIP+4, 20 m apart: the same place.
        const LocationVerdict same = judgeSentLocation(sentRedmond(), redmond());
        QCOMPARE(toWire(same.kind), QStringLiteral("matches"));
        QVERIFY(same.distanceMeters && *same.distanceMeters < 50);

        SentLocation otherHouse = sentRedmond();
        otherHouse.houseNumber = QStringLiteral("15");
        otherHouse.latitude.reset();
        otherHouse.longitude.reset();
        const LocationVerdict differs = judgeSentLocation(otherHouse, redmond());
        QCOMPARE(toWire(differs.kind), QStringLiteral("differs"));
        QCOMPARE(differs.differences.size(), 1);
        QCOMPARE(differs.differences.first().field, QStringLiteral("addNumber"));
        QCOMPARE(differs.differences.first().sent, QStringLiteral("15"));
        QCOMPARE(differs.differences.first().registered, QStringLiteral("1"));

        SentLocation farAway = sentRedmond();
        farAway.latitude = 47.70;
        const LocationVerdict far = judgeSentLocation(farAway, redmond());
        QCOMPARE(toWire(far.kind), QStringLiteral("differs"));
        QCOMPARE(far.differences.constLast().field, QStringLiteral("coordinates"));

        QCOMPARE(toWire(judgeSentLocation(SentLocation{}, redmond()).kind),
                 QStringLiteral("no_location_sent"));
        QCOMPARE(toWire(judgeSentLocation(sentRedmond(), std::nullopt).kind),
                 QStringLiteral("not_registered"));
        SentLocation onlyCoordinates;
        onlyCoordinates.latitude = 47.6;
        onlyCoordinates.longitude = -122.1;
        RegisteredLocation noGeocode = redmond();
        noGeocode.latitude.reset();
        noGeocode.longitude.reset();
        QCOMPARE(toWire(judgeSentLocation(onlyCoordinates, noGeocode).kind),
                 QStringLiteral("cannot_compare"));
    }

    void houseNumberInTheStreetIsSplit()
    {
        SentLocation sent;
        sent.street = QStringLiteral("725 Microsoft Way");
        const CivicAddress civic = civicFromSentLocation(sent);
        QCOMPARE(civic.addNumber, QStringLiteral("725"));
        QCOMPARE(civic.stName, QStringLiteral("Microsoft Way"));
    }

    void callerNumbersBecomeE164_data()
    {
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("e164");
        QTest::newRow("11 digits") << "14255550100"
                                   << "+14255550100";
        QTest::newRow("10 digits") << "4255550100"
                                   << "+14255550100";
        QTest::newRow("with plus") << "+44 20 7946 0000"
                                   << "+442079460000";
        QTest::newRow("punctuated") << "(425) 555-0100"
                                    << "+14255550100";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("too long") << "1234567890123456"
                                  << "";
    }

    void callerNumbersBecomeE164()
    {
        QFETCH(QString, sent);
        QFETCH(QString, e164);
        QCOMPARE(callerE164(sent), e164);
    }

private:
    QTemporaryDir m_dir;
    GraphEncryptionKeys m_keys;
};

QTEST_GUILESS_MAIN(TestGraphNotifications)
#include "tst_graph_notifications.moc"
