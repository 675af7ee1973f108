// ComplianceQueries against the reference backend's demo data: the backend runs over TLS, a real
// sync fills a real SQLite cache, and every figure of the summary and the whole non-compliant
// list are compared with what this test works out on its own from the backend's API answers
// (the rules of docs/reports.md applied to the JSON, not to the cache).
#include "ApiTestHelpers.h"
#include "SyncedCache.h"
#include "TestBackend.h"
#include "calls/EmergencyCall.h"
#include "compliance/ComplianceQueries.h"
#include "compliance/ComplianceWarnings.h"
#include "domain/Limitations.h"
#include "store/Cache.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

// What the rules say about one tenant, worked out from the API's JSON.
struct Expected
{
    QHash<QString, qint64> counts;
    QMap<QString, QStringList> nonCompliant; // E.164 → reason codes, in report order
};

bool isUsRegion(const QString &country)
{
    // DOMAIN.md: the states plus the NANP territories; Canada is not the US.
    static const QStringList us{QStringLiteral("US"), QStringLiteral("PR"), QStringLiteral("VI"),
                                QStringLiteral("GU"), QStringLiteral("AS"), QStringLiteral("MP")};
    return us.contains(country);
}

bool hasLocationDetail(const QJsonObject &address)
{
    const QJsonObject civic = address.value(QLatin1StringView("civic")).toObject();
    for (const char *key : {"building", "floor", "unit", "room"})
        if (!str(civic, key).isEmpty())
            return true;
    return false;
}

Expected expectedFor(const QJsonArray &dids, const QJsonArray &addresses, const QDateTime &now,
                     int stuckHours, const QSet<QString> &notValidatedOverride = {})
{
    Expected e;
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : addresses) {
        const QJsonObject a = v.toObject();
        byId.insert(str(a, "id"), a);
        e.counts[QStringLiteral("addresses")] += 1;
        const bool valid = str(a.value(QLatin1StringView("validation")).toObject(), "status") ==
                               QLatin1StringView("valid") &&
                           !notValidatedOverride.contains(str(a, "id"));
        e.counts[QStringLiteral("addressesNotValidated")] += valid ? 0 : 1;
        e.counts[QStringLiteral("addressesWithoutDetail")] += hasLocationDetail(a) ? 0 : 1;
    }
    for (const QJsonValue &v : dids) {
        const QJsonObject d = v.toObject();
        const QJsonObject e911 = d.value(QLatin1StringView("e911")).toObject();
        const QString state = str(e911, "state");
        const QString usage = str(d, "usage");
        const bool us = isUsRegion(str(d, "country"));
        const bool tollFree = d.value(QLatin1StringView("tollFree")).toBool();
        const QDateTime since = QDateTime::fromString(str(e911, "since"), Qt::ISODateWithMs);
        const QString addressId = str(e911, "addressId");
        e.counts[QStringLiteral("numbers")] += 1;
        e.counts[state] += 1;
        e.counts[QStringLiteral("basicEligible")] +=
            state == QLatin1StringView("basic") && us && !tollFree;
        e.counts[QStringLiteral("outsideUs")] += !us;
        e.counts[QStringLiteral("tollFree")] += us && tollFree;
        const bool commonArea = usage == QLatin1StringView("common_area");
        e.counts[QStringLiteral("commonArea")] += commonArea;
        e.counts[QStringLiteral("commonAreaWithoutE911")] +=
            commonArea && state != QLatin1StringView("registered");

        const bool onAddress =
            state == QLatin1StringView("pending") || state == QLatin1StringView("registered");
        const bool known = byId.contains(addressId);
        const QJsonObject address = byId.value(addressId);
        const bool addressValid = known &&
                                  str(address.value(QLatin1StringView("validation")).toObject(),
                                      "status") == QLatin1StringView("valid") &&
                                  !notValidatedOverride.contains(addressId);
        if (onAddress && known && !hasLocationDetail(address))
            e.counts[QStringLiteral("numbersAtAddressWithoutDetail")] += 1;

        QStringList reasons;
        if (state == QLatin1StringView("failed"))
            reasons << QStringLiteral("registration-failed");
        if ((state == QLatin1StringView("pending") ||
             state == QLatin1StringView("deregistering")) &&
            since.secsTo(now) > qint64(stuckHours) * 3600)
            reasons << QStringLiteral("stuck-in-provisioning");
        if (state == QLatin1StringView("basic") && us && !tollFree &&
            (usage == QLatin1StringView("user") || commonArea))
            reasons << QStringLiteral("basic-911-only-in-use");
        if (onAddress && !addressValid)
            reasons << QStringLiteral("address-not-validated");
        if (onAddress && known && !hasLocationDetail(address))
            reasons << QStringLiteral("location-detail-missing");
        if (!reasons.isEmpty())
            e.nonCompliant.insert(str(d, "number"), reasons);
    }
    return e;
}

QMap<QString, QStringList> listed(const QList<NonCompliantNumber> &rows)
{
    QMap<QString, QStringList> out;
    for (const NonCompliantNumber &n : rows)
        out.insert(n.number, noncompliance::codes(n.reasons));
    return out;
}
} // namespace

class TestComplianceSummary : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void summaryFiguresEqualTheBackendsOwnData();
    void nonCompliantListFollowsTheRulesAppliedToTheBackendsData();
    void longPendingNumbersCountAsStuck();
    void listIsOrderedMostUrgentFirst();
    void numbersAtAnAddressNoLongerValidatedAreListed();
    void acknowledgementIsReportedWithWhoWhenVersionAndAge();
    void olderAcknowledgementIsNotCurrent();
    void warningsNameTheCountsThatApply();
    void numberWhoseLastCallCameFromElsewhereIsListed();
    void unknownTenantHasNoSummary();

private:
    void compareSummary(const QString &tenantId, const QDateTime &now);

    TestBackend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<Cache> m_cache;
    QString m_staff;
    QStringList m_tenants;
    QHash<QString, QJsonArray> m_dids;
    QHash<QString, QJsonArray> m_addresses;
    QString m_ackTenant;
    QJsonObject m_ack;
};

void TestComplianceSummary::initTestCase()
{
    // A provider that takes an hour: nothing moves while the test compares.
    QVERIFY(m_backend.start({QStringLiteral("--demo"), QStringLiteral("--tenants"),
                             QStringLiteral("4"), QStringLiteral("--dids"), QStringLiteral("1200"),
                             QStringLiteral("--provision-delay-ms"), QStringLiteral("3600000")}));
    m_staff = m_backend.token(QStringLiteral("staff"));
    m_tenants = api::tenantIds(m_backend, m_staff);
    QVERIFY(m_tenants.size() == 4);

    // One tenant acknowledges the limitations text, as an admin would in the app.
    m_ackTenant = m_tenants.first();
    const TestReply ack = m_backend.sendJson(
        "POST", QStringLiteral("/v1/tenants/%1/acknowledgements").arg(m_ackTenant), m_staff,
        {{QStringLiteral("disclosureVersion"), QString(limitations::currentVersion)}},
        {{"Idempotency-Key", api::newIdempotencyKey().toUtf8()}});
    QVERIFY2(ack.status == 201, api::describe(ack).constData());
    m_ack = ack.json();

    QString why;
    m_cache = syncedCache(m_backend, m_staff, m_dir.filePath(QStringLiteral("cache.sqlite")), &why);
    QVERIFY2(m_cache, qPrintable(why));

    for (const QString &id : m_tenants) {
        bool ok = false;
        m_dids.insert(id, api::listAll(m_backend,
                                       QStringLiteral("/v1/tenants/%1/dids?limit=1000").arg(id),
                                       m_staff, &ok));
        QVERIFY(ok);
        m_addresses.insert(
            id,
            api::listAll(m_backend, QStringLiteral("/v1/tenants/%1/addresses?limit=1000").arg(id),
                         m_staff, &ok));
        QVERIFY(ok);
    }
}

void TestComplianceSummary::compareSummary(const QString &tenantId, const QDateTime &now)
{
    ComplianceQueries queries(m_cache.get());
    const std::optional<ComplianceSummary> s = queries.summary(tenantId, now);
    QVERIFY2(s, qPrintable(queries.lastError()));
    const Expected e = expectedFor(m_dids.value(tenantId), m_addresses.value(tenantId), now,
                                   queries.stuckAfterHours());
    QCOMPARE(s->numbers, e.counts.value(QStringLiteral("numbers")));
    QCOMPARE(s->registered, e.counts.value(QStringLiteral("registered")));
    QCOMPARE(s->pending, e.counts.value(QStringLiteral("pending")));
    QCOMPARE(s->failed, e.counts.value(QStringLiteral("failed")));
    QCOMPARE(s->deregistering, e.counts.value(QStringLiteral("deregistering")));
    QCOMPARE(s->basic, e.counts.value(QStringLiteral("basic")));
    QCOMPARE(s->basicEligible, e.counts.value(QStringLiteral("basicEligible")));
    QCOMPARE(s->outsideUs, e.counts.value(QStringLiteral("outsideUs")));
    QCOMPARE(s->tollFree, e.counts.value(QStringLiteral("tollFree")));
    QCOMPARE(s->commonArea, e.counts.value(QStringLiteral("commonArea")));
    QCOMPARE(s->commonAreaWithoutE911, e.counts.value(QStringLiteral("commonAreaWithoutE911")));
    QCOMPARE(s->addresses, e.counts.value(QStringLiteral("addresses")));
    QCOMPARE(s->addressesNotValidated, e.counts.value(QStringLiteral("addressesNotValidated")));
    QCOMPARE(s->addressesWithoutDetail, e.counts.value(QStringLiteral("addressesWithoutDetail")));
    QCOMPARE(s->numbersAtAddressWithoutDetail,
             e.counts.value(QStringLiteral("numbersAtAddressWithoutDetail")));
    QCOMPARE(s->nonCompliant, qint64(e.nonCompliant.size()));

    // The server's own aggregate (tenant.counts, computed in its database) agrees as well.
    const QJsonObject counts =
        m_backend.get(QStringLiteral("/v1/tenants/%1").arg(tenantId), m_staff)
            .json()
            .value(QLatin1StringView("counts"))
            .toObject();
    QCOMPARE(s->numbers, counts.value(QLatin1StringView("total")).toInteger());
    QCOMPARE(s->registered, counts.value(QLatin1StringView("registered")).toInteger());
    QCOMPARE(s->failed, counts.value(QLatin1StringView("failed")).toInteger());
    QCOMPARE(s->basic, counts.value(QLatin1StringView("basic")).toInteger());
}

void TestComplianceSummary::summaryFiguresEqualTheBackendsOwnData()
{
    qint64 withoutDetail = 0, failed = 0, basicEligible = 0, outside = 0;
    for (const QString &id : std::as_const(m_tenants)) {
        compareSummary(id, QDateTime::currentDateTimeUtc());
        if (QTest::currentTestFailed())
            return;
        const ComplianceSummary s = *ComplianceQueries(m_cache.get()).summary(id);
        withoutDetail += s.numbersAtAddressWithoutDetail;
        failed += s.failed;
        basicEligible += s.basicEligible;
        outside += s.outsideUs;
        QCOMPARE(
            s.tenantName,
            str(m_backend.get(QStringLiteral("/v1/tenants/%1").arg(id), m_staff).json(), "name"));
        QCOMPARE(s.lastSync, m_cache->syncState().lastSync);
        QVERIFY(s.lastSync.isValid());
    }
    // The demo data exercises every rule, so a comparison of zeros proves nothing.
    QVERIFY(withoutDetail > 0);
    QVERIFY(failed > 0);
    QVERIFY(basicEligible > 0);
    QVERIFY(outside > 0);
}

void TestComplianceSummary::nonCompliantListFollowsTheRulesAppliedToTheBackendsData()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &id : std::as_const(m_tenants)) {
        ComplianceQueries queries(m_cache.get());
        const QList<NonCompliantNumber> rows = queries.nonCompliantNumbers(id, now);
        QVERIFY2(queries.lastError().isEmpty(), qPrintable(queries.lastError()));
        const Expected e =
            expectedFor(m_dids.value(id), m_addresses.value(id), now, queries.stuckAfterHours());
        QCOMPARE(listed(rows), e.nonCompliant);
        QCOMPARE(qint64(rows.size()), queries.summary(id, now)->nonCompliant);
    }
}

void TestComplianceSummary::longPendingNumbersCountAsStuck()
{
    // Two days from now, every number still pending has waited longer than a day.
    const QDateTime later = QDateTime::currentDateTimeUtc().addDays(2);
    qint64 stuck = 0;
    for (const QString &id : std::as_const(m_tenants)) {
        compareSummary(id, later);
        if (QTest::currentTestFailed())
            return;
        ComplianceQueries queries(m_cache.get());
        for (const NonCompliantNumber &n : queries.nonCompliantNumbers(id, later))
            stuck += n.reasons.testFlag(NonCompliance::StuckInProvisioning);
        QCOMPARE(
            listed(queries.nonCompliantNumbers(id, later)),
            expectedFor(m_dids.value(id), m_addresses.value(id), later, queries.stuckAfterHours())
                .nonCompliant);
    }
    QVERIFY(stuck > 0);
}

void TestComplianceSummary::listIsOrderedMostUrgentFirst()
{
    const QString id = m_tenants.first();
    const QList<NonCompliantNumber> rows = ComplianceQueries(m_cache.get()).nonCompliantNumbers(id);
    QVERIFY(rows.size() > 2);
    const auto rank = [](const NonCompliantNumber &n) {
        const int bits = n.reasons.toInt();
        return bits & -bits; // the most urgent reason it has
    };
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const auto &a = rows.at(i - 1);
        const auto &b = rows.at(i);
        QVERIFY2(rank(a) < rank(b) || (rank(a) == rank(b) && a.number < b.number),
                 qPrintable(a.number + QLatin1Char(' ') + b.number));
    }
    QVERIFY(rows.first().reasons.testFlag(NonCompliance::RegistrationFailed));
    QVERIFY(!rows.first().providerReason.isEmpty());
    QVERIFY(!rows.first().addressLine.isEmpty());
}

void TestComplianceSummary::numbersAtAnAddressNoLongerValidatedAreListed()
{
    // An address that lost its validation (as a cache written by an older server might hold):
    // the numbers registered there must be listed. Changed inside a transaction and rolled back.
    const QString id = m_tenants.first();
    QString addressId;
    for (const QJsonValue &v : m_dids.value(id)) {
        const QJsonObject e911 = v.toObject().value(QLatin1StringView("e911")).toObject();
        if (str(e911, "state") == QLatin1StringView("registered")) {
            addressId = str(e911, "addressId");
            break;
        }
    }
    QVERIFY(!addressId.isEmpty());
    QVERIFY(m_cache->begin());
    QSqlQuery q(m_cache->database());
    q.prepare(QStringLiteral("UPDATE addresses SET validation_status = ? WHERE id = ?"));
    q.addBindValue(int(AddressValidationStatus::Unvalidated));
    q.addBindValue(addressId);
    QVERIFY(q.exec());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ComplianceQueries queries(m_cache.get());
    const QList<NonCompliantNumber> rows = queries.nonCompliantNumbers(id, now);
    const std::optional<ComplianceSummary> s = queries.summary(id, now);
    m_cache->rollback();
    const Expected e = expectedFor(m_dids.value(id), m_addresses.value(id), now,
                                   queries.stuckAfterHours(), {addressId});
    QCOMPARE(listed(rows), e.nonCompliant);
    QCOMPARE(s->addressesNotValidated, e.counts.value(QStringLiteral("addressesNotValidated")));
    const auto notValidated = std::count_if(rows.begin(), rows.end(), [](const auto &n) {
        return n.reasons.testFlag(NonCompliance::AddressNotValidated);
    });
    QVERIFY(notValidated > 0);
}

void TestComplianceSummary::numberWhoseLastCallCameFromElsewhereIsListed()
{
    // A 911 call through Teams from somewhere else, as the backend records it; the cache gets
    // it as sync would (changed inside a transaction and rolled back).
    const QString id = m_tenants.first();
    QString number;
    for (const QJsonValue &v : m_dids.value(id)) {
        const QJsonObject e911 = v.toObject().value(QLatin1StringView("e911")).toObject();
        if (str(e911, "state") == QLatin1StringView("registered")) {
            number = str(v.toObject(), "number");
            break;
        }
    }
    QVERIFY(!number.isEmpty());
    const TestReply reply =
        m_backend.sendJson("POST", QStringLiteral("/v1/demo/emergency-calls"), m_staff,
                           {{QStringLiteral("tenantId"), id},
                            {QStringLiteral("number"), number},
                            {QStringLiteral("location"), QStringLiteral("elsewhere")},
                            {QStringLiteral("durationSeconds"), 0}});
    QVERIFY2(reply.status == 201, api::describe(reply).constData());
    const auto call = EmergencyCall::fromJson(reply.json());
    QVERIFY(call);
    QCOMPARE(call->verdict, EmergencyCall::Verdict::Differs);

    QVERIFY(m_cache->begin());
    QVERIFY(m_cache->upsertEmergencyCall(*call, reply.body, 1));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ComplianceQueries queries(m_cache.get());
    const QList<NonCompliantNumber> rows = queries.nonCompliantNumbers(id, now);
    const std::optional<ComplianceSummary> s = queries.summary(id, now);
    m_cache->rollback();

    Expected e =
        expectedFor(m_dids.value(id), m_addresses.value(id), now, queries.stuckAfterHours());
    e.nonCompliant[number].append(QStringLiteral("call-location-differs"));
    QCOMPARE(listed(rows), e.nonCompliant);
    QVERIFY(s);
    QCOMPARE(s->callLocationDiffers, 1);
    QCOMPARE(s->nonCompliant, qint64(e.nonCompliant.size()));
    // Rolled back: the cache no longer knows the call, and nothing is flagged.
    QCOMPARE(queries.summary(id, now)->callLocationDiffers, 0);
}

void TestComplianceSummary::acknowledgementIsReportedWithWhoWhenVersionAndAge()
{
    const QDateTime inTenDays = QDateTime::currentDateTimeUtc().addDays(10);
    const std::optional<ComplianceSummary> s =
        ComplianceQueries(m_cache.get()).summary(m_ackTenant, inTenDays);
    QVERIFY(s);
    const AcknowledgementStatus &ack = s->acknowledgement;
    QVERIFY(ack.isOnRecord());
    QVERIFY(ack.isCurrent());
    QCOMPARE(ack.latest->disclosureVersion, QString(limitations::currentVersion));
    QCOMPARE(ack.latest->acknowledgedByEmail,
             str(m_ack.value(QLatin1StringView("acknowledgedBy")).toObject(), "email"));
    QCOMPARE(ack.latest->acknowledgedAt,
             QDateTime::fromString(str(m_ack, "acknowledgedAt"), Qt::ISODateWithMs));
    QCOMPARE(ack.ageDays(inTenDays), 10);

    // A tenant that never acknowledged says so.
    const std::optional<ComplianceSummary> other =
        ComplianceQueries(m_cache.get()).summary(m_tenants.last());
    QVERIFY(!other->acknowledgement.isOnRecord());
    QVERIFY(!other->acknowledgement.isCurrent());
    QCOMPARE(other->acknowledgement.ageDays(inTenDays), -1);
}

void TestComplianceSummary::olderAcknowledgementIsNotCurrent()
{
    QVERIFY(m_cache->begin());
    QSqlQuery q(m_cache->database());
    q.prepare(QStringLiteral(
        "UPDATE acknowledgements SET disclosure_version = '2020-01-01' WHERE tenant_id = ?"));
    q.addBindValue(m_ackTenant);
    QVERIFY(q.exec());
    const std::optional<ComplianceSummary> s =
        ComplianceQueries(m_cache.get()).summary(m_ackTenant);
    m_cache->rollback();
    QVERIFY(s->acknowledgement.isOnRecord());
    QVERIFY(!s->acknowledgement.isCurrent());
    QCOMPARE(s->acknowledgement.currentVersion, QString(limitations::currentVersion));
}

void TestComplianceSummary::warningsNameTheCountsThatApply()
{
    ComplianceSummary s;
    QVERIFY(compliancewarnings::applicable(s).isEmpty());
    s.commonArea = 3;
    s.outsideUs = 1;
    const QList<ComplianceWarning> w = compliancewarnings::applicable(s);
    QCOMPARE(w.size(), 2);
    QCOMPARE(w.at(0).id, QStringLiteral("common-area"));
    QVERIFY(w.at(0).title.contains(QLatin1Char('3')));
    // It quotes the limitations text the tenant acknowledged.
    QVERIFY(w.at(0).text.contains(limitations::current().at(3).text));
    QCOMPARE(w.at(1).id, QStringLiteral("outside-us"));
}

void TestComplianceSummary::unknownTenantHasNoSummary()
{
    ComplianceQueries queries(m_cache.get());
    QVERIFY(!queries.summary(QStringLiteral("00000000-0000-4000-8000-000000000000")));
    QVERIFY(queries.lastError().isEmpty());
}

QTEST_GUILESS_MAIN(TestComplianceSummary)
#include "tst_compliance_summary.moc"
