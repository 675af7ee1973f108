// Cursor pagination (limit 1–1000, opaque cursor, stable order) and delta sync (GET /v1/changes:
// one entry per changed resource, tombstones, tenant scoping for admins, 410 for expired tokens).
#include "ApiTestHelpers.h"
#include "TestBackend.h"

#include <QtTest>

#include <algorithm>

using namespace api;

namespace {

struct ChangeSet
{
    int status = 0;
    QHash<QString, QJsonObject> byId; // "kind:id" -> change
    int entries = 0;
    QString nextToken;
    bool hasMore = false;
};

ChangeSet changesSince(TestBackend &backend, const QString &token, const QString &since,
                       const QString &extra = {})
{
    ChangeSet set;
    const TestReply reply =
        backend.get(QStringLiteral("/v1/changes?since=%1%2").arg(since, extra), token);
    set.status = reply.status;
    const QJsonObject body = reply.json();
    for (const QJsonValue &v : body.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        set.byId.insert(c.value(QStringLiteral("kind")).toString() + QLatin1Char(':') +
                            c.value(QStringLiteral("id")).toString(),
                        c);
        ++set.entries;
    }
    set.nextToken = body.value(QStringLiteral("nextToken")).toString();
    set.hasMore = body.value(QStringLiteral("hasMore")).toBool();
    return set;
}

QString currentToken(TestBackend &backend, const QString &token)
{
    return backend.get(QStringLiteral("/v1/changes"), token)
        .json()
        .value(QStringLiteral("nextToken"))
        .toString();
}

} // namespace

class TestApiPagingAndDelta : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesWalkEveryNumberOnce();
    void badPageParametersAreRefused_data();
    void badPageParametersAreRefused();
    void changesSinceATokenAreReported();
    void adminSeesOnlyOwnTenantsChanges();
    void badChangeTokenIsRefused();
    void expiredChangeTokenIsGone();
    void acknowledgementsArePagedById();
    void auditLogIsPagedNewestFirst();

private:
    TestBackend m_backend;
    QString m_staff;
    QString m_tenantId;
    QStringList m_acknowledgementIds; // in the order they were recorded
};

void TestApiPagingAndDelta::initTestCase()
{
    // Provisioning takes ten minutes here: nothing changes behind the delta tests' backs.
    QVERIFY(m_backend.start({QStringLiteral("--demo"), QStringLiteral("--tenants"),
                             QStringLiteral("4"), QStringLiteral("--dids"), QStringLiteral("800"),
                             QStringLiteral("--provision-delay-ms"), QStringLiteral("600000"),
                             QStringLiteral("--provision-failure-rate"), QStringLiteral("0")}));
    m_staff = m_backend.token(QStringLiteral("staff"));
    const QStringList tenants = tenantIds(m_backend, m_staff);
    QCOMPARE(tenants.size(), 4);
    m_tenantId = tenants.first();
}

void TestApiPagingAndDelta::pagesWalkEveryNumberOnce()
{
    const TestReply tenant = m_backend.get(QStringLiteral("/v1/tenants/") + m_tenantId, m_staff);
    const int total = tenant.json()
                          .value(QStringLiteral("counts"))
                          .toObject()
                          .value(QStringLiteral("total"))
                          .toInt();
    QVERIFY2(total > 37 * 3, qPrintable(QString::number(total)));

    QStringList numbers;
    QString cursor;
    int pages = 0;
    do {
        QString path = QStringLiteral("/v1/tenants/%1/dids?limit=37").arg(m_tenantId);
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const TestReply page = m_backend.get(path, m_staff);
        QVERIFY2(page.status == 200, describe(page));
        const QJsonArray items = page.json().value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() <= 37);
        const QJsonValue next = page.json().value(QStringLiteral("nextCursor"));
        QVERIFY(next.isString() || next.isNull());
        if (next.isString())
            QCOMPARE(items.size(), 37);
        for (const QJsonValue &item : items) {
            QCOMPARE(item.toObject().value(QStringLiteral("tenantId")).toString(), m_tenantId);
            numbers.append(item.toObject().value(QStringLiteral("number")).toString());
        }
        cursor = next.toString();
        QVERIFY(++pages < 1000);
    } while (!cursor.isEmpty());

    QCOMPARE(numbers.size(), total);
    QCOMPARE(pages, (total + 36) / 37);
    QStringList sorted = numbers;
    sorted.sort();
    QCOMPARE(numbers, sorted);
    sorted.removeDuplicates();
    QCOMPARE(sorted.size(), numbers.size());
}

void TestApiPagingAndDelta::badPageParametersAreRefused_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("limit 0") << QStringLiteral("limit=0") << QStringLiteral("limit");
    QTest::newRow("limit 1001") << QStringLiteral("limit=1001") << QStringLiteral("limit");
    QTest::newRow("limit -1") << QStringLiteral("limit=-1") << QStringLiteral("limit");
    QTest::newRow("limit abc") << QStringLiteral("limit=abc") << QStringLiteral("limit");
    QTest::newRow("limit empty") << QStringLiteral("limit=") << QStringLiteral("limit");
    QTest::newRow("garbage cursor")
        << QStringLiteral("cursor=%21%21not-a-cursor%21%21") << QStringLiteral("cursor");
    QTest::newRow("foreign cursor") << QStringLiteral("cursor=aGVsbG8") << QStringLiteral("cursor");
}

void TestApiPagingAndDelta::badPageParametersAreRefused()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    for (const QString &base : {QStringLiteral("/v1/tenants/%1/dids?").arg(m_tenantId),
                                QStringLiteral("/v1/tenants/%1/addresses?").arg(m_tenantId),
                                QStringLiteral("/v1/tenants?")}) {
        const TestReply reply = m_backend.get(base + query, m_staff);
        const QString mismatch = problemMismatch(reply, 400, QStringLiteral("bad-request"));
        QVERIFY2(mismatch.isEmpty(), qPrintable(base + query + QLatin1Char(' ') + mismatch));
        QCOMPARE(problemFields(reply), QStringList{field});
    }
    // The edges are fine.
    QCOMPARE(m_backend.get(QStringLiteral("/v1/tenants/%1/dids?limit=1").arg(m_tenantId), m_staff)
                 .status,
             200);
    QCOMPARE(
        m_backend.get(QStringLiteral("/v1/tenants/%1/dids?limit=1000").arg(m_tenantId), m_staff)
            .status,
        200);
}

void TestApiPagingAndDelta::changesSinceATokenAreReported()
{
    const QString token = currentToken(m_backend, m_staff);
    QVERIFY(!token.isEmpty());
    const ChangeSet quiet = changesSince(m_backend, m_staff, token);
    QCOMPARE(quiet.status, 200);
    QCOMPARE(quiet.entries, 0);

    // Create and delete one address, keep another, enable a number.
    const TestReply gone = createAddress(m_backend, m_staff, m_tenantId);
    QVERIFY2(gone.status == 201, describe(gone));
    const QString goneId = gone.json().value(QStringLiteral("id")).toString();
    const TestReply deleted = m_backend.request("DELETE", addressPath(m_tenantId, goneId), m_staff,
                                                {}, {{"If-Match", gone.header("etag")}});
    QVERIFY2(deleted.status == 204, describe(deleted));
    const TestReply kept = createAddress(m_backend, m_staff, m_tenantId);
    QVERIFY2(kept.status == 201, describe(kept));
    const QString keptId = kept.json().value(QStringLiteral("id")).toString();
    const auto candidate = findE911Candidate(m_backend, m_staff);
    QVERIFY(candidate);
    const TestReply enabled =
        putE911(m_backend, m_staff, candidate->tenantId, candidate->number,
                enableBody(candidate->addressId), candidate->etag.toLatin1(), newIdempotencyKey());
    QVERIFY2(enabled.status == 202, describe(enabled));

    const ChangeSet changes = changesSince(m_backend, m_staff, token);
    QCOMPARE(changes.status, 200);
    QCOMPARE(changes.entries, 3); // the address created and deleted appears once
    QVERIFY(!changes.hasMore);
    const QJsonObject did = changes.byId.value(QStringLiteral("did:") + candidate->number);
    QCOMPARE(did.value(QStringLiteral("deleted")).toBool(true), false);
    QCOMPARE(did.value(QStringLiteral("tenantId")).toString(), candidate->tenantId);
    QCOMPARE(did.value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("e911"))
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("pending"));
    QCOMPARE(did.value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("etag"))
                 .toString()
                 .toLatin1(),
             enabled.header("etag"));
    const QJsonObject tombstone = changes.byId.value(QStringLiteral("address:") + goneId);
    QCOMPARE(tombstone.value(QStringLiteral("deleted")).toBool(false), true);
    QVERIFY(!tombstone.contains(QStringLiteral("data")));
    QCOMPARE(tombstone.value(QStringLiteral("tenantId")).toString(), m_tenantId);
    const QJsonObject live = changes.byId.value(QStringLiteral("address:") + keptId);
    QCOMPARE(live.value(QStringLiteral("deleted")).toBool(true), false);
    QCOMPARE(live.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString(),
             keptId);

    // Nothing changed since the answer's nextToken.
    const ChangeSet after = changesSince(m_backend, m_staff, changes.nextToken);
    QCOMPARE(after.status, 200);
    QCOMPARE(after.entries, 0);
    QVERIFY(!after.hasMore);

    // Paged one at a time, the same three entries arrive.
    QSet<QString> paged;
    QString since = token;
    for (int page = 0; page < 10; ++page) {
        const ChangeSet one = changesSince(m_backend, m_staff, since, QStringLiteral("&limit=1"));
        QCOMPARE(one.status, 200);
        QVERIFY(one.entries <= 1);
        for (auto it = one.byId.cbegin(); it != one.byId.cend(); ++it)
            paged.insert(it.key());
        since = one.nextToken;
        if (!one.hasMore)
            break;
    }
    QCOMPARE(paged, QSet<QString>(changes.byId.keyBegin(), changes.byId.keyEnd()));
}

void TestApiPagingAndDelta::adminSeesOnlyOwnTenantsChanges()
{
    const QString admin = m_backend.token(QStringLiteral("admin"));
    const QStringList own = m_backend.get(QStringLiteral("/v1/me"), admin)
                                .json()
                                .value(QStringLiteral("tenantIds"))
                                .toVariant()
                                .toStringList();
    QCOMPARE(own.size(), 2);
    QString foreign;
    for (const QString &t : tenantIds(m_backend, m_staff)) {
        if (!own.contains(t))
            foreign = t;
    }
    QVERIFY(!foreign.isEmpty());

    const QString token = currentToken(m_backend, admin);
    const TestReply mine = createAddress(m_backend, m_staff, own.first());
    const TestReply theirs = createAddress(m_backend, m_staff, foreign);
    QVERIFY2(mine.status == 201 && theirs.status == 201, describe(theirs));
    const QString mineKey =
        QStringLiteral("address:") + mine.json().value(QStringLiteral("id")).toString();
    const QString theirsKey =
        QStringLiteral("address:") + theirs.json().value(QStringLiteral("id")).toString();

    const ChangeSet adminView = changesSince(m_backend, admin, token);
    QCOMPARE(adminView.status, 200);
    QVERIFY(adminView.byId.contains(mineKey));
    QVERIFY(!adminView.byId.contains(theirsKey));
    for (const QJsonObject &c : adminView.byId)
        QVERIFY(own.contains(c.value(QStringLiteral("tenantId")).toString()));

    const ChangeSet staffView = changesSince(m_backend, m_staff, token);
    QVERIFY(staffView.byId.contains(mineKey));
    QVERIFY(staffView.byId.contains(theirsKey));
}

void TestApiPagingAndDelta::badChangeTokenIsRefused()
{
    const QString futureToken = QString::fromLatin1(
        QByteArray("s:999999999")
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    for (const QString &bad :
         {QStringLiteral("not-a-token%21"), QStringLiteral("aGVsbG8"), futureToken}) {
        const TestReply reply = m_backend.get(QStringLiteral("/v1/changes?since=") + bad, m_staff);
        const QString mismatch = problemMismatch(reply, 400, QStringLiteral("bad-request"));
        QVERIFY2(mismatch.isEmpty(), qPrintable(bad + QLatin1Char(' ') + mismatch));
    }
}

void TestApiPagingAndDelta::expiredChangeTokenIsGone()
{
    TestBackend small;
    QVERIFY(small.start({QStringLiteral("--demo"), QStringLiteral("--tenants"), QStringLiteral("2"),
                         QStringLiteral("--dids"), QStringLiteral("100"),
                         QStringLiteral("--provision-delay-ms"), QStringLiteral("200"),
                         QStringLiteral("--provision-failure-rate"), QStringLiteral("0"),
                         QStringLiteral("--change-retention"), QStringLiteral("3")}));
    const QString staff = small.token(QStringLiteral("staff"));
    const QString tenant = tenantIds(small, staff).value(0);
    const QString token = currentToken(small, staff);
    QCOMPARE(changesSince(small, staff, token).status, 200);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(createAddress(small, staff, tenant).status, 201);
    // The worker prunes the change log on its next tick.
    QTRY_COMPARE_WITH_TIMEOUT(small.get(QStringLiteral("/v1/changes?since=") + token, staff).status,
                              410, 10000);
    const TestReply gone = small.get(QStringLiteral("/v1/changes?since=") + token, staff);
    const QString mismatch = problemMismatch(gone, 410, QStringLiteral("change-token-expired"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    // A fresh token works.
    QCOMPARE(changesSince(small, staff, currentToken(small, staff)).status, 200);
}

void TestApiPagingAndDelta::acknowledgementsArePagedById()
{
    const QString version = m_backend.get(QStringLiteral("/v1/disclosures/current"), m_staff)
                                .json()
                                .value(QStringLiteral("version"))
                                .toString();
    const QString list = QStringLiteral("/v1/tenants/%1/acknowledgements").arg(m_tenantId);
    for (int i = 0; i < 5; ++i) {
        const TestReply ack = m_backend.sendJson(
            "POST", list, m_staff, QJsonObject{{QStringLiteral("disclosureVersion"), version}},
            {{"Idempotency-Key", newIdempotencyKey().toLatin1()}});
        QVERIFY2(ack.status == 201, describe(ack));
        // Immutable and listed only: no route of its own to point a Location at.
        QVERIFY(ack.header("location").isEmpty());
        m_acknowledgementIds.append(ack.json().value(QStringLiteral("id")).toString());
    }

    QStringList listed;
    QString cursor;
    do {
        const TestReply page =
            m_backend.get(list + QStringLiteral("?limit=2") +
                              (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                          m_staff);
        QVERIFY2(page.status == 200, describe(page));
        for (const QJsonValue &item : page.json().value(QStringLiteral("items")).toArray())
            listed.append(item.toObject().value(QStringLiteral("id")).toString());
        cursor = page.json().value(QStringLiteral("nextCursor")).toString();
        QVERIFY(listed.size() < 1000);
    } while (!cursor.isEmpty());
    QStringList byId = listed;
    byId.sort();
    QCOMPARE(listed, byId);
    for (const QString &id : std::as_const(m_acknowledgementIds))
        QVERIFY2(listed.count(id) == 1, qPrintable(id));
}

void TestApiPagingAndDelta::auditLogIsPagedNewestFirst()
{
    QVERIFY(!m_acknowledgementIds.isEmpty());
    QStringList targets;
    QList<qint64> ids;
    QString cursor;
    do {
        const TestReply page = m_backend.get(
            QStringLiteral("/v1/audit?tenantId=%1&action=acknowledgement.create&limit=2")
                    .arg(m_tenantId) +
                (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
            m_staff);
        QVERIFY2(page.status == 200, describe(page));
        for (const QJsonValue &item : page.json().value(QStringLiteral("items")).toArray()) {
            targets.append(item.toObject().value(QStringLiteral("target")).toString());
            ids.append(item.toObject().value(QStringLiteral("id")).toString().toLongLong());
        }
        cursor = page.json().value(QStringLiteral("nextCursor")).toString();
        QVERIFY(targets.size() < 1000);
    } while (!cursor.isEmpty());
    // The latest write comes first, so a person sees it without paging through the trail.
    QVERIFY(targets.size() >= m_acknowledgementIds.size());
    QStringList newestFirst = m_acknowledgementIds;
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(targets.mid(0, newestFirst.size()), newestFirst);
    for (qsizetype i = 1; i < ids.size(); ++i)
        QVERIFY2(ids.at(i) < ids.at(i - 1), qPrintable(QString::number(ids.at(i))));
}

QTEST_GUILESS_MAIN(TestApiPagingAndDelta)
#include "tst_api_paging_and_delta.moc"
