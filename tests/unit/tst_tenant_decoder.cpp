// The tenant decoder: the API's tenant JSON in, a Tenant or field errors out, never a crash,
// whatever a broken or hostile backend sends.
#include "domain/Tenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

namespace {
QJsonObject validTenant()
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("0b6f8f57-2a1e-4c55-9a3d-6f1d1c9b7e21")},
        {QStringLiteral("name"), QStringLiteral("Contoso Ltd")},
        {QStringLiteral("serviceType"), QStringLiteral("operator_connect")},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("total"), 12480},
                                               {QStringLiteral("basic"), 2651},
                                               {QStringLiteral("pending"), 14},
                                               {QStringLiteral("registered"), 9812},
                                               {QStringLiteral("failed"), 3},
                                               {QStringLiteral("deregistering"), 0}}},
        {QStringLiteral("etag"), QStringLiteral("\"v7\"")},
        {QStringLiteral("updatedAt"), QStringLiteral("2025-01-31T14:05:00.123Z")},
    };
}

// Sets (or with an undefined value, removes) a member given as "counts.total".
QJsonObject with(QJsonObject object, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot >= 0) {
        const QString head = path.left(dot);
        object.insert(head, with(object.value(head).toObject(), path.mid(dot + 1), value));
    } else if (value.isUndefined()) {
        object.remove(path);
    } else {
        object.insert(path, value);
    }
    return object;
}
} // namespace

class TestTenantDecoder : public QObject
{
    Q_OBJECT
private slots:
    void decodesAValidTenant();
    void ignoresUnknownMembers();
    void normalizesIdAndTimestamp();
    void refusesHostileMembers_data();
    void refusesHostileMembers();
    void refusesNonObjects_data();
    void refusesNonObjects();
    void refusesNumbersTheParserAccepts_data();
    void refusesNumbersTheParserAccepts();
    void reportsEveryBadMemberWithItsPath();
    void survivesRandomValuesInEveryMember();
};

void TestTenantDecoder::decodesAValidTenant()
{
    QList<FieldError> errors;
    const auto tenant = Tenant::fromJson(validTenant(), errors);
    QVERIFY2(tenant.has_value(), qPrintable(errors.value(0).field + u' ' + errors.value(0).detail));
    QVERIFY(errors.isEmpty());
    QCOMPARE(tenant->id, QStringLiteral("0b6f8f57-2a1e-4c55-9a3d-6f1d1c9b7e21"));
    QCOMPARE(tenant->name, QStringLiteral("Contoso Ltd"));
    QCOMPARE(tenant->serviceType, ServiceType::OperatorConnect);
    QCOMPARE(tenant->counts, (TenantCounts{12480, 2651, 14, 9812, 3, 0}));
    QCOMPARE(tenant->etag, QStringLiteral("\"v7\""));
    QCOMPARE(tenant->updatedAt, QDateTime(QDate(2025, 1, 31), QTime(14, 5, 0, 123), Qt::UTC));
}

void TestTenantDecoder::ignoresUnknownMembers()
{
    QJsonObject json = validTenant();
    json.insert(QStringLiteral("complianceBadge"), QStringLiteral("ok"));
    json = with(json, QStringLiteral("counts.suspended"), 4);
    QList<FieldError> errors;
    QVERIFY(Tenant::fromJson(json, errors).has_value());
    QVERIFY(errors.isEmpty());
}

void TestTenantDecoder::normalizesIdAndTimestamp()
{
    QJsonObject json = with(validTenant(), QStringLiteral("id"),
                            QStringLiteral("0B6F8F57-2A1E-4C55-9A3D-6F1D1C9B7E21"));
    json = with(json, QStringLiteral("updatedAt"), QStringLiteral("2025-01-31T16:05:00+02:00"));
    json = with(json, QStringLiteral("name"), QStringLiteral("  Contoso Ltd "));
    QList<FieldError> errors;
    const auto tenant = Tenant::fromJson(json, errors);
    QVERIFY(tenant.has_value());
    QCOMPARE(tenant->id, QStringLiteral("0b6f8f57-2a1e-4c55-9a3d-6f1d1c9b7e21"));
    QCOMPARE(tenant->updatedAt, QDateTime(QDate(2025, 1, 31), QTime(14, 5), Qt::UTC));
    QCOMPARE(tenant->name, QStringLiteral("Contoso Ltd"));
}

void TestTenantDecoder::refusesHostileMembers_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value"); // undefined: the member is missing

    const QJsonValue missing(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    const QString hugeName(10 * 1024 * 1024, QLatin1Char('x'));

    QTest::newRow("id missing") << "id" << missing;
    QTest::newRow("id number") << "id" << QJsonValue(42);
    QTest::newRow("id null") << "id" << null;
    QTest::newRow("id not a guid") << "id" << QJsonValue(QStringLiteral("contoso"));
    QTest::newRow("id in braces") << "id"
                                  << QJsonValue(
                                         QStringLiteral("{0b6f8f57-2a1e-4c55-9a3d-6f1d1c9b7e21}"));
    QTest::newRow("id huge") << "id" << QJsonValue(hugeName);

    QTest::newRow("name missing") << "name" << missing;
    QTest::newRow("name null") << "name" << null;
    QTest::newRow("name array") << "name" << QJsonValue(QJsonArray{QStringLiteral("Contoso")});
    QTest::newRow("name empty") << "name" << QJsonValue(QString());
    QTest::newRow("name blank") << "name" << QJsonValue(QStringLiteral(" \t\n"));
    QTest::newRow("name 257 characters")
        << "name" << QJsonValue(QString(Tenant::maxNameLength + 1, QLatin1Char('n')));
    QTest::newRow("name 10 MiB") << "name" << QJsonValue(hugeName);

    QTest::newRow("serviceType missing") << "serviceType" << missing;
    QTest::newRow("serviceType unknown")
        << "serviceType" << QJsonValue(QStringLiteral("calling_plan"));
    QTest::newRow("serviceType other case")
        << "serviceType" << QJsonValue(QStringLiteral("Operator_Connect"));
    QTest::newRow("serviceType bool") << "serviceType" << QJsonValue(true);

    QTest::newRow("counts missing") << "counts" << missing;
    QTest::newRow("counts array") << "counts" << QJsonValue(QJsonArray{1, 2, 3});
    QTest::newRow("counts number") << "counts" << QJsonValue(5);
    QTest::newRow("total missing") << "counts.total" << missing;
    QTest::newRow("total string") << "counts.total" << QJsonValue(QStringLiteral("12480"));
    QTest::newRow("total bool") << "counts.total" << QJsonValue(true);
    QTest::newRow("total object") << "counts.total" << QJsonValue(QJsonObject{});
    QTest::newRow("total negative") << "counts.total" << QJsonValue(-1);
    QTest::newRow("total fractional") << "counts.total" << QJsonValue(12480.5);
    QTest::newRow("total 1e300") << "counts.total" << QJsonValue(1e300);
    QTest::newRow("total 2^53") << "counts.total" << QJsonValue(9007199254740992.0);
    QTest::newRow("pending null") << "counts.pending" << null;
    QTest::newRow("failed tiny fraction") << "counts.failed" << QJsonValue(1e-300);
    QTest::newRow("deregistering missing") << "counts.deregistering" << missing;
    QTest::newRow("registered above total") << "counts.registered" << QJsonValue(20000);

    QTest::newRow("etag missing") << "etag" << missing;
    QTest::newRow("etag unquoted") << "etag" << QJsonValue(QStringLiteral("v7"));
    QTest::newRow("etag weak") << "etag" << QJsonValue(QStringLiteral("W/\"v7\""));
    QTest::newRow("etag empty quotes") << "etag" << QJsonValue(QStringLiteral("\"\""));
    QTest::newRow("etag with space") << "etag" << QJsonValue(QStringLiteral("\"v 7\""));
    QTest::newRow("etag number") << "etag" << QJsonValue(7);

    QTest::newRow("updatedAt missing") << "updatedAt" << missing;
    QTest::newRow("updatedAt words") << "updatedAt" << QJsonValue(QStringLiteral("yesterday"));
    QTest::newRow("updatedAt without offset")
        << "updatedAt" << QJsonValue(QStringLiteral("2025-01-31T14:05:00"));
    QTest::newRow("updatedAt date only") << "updatedAt" << QJsonValue(QStringLiteral("2025-01-31"));
    QTest::newRow("updatedAt month 13")
        << "updatedAt" << QJsonValue(QStringLiteral("2025-13-31T14:05:00Z"));
    QTest::newRow("updatedAt epoch number") << "updatedAt" << QJsonValue(1738332300);
}

void TestTenantDecoder::refusesHostileMembers()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QList<FieldError> errors;
    const auto tenant =
        Tenant::fromJson(with(validTenant(), member, value), errors, QStringLiteral("items[7]"));
    QVERIFY(!tenant.has_value());
    QVERIFY(!errors.isEmpty());
    // The error names the member (or, for a count that contradicts the others, its object).
    const QString expected = QStringLiteral("items[7].") + member;
    QVERIFY2(expected.startsWith(errors.first().field), qPrintable(errors.first().field));
    QVERIFY(!errors.first().code.isEmpty());
    QVERIFY(!errors.first().detail.isEmpty());
}

void TestTenantDecoder::refusesNonObjects_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("string") << QJsonValue(QStringLiteral("Contoso"));
    QTest::newRow("number") << QJsonValue(1);
    QTest::newRow("array") << QJsonValue(QJsonArray{validTenant()});
    QTest::newRow("empty object") << QJsonValue(QJsonObject{});
}

void TestTenantDecoder::refusesNonObjects()
{
    QFETCH(QJsonValue, value);
    QList<FieldError> errors;
    QVERIFY(!Tenant::fromJson(value, errors).has_value());
    QVERIFY(!errors.isEmpty());
}

void TestTenantDecoder::refusesNumbersTheParserAccepts_data()
{
    QTest::addColumn<QByteArray>("total");
    QTest::newRow("exponent overflow") << QByteArray("1e999");
    QTest::newRow("negative zero fraction") << QByteArray("-0.5");
    QTest::newRow("many digits") << QByteArray(400, '9');
    QTest::newRow("negative huge") << QByteArray("-1e308");
}

void TestTenantDecoder::refusesNumbersTheParserAccepts()
{
    QFETCH(QByteArray, total);
    QByteArray text = QJsonDocument(validTenant()).toJson(QJsonDocument::Compact);
    text.replace("\"total\":12480", QByteArray("\"total\":" + total));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return; // refused by Qt's parser already: just as good

    QList<FieldError> errors;
    QVERIFY(!Tenant::fromJson(document.object(), errors).has_value());
    QCOMPARE(errors.first().field, QStringLiteral("counts.total"));
}

void TestTenantDecoder::reportsEveryBadMemberWithItsPath()
{
    QJsonObject json = with(validTenant(), QStringLiteral("name"), 3);
    json = with(json, QStringLiteral("counts.failed"), QStringLiteral("three"));
    json = with(json, QStringLiteral("etag"), QJsonValue(QJsonValue::Undefined));
    QList<FieldError> errors;
    QVERIFY(!Tenant::fromJson(json, errors, QStringLiteral("items[0]")).has_value());
    QStringList fields;
    for (const FieldError &error : errors)
        fields << error.field;
    QCOMPARE(fields,
             (QStringList{QStringLiteral("items[0].name"), QStringLiteral("items[0].counts.failed"),
                          QStringLiteral("items[0].etag")}));
}

void TestTenantDecoder::survivesRandomValuesInEveryMember()
{
    // Not a fuzzer, but every member meets every JSON type and some odd values.
    QRandomGenerator rng(20251103);
    const QStringList members{QStringLiteral("id"),           QStringLiteral("name"),
                              QStringLiteral("serviceType"),  QStringLiteral("counts"),
                              QStringLiteral("counts.total"), QStringLiteral("counts.basic"),
                              QStringLiteral("etag"),         QStringLiteral("updatedAt")};
    auto randomValue = [&rng]() -> QJsonValue {
        switch (rng.bounded(7)) {
        case 0:
            return QJsonValue(QJsonValue::Null);
        case 1:
            return rng.bounded(2) == 1;
        case 2:
            return (rng.generateDouble() - 0.5) * std::pow(10.0, rng.bounded(300));
        case 3: {
            QString s;
            for (int i = rng.bounded(40); i > 0; --i)
                s += QChar(static_cast<char16_t>(rng.bounded(1, 0xFFFF)));
            return s;
        }
        case 4:
            return QJsonArray{1, QStringLiteral("x")};
        case 5:
            return QJsonObject{{QStringLiteral("total"), -1}};
        default:
            return QJsonValue(QJsonValue::Undefined);
        }
    };
    for (int round = 0; round < 2000; ++round) {
        QJsonObject json = validTenant();
        for (int n = rng.bounded(1, 4); n > 0; --n)
            json = with(json, members.at(rng.bounded(members.size())), randomValue());
        QList<FieldError> errors;
        const auto tenant = Tenant::fromJson(json, errors);
        QCOMPARE(tenant.has_value(), errors.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestTenantDecoder)
#include "tst_tenant_decoder.moc"
