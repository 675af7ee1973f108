// HttpClient against the real dispatchable-server over TLS, with the server's fault injection:
// storms of 429 and 503 answers and dropped connections are ridden out within the retry budget,
// no retry goes out before the server's Retry-After, a POST that is not retryable is sent once,
// a slow server is a Timeout and a cancel is a cancel, gzip bodies are decoded, and twenty
// requests that meet a 401 together cause exactly one token refresh.
#include "TestBackend.h"
#include "api/AccessTokenSource.h"
#include "api/HttpClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QtTest>
#include <limits>

namespace {

constexpr int answerTimeoutMs = 60000;

QStringList faultArguments(const QStringList &faults)
{
    return TestBackend::defaultArguments() + faults;
}

void connectTo(HttpClient &client, TestBackend &backend,
               const QString &role = QStringLiteral("staff"))
{
    client.setBaseUrl(backend.process().baseUrl());
    client.setPinnedFingerprint(backend.process().certificateFingerprint());
    client.setBearerToken(backend.token(role));
}

// Records every attempt the client reports.
struct AttemptLog
{
    explicit AttemptLog(HttpClient &client)
    {
        QObject::connect(&client, &HttpClient::attemptFinished, &client,
                         [this](const HttpAttempt &attempt) { attempts.append(attempt); });
    }
    QList<HttpAttempt> attempts;

    QList<HttpAttempt> of(quint64 serial) const
    {
        QList<HttpAttempt> out;
        for (const HttpAttempt &attempt : attempts) {
            if (attempt.requestSerial == serial)
                out.append(attempt);
        }
        return out;
    }
};

// Sends `count` requests at once and waits for all answers.
QList<HttpResult> sendAll(HttpClient &client, const HttpRequestSpec &spec, int count,
                          QList<quint64> *serials = nullptr)
{
    QList<HttpResult> results;
    QObject context;
    for (int i = 0; i < count; ++i) {
        const quint64 serial =
            client.send(spec, &context, [&results](const HttpResult &r) { results.append(r); });
        if (serials)
            serials->append(serial);
    }
    [&] { QTRY_COMPARE_WITH_TIMEOUT(results.size(), count, answerTimeoutMs); }();
    return results;
}

HttpRequestSpec tenantsRequest()
{
    HttpRequestSpec spec;
    spec.path = QStringLiteral("/v1/tenants");
    spec.retryable = true;
    return spec;
}

// An access token that starts out revoked; its refresh counts calls and hands out a good token.
class CountingTokenSource : public AccessTokenSource
{
public:
    QString token = QStringLiteral("dsp_not_a_valid_token");
    QString goodToken;
    bool refreshSucceeds = true;
    int refreshCalls = 0;

    QString accessToken() const override { return token; }
    void refreshAccessToken(QObject *context, std::function<void(bool)> done) override
    {
        ++refreshCalls;
        // Answer later, as a real refresh over the network does, so other 401s arrive meanwhile.
        QTimer::singleShot(200, context, [this, done = std::move(done)] {
            if (refreshSucceeds)
                token = goodToken;
            done(refreshSucceeds);
        });
    }
};

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT
private slots:
    void ridesOutA429StormWithoutRetryingBeforeRetryAfter();
    void ridesOutA5xxStormWithinTheRetryBudget();
    void givesUpWhenTheRetryBudgetIsSpent();
    void postWithoutIdempotencyKeyIsNotRetried();
    void droppedConnectionsOnAGetAreRetried();
    void slowServerIsReportedAsTimeoutNotCancel();
    void cancelIsReportedAsCancelledNotTimeout();
    void destroyedContextAbortsWithoutCallback();
    void gzipBodiesAreDecoded();
    void answerLargerThanTheLimitIsInvalidResponse();
    void concurrent401sCauseExactlyOneRefresh();
    void failedRefreshReportsUnauthorized();
};

void TestHttpClient::ridesOutA429StormWithoutRetryingBeforeRetryAfter()
{
    TestBackend backend;
    QVERIFY(
        backend.start(faultArguments({QStringLiteral("--fault-429-rate"), QStringLiteral("0.5"),
                                      QStringLiteral("--fault-retry-after"), QStringLiteral("1"),
                                      QStringLiteral("--fault-seed"), QStringLiteral("429")})));
    HttpClient client;
    connectTo(client, backend);
    client.setRetryPolicy(RetryPolicy{12, 50, 2000, 60000});
    AttemptLog log(client);

    QList<quint64> serials;
    const QList<HttpResult> results = sendAll(client, tenantsRequest(), 10, &serials);
    for (const HttpResult &result : results)
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->details : QString()));

    int tooMany = 0;
    qint64 shortestGap = std::numeric_limits<qint64>::max();
    for (const quint64 serial : serials) {
        const QList<HttpAttempt> attempts = log.of(serial);
        for (qsizetype i = 0; i + 1 < attempts.size(); ++i) {
            const HttpAttempt &before = attempts.at(i);
            const HttpAttempt &after = attempts.at(i + 1);
            QCOMPARE(before.status, 429);
            QCOMPARE(before.retryAfterMs, 1000);
            QVERIFY(before.willRetry);
            const qint64 gap = after.sentAtMs - before.finishedAtMs;
            QVERIFY2(gap >= before.retryAfterMs,
                     qPrintable(QStringLiteral("retry %1 ms after a Retry-After of 1 s").arg(gap)));
            shortestGap = qMin(shortestGap, gap);
            ++tooMany;
        }
        QCOMPARE(attempts.last().status, 200);
    }
    // The storm really happened (the fault sequence for this seed has many 429s).
    QVERIFY2(tooMany >= 3, qPrintable(QString::number(tooMany)));
    qInfo("%d answers were 429; the shortest wait before a retry was %lld ms", tooMany,
          shortestGap);
}

void TestHttpClient::ridesOutA5xxStormWithinTheRetryBudget()
{
    TestBackend backend;
    QVERIFY(
        backend.start(faultArguments({QStringLiteral("--fault-5xx-rate"), QStringLiteral("0.5"),
                                      QStringLiteral("--fault-retry-after"), QStringLiteral("1"),
                                      QStringLiteral("--fault-seed"), QStringLiteral("503")})));
    HttpClient client;
    connectTo(client, backend);
    const RetryPolicy budget{12, 50, 2000, 60000};
    client.setRetryPolicy(budget);
    AttemptLog log(client);

    QElapsedTimer clock;
    clock.start();
    const QList<HttpResult> results = sendAll(client, tenantsRequest(), 10);
    int unavailable = 0;
    for (const HttpResult &result : results) {
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->details : QString()));
        QVERIFY(result.attempts <= budget.maxAttempts);
        unavailable += result.attempts - 1;
    }
    QVERIFY(clock.elapsed() < budget.maxTotalMs);
    QVERIFY2(unavailable >= 3, qPrintable(QString::number(unavailable)));
    for (const HttpAttempt &attempt : std::as_const(log.attempts)) {
        if (attempt.willRetry)
            QCOMPARE(attempt.status, 503);
    }
}

void TestHttpClient::givesUpWhenTheRetryBudgetIsSpent()
{
    TestBackend backend;
    QVERIFY(backend.start(
        faultArguments({QStringLiteral("--fault-5xx-rate"), QStringLiteral("1"),
                        QStringLiteral("--fault-retry-after"), QStringLiteral("0")})));
    HttpClient client;
    connectTo(client, backend);
    client.setRetryPolicy(RetryPolicy{3, 10, 50, 10000});
    const QList<HttpResult> results = sendAll(client, tenantsRequest(), 1);
    QVERIFY(results.first().error);
    QCOMPARE(results.first().status, 503);
    QCOMPARE(results.first().error->kind, ApiError::Kind::RateLimited);
    QCOMPARE(results.first().attempts, 3);
}

void TestHttpClient::postWithoutIdempotencyKeyIsNotRetried()
{
    TestBackend backend;
    QVERIFY(backend.start(
        faultArguments({QStringLiteral("--fault-5xx-rate"), QStringLiteral("1"),
                        QStringLiteral("--fault-retry-after"), QStringLiteral("0")})));
    HttpClient client;
    connectTo(client, backend);
    client.setRetryPolicy(RetryPolicy{5, 10, 50, 10000});
    AttemptLog log(client);

    HttpRequestSpec post;
    post.method = "POST";
    post.path = QStringLiteral("/v1/api-tokens");
    post.body = R"({"name":"ci"})";
    post.retryable = false;
    const QList<HttpResult> results = sendAll(client, post, 1);
    QCOMPARE(results.first().status, 503);
    QCOMPARE(results.first().attempts, 1);
    QCOMPARE(log.attempts.size(), 1);
    QVERIFY(!log.attempts.first().willRetry);
}

void TestHttpClient::droppedConnectionsOnAGetAreRetried()
{
    TestBackend backend;
    QVERIFY(
        backend.start(faultArguments({QStringLiteral("--fault-drop-rate"), QStringLiteral("0.5"),
                                      QStringLiteral("--fault-seed"), QStringLiteral("11")})));
    HttpClient client;
    connectTo(client, backend);
    client.setRetryPolicy(RetryPolicy{12, 20, 500, 60000});
    AttemptLog log(client);

    const QList<HttpResult> results = sendAll(client, tenantsRequest(), 30);
    for (const HttpResult &result : results)
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->details : QString()));
    int lost = 0;
    for (const HttpAttempt &attempt : std::as_const(log.attempts)) {
        if (attempt.status == 0) {
            QVERIFY(attempt.errorKind);
            QVERIFY(attempt.willRetry);
            ++lost;
        }
    }
    QVERIFY2(lost > 0, "no connection was dropped, so nothing was proven");
}

void TestHttpClient::slowServerIsReportedAsTimeoutNotCancel()
{
    TestBackend backend;
    QVERIFY(backend.start(
        faultArguments({QStringLiteral("--fault-latency-ms"), QStringLiteral("3000")})));
    HttpClient client;
    connectTo(client, backend);
    client.setTransferTimeout(500);
    client.setRetryPolicy(RetryPolicy{2, 10, 50, 10000});
    QElapsedTimer clock;
    clock.start();
    const QList<HttpResult> results = sendAll(client, tenantsRequest(), 1);
    QVERIFY(results.first().error);
    QCOMPARE(results.first().error->kind, ApiError::Kind::Timeout);
    QCOMPARE(results.first().status, 0);
    // A timeout is transient: the GET was tried again before giving up.
    QCOMPARE(results.first().attempts, 2);
    QVERIFY(clock.elapsed() < 3000);
}

void TestHttpClient::cancelIsReportedAsCancelledNotTimeout()
{
    TestBackend backend;
    QVERIFY(backend.start(
        faultArguments({QStringLiteral("--fault-latency-ms"), QStringLiteral("3000")})));
    HttpClient client;
    connectTo(client, backend);
    client.setTransferTimeout(10000);
    QList<HttpResult> results;
    const quint64 serial =
        client.send(tenantsRequest(), this, [&results](const HttpResult &r) { results.append(r); });
    QTest::qWait(200); // let the request get under way
    client.cancel(serial);
    QCOMPARE(results.size(), 1); // reported before cancel() returned
    QVERIFY(results.first().error);
    QCOMPARE(results.first().error->kind, ApiError::Kind::Cancelled);
    QCOMPARE(client.runningRequests(), 0);
}

void TestHttpClient::destroyedContextAbortsWithoutCallback()
{
    TestBackend backend;
    QVERIFY(backend.start(
        faultArguments({QStringLiteral("--fault-latency-ms"), QStringLiteral("1000")})));
    HttpClient client;
    connectTo(client, backend);
    bool called = false;
    auto context = std::make_unique<QObject>();
    client.send(tenantsRequest(), context.get(), [&called](const HttpResult &) { called = true; });
    QCOMPARE(client.runningRequests(), 1);
    context.reset();
    QCOMPARE(client.runningRequests(), 0);
    // A request sent after it still works, and its answer (after the latency) comes back; the
    // abandoned one never called back meanwhile.
    const QList<HttpResult> results = sendAll(client, tenantsRequest(), 1);
    QVERIFY(results.first().ok());
    QVERIFY(!called);
}

void TestHttpClient::gzipBodiesAreDecoded()
{
    TestBackend backend;
    QVERIFY(backend.start());
    HttpClient client;
    connectTo(client, backend);
    const QList<HttpResult> tenants = sendAll(client, tenantsRequest(), 1);
    QVERIFY(tenants.first().ok());
    const QString tenantId = tenants.first()
                                 .json.object()
                                 .value(QLatin1StringView("items"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QLatin1StringView("id"))
                                 .toString();
    HttpRequestSpec dids;
    dids.path = QStringLiteral("/v1/tenants/%1/dids").arg(tenantId);
    dids.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("50"));
    dids.retryable = true;
    const QList<HttpResult> results = sendAll(client, dids, 1);
    const HttpResult &result = results.first();
    QVERIFY(result.ok());
    // The server compresses answers above 1 KiB only when the request offered gzip.
    QCOMPARE(result.headers.value("content-encoding"), QByteArray("gzip"));
    QVERIFY(result.body.startsWith('{'));
    QCOMPARE(result.json.object().value(QLatin1StringView("items")).toArray().size(), 50);
}

void TestHttpClient::answerLargerThanTheLimitIsInvalidResponse()
{
    TestBackend backend;
    QVERIFY(backend.start());
    HttpClient client;
    connectTo(client, backend);
    client.setMaxResponseBytes(512); // GET /v1/tenants of the test data is about 1 KiB
    const QList<HttpResult> results = sendAll(client, tenantsRequest(), 1);
    QVERIFY(results.first().error);
    QCOMPARE(results.first().error->kind, ApiError::Kind::InvalidResponse);
    QVERIFY(results.first().error->details.contains(QStringLiteral("512")));
    QVERIFY(results.first().json.isNull());
    QCOMPARE(results.first().attempts, 1); // not retried: the same answer would come again
}

void TestHttpClient::concurrent401sCauseExactlyOneRefresh()
{
    TestBackend backend;
    QVERIFY(backend.start());
    HttpClient client;
    connectTo(client, backend);
    CountingTokenSource tokens;
    tokens.goodToken = backend.token(QStringLiteral("staff"));
    client.setAccessTokenSource(&tokens);

    HttpRequestSpec me;
    me.path = QStringLiteral("/v1/me");
    me.retryable = true;
    const QList<HttpResult> results = sendAll(client, me, 20);
    QCOMPARE(tokens.refreshCalls, 1);
    for (const HttpResult &result : results) {
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->details : QString()));
        QCOMPARE(result.attempts, 2);
    }
}

void TestHttpClient::failedRefreshReportsUnauthorized()
{
    TestBackend backend;
    QVERIFY(backend.start());
    HttpClient client;
    connectTo(client, backend);
    CountingTokenSource tokens;
    tokens.refreshSucceeds = false;
    client.setAccessTokenSource(&tokens);

    HttpRequestSpec me;
    me.path = QStringLiteral("/v1/me");
    me.retryable = true;
    const QList<HttpResult> results = sendAll(client, me, 3);
    QCOMPARE(tokens.refreshCalls, 1);
    for (const HttpResult &result : results) {
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::Unauthorized);
        QCOMPARE(result.attempts, 1);
    }
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_http_client.moc"
