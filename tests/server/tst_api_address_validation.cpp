// Address validation over HTTPS: POST /v1/address-validations normalizes (USPS Publication 28),
// refuses what cannot be dispatched to, and geocodes at postal-code precision only. The full
// table of cases runs against the validator itself in tst_address_validation; this proves the
// route applies those rules to real requests.
#include "ApiTestHelpers.h"
#include "TestBackend.h"

#include <QtTest>

class TestApiAddressValidation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void validatesOverHttps_data();
    void validatesOverHttps();
    void auditorMayValidate();

private:
    TestBackend m_backend;
};

void TestApiAddressValidation::initTestCase()
{
    QVERIFY(m_backend.start({QStringLiteral("--demo"), QStringLiteral("--tenants"),
                             QStringLiteral("1"), QStringLiteral("--dids"), QStringLiteral("10")}));
}

void TestApiAddressValidation::validatesOverHttps_data()
{
    QTest::addColumn<QJsonObject>("civic");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("problem"); // expected problem code, or empty
    QTest::addColumn<QString>("street");  // expected normalized stName + stPosTyp + stPosDir

    const auto civic = [](const char *number, const char *street, const char *city,
                          const char *state, const char *zip, const char *country = "US") {
        return QJsonObject{{QStringLiteral("addNumber"), QLatin1StringView(number)},
                           {QStringLiteral("stName"), QLatin1StringView(street)},
                           {QStringLiteral("postalCommunity"), QLatin1StringView(city)},
                           {QStringLiteral("state"), QLatin1StringView(state)},
                           {QStringLiteral("postalCode"), QLatin1StringView(zip)},
                           {QStringLiteral("country"), QLatin1StringView(country)}};
    };
    QTest::newRow("microsoft hq") << civic("1", "Microsoft Way", "Redmond", "WA", "98052") << true
                                  << QString() << QStringLiteral("MICROSOFT WAY");
    QTest::newRow("white house") << civic("1600", "Pennsylvania Avenue Northwest", "Washington",
                                          "DC", "20500")
                                 << true << QString() << QStringLiteral("PENNSYLVANIA AVE NW");
    QTest::newRow("zip in another state")
        << civic("1", "Microsoft Way", "Redmond", "OR", "98052") << false
        << QStringLiteral("zip_state_mismatch") << QString();
    QTest::newRow("po box") << civic("", "PO Box 123", "Redmond", "WA", "98052") << false
                            << QStringLiteral("po_box_not_dispatchable") << QString();
    QTest::newRow("military") << civic("1", "Unit 2050", "APO", "AE", "09021") << false
                              << QStringLiteral("military_address_not_dispatchable") << QString();
    QTest::newRow("toronto") << civic("290", "Bremner Boulevard", "Toronto", "ON", "M5V3L9", "CA")
                             << true << QString() << QStringLiteral("BREMNER BLVD");
}

void TestApiAddressValidation::validatesOverHttps()
{
    QFETCH(QJsonObject, civic);
    QFETCH(bool, valid);
    QFETCH(QString, problem);
    QFETCH(QString, street);

    const TestReply reply = m_backend.sendJson("POST", QStringLiteral("/v1/address-validations"),
                                               m_backend.token(QStringLiteral("staff")),
                                               QJsonObject{{QStringLiteral("civic"), civic}});
    QCOMPARE(reply.status, 200);
    const QJsonObject result = reply.json();
    QCOMPARE(result.value(QStringLiteral("valid")).toBool(), valid);
    QStringList codes;
    for (const QJsonValue &p : result.value(QStringLiteral("problems")).toArray())
        codes.append(p.toObject().value(QStringLiteral("code")).toString());
    if (!problem.isEmpty())
        QVERIFY2(codes.contains(problem), qPrintable(codes.join(QLatin1Char(','))));
    else
        QVERIFY2(codes.isEmpty(), qPrintable(codes.join(QLatin1Char(','))));
    if (!valid) {
        QVERIFY(result.value(QStringLiteral("geocode")).isNull());
        return;
    }
    const QJsonObject normalized = result.value(QStringLiteral("normalized")).toObject();
    QStringList parts;
    for (const char *field : {"stName", "stPosTyp", "stPosDir"}) {
        const QString part = normalized.value(QLatin1StringView(field)).toString();
        if (!part.isEmpty())
            parts.append(part);
    }
    QCOMPARE(parts.join(QLatin1Char(' ')), street);
    const QJsonObject geocode = result.value(QStringLiteral("geocode")).toObject();
    QCOMPARE(geocode.value(QStringLiteral("precision")).toString(), QStringLiteral("postal_code"));
    QVERIFY(geocode.value(QStringLiteral("latitude")).isDouble());
}

void TestApiAddressValidation::auditorMayValidate()
{
    // Validation stores nothing, so the read-only role may use it too.
    const TestReply reply = m_backend.sendJson(
        "POST", QStringLiteral("/v1/address-validations"),
        m_backend.token(QStringLiteral("auditor")),
        QJsonObject{{QStringLiteral("civic"),
                     QJsonObject{{QStringLiteral("addNumber"), QStringLiteral("1")}}}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("valid")).toBool(), false);
}

QTEST_GUILESS_MAIN(TestApiAddressValidation)
#include "tst_api_address_validation.moc"
