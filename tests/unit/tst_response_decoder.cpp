// The response decoders against hostile and broken answers: wrong types, missing members, huge
// lists, deep nesting, oversized bodies and garbage all become ApiError InvalidResponse (never a
// crash, never a partial list). Also Retry-After in both of its forms, and log redaction.
#include "api/ResponseDecoder.h"
#include "api/RetryAfter.h"
#include "api/SecretRedaction.h"

#include <QtTest>

namespace {

QByteArray tenantJson(const QByteArray &id = "0b9c1c2e-5d0f-4c43-9a53-2f3b1f0c0a11")
{
    return R"({"id":")" + id +
           R"(","name":"Contoso","serviceType":"direct_routing",
              "counts":{"total":3,"basic":1,"pending":0,"registered":2,"failed":0,"deregistering":0},
              "etag":)" +
           QByteArray("\"\\\"v1\\\"\"") + R"(,"updatedAt":"2026-01-02T03:04:05.000Z"})";
}

QByteArray page(const QByteArray &items, const QByteArray &next = "null")
{
    return R"({"items":[)" + items + R"(],"nextCursor":)" + next + "}";
}

// Runs a body through the same path as HttpClient + ApiClient do.
std::variant<TenantPage, ApiError> decodeBody(const QByteArray &body, qsizetype maxItems = 1000)
{
    QString why;
    const auto document = ResponseDecoder::parseJson(body, &why);
    if (!document)
        return ApiError::invalidResponse(why, QStringLiteral("req-1"));
    return ResponseDecoder::decodeTenantPage(*document, maxItems, QStringLiteral("req-1"));
}

} // namespace

class TestResponseDecoder : public QObject
{
    Q_OBJECT
private slots:
    void decodesAValidPage();
    void hostileBodiesAreInvalidResponses_data();
    void hostileBodiesAreInvalidResponses();
    void oneBadItemFailsTheWholePage();
    void oversizedBodyIsRefusedBeforeParsing();
    void nestingDepthIgnoresBracketsInStrings();
    void retryAfterReadsSecondsAndHttpDates_data();
    void retryAfterReadsSecondsAndHttpDates();
    void secretsAreRedacted();
};

void TestResponseDecoder::decodesAValidPage()
{
    const auto decoded = decodeBody(
        page(tenantJson() + ',' + tenantJson("1b9c1c2e-5d0f-4c43-9a53-2f3b1f0c0a11"), "\"c2\""));
    QVERIFY(std::holds_alternative<TenantPage>(decoded));
    const TenantPage &result = std::get<TenantPage>(decoded);
    QCOMPARE(result.tenants.size(), 2);
    QCOMPARE(result.nextCursor, QStringLiteral("c2"));
    QCOMPARE(result.tenants.first().counts.registered, 2);
}

void TestResponseDecoder::hostileBodiesAreInvalidResponses_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detailMentions");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("not JSON");
    QTest::newRow("html") << QByteArray("<html>502</html>") << QStringLiteral("not JSON");
    QTest::newRow("truncated") << page(tenantJson()).left(40) << QStringLiteral("not JSON");
    QTest::newRow("array, not page") << QByteArray("[1,2]") << QStringLiteral("not an object");
    QTest::newRow("items missing")
        << QByteArray(R"({"nextCursor":null})") << QStringLiteral("items");
    QTest::newRow("items an object")
        << QByteArray(R"({"items":{},"nextCursor":null})") << QStringLiteral("items");
    QTest::newRow("cursor a number") << page(tenantJson(), "7") << QStringLiteral("nextCursor");
    QTest::newRow("cursor missing")
        << QByteArray(R"({"items":[]})") << QStringLiteral("nextCursor");
    QTest::newRow("item a string") << page("\"tenant\"") << QStringLiteral("items[0]");
    QTest::newRow("id a number")
        << page(QByteArray(tenantJson()).replace("\"0b9c1c2e-5d0f-4c43-9a53-2f3b1f0c0a11\"", "42"))
        << QStringLiteral("items[0].id");
    QTest::newRow("id not a GUID")
        << page(tenantJson("../../etc/passwd")) << QStringLiteral("items[0].id");
    QTest::newRow("name missing")
        << page(QByteArray(tenantJson()).replace(R"("name":"Contoso",)", ""))
        << QStringLiteral("items[0].name");
    QTest::newRow("count negative")
        << page(QByteArray(tenantJson()).replace(R"("total":3)", R"("total":-3)"))
        << QStringLiteral("counts.total");
    QTest::newRow("count huge")
        << page(QByteArray(tenantJson()).replace(R"("total":3)", R"("total":1e300)"))
        << QStringLiteral("counts.total");
    QTest::newRow("count a string")
        << page(QByteArray(tenantJson()).replace(R"("total":3)", R"("total":"3")"))
        << QStringLiteral("counts.total");
    QTest::newRow("counts null")
        << page(
               QByteArray(tenantJson())
                   .replace(
                       R"({"total":3,"basic":1,"pending":0,"registered":2,"failed":0,"deregistering":0})",
                       "null"))
        << QStringLiteral("counts");
    QTest::newRow("bad service type")
        << page(QByteArray(tenantJson()).replace("direct_routing", "carrier_pigeon"))
        << QStringLiteral("serviceType");
    QTest::newRow("date without offset")
        << page(QByteArray(tenantJson()).replace(".000Z", "")) << QStringLiteral("updatedAt");

    // More items than asked for (limit=1000): a backend flooding the client.
    QByteArray many;
    for (int i = 0; i < 1001; ++i)
        many += (i ? "," : "") + QByteArray("{}");
    QTest::newRow("more items than the limit") << page(many) << QStringLiteral("1001 items");

    // Deep nesting: far below Qt's own limit of 1024, far above anything the API sends.
    QTest::newRow("deep arrays") << QByteArray(5000, '[') + QByteArray(5000, ']')
                                 << QStringLiteral("deeper");
    QTest::newRow("deep in an item")
        << page(QByteArray(40, '[') + QByteArray(40, ']')) << QStringLiteral("deeper");
    QTest::newRow("cursor of a megabyte")
        << page("", "\"" + QByteArray(1 << 20, 'c') + "\"") << QStringLiteral("nextCursor");
    QTest::newRow("nul bytes") << QByteArray("{\"items\":[\0],\"nextCursor\":null}", 31)
                               << QStringLiteral("not JSON");
}

void TestResponseDecoder::hostileBodiesAreInvalidResponses()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detailMentions);
    const auto decoded = decodeBody(body);
    QVERIFY(std::holds_alternative<ApiError>(decoded));
    const ApiError &error = std::get<ApiError>(decoded);
    QCOMPARE(error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(error.details.contains(detailMentions), qPrintable(error.details.left(300)));
    QCOMPARE(error.requestId, QStringLiteral("req-1"));
    QVERIFY(error.details.size() < 4000); // a hostile body does not make the details a novel
}

void TestResponseDecoder::oneBadItemFailsTheWholePage()
{
    QByteArray items = tenantJson();
    for (int i = 0; i < 50; ++i)
        items += ',' + tenantJson("bad");
    const auto decoded = decodeBody(page(items));
    QVERIFY(std::holds_alternative<ApiError>(decoded));
    // The first problems are named, the rest summarised.
    QVERIFY(std::get<ApiError>(decoded).details.contains(QStringLiteral("items[1].id")));
    QVERIFY(std::get<ApiError>(decoded).details.contains(QStringLiteral("more")));
}

void TestResponseDecoder::oversizedBodyIsRefusedBeforeParsing()
{
    JsonLimits limits;
    limits.maxBytes = 1024;
    QString why;
    QVERIFY(!ResponseDecoder::parseJson(
        page(tenantJson() + ',' + tenantJson() + ',' + tenantJson() + ',' + tenantJson()), &why,
        limits));
    QVERIFY(why.contains(QStringLiteral("at most 1024")));
    QVERIFY(ResponseDecoder::parseJson(page(tenantJson()), &why, limits));
}

void TestResponseDecoder::nestingDepthIgnoresBracketsInStrings()
{
    QCOMPARE(ResponseDecoder::nestingDepth("{\"a\":\"[[[[{{{{\\\"[[\"}", 3), 1);
    QCOMPARE(ResponseDecoder::nestingDepth("[[[]]]", 3), 3);
    QCOMPARE(ResponseDecoder::nestingDepth("[[[[]]]]", 3), -1);
    QCOMPARE(ResponseDecoder::nestingDepth("]]]][", 3), 1);
}

void TestResponseDecoder::retryAfterReadsSecondsAndHttpDates_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs"); // -1: not a Retry-After value

    QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 3 ") << qint64(3000);
    QTest::newRow("huge is capped") << QByteArray("99999999999999999999") << qint64(86400000);
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:50:07 GMT") << qint64(30000);
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:47 GMT") << qint64(10000);
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:57 1994") << qint64(20000);
    QTest::newRow("in the past") << QByteArray("Sun, 06 Nov 1994 08:00:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestResponseDecoder::retryAfterReadsSecondsAndHttpDates()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime serverNow(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QCOMPARE(retryAfterMs(value, serverNow).value_or(-1), expectedMs);
}

void TestResponseDecoder::secretsAreRedacted()
{
    const QString line = redactSecrets(
        QStringLiteral("GET /v1/x?token=dsp_AbC123-_x&refresh=drt_9f%2B8 dat_zz and dspx_keep"));
    QVERIFY(!line.contains(QStringLiteral("AbC123")));
    QVERIFY(!line.contains(QStringLiteral("9f")));
    QVERIFY(!line.contains(QStringLiteral("zz")));
    QVERIFY(line.contains(QStringLiteral("dsp_…")));
    QVERIFY(line.contains(QStringLiteral("dspx_keep")));
}

QTEST_GUILESS_MAIN(TestResponseDecoder)
#include "tst_response_decoder.moc"
