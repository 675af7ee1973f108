// The strict decoders of numbers, addresses, acknowledgements, audit entries and the price list:
// a well-formed answer decodes in full, and a wrong type or a missing field is an error naming
// the field, never a crash or a half-filled value.
#include "address/AddressDraft.h"
#include "domain/AuditEntry.h"
#include "domain/Did.h"
#include "domain/DisclosureAcknowledgement.h"
#include "domain/EmergencyAddress.h"
#include "domain/PhoneNumber.h"
#include "domain/PriceList.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// Declared before the JSON samples: moc does not read past raw string literals.
class TestDomainDecoders : public QObject
{
    Q_OBJECT
private slots:
    void numberDecodesEveryField();
    void numberWithWrongTypesOrMissingFieldsIsRefused_data();
    void numberWithWrongTypesOrMissingFieldsIsRefused();
    void nationalFormatMatchesLibphonenumberParsing_data();
    void nationalFormatMatchesLibphonenumberParsing();
    void emergencyRegionFollowsTheRegionNotTheCountryCode();
    void addressDecodesCivicValidationAndGeocode();
    void addressWithBadGeocodeOrCivicIsRefused();
    void addressTeamsIdIsReadInLowerCaseOrRefused_data();
    void addressTeamsIdIsReadInLowerCaseOrRefused();
    void acknowledgementAndAuditEntryDecode();
    void priceListKeepsMoneyInMinorUnits();
    void nonObjectsAreRefusedNotCrashedOn();
};

namespace {
const QString tenantId = QStringLiteral("0f8e3c2a-1b4d-4e6f-9a7b-2c3d4e5f6a7b");

QJsonObject didJson()
{
    return QJsonDocument::fromJson(R"({"number": "+12065550100",
        "tenantId": "0f8e3c2a-1b4d-4e6f-9a7b-2c3d4e5f6a7b",
        "assignedUser": {"upn": "ana@contoso.com", "displayName": "Ana Silva"},
        "usage": "user", "country": "US", "tollFree": false,
        "e911": {"state": "registered", "addressId": "addr-1", "reason": null,
                 "since": "2025-01-31T14:05:00Z", "verifiedAt": null},
        "monthlyFee": {"amountMinor": 150, "currency": "USD"},
        "etag": "\"v3\"", "updatedAt": "2025-01-31T14:05:00.123Z"})")
        .object();
}

QJsonObject addressJson()
{
    return QJsonDocument::fromJson(R"({"id": "addr-1",
        "tenantId": "0f8e3c2a-1b4d-4e6f-9a7b-2c3d4e5f6a7b", "companyName": "Contoso",
        "civic": {"addNumber": "1", "stName": "Microsoft", "stPosTyp": "Way",
                  "postalCommunity": "Redmond", "state": "WA", "postalCode": "98052",
                  "country": "US"},
        "locationNote": "Loading dock",
        "validation": {"status": "valid",
                       "normalized": {"addNumber": "1", "stName": "MICROSOFT", "stPosTyp": "WAY",
                                      "postalCommunity": "REDMOND", "state": "WA",
                                      "postalCode": "98052", "country": "US"},
                       "problems": [],
                       "geocode": {"latitude": 47.64, "longitude": -122.13,
                                   "precision": "postal_code"}},
        "usage": {"dids": 4}, "etag": "\"v1\"", "updatedAt": "2025-01-31T14:05:00Z"})")
        .object();
}

QStringList fields(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out << e.field;
    return out;
}
} // namespace

void TestDomainDecoders::numberDecodesEveryField()
{
    QList<FieldError> errors;
    const auto did = Did::fromJson(didJson(), errors);
    QVERIFY2(did, qPrintable(fields(errors).join(u',')));
    QCOMPARE(did->number, QStringLiteral("+12065550100"));
    QCOMPARE(did->nationalFormat, QStringLiteral("(206) 555-0100"));
    QCOMPARE(did->emergencyRegion, PhoneNumber::EmergencyRegion::UnitedStates);
    QCOMPARE(did->tenantId, tenantId);
    QCOMPARE(did->assignedUser->displayName, QStringLiteral("Ana Silva"));
    QCOMPARE(did->usage, DidUsage::User);
    QCOMPARE(did->e911.state, E911State::Registered);
    QCOMPARE(did->e911.addressId, QStringLiteral("addr-1"));
    QVERIFY(!did->e911.verifiedAt.isValid());
    QCOMPARE(did->e911.since, QDateTime(QDate(2025, 1, 31), QTime(14, 5), Qt::UTC));
    QCOMPARE(did->monthlyFee, (Money{150, QStringLiteral("USD")}));
    QCOMPARE(did->etag, QStringLiteral("\"v3\""));
}

void TestDomainDecoders::numberWithWrongTypesOrMissingFieldsIsRefused_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value"); // Undefined: remove the member
    QTest::addColumn<QString>("field");
    QTest::newRow("number missing") << "number" << QJsonValue(QJsonValue::Undefined) << "number";
    QTest::newRow("number not E.164")
        << "number" << QJsonValue(QStringLiteral("206-555-0100")) << "number";
    QTest::newRow("number a number") << "number" << QJsonValue(12065550100.0) << "number";
    QTest::newRow("tenant not a GUID")
        << "tenantId" << QJsonValue(QStringLiteral("x")) << "tenantId";
    QTest::newRow("usage unknown") << "usage" << QJsonValue(QStringLiteral("robot")) << "usage";
    QTest::newRow("tollFree a string")
        << "tollFree" << QJsonValue(QStringLiteral("no")) << "tollFree";
    QTest::newRow("country lower case")
        << "country" << QJsonValue(QStringLiteral("us")) << "country";
    QTest::newRow("e911 missing") << "e911" << QJsonValue(QJsonValue::Undefined) << "e911";
    QTest::newRow("e911 an array") << "e911" << QJsonValue(QJsonArray()) << "e911";
    QTest::newRow("fee a float string")
        << "monthlyFee" << QJsonValue(QStringLiteral("1.50")) << "monthlyFee";
    QTest::newRow("etag weak") << "etag" << QJsonValue(QStringLiteral("W/\"v3\"")) << "etag";
    QTest::newRow("updatedAt without zone")
        << "updatedAt" << QJsonValue(QStringLiteral("2025-01-31T14:05:00")) << "updatedAt";
}

void TestDomainDecoders::numberWithWrongTypesOrMissingFieldsIsRefused()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject json = didJson();
    if (value.isUndefined())
        json.remove(member);
    else
        json.insert(member, value);
    QList<FieldError> errors;
    QVERIFY(!Did::fromJson(json, errors, QStringLiteral("items[7]")));
    QVERIFY2(fields(errors).contains(QStringLiteral("items[7].") + field),
             qPrintable(fields(errors).join(u',')));
}

void TestDomainDecoders::nationalFormatMatchesLibphonenumberParsing_data()
{
    QTest::addColumn<QString>("e164");
    for (const char *n : {"+12065550100", "+442079460018", "+390612345678", "+14165550123",
                          "+18005550199", "+17875550100", "+61293744000"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

void TestDomainDecoders::nationalFormatMatchesLibphonenumberParsing()
{
    QFETCH(QString, e164);
    const auto parsed = PhoneNumber::parse(e164);
    QVERIFY(parsed);
    QCOMPARE(Did::formatNational(e164), parsed->nationalFormat());
}

void TestDomainDecoders::emergencyRegionFollowsTheRegionNotTheCountryCode()
{
    QCOMPARE(PhoneNumber::emergencyRegionOf(u"PR"), PhoneNumber::EmergencyRegion::UnitedStates);
    QCOMPARE(PhoneNumber::emergencyRegionOf(u"CA"), PhoneNumber::EmergencyRegion::Canada);
    QCOMPARE(PhoneNumber::emergencyRegionOf(u"BS"), PhoneNumber::EmergencyRegion::Other); // +1 too
    QVERIFY(Did::formatNational(u"+999123").isEmpty()); // no such country code
    QVERIFY(Did::formatNational(u"+0123").isEmpty());
}

void TestDomainDecoders::addressDecodesCivicValidationAndGeocode()
{
    QList<FieldError> errors;
    const auto address = EmergencyAddress::fromJson(addressJson(), errors);
    QVERIFY2(address, qPrintable(fields(errors).join(u',')));
    QCOMPARE(address->civic.stName, QStringLiteral("Microsoft"));
    QCOMPARE(address->normalized->stName, QStringLiteral("MICROSOFT"));
    QCOMPARE(address->validationStatus, AddressValidationStatus::Valid);
    QCOMPARE(address->geocode->precision, GeocodePrecision::PostalCode);
    QCOMPARE(address->geocode->coordinate.latitude(), 47.64);
    QCOMPARE(address->usageDids, 4);
    QVERIFY(address->warnings.isEmpty());
}

void TestDomainDecoders::addressWithBadGeocodeOrCivicIsRefused()
{
    QJsonObject json = addressJson();
    QJsonObject validation = json.value(QStringLiteral("validation")).toObject();
    validation.insert(QStringLiteral("geocode"),
                      QJsonObject{{QStringLiteral("latitude"), 91.0},
                                  {QStringLiteral("longitude"), 0.0},
                                  {QStringLiteral("precision"), QStringLiteral("rooftop")}});
    json.insert(QStringLiteral("validation"), validation);
    QList<FieldError> errors;
    QVERIFY(!EmergencyAddress::fromJson(json, errors));
    QVERIFY(fields(errors).contains(QStringLiteral("validation.geocode.latitude")));

    json = addressJson();
    json.insert(QStringLiteral("civic"), QJsonObject{{QStringLiteral("stName"), 5}});
    errors.clear();
    QVERIFY(!EmergencyAddress::fromJson(json, errors));
    QVERIFY(fields(errors).contains(QStringLiteral("civic.stName")));

    json = addressJson();
    validation = json.value(QStringLiteral("validation")).toObject();
    validation.insert(QStringLiteral("problems"),
                      QJsonArray{QJsonObject{{QStringLiteral("field"), 1}}});
    json.insert(QStringLiteral("validation"), validation);
    errors.clear();
    QVERIFY(!EmergencyAddress::fromJson(json, errors));
    QVERIFY(fields(errors).contains(QStringLiteral("validation.problems[0].field")));
}

void TestDomainDecoders::addressTeamsIdIsReadInLowerCaseOrRefused_data()
{
    QTest::addColumn<QJsonValue>("value"); // Undefined: left out
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expected");
    const QString id = QStringLiteral("5aa884e8-d548-4b8e-a289-52bfd5265a6e");
    QTest::newRow("canonical") << QJsonValue(id) << true << id;
    QTest::newRow("upper case") << QJsonValue(id.toUpper()) << true << id;
    QTest::newRow("null") << QJsonValue() << true << QString();
    // A backend that predates issue 17 does not send it.
    QTest::newRow("left out") << QJsonValue(QJsonValue::Undefined) << true << QString();
    QTest::newRow("braced") << QJsonValue(QString(u'{' + id + u'}')) << false << QString();
    QTest::newRow("not a GUID") << QJsonValue(QStringLiteral("Contoso HQ")) << false << QString();
    QTest::newRow("trailing text")
        << QJsonValue(QString(id.left(35) + QStringLiteral("xy"))) << false << QString();
    QTest::newRow("nil GUID") << QJsonValue(QStringLiteral("00000000-0000-0000-0000-000000000000"))
                              << false << QString();
    QTest::newRow("a number") << QJsonValue(17) << false << QString();
}

void TestDomainDecoders::addressTeamsIdIsReadInLowerCaseOrRefused()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, valid);
    QFETCH(QString, expected);
    QJsonObject json = addressJson();
    if (!value.isUndefined())
        json.insert(QStringLiteral("teamsCivicAddressId"), value);
    QList<FieldError> errors;
    const auto address = EmergencyAddress::fromJson(json, errors, QStringLiteral("data"));
    QCOMPARE(bool(address), valid);
    if (valid) {
        QCOMPARE(address->teamsCivicAddressId, expected);
        // An edit of the address sends the id back; without one it is left out, which keeps
        // the server's (docs/api.md, Teams ids).
        const QJsonObject body = AddressDraft::fromAddress(*address).toRequestBody();
        QCOMPARE(body.value(QStringLiteral("teamsCivicAddressId")),
                 expected.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(expected));
    } else {
        QCOMPARE(fields(errors), QStringList{QStringLiteral("data.teamsCivicAddressId")});
    }
}

void TestDomainDecoders::acknowledgementAndAuditEntryDecode()
{
    QList<FieldError> errors;
    const auto ack = DisclosureAcknowledgement::fromJson(QJsonDocument::fromJson(R"({"id": "ack-1",
            "tenantId": "0f8e3c2a-1b4d-4e6f-9a7b-2c3d4e5f6a7b", "disclosureVersion": "2025-01",
            "acknowledgedBy": {"id": "u1", "email": "ana@contoso.com"},
            "acknowledgedAt": "2025-02-01T09:00:00Z"})")
                                                             .object(),
                                                         errors);
    QVERIFY(ack);
    QCOMPARE(ack->acknowledgedByEmail, QStringLiteral("ana@contoso.com"));

    const QJsonObject audit = QJsonDocument::fromJson(R"({"id": "42", "at": "2025-02-01T09:00:00Z",
        "actor": {"id": "u1", "email": "ana@contoso.com", "role": "staff"},
        "action": "e911.enable", "tenantId": null, "target": "+12065550100",
        "before": null, "after": {"state": "pending"}, "reason": null,
        "requestId": "req-1"})")
                                  .object();
    const auto entry = AuditEntry::fromJson(audit, errors);
    QVERIFY(entry);
    QVERIFY(entry->tenantId.isEmpty());
    QVERIFY(!entry->before);
    QCOMPARE(entry->after->value(QStringLiteral("state")).toString(), QStringLiteral("pending"));

    QJsonObject bad = audit;
    bad.insert(QStringLiteral("actor"),
               QJsonObject{{QStringLiteral("id"), QStringLiteral("u1")},
                           {QStringLiteral("email"), QString()},
                           {QStringLiteral("role"), QStringLiteral("god")}});
    bad.insert(QStringLiteral("before"), QStringLiteral("text"));
    errors.clear();
    QVERIFY(!AuditEntry::fromJson(bad, errors));
    QVERIFY(fields(errors).contains(QStringLiteral("actor.role")));
    QVERIFY(fields(errors).contains(QStringLiteral("before")));
}

void TestDomainDecoders::priceListKeepsMoneyInMinorUnits()
{
    QList<FieldError> errors;
    const auto list = PriceList::fromJson(QJsonDocument::fromJson(R"({"currency": "USD",
            "e911MonthlyFee": {"amountMinor": 150, "currency": "USD"},
            "effectiveFrom": "2025-01-01T00:00:00Z"})")
                                              .object(),
                                          errors);
    QVERIFY(list);
    QCOMPARE(list->e911MonthlyFee.amountMinor, 150);
    for (const char *bad : {R"({"currency": "USD", "e911MonthlyFee": {"amountMinor": 1.5,
                                "currency": "USD"}, "effectiveFrom": "2025-01-01T00:00:00Z"})",
                            R"({"currency": "USD", "e911MonthlyFee": {"amountMinor": 150,
                                "currency": "EUR"}, "effectiveFrom": "2025-01-01T00:00:00Z"})",
                            R"({"currency": "USD", "e911MonthlyFee": {"amountMinor": 1e300,
                                "currency": "USD"}, "effectiveFrom": "2025-01-01T00:00:00Z"})",
                            R"({"currency": "USD", "effectiveFrom": "2025-01-01T00:00:00Z"})"}) {
        errors.clear();
        QVERIFY2(!PriceList::fromJson(QJsonDocument::fromJson(bad).object(), errors), bad);
        QVERIFY(!errors.isEmpty());
    }
}

void TestDomainDecoders::nonObjectsAreRefusedNotCrashedOn()
{
    QList<FieldError> errors;
    for (const QJsonValue &v : {QJsonValue(), QJsonValue(1.0), QJsonValue(QJsonArray{1, 2}),
                                QJsonValue(QStringLiteral("{}"))}) {
        QVERIFY(!Did::fromJson(v, errors));
        QVERIFY(!EmergencyAddress::fromJson(v, errors));
        QVERIFY(!DisclosureAcknowledgement::fromJson(v, errors));
        QVERIFY(!AuditEntry::fromJson(v, errors));
        QVERIFY(!PriceList::fromJson(v, errors));
    }
    QCOMPARE(errors.size(), 20);
}

QTEST_GUILESS_MAIN(TestDomainDecoders)
#include "tst_domain_decoders.moc"
