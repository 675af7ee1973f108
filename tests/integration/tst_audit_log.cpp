// The audit log reader against dispatchable-server over TLS: after real changes made through the
// API, AuditLogFetcher pages through exactly what the server lists, and each server-side filter
// (tenant, user, number, action, time range) gives exactly the server's own answer for it.
#include "ApiTestHelpers.h"
#include "api/HttpClient.h"
#include "audit/AuditFilter.h"
#include "audit/AuditLogFetcher.h"
#include "tst_audit_support.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>

namespace {
// Every entry under `filter`, read page by page; the ids in the order they came.
QStringList fetchAll(HttpClient &http, const AuditFilter &filter, int pageSize, int *pages,
                     QList<AuditEntry> *entries = nullptr)
{
    AuditLogFetcher fetcher(&http);
    fetcher.setPageSize(pageSize);
    QStringList ids;
    bool failed = false;
    *pages = 0;
    QObject::connect(&fetcher, &AuditLogFetcher::pageLoaded,
                     [&](const QList<AuditEntry> &page, bool) {
                         ++*pages;
                         for (const AuditEntry &e : page) {
                             ids.append(e.id);
                             if (entries)
                                 entries->append(e);
                         }
                     });
    QObject::connect(&fetcher, &AuditLogFetcher::failed, [&] { failed = true; });
    fetcher.start(filter);
    while (!failed) {
        if (!QTest::qWaitFor([&] { return !fetcher.isLoading(); }, 20000))
            return {QStringLiteral("timeout")};
        if (!fetcher.hasMore())
            break;
        fetcher.fetchNext();
    }
    return failed ? QStringList{QStringLiteral("failed")} : ids;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesThroughEverythingTheServerLists();
    void entriesCarryActorActionBeforeAfterAndReason();
    void eachFilterNarrowsAsTheServerSays_data();
    void eachFilterNarrowsAsTheServerSays();

private:
    TestBackend m_backend;
    std::unique_ptr<HttpClient> m_http;
    AuditedChanges m_changes;
};

void TestAuditLog::initTestCase()
{
    QVERIFY2(m_backend.start(), qPrintable(m_backend.process().diagnostics()));
    QString why;
    const auto changes = makeAuditedChanges(m_backend, &why);
    QVERIFY2(changes, qPrintable(why));
    m_changes = *changes;
    // Another tenant's change, so that the tenant and number filters have something to leave
    // out (the user filter leaves out the 911 provider's own entries).
    const QString staff = m_backend.token(QStringLiteral("staff"));
    QStringList tenants = api::tenantIds(m_backend, staff);
    tenants.removeAll(m_changes.tenantId);
    QVERIFY(!tenants.isEmpty());
    const TestReply created = api::createAddress(m_backend, staff, tenants.first());
    QVERIFY2(created.status == 201, api::describe(created));
    // The trail is read as an auditor: read-only, all tenants.
    m_http = std::make_unique<HttpClient>();
    m_http->setBaseUrl(m_backend.process().baseUrl());
    m_http->setPinnedFingerprint(m_backend.process().certificateFingerprint());
    m_http->setBearerToken(m_backend.token(QStringLiteral("auditor")));
}

void TestAuditLog::pagesThroughEverythingTheServerLists()
{
    int pages = 0;
    const QStringList ids = fetchAll(*m_http, AuditFilter(), 2, &pages);
    const QStringList expected =
        serverIds(m_backend, m_backend.token(QStringLiteral("auditor")), AuditFilter());
    QVERIFY(expected.size() >= 4); // enable, registered, disable, acknowledgement
    QCOMPARE(ids, expected);
    QCOMPARE(pages, int((expected.size() + 1) / 2));
}

void TestAuditLog::entriesCarryActorActionBeforeAfterAndReason()
{
    AuditFilter filter;
    filter.action = QStringLiteral("e911.disable");
    filter.number = m_changes.number;
    int pages = 0;
    QList<AuditEntry> entries;
    fetchAll(*m_http, filter, 10, &pages, &entries);
    QCOMPARE(entries.size(), 1);
    const AuditEntry &e = entries.first();
    QCOMPARE(e.actorEmail, m_changes.staffEmail);
    QCOMPARE(e.actorRole, QStringLiteral("staff"));
    QCOMPARE(e.tenantId, m_changes.tenantId);
    QCOMPARE(e.target, m_changes.number);
    QCOMPARE(e.reason, m_changes.reason);
    QVERIFY(e.before && e.after);
    QCOMPARE(e.before->value(QLatin1StringView("state")).toString(), QStringLiteral("registered"));
    QCOMPARE(e.after->value(QLatin1StringView("state")).toString(),
             QStringLiteral("deregistering"));
    QVERIFY(!e.requestId.isEmpty());
}

void TestAuditLog::eachFilterNarrowsAsTheServerSays_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("tenant") << QStringLiteral("tenant");
    QTest::newRow("user") << QStringLiteral("user");
    QTest::newRow("number") << QStringLiteral("number");
    QTest::newRow("action") << QStringLiteral("action");
    QTest::newRow("since") << QStringLiteral("since");
    QTest::newRow("until") << QStringLiteral("until");
}

void TestAuditLog::eachFilterNarrowsAsTheServerSays()
{
    QFETCH(QString, field);
    const QString auditor = m_backend.token(QStringLiteral("auditor"));
    int pages = 0;
    QList<AuditEntry> all;
    fetchAll(*m_http, AuditFilter(), 1000, &pages, &all);
    QVERIFY(all.size() >= 5);

    AuditFilter filter;
    if (field == QLatin1StringView("tenant"))
        filter.tenantId = m_changes.tenantId;
    else if (field == QLatin1StringView("user"))
        filter.actor = m_changes.staffEmail.toUpper(); // emails match in any case
    else if (field == QLatin1StringView("number"))
        filter.number = m_changes.number; // "+1…": must reach the server as a plus
    else if (field == QLatin1StringView("action"))
        filter.action = QStringLiteral("e911.enable");
    else if (field == QLatin1StringView("since"))
        filter.since = all.at(1).at; // the two newest entries (unless they share a millisecond)
    else
        filter.until = all.at(1).at; // everything older than the second newest

    QList<AuditEntry> narrowed;
    const QStringList ids = fetchAll(*m_http, filter, 3, &pages, &narrowed);
    QCOMPARE(ids, serverIds(m_backend, auditor, filter));
    QVERIFY2(!ids.isEmpty(), "the filter should match something");
    QVERIFY2(ids.size() < all.size(), "the filter should leave something out");
    for (const AuditEntry &e : std::as_const(narrowed)) {
        if (field == QLatin1StringView("tenant"))
            QCOMPARE(e.tenantId, m_changes.tenantId);
        else if (field == QLatin1StringView("user"))
            QCOMPARE(e.actorEmail, m_changes.staffEmail);
        else if (field == QLatin1StringView("number"))
            QCOMPARE(e.target, m_changes.number);
        else if (field == QLatin1StringView("action"))
            QCOMPARE(e.action, QStringLiteral("e911.enable"));
        else if (field == QLatin1StringView("since"))
            QVERIFY(e.at >= filter.since);
        else
            QVERIFY(e.at < filter.until);
    }
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_audit_log.moc"
