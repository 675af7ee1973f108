// Authentication (bearer tokens, RFC 8628 device grant, rotating refresh tokens, RFC 7009
// revocation, API tokens) and roles (admin: own tenants only; auditor: no writes).
#include "ApiTestHelpers.h"
#include "TestBackend.h"

#include <QRegularExpression>
#include <QtTest>

using namespace api;

namespace {

const QString clientId = QStringLiteral("dispatchable-desktop");
const QString deviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

QJsonObject startDeviceFlow(TestBackend &backend)
{
    return postForm(backend, QStringLiteral("/v1/oauth/device_authorization"),
                    {{QStringLiteral("client_id"), clientId}})
        .json();
}

TestReply poll(TestBackend &backend, const QString &deviceCode, const QString &client = clientId)
{
    return postForm(backend, QStringLiteral("/v1/oauth/token"),
                    {{QStringLiteral("grant_type"), deviceGrant},
                     {QStringLiteral("device_code"), deviceCode},
                     {QStringLiteral("client_id"), client}});
}

TestReply refresh(TestBackend &backend, const QString &refreshToken)
{
    return postForm(backend, QStringLiteral("/v1/oauth/token"),
                    {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                     {QStringLiteral("refresh_token"), refreshToken}});
}

TestReply decide(TestBackend &backend, const QString &approver, const QString &userCode,
                 bool approve)
{
    return backend.sendJson(
        "POST", QStringLiteral("/v1/oauth/device/approve"), approver,
        QJsonObject{{QStringLiteral("userCode"), userCode}, {QStringLiteral("approve"), approve}});
}

QString oauthError(const TestReply &reply)
{
    return reply.status == 400 ? reply.json().value(QStringLiteral("error")).toString() : QString();
}

// Device sign-in approved by `approver`: the token answer.
QJsonObject signIn(TestBackend &backend, const QString &approver)
{
    const QJsonObject codes = startDeviceFlow(backend);
    if (decide(backend, approver, codes.value(QStringLiteral("user_code")).toString(), true)
            .status != 204)
        return {};
    const TestReply tokens = poll(backend, codes.value(QStringLiteral("device_code")).toString());
    return tokens.status == 200 ? tokens.json() : QJsonObject{};
}

int meStatus(TestBackend &backend, const QString &token)
{
    return backend.get(QStringLiteral("/v1/me"), token).status;
}

} // namespace

class TestApiAuthAndRoles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void missingOrBadTokenIs401_data();
    void missingOrBadTokenIs401();
    void meDescribesEachRole();
    void auditorCannotWrite();
    void adminSeesOnlyOwnTenants();
    void deviceFlowSignsIn();
    void refreshRotatesAndReuseRevokesTheFamily();
    void deniedCodeIsAccessDenied();
    void userCodeIsFoundWithoutItsHyphenInAnyCase_data();
    void userCodeIsFoundWithoutItsHyphenInAnyCase();
    void revokedTokenIs401();
    void apiTokensCanBeCreatedAndRevoked();
    void accessTokenExpires();

private:
    TestBackend m_backend;
    QString m_staff;
    E911Candidate m_candidate;
};

void TestApiAuthAndRoles::initTestCase()
{
    QVERIFY(m_backend.start({QStringLiteral("--demo"), QStringLiteral("--tenants"),
                             QStringLiteral("4"), QStringLiteral("--dids"), QStringLiteral("400"),
                             QStringLiteral("--provision-delay-ms"), QStringLiteral("200"),
                             QStringLiteral("--provision-failure-rate"), QStringLiteral("0")}));
    m_staff = m_backend.token(QStringLiteral("staff"));
    const auto candidate = findE911Candidate(m_backend, m_staff);
    QVERIFY(candidate);
    m_candidate = *candidate;
}

void TestApiAuthAndRoles::missingOrBadTokenIs401_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("unknown api token") << QByteArray("Bearer dsp_unknown");
    QTest::newRow("unknown access token") << QByteArray("Bearer dat_unknown");
    QTest::newRow("no prefix") << QByteArray("Bearer demo_staff");
    QTest::newRow("basic scheme") << QByteArray("Basic c3RhZmY6c3RhZmY=");
    QTest::newRow("scheme only") << QByteArray("Bearer");
    QTest::newRow("token without scheme") << QByteArray("dsp_demo_staff");
}

void TestApiAuthAndRoles::missingOrBadTokenIs401()
{
    QFETCH(QByteArray, authorization);
    HeaderList headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    for (const QString &path : {QStringLiteral("/v1/me"), QStringLiteral("/v1/tenants")}) {
        const TestReply reply = m_backend.request("GET", path, {}, {}, headers);
        const QString mismatch = problemMismatch(reply, 401, QStringLiteral("unauthorized"));
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QVERIFY2(reply.header("www-authenticate").startsWith("Bearer"),
                 reply.header("www-authenticate"));
        QVERIFY(reply.header("www-authenticate").contains("invalid_token"));
    }
    // Health and the OAuth endpoints are public.
    QCOMPARE(m_backend.request("GET", QStringLiteral("/v1/health"), {}, {}, headers).status, 200);
}

void TestApiAuthAndRoles::meDescribesEachRole()
{
    for (const QString &role :
         {QStringLiteral("staff"), QStringLiteral("admin"), QStringLiteral("auditor")}) {
        const TestReply me = m_backend.get(QStringLiteral("/v1/me"), m_backend.token(role));
        QVERIFY2(me.status == 200, describe(me));
        const QJsonObject body = me.json();
        QCOMPARE(body.value(QStringLiteral("role")).toString(), role);
        QVERIFY(!body.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(body.value(QStringLiteral("email")).toString().contains(QLatin1Char('@')));
        QVERIFY(!body.value(QStringLiteral("displayName")).toString().isEmpty());
        QVERIFY(body.value(QStringLiteral("tenantIds")).isArray());
        QCOMPARE(body.value(QStringLiteral("tenantIds")).toArray().size(),
                 role == QLatin1StringView("admin") ? 2 : 0);
    }
}

void TestApiAuthAndRoles::auditorCannotWrite()
{
    const QString auditor = m_backend.token(QStringLiteral("auditor"));
    const QString t = m_candidate.tenantId;
    const QByteArray key = newIdempotencyKey().toLatin1();
    const struct
    {
        QByteArray method;
        QString path;
        QJsonObject body;
        HeaderList headers;
    } writes[] = {
        {"PUT",
         didPath(t, m_candidate.number) + QStringLiteral("/e911"),
         enableBody(m_candidate.addressId),
         {{"If-Match", m_candidate.etag.toLatin1()}, {"Idempotency-Key", key}}},
        {"POST",
         QStringLiteral("/v1/tenants/%1/e911-bulk").arg(t),
         QJsonObject{{QStringLiteral("enabled"), true},
                     {QStringLiteral("addressId"), m_candidate.addressId},
                     {QStringLiteral("numbers"), QJsonArray{m_candidate.number}}},
         {{"Idempotency-Key", key}}},
        {"POST",
         addressPath(t),
         QJsonObject{{QStringLiteral("civic"), validCivic()}},
         {{"Idempotency-Key", key}}},
        {"PUT",
         addressPath(t, m_candidate.addressId),
         QJsonObject{{QStringLiteral("civic"), validCivic()}},
         {{"If-Match", "\"v1\""}}},
        {"DELETE", addressPath(t, m_candidate.addressId), {}, {{"If-Match", "\"v1\""}}},
        {"POST",
         QStringLiteral("/v1/tenants/%1/acknowledgements").arg(t),
         QJsonObject{{QStringLiteral("disclosureVersion"), QStringLiteral("1")}},
         {{"Idempotency-Key", key}}},
        {"POST",
         QStringLiteral("/v1/api-tokens"),
         QJsonObject{{QStringLiteral("label"), QStringLiteral("x")}},
         {}},
    };
    for (const auto &w : writes) {
        const TestReply reply =
            w.body.isEmpty() ? m_backend.request(w.method, w.path, auditor, {}, w.headers)
                             : m_backend.sendJson(w.method, w.path, auditor, w.body, w.headers);
        const QString mismatch = problemMismatch(reply, 403, QStringLiteral("forbidden"));
        QVERIFY2(mismatch.isEmpty(), qPrintable(QString::fromLatin1(w.method) + QLatin1Char(' ') +
                                                w.path + QLatin1Char(' ') + mismatch));
    }
    // Nothing changed, and reads work.
    const TestReply did = m_backend.get(didPath(t, m_candidate.number), auditor);
    QCOMPARE(did.status, 200);
    QCOMPARE(did.header("etag"), m_candidate.etag.toLatin1());
    QCOMPARE(billingEventCount(m_backend, m_candidate.number), 0);
    QCOMPARE(m_backend.get(addressPath(t, m_candidate.addressId), auditor).status, 200);
    QCOMPARE(tenantIds(m_backend, auditor).size(), 4);

    // API tokens are for staff only: an admin may not create one either.
    const TestReply adminToken = m_backend.sendJson(
        "POST", QStringLiteral("/v1/api-tokens"), m_backend.token(QStringLiteral("admin")),
        QJsonObject{{QStringLiteral("label"), QStringLiteral("x")}});
    QCOMPARE(adminToken.status, 403);
}

void TestApiAuthAndRoles::adminSeesOnlyOwnTenants()
{
    const QString admin = m_backend.token(QStringLiteral("admin"));
    QStringList own = m_backend.get(QStringLiteral("/v1/me"), admin)
                          .json()
                          .value(QStringLiteral("tenantIds"))
                          .toVariant()
                          .toStringList();
    QStringList visible = tenantIds(m_backend, admin);
    own.sort();
    visible.sort();
    QCOMPARE(visible, own);
    QCOMPARE(own.size(), 2);

    const QStringList all = tenantIds(m_backend, m_staff);
    QCOMPARE(all.size(), 4);
    for (const QString &t : all) {
        if (own.contains(t)) {
            QCOMPARE(m_backend.get(QStringLiteral("/v1/tenants/") + t, admin).status, 200);
            QCOMPARE(
                m_backend.get(QStringLiteral("/v1/tenants/%1/dids?limit=1").arg(t), admin).status,
                200);
            continue;
        }
        // Another customer's tenant does not exist as far as this admin can tell.
        for (const QString &path : {QString(QStringLiteral("/v1/tenants/") + t),
                                    QStringLiteral("/v1/tenants/%1/dids").arg(t), addressPath(t)}) {
            const TestReply reply = m_backend.get(path, admin);
            const QString mismatch = problemMismatch(reply, 404, QStringLiteral("not-found"));
            QVERIFY2(mismatch.isEmpty(), qPrintable(path + QLatin1Char(' ') + mismatch));
        }
        const TestReply write = createAddress(m_backend, admin, t);
        QCOMPARE(write.status, 404);
        // Same answer as for a tenant that does not exist at all.
        QCOMPARE(
            m_backend.get(QStringLiteral("/v1/tenants/00000000-0000-4000-8000-000000000000"), admin)
                .status,
            404);
    }
}

void TestApiAuthAndRoles::deviceFlowSignsIn()
{
    const QJsonObject codes = startDeviceFlow(m_backend);
    const QString deviceCode = codes.value(QStringLiteral("device_code")).toString();
    const QString userCode = codes.value(QStringLiteral("user_code")).toString();
    QVERIFY(!deviceCode.isEmpty());
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z]{4}-[A-Z]{4}$")).match(userCode).hasMatch(),
             qPrintable(userCode));
    QVERIFY(codes.value(QStringLiteral("verification_uri"))
                .toString()
                .startsWith(QLatin1StringView("https://")));
    QVERIFY(codes.value(QStringLiteral("verification_uri_complete")).toString().contains(userCode));
    QCOMPARE(codes.value(QStringLiteral("expires_in")).toInt(), 600);
    QCOMPARE(codes.value(QStringLiteral("interval")).toInt(), 5);
    QCOMPARE(oauthError(postForm(m_backend, QStringLiteral("/v1/oauth/device_authorization"), {})),
             QStringLiteral("invalid_request"));

    QCOMPARE(oauthError(poll(m_backend, deviceCode)), QStringLiteral("authorization_pending"));
    // Polling again at once is faster than the interval.
    QCOMPARE(oauthError(poll(m_backend, deviceCode)), QStringLiteral("slow_down"));
    QCOMPARE(oauthError(poll(m_backend, deviceCode, QStringLiteral("another-client"))),
             QStringLiteral("invalid_client"));
    QCOMPARE(oauthError(poll(m_backend, QStringLiteral("ddc_unknown"))),
             QStringLiteral("invalid_grant"));

    QCOMPARE(decide(m_backend, m_staff, QStringLiteral("ZZZZ-ZZZZ"), true).status, 404);
    QCOMPARE(decide(m_backend, m_staff, userCode, true).status, 204);
    // A code is decided once.
    QCOMPARE(decide(m_backend, m_staff, userCode, true).status, 404);

    // Approved: the next poll gets tokens (the approval is what the client waited for).
    const TestReply tokens = poll(m_backend, deviceCode);
    QVERIFY2(tokens.status == 200, describe(tokens));
    const QJsonObject t = tokens.json();
    QVERIFY(
        t.value(QStringLiteral("access_token")).toString().startsWith(QLatin1StringView("dat_")));
    QVERIFY(!t.value(QStringLiteral("refresh_token")).toString().isEmpty());
    QCOMPARE(t.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(t.value(QStringLiteral("expires_in")).toInt(), 3600);

    const TestReply me =
        m_backend.get(QStringLiteral("/v1/me"), t.value(QStringLiteral("access_token")).toString());
    QVERIFY2(me.status == 200, describe(me));
    QCOMPARE(me.json().value(QStringLiteral("role")).toString(), QStringLiteral("staff"));
    QCOMPARE(me.json().value(QStringLiteral("id")),
             m_backend.get(QStringLiteral("/v1/me"), m_staff).json().value(QStringLiteral("id")));

    // The device code is spent.
    QCOMPARE(oauthError(poll(m_backend, deviceCode)), QStringLiteral("invalid_grant"));
}

void TestApiAuthAndRoles::refreshRotatesAndReuseRevokesTheFamily()
{
    const QJsonObject first = signIn(m_backend, m_staff);
    const QString refresh1 = first.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!refresh1.isEmpty());

    const TestReply rotated = refresh(m_backend, refresh1);
    QVERIFY2(rotated.status == 200, describe(rotated));
    const QString access2 = rotated.json().value(QStringLiteral("access_token")).toString();
    const QString refresh2 = rotated.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!refresh2.isEmpty());
    QVERIFY(refresh2 != refresh1);
    QVERIFY(access2 != first.value(QStringLiteral("access_token")).toString());
    QCOMPARE(meStatus(m_backend, access2), 200);

    // The retired refresh token comes back: someone copied it. The whole family is revoked.
    QCOMPARE(oauthError(refresh(m_backend, refresh1)), QStringLiteral("invalid_grant"));
    QCOMPARE(meStatus(m_backend, access2), 401);
    QCOMPARE(meStatus(m_backend, first.value(QStringLiteral("access_token")).toString()), 401);
    QCOMPARE(oauthError(refresh(m_backend, refresh2)), QStringLiteral("invalid_grant"));
    QCOMPARE(oauthError(refresh(m_backend, QStringLiteral("drt_unknown"))),
             QStringLiteral("invalid_grant"));
    // Another sign-in (another family) is not affected.
    QCOMPARE(meStatus(m_backend,
                      signIn(m_backend, m_staff).value(QStringLiteral("access_token")).toString()),
             200);
}

void TestApiAuthAndRoles::deniedCodeIsAccessDenied()
{
    const QJsonObject codes = startDeviceFlow(m_backend);
    QCOMPARE(decide(m_backend, m_staff, codes.value(QStringLiteral("user_code")).toString(), false)
                 .status,
             204);
    QCOMPARE(oauthError(poll(m_backend, codes.value(QStringLiteral("device_code")).toString())),
             QStringLiteral("access_denied"));
}

void TestApiAuthAndRoles::userCodeIsFoundWithoutItsHyphenInAnyCase_data()
{
    QTest::addColumn<QString>("typed"); // how the person types the code "ABCD-EFGH"
    QTest::newRow("no hyphen") << QStringLiteral("ABCDEFGH");
    QTest::newRow("lower case") << QStringLiteral("abcd-efgh");
    QTest::newRow("lower case, no hyphen") << QStringLiteral("abcdefgh");
    QTest::newRow("space instead of hyphen") << QStringLiteral(" ABCD EFGH ");
}

void TestApiAuthAndRoles::userCodeIsFoundWithoutItsHyphenInAnyCase()
{
    QFETCH(QString, typed);
    const QJsonObject codes = startDeviceFlow(m_backend);
    const QString userCode = codes.value(QStringLiteral("user_code")).toString();
    QCOMPARE(userCode.size(), 9);
    // The real code's letters where "ABCDEFGH" stand in `typed`, in the case written there.
    const QString letters = QString(userCode).remove(QLatin1Char('-'));
    QString input;
    for (const QChar c : typed) {
        const int index = c.toUpper().unicode() - 'A';
        if (!c.isLetter() || index < 0 || index >= 8)
            input += c;
        else
            input += c.isUpper() ? letters.at(index) : letters.at(index).toLower();
    }
    const TestReply approved = decide(m_backend, m_staff, input, true);
    QVERIFY2(approved.status == 204, describe(approved));
    const TestReply tokens = poll(m_backend, codes.value(QStringLiteral("device_code")).toString());
    QVERIFY2(tokens.status == 200, describe(tokens));
    // Only the letters count: a code with a letter missing is still unknown.
    QCOMPARE(decide(m_backend, m_staff, letters.left(7), true).status, 404);
}

void TestApiAuthAndRoles::revokedTokenIs401()
{
    // Revoking the refresh token signs the session out, access token included.
    const QJsonObject a = signIn(m_backend, m_staff);
    const QString accessA = a.value(QStringLiteral("access_token")).toString();
    QCOMPARE(meStatus(m_backend, accessA), 200);
    QCOMPARE(
        postForm(m_backend, QStringLiteral("/v1/oauth/revoke"),
                 {{QStringLiteral("token"), a.value(QStringLiteral("refresh_token")).toString()}})
            .status,
        200);
    QCOMPARE(meStatus(m_backend, accessA), 401);
    QCOMPARE(oauthError(refresh(m_backend, a.value(QStringLiteral("refresh_token")).toString())),
             QStringLiteral("invalid_grant"));

    // Revoking the access token works the same way.
    const QJsonObject b = signIn(m_backend, m_staff);
    const QString accessB = b.value(QStringLiteral("access_token")).toString();
    QCOMPARE(meStatus(m_backend, accessB), 200);
    QCOMPARE(postForm(m_backend, QStringLiteral("/v1/oauth/revoke"),
                      {{QStringLiteral("token"), accessB}})
                 .status,
             200);
    QCOMPARE(meStatus(m_backend, accessB), 401);
    // Unknown tokens are fine (RFC 7009 §2.2).
    QCOMPARE(postForm(m_backend, QStringLiteral("/v1/oauth/revoke"),
                      {{QStringLiteral("token"), QStringLiteral("x")}})
                 .status,
             200);
}

void TestApiAuthAndRoles::apiTokensCanBeCreatedAndRevoked()
{
    const TestReply created =
        m_backend.sendJson("POST", QStringLiteral("/v1/api-tokens"), m_staff,
                           QJsonObject{{QStringLiteral("label"), QStringLiteral("ci")}});
    QVERIFY2(created.status == 201, describe(created));
    const QString id = created.json().value(QStringLiteral("id")).toString();
    const QString secret = created.json().value(QStringLiteral("token")).toString();
    QVERIFY(secret.startsWith(QLatin1StringView("dsp_")));
    QVERIFY(!id.isEmpty());

    const TestReply me = m_backend.get(QStringLiteral("/v1/me"), secret);
    QVERIFY2(me.status == 200, describe(me));
    QCOMPARE(me.json().value(QStringLiteral("role")).toString(), QStringLiteral("staff"));

    QCOMPARE(m_backend.request("DELETE", QStringLiteral("/v1/api-tokens/") + id, m_staff).status,
             204);
    QCOMPARE(meStatus(m_backend, secret), 401);
    QCOMPARE(m_backend.request("DELETE", QStringLiteral("/v1/api-tokens/") + id, m_staff).status,
             404);
    QCOMPARE(meStatus(m_backend, m_staff), 200);
}

void TestApiAuthAndRoles::accessTokenExpires()
{
    TestBackend shortLived;
    QVERIFY(shortLived.start({QStringLiteral("--demo"), QStringLiteral("--tenants"),
                              QStringLiteral("1"), QStringLiteral("--dids"), QStringLiteral("10"),
                              QStringLiteral("--provision-failure-rate"), QStringLiteral("0"),
                              QStringLiteral("--access-token-ttl"), QStringLiteral("1")}));
    const QString staff = shortLived.token(QStringLiteral("staff"));
    const QJsonObject tokens = signIn(shortLived, staff);
    QCOMPARE(tokens.value(QStringLiteral("expires_in")).toInt(), 1);
    const QString access = tokens.value(QStringLiteral("access_token")).toString();
    QVERIFY(!access.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(meStatus(shortLived, access), 401, 5000);
    const TestReply expired = shortLived.get(QStringLiteral("/v1/me"), access);
    QVERIFY(expired.header("www-authenticate").contains("invalid_token"));
    // The refresh token still gets a new access token; API tokens are unaffected.
    const TestReply renewed =
        refresh(shortLived, tokens.value(QStringLiteral("refresh_token")).toString());
    QVERIFY2(renewed.status == 200, describe(renewed));
    QCOMPARE(meStatus(shortLived, staff), 200);
}

QTEST_GUILESS_MAIN(TestApiAuthAndRoles)
#include "tst_api_auth_and_roles.moc"
