// Numbers are decoded by the same strict readers over two JSON libraries: Qt's, for single
// answers, and simdjson's, for the pages of a full sync. Whatever a number's JSON holds, both
// must accept the same numbers with the same values, and refuse the same ones with the same
// errors; so must a whole page, all the way into the cache.
#include "domain/Did.h"
#include "domain/JsonFields.h"
#include "domain/JsonSimd.h"
#include "store/Cache.h"
#include "sync/SyncPageWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QJsonObject validNumber()
{
    return QJsonDocument::fromJson(R"({"number": "+12065550100",
        "tenantId": "0f8e3c2a-1b4d-4e6f-9a7b-2c3d4e5f6a7b",
        "assignedUser": {"upn": "ana@contoso.com", "displayName": "Ana \"Silva\" \u00e9\u4e2d"},
        "usage": "user", "country": "US", "tollFree": false,
        "e911": {"state": "registered", "addressId": "addr-1", "reason": null,
                 "since": "2025-01-31T14:05:00Z", "verifiedAt": "2025-02-01T08:00:00+01:00"},
        "monthlyFee": {"amountMinor": 150, "currency": "USD"},
        "etag": "\"v3\"", "updatedAt": "2025-01-31T14:05:00.123Z"})")
        .object();
}

// Values each member is replaced with in turn: every JSON type, edge cases of the rules.
QList<QJsonValue> replacements()
{
    return {QJsonValue(QJsonValue::Null),
            QJsonValue(true),
            QJsonValue(0),
            QJsonValue(-1.5),
            QJsonValue(1e300),
            QJsonValue(9007199254740993.0),
            QJsonValue(QString()),
            QJsonValue(QStringLiteral("   ")),
            QJsonValue(QStringLiteral("x")),
            QJsonValue(QStringLiteral("US")),
            QJsonValue(QStringLiteral("us")),
            QJsonValue(QStringLiteral("\"v9\"")),
            QJsonValue(QStringLiteral("+442079460000")),
            QJsonValue(QStringLiteral("2025-02-29T10:00:00Z")),
            QJsonValue(QStringLiteral("2024-02-29T23:59:59.999Z")),
            QJsonValue(QStringLiteral("2025-01-31T14:05:00")),
            QJsonValue(QStringLiteral("2025-01-31 14:05:00Z")),
            QJsonValue(QStringLiteral("2025-01-31T14:05:00.1234Z")),
            QJsonValue(QStringLiteral("0F8E3C2A-1B4D-4E6F-9A7B-2C3D4E5F6A7B")),
            QJsonValue(QStringLiteral("deregistering")),
            QJsonValue(QString(300, QLatin1Char('a'))),
            QJsonValue(QJsonArray{1, 2}),
            QJsonValue(QJsonObject()),
            QJsonValue(QJsonObject{{QStringLiteral("amountMinor"), 1},
                                   {QStringLiteral("currency"), QStringLiteral("usd")}}),
            QJsonValue(QJsonObject{{QStringLiteral("upn"), QStringLiteral("a@b")},
                                   {QStringLiteral("displayName"), 7}})};
}

// The number with `path` ("e911.state") replaced by `value`, or removed if it is undefined.
QJsonObject mutated(QJsonObject object, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            object.remove(path.first());
        else
            object.insert(path.first(), value);
        return object;
    }
    object.insert(path.first(), mutated(object.value(path.first()).toObject(), path.mid(1), value));
    return object;
}

QString describe(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out << e.field + QLatin1Char(' ') + e.code + QLatin1Char(' ') + e.detail;
    return out.join(QStringLiteral("; "));
}

struct Decoded
{
    std::optional<Did> did;
    QString errors;
};

Decoded withQt(const QByteArray &text)
{
    Decoded out;
    QList<FieldError> errors;
    out.did =
        Did::fromJson(QJsonDocument::fromJson(text).object(), errors, QStringLiteral("items[3]"));
    out.errors = describe(errors);
    return out;
}

Decoded withSimdjson(const QByteArray &text)
{
    Decoded out;
    simdjson::dom::parser parser;
    simdjson::dom::element element;
    if (parser.parse(text.constData(), std::size_t(text.size())).get(element)) {
        out.errors = QStringLiteral("simdjson could not parse it");
        return out;
    }
    QList<FieldError> errors;
    out.did = Did::fromJson(element, errors, QStringLiteral("items[3]"));
    out.errors = describe(errors);
    return out;
}

QStringList cachedRows(Cache &cache)
{
    QStringList rows;
    QSqlQuery q(cache.database());
    q.exec(QStringLiteral("SELECT * FROM dids ORDER BY tenant_id, number"));
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << q.value(i).toString();
        rows << values.join(u'|');
    }
    return rows;
}

} // namespace

class TestJsonLibraries : public QObject
{
    Q_OBJECT
private slots:
    void everyMutationOfANumberDecodesAlike()
    {
        const QList<QStringList> paths = {
            {QStringLiteral("number")},
            {QStringLiteral("tenantId")},
            {QStringLiteral("assignedUser")},
            {QStringLiteral("assignedUser"), QStringLiteral("upn")},
            {QStringLiteral("assignedUser"), QStringLiteral("displayName")},
            {QStringLiteral("usage")},
            {QStringLiteral("country")},
            {QStringLiteral("tollFree")},
            {QStringLiteral("e911")},
            {QStringLiteral("e911"), QStringLiteral("state")},
            {QStringLiteral("e911"), QStringLiteral("addressId")},
            {QStringLiteral("e911"), QStringLiteral("reason")},
            {QStringLiteral("e911"), QStringLiteral("since")},
            {QStringLiteral("e911"), QStringLiteral("verifiedAt")},
            {QStringLiteral("monthlyFee")},
            {QStringLiteral("monthlyFee"), QStringLiteral("amountMinor")},
            {QStringLiteral("monthlyFee"), QStringLiteral("currency")},
            {QStringLiteral("etag")},
            {QStringLiteral("updatedAt")},
        };
        QList<QJsonValue> values = replacements();
        values.append(QJsonValue(QJsonValue::Undefined));
        int accepted = 0;
        int refused = 0;
        for (const QStringList &path : paths) {
            for (const QJsonValue &value : std::as_const(values)) {
                const QByteArray text = QJsonDocument(mutated(validNumber(), path, value)).toJson();
                const Decoded qt = withQt(text);
                const Decoded simd = withSimdjson(text);
                const QByteArray where =
                    path.join(u'.').toUtf8() + " = " + QJsonDocument(QJsonArray{value}).toJson();
                QVERIFY2(qt.did.has_value() == simd.did.has_value(), where.constData());
                QVERIFY2(qt.did == simd.did, where.constData());
                QVERIFY2(qt.errors == simd.errors,
                         qPrintable(QString::fromUtf8(where) + qt.errors + u" / " + simd.errors));
                (qt.did ? accepted : refused)++;
            }
        }
        // The corpus exercises both outcomes, not just one of them.
        QVERIFY(accepted > 20);
        QVERIFY(refused > 200);
    }

    void theUnmutatedNumberKeepsEveryValue()
    {
        const QByteArray text = QJsonDocument(validNumber()).toJson();
        const Decoded simd = withSimdjson(text);
        QVERIFY2(simd.did, qPrintable(simd.errors));
        QCOMPARE(simd.did->assignedUser->displayName,
                 QString::fromUtf8("Ana \"Silva\" \u00e9\u4e2d"));
        QCOMPARE(simd.did->e911.verifiedAt, QDateTime(QDate(2025, 2, 1), QTime(7, 0), Qt::UTC));
        QCOMPARE(simd.did->updatedAt, QDateTime(QDate(2025, 1, 31), QTime(14, 5, 0, 123), Qt::UTC));
        QCOMPARE(simd.did->monthlyFee, (Money{150, QStringLiteral("USD")}));
        QCOMPARE(simd.did, withQt(text).did);
    }

    void timestampsReadAsQtReadsThem()
    {
        // The API's own form is read without Qt's parser; every answer must be Qt's.
        const QStringList texts = {
            QStringLiteral("2025-01-31T14:05:00Z"),      QStringLiteral("2025-01-31T14:05:00.120Z"),
            QStringLiteral("2024-02-29T00:00:00Z"),      QStringLiteral("2025-02-29T00:00:00Z"),
            QStringLiteral("2025-13-01T00:00:00Z"),      QStringLiteral("2025-12-31T24:00:00Z"),
            QStringLiteral("2025-12-31T23:60:00Z"),      QStringLiteral("2025-12-31T23:59:60Z"),
            QStringLiteral("0000-01-01T00:00:00Z"),      QStringLiteral("9999-12-31T23:59:59.999Z"),
            QStringLiteral("2025-01-31T14:05:00+02:00"), QStringLiteral("2025-01-31T14:05:00"),
            QStringLiteral("2025-01-31t14:05:00z"),      QStringLiteral("2025-01-31T14:05:0xZ"),
            QStringLiteral("2025-01-31T14:05:00.1Z"),    QStringLiteral("+025-01-31T14:05:00Z"),
            QStringLiteral("2025-01-31T14:05:00.-12Z"),  QString(),
        };
        for (const QString &text : texts) {
            const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
            const bool qtAccepts = qt.isValid() && qt.timeSpec() != Qt::LocalTime;
            const auto ours = json::parseTimestamp(text);
            QVERIFY2(ours.has_value() == qtAccepts, qPrintable(text));
            if (ours)
                QVERIFY2(*ours == qt && ours->timeSpec() == Qt::UTC, qPrintable(text));
        }
    }

    void aPageIsWrittenAlikeByBothLibraries_data()
    {
        QTest::addColumn<QByteArray>("page");
        const QByteArray one = QJsonDocument(validNumber()).toJson(QJsonDocument::Compact);
        QJsonObject second = validNumber();
        second.insert(QStringLiteral("number"), QStringLiteral("+12065550101"));
        second.insert(QStringLiteral("assignedUser"), QJsonValue::Null);
        const QByteArray two = QJsonDocument(second).toJson(QJsonDocument::Compact);
        QJsonObject foreign = validNumber();
        foreign.insert(QStringLiteral("tenantId"),
                       QStringLiteral("1f8e3c2a-1b4d-4e6f-9a7b-2c3d4e5f6a7b"));
        QTest::newRow("two numbers") << "{\"items\":[" + one + "," + two + "],\"nextCursor\":null}";
        QTest::newRow("no numbers") << QByteArray(R"({"items":[],"nextCursor":null})");
        QTest::newRow("one bad number")
            << "{\"items\":[" + one + ",{\"number\":1}],\"nextCursor\":null}";
        QTest::newRow("another tenant's number")
            << "{\"items\":[" + QJsonDocument(foreign).toJson(QJsonDocument::Compact) +
                   "],\"nextCursor\":null}";
        // Beyond 64 bits: simdjson cannot hold the integer, so the page goes to Qt.
        QJsonObject huge = validNumber();
        huge.insert(QStringLiteral("carrierReference"), 5.5555555555555556e19);
        QTest::newRow("an integer beyond 64 bits")
            << "{\"items\":[" + QJsonDocument(huge).toJson(QJsonDocument::Compact) +
                   "],\"nextCursor\":null}";
        QTest::newRow("a number that is an integer beyond 64 bits")
            << QByteArray("{\"items\":[{\"number\":55555555555555560000}],\"nextCursor\":null}");
        QTest::newRow("items missing") << QByteArray(R"({"nextCursor":null})");
        QTest::newRow("items an object") << QByteArray(R"({"items":{},"nextCursor":null})");
        QTest::newRow("cursor a number") << QByteArray(R"({"items":[],"nextCursor":3})");
        QTest::newRow("an array") << QByteArray(R"([])");
        QTest::newRow("too deep") << QByteArray(40, '[') + QByteArray(40, ']');
    }

    void aPageIsWrittenAlikeByBothLibraries()
    {
        QFETCH(QByteArray, page);
        const QString tenant = QStringLiteral("0f8e3c2a-1b4d-4e6f-9a7b-2c3d4e5f6a7b");
        QTemporaryDir dir;
        Cache viaSimdjson(dir.filePath(QStringLiteral("a.sqlite")));
        Cache viaQt(dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(viaSimdjson.open() && viaQt.open());
        // writeRawListPage reads numbers with simdjson; writeListPage takes Qt's document.
        const SyncPageResult simd = SyncPageWriter::writeRawListPage(
            viaSimdjson, SyncPageWriter::ListKind::Dids, page, QString(), 1, tenant);
        const SyncPageResult qt = SyncPageWriter::writeListPage(
            viaQt, SyncPageWriter::ListKind::Dids, QJsonDocument::fromJson(page), 1, tenant);
        if (page.startsWith("[[[")) { // refused before either parser runs
            QVERIFY(!simd.ok && simd.decodeError);
            return;
        }
        QCOMPARE(simd.ok, qt.ok);
        QCOMPARE(simd.decodeError, qt.decodeError);
        QCOMPARE(simd.error, qt.error);
        QCOMPARE(describe(simd.fieldErrors), describe(qt.fieldErrors));
        QCOMPARE(simd.items, qt.items);
        QCOMPARE(simd.changes.dids, qt.changes.dids);
        QCOMPARE(cachedRows(viaSimdjson), cachedRows(viaQt));
    }

    void notJsonIsRefusedWithTheParsersReason()
    {
        QTemporaryDir dir;
        Cache cache(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(cache.open());
        const SyncPageResult result = SyncPageWriter::writeRawListPage(
            cache, SyncPageWriter::ListKind::Dids, QByteArray(R"({"items":[)"), QString(), 1,
            QStringLiteral("0f8e3c2a-1b4d-4e6f-9a7b-2c3d4e5f6a7b"));
        QVERIFY(!result.ok && result.decodeError);
        QVERIFY2(result.error.startsWith(QStringLiteral("The answer is not JSON: ")),
                 qPrintable(result.error));
        QVERIFY(cachedRows(cache).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonLibraries)
#include "tst_json_libraries.moc"
