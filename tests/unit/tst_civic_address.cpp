// CivicAddress: CLDXF fields to and from JSON, and the strict decoding that refuses anything
// a client could have mistyped (unknown fields, wrong types, values over the providers' limits).
#include "domain/CivicAddress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

class TestCivicAddress : public QObject
{
    Q_OBJECT
private slots:
    void toJsonLeavesOutEmptyFields();
    void roundTripsEveryField();
    void nonObjectIsRefused_data();
    void nonObjectIsRefused();
    void unknownFieldIsRefused();
    void nonStringValueIsRefused_data();
    void nonStringValueIsRefused();
    void valueOverItsLimitIsRefused_data();
    void valueOverItsLimitIsRefused();
    void reportsEveryProblemAtOnce();
    void errorPathsFollowTheGivenPrefix();
};

namespace {
QJsonValue parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", json);
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}
} // namespace

void TestCivicAddress::toJsonLeavesOutEmptyFields()
{
    CivicAddress a;
    a.addNumber = QStringLiteral("1");
    a.stName = QStringLiteral("MICROSOFT");
    a.stPosTyp = QStringLiteral("WAY");
    const QJsonObject json = a.toJson();
    QCOMPARE(json.keys(), (QStringList{QStringLiteral("addNumber"), QStringLiteral("stName"),
                                       QStringLiteral("stPosTyp")}));
    QVERIFY(CivicAddress().toJson().isEmpty());
    QVERIFY(CivicAddress().isEmpty());
    QVERIFY(!a.isEmpty());
}

void TestCivicAddress::roundTripsEveryField()
{
    CivicAddress a;
    const QStringList names = CivicAddress::fieldNames();
    QCOMPARE(names.size(), 21);
    for (const QString &name : names)
        QVERIFY(a.setValue(name, name.toUpper()));
    QVERIFY(!a.setValue(QStringLiteral("street"), QStringLiteral("x")));
    QCOMPARE(a.toJson().size(), 21);
    QList<FieldError> errors;
    const auto decoded = CivicAddress::fromJson(a.toJson(), errors);
    QVERIFY(errors.isEmpty());
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, a);
    QCOMPARE(decoded->postalCommunity, QStringLiteral("POSTALCOMMUNITY"));
    CivicAddress b = a;
    b.seat = QStringLiteral("other");
    QVERIFY(!(b == a));
}

void TestCivicAddress::nonObjectIsRefused_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("array") << parse("[1, 2]");
    QTest::newRow("string") << QJsonValue(QStringLiteral("1 Microsoft Way"));
    QTest::newRow("number") << QJsonValue(98052);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined);
}

void TestCivicAddress::nonObjectIsRefused()
{
    QFETCH(QJsonValue, value);
    QList<FieldError> errors;
    QVERIFY(!CivicAddress::fromJson(value, errors).has_value());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("civic"));
    QCOMPARE(errors.first().code, QStringLiteral("wrong_type"));
    QVERIFY(!errors.first().detail.isEmpty());
}

void TestCivicAddress::unknownFieldIsRefused()
{
    // A typo ("stname") must not silently drop the street name.
    QList<FieldError> errors;
    const auto decoded = CivicAddress::fromJson(
        parse(R"({"addNumber": "1", "stname": "Microsoft", "zip": "98052"})"), errors);
    QVERIFY(!decoded.has_value());
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors[0].field, QStringLiteral("civic.stname"));
    QCOMPARE(errors[0].code, QStringLiteral("unknown_field"));
    QVERIFY(errors[0].detail.contains(QStringLiteral("stname")));
    QCOMPARE(errors[1].field, QStringLiteral("civic.zip"));
}

void TestCivicAddress::nonStringValueIsRefused_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("number") << parse(R"({"postalCode": 98052})");
    QTest::newRow("boolean") << parse(R"({"postalCode": true})");
    QTest::newRow("null") << parse(R"({"postalCode": null})");
    QTest::newRow("array") << parse(R"({"postalCode": ["98052"]})");
    QTest::newRow("object") << parse(R"({"postalCode": {"zip": "98052"}})");
}

void TestCivicAddress::nonStringValueIsRefused()
{
    QFETCH(QJsonValue, value);
    QList<FieldError> errors;
    QVERIFY(!CivicAddress::fromJson(value, errors).has_value());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("civic.postalCode"));
    QCOMPARE(errors.first().code, QStringLiteral("wrong_type"));
}

void TestCivicAddress::valueOverItsLimitIsRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("limit");
    // Bandwidth 911 Access limits: house number 45, street 200, city 100, ZIP 10; others 100.
    QTest::newRow("house number") << QStringLiteral("addNumber") << 45;
    QTest::newRow("street name") << QStringLiteral("stName") << 200;
    QTest::newRow("city") << QStringLiteral("postalCommunity") << 100;
    QTest::newRow("zip") << QStringLiteral("postalCode") << 10;
    QTest::newRow("unit") << QStringLiteral("unit") << 100;
    QTest::newRow("additional location") << QStringLiteral("additionalLocation") << 100;
}

void TestCivicAddress::valueOverItsLimitIsRefused()
{
    QFETCH(QString, field);
    QFETCH(int, limit);
    QCOMPARE(CivicAddress::maxLength(field), limit);

    QList<FieldError> errors;
    const auto atLimit =
        CivicAddress::fromJson(QJsonObject{{field, QString(limit, QLatin1Char('9'))}}, errors);
    QVERIFY(errors.isEmpty());
    QVERIFY(atLimit.has_value());
    QCOMPARE(atLimit->value(field).size(), limit);

    QVERIFY(
        !CivicAddress::fromJson(QJsonObject{{field, QString(limit + 1, QLatin1Char('9'))}}, errors)
             .has_value());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("civic.") + field);
    QCOMPARE(errors.first().code, QStringLiteral("too_long"));
    QVERIFY(errors.first().detail.contains(QString::number(limit)));

    // The limit counts characters: accented letters and emoji are one each.
    errors.clear();
    QString accented;
    for (int i = 0; i < limit; ++i)
        accented += (i % 2) ? QStringLiteral("é") : QString::fromUcs4(U"\U0001F3E2", 1);
    QVERIFY(CivicAddress::fromJson(QJsonObject{{field, accented}}, errors).has_value());
    QVERIFY(errors.isEmpty());
}

void TestCivicAddress::reportsEveryProblemAtOnce()
{
    QList<FieldError> errors;
    const auto decoded = CivicAddress::fromJson(
        parse(R"({"addNumber": 1, "stName": "Main", "floor": false, "building2": "x",
                  "postalCode": "98052-6399-0000"})"),
        errors);
    QVERIFY(!decoded.has_value());
    QStringList found;
    for (const FieldError &e : errors)
        found << e.field + QLatin1Char('=') + e.code;
    found.sort();
    QCOMPARE(found, (QStringList{QStringLiteral("civic.addNumber=wrong_type"),
                                 QStringLiteral("civic.building2=unknown_field"),
                                 QStringLiteral("civic.floor=wrong_type"),
                                 QStringLiteral("civic.postalCode=too_long")}));
}

void TestCivicAddress::errorPathsFollowTheGivenPrefix()
{
    QList<FieldError> errors;
    errors.append({QStringLiteral("earlier"), QStringLiteral("x"), QStringLiteral("kept")});
    QVERIFY(
        !CivicAddress::fromJson(parse(R"({"country": 1})"), errors, QStringLiteral("normalized"))
             .has_value());
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors[0].field, QStringLiteral("earlier"));
    QCOMPARE(errors[1].field, QStringLiteral("normalized.country"));
    // Earlier problems in the list do not make a clean address fail.
    QVERIFY(CivicAddress::fromJson(parse(R"({"country": "US"})"), errors).has_value());
}

QTEST_GUILESS_MAIN(TestCivicAddress)
#include "tst_civic_address.moc"
