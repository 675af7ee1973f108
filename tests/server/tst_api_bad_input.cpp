// Bad input and overload: every refusal is an RFC 9457 problem with the right status and slug,
// bodies are read strictly (malformed JSON, wrong types, unknown fields, size), unknown paths and
// methods are refused, rate limits and injected faults carry Retry-After, and the server stays up.
#include "ApiTestHelpers.h"
#include "TestBackend.h"

#include <QtTest>

using namespace api;

class TestApiBadInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void refusedWithProblem_data();
    void refusedWithProblem();
    void oversizedBodyIs413();
    void optionalFieldsMayBeLeftOut();
    void rateLimitAnswers429WithRetryAfter();
    void injectedFaultsAnswer503WithRetryAfter();
    void methodNotAllowedListsAllowedMethods();
    void bearerSchemeIsCaseInsensitive();
    void serverSurvivedEverything();

private:
    QString expand(QString text) const;

    TestBackend m_backend;
    QString m_staff;
    E911Candidate m_candidate;
};

void TestApiBadInput::initTestCase()
{
    QVERIFY(m_backend.start({QStringLiteral("--demo"), QStringLiteral("--tenants"),
                             QStringLiteral("2"), QStringLiteral("--dids"), QStringLiteral("200"),
                             QStringLiteral("--provision-delay-ms"), QStringLiteral("600000"),
                             QStringLiteral("--provision-failure-rate"), QStringLiteral("0")}));
    m_staff = m_backend.token(QStringLiteral("staff"));
    const auto candidate = findE911Candidate(m_backend, m_staff);
    QVERIFY(candidate);
    m_candidate = *candidate;
}

// Placeholders in the data rows: {tenant}, {did} (the number's path), {address}, {etag}.
QString TestApiBadInput::expand(QString text) const
{
    text.replace(QStringLiteral("{did}"), didPath(m_candidate.tenantId, m_candidate.number));
    text.replace(QStringLiteral("{number}"), m_candidate.number);
    text.replace(QStringLiteral("{tenant}"), m_candidate.tenantId);
    text.replace(QStringLiteral("{address}"), m_candidate.addressId);
    text.replace(QStringLiteral("{etag}"), m_candidate.etag);
    return text;
}

void TestApiBadInput::refusedWithProblem_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("ifMatch");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("field"); // expected in errors[].field; empty: none required

    const QString e911 = QStringLiteral("{did}/e911");
    const QString addresses = QStringLiteral("/v1/tenants/{tenant}/addresses");
    const QString bulk = QStringLiteral("/v1/tenants/{tenant}/e911-bulk");
    const QString validation = QStringLiteral("/v1/address-validations");
    QTest::newRow("malformed json")
        << QByteArray("PUT") << e911 << QStringLiteral("{\"enabled\": tru") << true << 400
        << QStringLiteral("malformed-json") << QString();
    QTest::newRow("trailing garbage")
        << QByteArray("POST") << addresses << QStringLiteral("{\"civic\": {}} x") << false << 400
        << QStringLiteral("malformed-json") << QString();
    QTest::newRow("array body") << QByteArray("PUT") << e911
                                << QStringLiteral("[{\"enabled\": true}]") << true << 400
                                << QStringLiteral("malformed-json") << QString();
    QTest::newRow("string body") << QByteArray("POST") << validation << QStringLiteral("\"civic\"")
                                 << false << 400 << QStringLiteral("malformed-json") << QString();
    QTest::newRow("enabled as string")
        << QByteArray("PUT") << e911
        << QStringLiteral("{\"enabled\": \"yes\", \"addressId\": \"{address}\"}") << true << 422
        << QStringLiteral("invalid-field") << QStringLiteral("enabled");
    QTest::newRow("addressId as number")
        << QByteArray("PUT") << e911 << QStringLiteral("{\"enabled\": true, \"addressId\": 7}")
        << true << 422 << QStringLiteral("invalid-field") << QStringLiteral("addressId");
    QTest::newRow("enable without address")
        << QByteArray("PUT") << e911 << QStringLiteral("{\"enabled\": true}") << true << 422
        << QStringLiteral("invalid-field") << QStringLiteral("addressId");
    QTest::newRow("disable without reason")
        << QByteArray("PUT") << e911 << QStringLiteral("{\"enabled\": false, \"reason\": \"  \"}")
        << true << 422 << QStringLiteral("invalid-field") << QStringLiteral("reason");
    QTest::newRow("unknown field")
        << QByteArray("PUT") << e911
        << QStringLiteral("{\"enabled\": true, \"addressId\": \"{address}\", \"adressId\": \"x\"}")
        << true << 400 << QStringLiteral("unknown-field") << QStringLiteral("adressId");
    QTest::newRow("numbers not an array")
        << QByteArray("POST") << bulk
        << QStringLiteral(
               "{\"enabled\": true, \"addressId\": \"{address}\", \"numbers\": \"+12065550100\"}")
        << false << 422 << QStringLiteral("invalid-field") << QStringLiteral("numbers");
    QTest::newRow("civic field as number")
        << QByteArray("POST") << addresses << QStringLiteral("{\"civic\": {\"addNumber\": 1}}")
        << false << 422 << QStringLiteral("invalid-field") << QStringLiteral("civic.addNumber");
    // A typo inside civic is an unknown field like one at the top (docs/api.md, Transport).
    QTest::newRow("unknown civic field")
        << QByteArray("POST") << validation << QStringLiteral("{\"civic\": {\"street\": \"Main\"}}")
        << false << 400 << QStringLiteral("unknown-field") << QStringLiteral("civic.street");
    QTest::newRow("unknown civic field on create")
        << QByteArray("POST") << addresses
        << QStringLiteral("{\"civic\": {\"stName\": \"Main\", \"zip\": \"98052\"}}") << false << 400
        << QStringLiteral("unknown-field") << QStringLiteral("civic.zip");
    QTest::newRow("civic not an object")
        << QByteArray("POST") << validation << QStringLiteral("{\"civic\": \"1 Main St\"}") << false
        << 422 << QStringLiteral("invalid-field") << QStringLiteral("civic");
    QTest::newRow("stale disclosure version")
        << QByteArray("POST") << QStringLiteral("/v1/tenants/{tenant}/acknowledgements")
        << QStringLiteral("{\"disclosureVersion\": \"2020-01-01\"}") << false << 422
        << QStringLiteral("validation-failed") << QStringLiteral("disclosureVersion");
    QTest::newRow("disclosure version not a string")
        << QByteArray("POST") << QStringLiteral("/v1/tenants/{tenant}/acknowledgements")
        << QStringLiteral("{\"disclosureVersion\": 2026}") << false << 422
        << QStringLiteral("invalid-field") << QStringLiteral("disclosureVersion");
    QTest::newRow("bulk without numbers")
        << QByteArray("POST") << bulk
        << QStringLiteral("{\"enabled\": true, \"addressId\": \"{address}\", \"numbers\": []}")
        << false << 422 << QStringLiteral("invalid-field") << QStringLiteral("numbers");
    QTest::newRow("unknown top-level field")
        << QByteArray("POST") << validation << QStringLiteral("{\"civic\": {}, \"strict\": false}")
        << false << 400 << QStringLiteral("unknown-field") << QStringLiteral("strict");
    QTest::newRow("approve missing")
        << QByteArray("POST") << QStringLiteral("/v1/oauth/device/approve")
        << QStringLiteral("{\"userCode\": \"BCDF-GHJK\"}") << false << 422
        << QStringLiteral("invalid-field") << QStringLiteral("approve");
    QTest::newRow("approve as string")
        << QByteArray("POST") << QStringLiteral("/v1/oauth/device/approve")
        << QStringLiteral("{\"userCode\": \"BCDF-GHJK\", \"approve\": \"yes\"}") << false << 422
        << QStringLiteral("invalid-field") << QStringLiteral("approve");
    QTest::newRow("not eligible: address of nowhere")
        << QByteArray("PUT") << e911
        << QStringLiteral("{\"enabled\": true, \"addressId\": \"no-such-address\"}") << true << 422
        << QStringLiteral("not-eligible") << QString();
    QTest::newRow("bulk to an address of nowhere refuses the whole request")
        << QByteArray("POST") << bulk
        << QStringLiteral("{\"enabled\": true, \"addressId\": \"no-such-address\", "
                          "\"numbers\": [\"{number}\"]}")
        << false << 422 << QStringLiteral("not-eligible") << QString();
    QTest::newRow("bulk naming a number twice")
        << QByteArray("POST") << bulk
        << QStringLiteral("{\"enabled\": true, \"addressId\": \"{address}\", "
                          "\"numbers\": [\"{number}\", \"{number}\"]}")
        << false << 422 << QStringLiteral("invalid-field") << QStringLiteral("numbers");
    QTest::newRow("unknown path") << QByteArray("GET") << QStringLiteral("/v1/nothing-here")
                                  << QString() << false << 404 << QStringLiteral("not-found")
                                  << QString();
    QTest::newRow("unknown version")
        << QByteArray("GET") << QStringLiteral("/v2/tenants") << QString() << false << 404
        << QStringLiteral("not-found") << QString();
    QTest::newRow("unknown number")
        << QByteArray("GET") << QStringLiteral("/v1/tenants/{tenant}/dids/%2B19995550100")
        << QString() << false << 404 << QStringLiteral("not-found") << QString();
    QTest::newRow("wrong method on list")
        << QByteArray("DELETE") << QStringLiteral("/v1/tenants") << QString() << false << 405
        << QStringLiteral("method-not-allowed") << QString();
    QTest::newRow("wrong method on number")
        << QByteArray("POST") << QStringLiteral("{did}") << QStringLiteral("{}") << false << 405
        << QStringLiteral("method-not-allowed") << QString();
    QTest::newRow("patch me") << QByteArray("PATCH") << QStringLiteral("/v1/me")
                              << QStringLiteral("{}") << false << 405
                              << QStringLiteral("method-not-allowed") << QString();
}

void TestApiBadInput::refusedWithProblem()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, body);
    QFETCH(bool, ifMatch);
    QFETCH(int, status);
    QFETCH(QString, slug);
    QFETCH(QString, field);

    HeaderList headers{{"Idempotency-Key", newIdempotencyKey().toLatin1()}};
    if (ifMatch)
        headers.append(qMakePair(QByteArray("If-Match"), m_candidate.etag.toLatin1()));
    if (!body.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    const TestReply reply =
        m_backend.request(method, expand(path), m_staff, expand(body).toUtf8(), headers);
    const QString mismatch = problemMismatch(reply, status, slug);
    QVERIFY2(mismatch.isEmpty(),
             qPrintable(mismatch + QLatin1Char(' ') + QString::fromUtf8(reply.body)));
    QVERIFY(!reply.header("x-request-id").isEmpty());
    if (!field.isEmpty()) {
        QVERIFY2(problemFields(reply).contains(field), reply.body.constData());
        for (const QJsonValue &e : reply.json().value(QStringLiteral("errors")).toArray()) {
            QVERIFY(!e.toObject().value(QStringLiteral("code")).toString().isEmpty());
            QVERIFY(!e.toObject().value(QStringLiteral("detail")).toString().isEmpty());
        }
    }
    // None of it changed the number or billed anything.
    QCOMPARE(
        m_backend.get(didPath(m_candidate.tenantId, m_candidate.number), m_staff).header("etag"),
        m_candidate.etag.toLatin1());
    QCOMPARE(billingEventCount(m_backend, m_candidate.number), 0);
}

void TestApiBadInput::oversizedBodyIs413()
{
    // Valid JSON, just too big: 4 MiB of address text plus the wrapper.
    QByteArray body = "{\"civic\": {\"locationNote\": \"";
    body += QByteArray(4 * 1024 * 1024, 'x');
    body += "\"}}";
    const TestReply reply =
        m_backend.request("POST", QStringLiteral("/v1/address-validations"), m_staff, body);
    const QString mismatch = problemMismatch(reply, 413, QStringLiteral("payload-too-large"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch + QLatin1Char(' ') + reply.networkError));

    // Just under the limit is read (and then refused for what it says, not for its size).
    QByteArray fits = "{\"civic\": {\"stName\": \"";
    fits += QByteArray(64 * 1024, 'x');
    fits += "\"}}";
    const TestReply small =
        m_backend.request("POST", QStringLiteral("/v1/address-validations"), m_staff, fits);
    QCOMPARE(small.status, 422);
}

// Regression: an address without companyName/locationNote once crashed the server (NULL bound
// into NOT NULL columns).
void TestApiBadInput::optionalFieldsMayBeLeftOut()
{
    const TestReply created =
        m_backend.sendJson("POST", addressPath(m_candidate.tenantId), m_staff,
                           QJsonObject{{QStringLiteral("civic"), validCivic()}},
                           {{"Idempotency-Key", newIdempotencyKey().toLatin1()}});
    QVERIFY2(created.status == 201, describe(created));
    QCOMPARE(created.json().value(QStringLiteral("companyName")).toString(), QString());
    QCOMPARE(created.json().value(QStringLiteral("locationNote")).toString(), QString());
    const QString path =
        addressPath(m_candidate.tenantId, created.json().value(QStringLiteral("id")).toString());
    const TestReply edited = m_backend.sendJson(
        "PUT", path, m_staff, QJsonObject{{QStringLiteral("civic"), validCivic()}},
        {{"If-Match", created.header("etag")}});
    QVERIFY2(edited.status == 200, describe(edited));
    QVERIFY(edited.header("etag") != created.header("etag"));
}

void TestApiBadInput::rateLimitAnswers429WithRetryAfter()
{
    TestBackend limited;
    QVERIFY(limited.start({QStringLiteral("--demo"), QStringLiteral("--tenants"),
                           QStringLiteral("1"), QStringLiteral("--dids"), QStringLiteral("10"),
                           QStringLiteral("--provision-failure-rate"), QStringLiteral("0"),
                           QStringLiteral("--rate-limit"), QStringLiteral("2")}));
    const QString staff = limited.token(QStringLiteral("staff"));
    int ok = 0;
    TestReply limitedReply;
    for (int i = 0; i < 30 && limitedReply.status == 0; ++i) {
        const TestReply r = limited.get(QStringLiteral("/v1/me"), staff);
        if (r.status == 200)
            ++ok;
        else if (r.status == 429)
            limitedReply = r;
        else
            QFAIL(describe(r).constData());
    }
    QVERIFY2(limitedReply.status == 429, "no request was rate limited");
    QVERIFY(ok >= 1);
    const QString mismatch = problemMismatch(limitedReply, 429, QStringLiteral("rate-limited"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    bool isNumber = false;
    const int retryAfter = limitedReply.header("retry-after").toInt(&isNumber);
    QVERIFY2(isNumber && retryAfter >= 1, limitedReply.header("retry-after").constData());

    // Another caller has its own budget.
    QCOMPARE(limited.get(QStringLiteral("/v1/me"), limited.token(QStringLiteral("auditor"))).status,
             200);
    // Waiting as long as Retry-After says is enough.
    QTest::qWait(retryAfter * 1000);
    QCOMPARE(limited.get(QStringLiteral("/v1/me"), staff).status, 200);
}

void TestApiBadInput::injectedFaultsAnswer503WithRetryAfter()
{
    TestBackend faulty;
    QVERIFY(faulty.start({QStringLiteral("--tenants"), QStringLiteral("1"),
                          QStringLiteral("--dids"), QStringLiteral("10"), QStringLiteral("--demo"),
                          QStringLiteral("--provision-failure-rate"), QStringLiteral("0"),
                          QStringLiteral("--fault-5xx-rate"), QStringLiteral("1"),
                          QStringLiteral("--fault-retry-after"), QStringLiteral("3")}));
    for (const QString &path : {QStringLiteral("/v1/health"), QStringLiteral("/v1/me")}) {
        const TestReply reply = faulty.get(path, faulty.token(QStringLiteral("staff")));
        const QString mismatch =
            problemMismatch(reply, 503, QStringLiteral("injected-unavailable"));
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QCOMPARE(reply.header("retry-after"), QByteArray("3"));
    }
    QVERIFY(faulty.process().isRunning());
}

void TestApiBadInput::methodNotAllowedListsAllowedMethods()
{
    const TestReply reply =
        m_backend.request("DELETE", didPath(m_candidate.tenantId, m_candidate.number), m_staff);
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.header("allow"), QByteArray("GET"));
}

void TestApiBadInput::bearerSchemeIsCaseInsensitive()
{
    // RFC 9110 §11.1: "bearer" and "Bearer" name the same scheme.
    const TestReply reply = m_backend.request("GET", QStringLiteral("/v1/me"), {}, {},
                                              {{"Authorization", "bearer " + m_staff.toLatin1()}});
    QCOMPARE(reply.status, 200);
}

void TestApiBadInput::serverSurvivedEverything()
{
    QVERIFY(m_backend.process().isRunning());
    const TestReply health = m_backend.get(QStringLiteral("/v1/health"), {});
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(m_backend.get(QStringLiteral("/v1/me"), m_staff).status, 200);
}

QTEST_GUILESS_MAIN(TestApiBadInput)
#include "tst_api_bad_input.moc"
