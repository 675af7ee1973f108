// The Teams number locations over HTTPS (issue 17): a tenant's latest reading of what Teams gives
// each of its numbers (PUT/GET …/teams-number-locations). Ids are kept in canonical form, a
// reading replaces the one before, the same reading sent again changes nothing, an older one is
// refused with 409, the change feed carries it, bad readings are refused whole with the field
// named, and an auditor may read but not record.
#include "LisApiFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <QtTest>

using namespace api;
using namespace lis_api;
using namespace Qt::StringLiterals;

class TestApiTeamsNumberLocations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aTenantStartsWithNoReading();
    void aReadingIsKeptReplacedAndFed();
    void anOlderReadingIsRefused();
    void badReadingsAreRefusedWhole_data();
    void badReadingsAreRefusedWhole();
    void anAuditorMayReadButNotRecord();
    void aCarrierSizeReadingIsTaken();

private:
    QString path(const QString &tenant) const;
    TestReply record(const QJsonObject &body, const QString &token = {});
    QStringList numbersOf(const QString &tenant, int count);

    LisApiFixture m_f;
    QString m_tenant; // a tenant with no reading until aReadingIsKeptReplacedAndFed
    QString m_otherTenant;
    QStringList m_numbers;
};

namespace {
const QString civicId = QStringLiteral("5aa884e8-d548-4b8e-a289-52bfd5265a6e");
const QString locationId = QStringLiteral("9f3a1c2b-0d4e-4f5a-8b6c-7d8e9f0a1b2c");

QJsonObject entry(const QString &number, const QJsonValue &civic, const QJsonValue &location)
{
    return QJsonObject{{QStringLiteral("number"), number},
                       {QStringLiteral("civicAddressId"), civic},
                       {QStringLiteral("locationId"), location}};
}

QJsonObject teamsAddress(const QString &civic, const QString &line = u"1 MAIN ST, REDMOND WA"_s)
{
    return QJsonObject{{QStringLiteral("civicAddressId"), civic},
                       {QStringLiteral("address"), line},
                       {QStringLiteral("addressIds"), QJsonArray{QStringLiteral("a-1")}}};
}

QJsonObject reading(const QString &readAt, const QJsonArray &numbers,
                    const QJsonArray &addresses = {})
{
    return QJsonObject{{QStringLiteral("readAt"), readAt},
                       {QStringLiteral("numbers"), numbers},
                       {QStringLiteral("teamsAddresses"), addresses}};
}
} // namespace

void TestApiTeamsNumberLocations::initTestCase()
{
    QVERIFY(m_f.start());
    m_tenant = m_f.tenant();
    for (const QString &t : tenantIds(m_f.backend(), m_f.staff()))
        if (t != m_tenant)
            m_otherTenant = t;
    QVERIFY(!m_otherTenant.isEmpty());
    m_numbers = numbersOf(m_tenant, 3);
    QCOMPARE(m_numbers.size(), 3);
}

QString TestApiTeamsNumberLocations::path(const QString &tenant) const
{
    return QStringLiteral("/v1/tenants/%1/teams-number-locations").arg(tenant);
}

TestReply TestApiTeamsNumberLocations::record(const QJsonObject &body, const QString &token)
{
    return m_f.backend().sendJson("PUT", path(m_tenant), token.isEmpty() ? m_f.staff() : token,
                                  body);
}

QStringList TestApiTeamsNumberLocations::numbersOf(const QString &tenant, int count)
{
    QStringList numbers;
    const TestReply page = m_f.backend().get(
        QStringLiteral("/v1/tenants/%1/dids?limit=%2").arg(tenant).arg(count), m_f.staff());
    for (const QJsonValue &item : page.json().value(QStringLiteral("items")).toArray())
        numbers.append(str(item.toObject(), "number"));
    return numbers;
}

void TestApiTeamsNumberLocations::aTenantStartsWithNoReading()
{
    const TestReply none = m_f.backend().get(path(m_otherTenant), m_f.staff());
    QVERIFY2(none.status == 200, describe(none));
    QVERIFY(none.json().value(QStringLiteral("readAt")).isNull());
    QVERIFY(none.json().value(QStringLiteral("numbers")).toArray().isEmpty());
    QCOMPARE(str(none.json(), "etag"), QStringLiteral("\"v1\""));
    QCOMPARE(str(none.json(), "tenantId"), m_otherTenant);
    QCOMPARE(m_f.backend().get(path(QStringLiteral("no-such-tenant")), m_f.staff()).status, 404);
}

void TestApiTeamsNumberLocations::aReadingIsKeptReplacedAndFed()
{
    const QString since = m_f.changeToken();
    // PowerShell prints GUIDs in either case, sometimes braced: one form is kept.
    const QJsonObject first = reading(
        QStringLiteral("2026-12-01T09:30:00Z"),
        {entry(m_numbers.at(0), QString(u'{' + civicId.toUpper() + u'}'), locationId.toUpper()),
         entry(m_numbers.at(1), QJsonValue(), QJsonValue())},
        {teamsAddress(civicId.toUpper())});
    const TestReply kept = record(first);
    QVERIFY2(kept.status == 200, describe(kept));
    const QJsonArray numbers = kept.json().value(QStringLiteral("numbers")).toArray();
    QCOMPARE(numbers.size(), 2);
    QCOMPARE(str(numbers.at(0).toObject(), "civicAddressId"), civicId);
    QCOMPARE(str(numbers.at(0).toObject(), "locationId"), locationId);
    const QJsonArray addresses = kept.json().value(QStringLiteral("teamsAddresses")).toArray();
    QCOMPARE(addresses.size(), 1);
    QCOMPARE(str(addresses.at(0).toObject(), "civicAddressId"), civicId);
    QCOMPARE(str(addresses.at(0).toObject(), "address"), QStringLiteral("1 MAIN ST, REDMOND WA"));
    QVERIFY(numbers.at(1).toObject().value(QStringLiteral("civicAddressId")).isNull());
    QCOMPARE(str(kept.json(), "readAt"), QStringLiteral("2026-12-01T09:30:00.000Z"));
    QCOMPARE(kept.header("etag"), str(kept.json(), "etag").toLatin1());
    QCOMPARE(m_f.backend().get(path(m_tenant), m_f.staff()).json(), kept.json());
    QCOMPARE(m_f.changesSince(since)
                 .value(QStringLiteral("teams_number_locations:") + m_tenant)
                 .value(QStringLiteral("data"))
                 .toObject(),
             kept.json());
    QVERIFY(m_f.auditTargets(QStringLiteral("teams.numbers.record")).contains(m_tenant));

    // The same reading again (a retry after a lost answer) changes nothing.
    const QString beforeRetry = m_f.changeToken();
    const TestReply again = record(first);
    QVERIFY2(again.status == 200, describe(again));
    QCOMPARE(again.json(), kept.json());
    QVERIFY(m_f.changesSince(beforeRetry).isEmpty());

    // A later reading replaces the whole list.
    const TestReply later = record(reading(QStringLiteral("2026-12-02T08:00:00Z"),
                                           {entry(m_numbers.at(2), civicId, QJsonValue())}));
    QVERIFY2(later.status == 200, describe(later));
    QCOMPARE(later.json().value(QStringLiteral("numbers")).toArray().size(), 1);
    QVERIFY(str(later.json(), "etag") != str(kept.json(), "etag"));
}

void TestApiTeamsNumberLocations::anOlderReadingIsRefused()
{
    const TestReply current = m_f.backend().get(path(m_tenant), m_f.staff());
    const TestReply older =
        record(reading(QStringLiteral("2026-11-01T08:00:00Z"), {entry(m_numbers.at(0), {}, {})}));
    QCOMPARE(older.status, 409);
    QVERIFY2(str(older.json(), "detail").contains(QStringLiteral("already on record")),
             describe(older));
    QCOMPARE(m_f.backend().get(path(m_tenant), m_f.staff()).json(), current.json());
}

void TestApiTeamsNumberLocations::badReadingsAreRefusedWhole_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    const QString when = QStringLiteral("2026-12-03T08:00:00Z");
    const QString other = numbersOf(m_otherTenant, 1).value(0);
    QTest::newRow("not E.164") << reading(when, {entry(QStringLiteral("2065550100"), {}, {})})
                               << 422 << QStringLiteral("numbers[0].number");
    QTest::newRow("another tenant's number")
        << reading(when, {entry(m_numbers.at(0), {}, {}), entry(other, {}, {})}) << 422
        << QStringLiteral("numbers[1].number");
    QTest::newRow("listed twice") << reading(when, {entry(m_numbers.at(0), {}, {}),
                                                    entry(m_numbers.at(0), {}, {})})
                                  << 422 << QStringLiteral("numbers[1].number");
    QTest::newRow("not a GUID") << reading(when, {entry(m_numbers.at(0), QStringLiteral("HQ"), {})})
                                << 422 << QStringLiteral("numbers[0].civicAddressId");
    QTest::newRow("not an object")
        << reading(when, {QStringLiteral("+14255550100")}) << 422 << QStringLiteral("numbers[0]");
    QTest::newRow("no time") << QJsonObject{{QStringLiteral("numbers"), QJsonArray()}} << 422
                             << QStringLiteral("readAt");
    QTest::newRow("a date only") << reading(QStringLiteral("2026-12-03"), {}) << 422
                                 << QStringLiteral("readAt");
    QTest::newRow("no offset") << reading(QStringLiteral("2026-12-03T08:00:00"), {}) << 422
                               << QStringLiteral("readAt");
    QTest::newRow("a Teams address twice")
        << reading(when, {}, {teamsAddress(civicId), teamsAddress(civicId.toUpper())}) << 422
        << QStringLiteral("teamsAddresses[1].civicAddressId");
    QTest::newRow("a Teams address without its id")
        << reading(when, {}, {teamsAddress(QString())}) << 422
        << QStringLiteral("teamsAddresses[0].civicAddressId");
    QTest::newRow("in the future")
        << reading(QStringLiteral("2099-01-01T00:00:00Z"), {}) << 422 << QStringLiteral("readAt");
    QTest::newRow("numbers not a list")
        << QJsonObject{{QStringLiteral("readAt"), when}, {QStringLiteral("numbers"), 3}} << 422
        << QStringLiteral("numbers");
    QJsonObject unknown = entry(m_numbers.at(0), {}, {});
    unknown.insert(QStringLiteral("dialOut"), QStringLiteral("+1"));
    QTest::newRow("unknown member in an entry")
        << reading(when, {unknown}) << 422 << QStringLiteral("numbers[0]");
}

void TestApiTeamsNumberLocations::badReadingsAreRefusedWhole()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const TestReply before = m_f.backend().get(path(m_tenant), m_f.staff());
    const TestReply refused = record(body);
    QVERIFY2(refused.status == status, describe(refused));
    QStringList fields;
    for (const QJsonValue &e : refused.json().value(QStringLiteral("errors")).toArray())
        fields.append(str(e.toObject(), "field"));
    QVERIFY2(std::any_of(fields.cbegin(), fields.cend(),
                         [&](const QString &f) { return f.startsWith(field); }),
             qPrintable(fields.join(u' ') + u' ' + QString::fromUtf8(describe(refused))));
    QCOMPARE(m_f.backend().get(path(m_tenant), m_f.staff()).json(), before.json());
}

void TestApiTeamsNumberLocations::anAuditorMayReadButNotRecord()
{
    const QString auditor = m_f.backend().token(QStringLiteral("auditor"));
    const QString auditorTenant = tenantIds(m_f.backend(), auditor).value(0);
    QVERIFY(!auditorTenant.isEmpty());
    QCOMPARE(m_f.backend().get(path(auditorTenant), auditor).status, 200);
    const TestReply refused = m_f.backend().sendJson(
        "PUT", path(auditorTenant), auditor, reading(QStringLiteral("2026-12-04T08:00:00Z"), {}));
    QCOMPARE(refused.status, 403);
}

void TestApiTeamsNumberLocations::aCarrierSizeReadingIsTaken()
{
    // Larger than the 4 MiB every other request may be: a whole tenant's reading is one PUT.
    QJsonArray addresses;
    for (int i = 0; i < 30000; ++i)
        addresses.append(teamsAddress(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                      QStringLiteral("%1 LONG INDUSTRIAL PARKWAY NORTHEAST, "
                                                     "SUITE 4000, SOME CITY OF SOME SIZE WA 98000")
                                          .arg(i)));
    const QJsonObject big = reading(QStringLiteral("2026-12-05T08:00:00Z"),
                                    {entry(m_numbers.at(0), {}, {})}, addresses);
    QVERIFY(QJsonDocument(big).toJson(QJsonDocument::Compact).size() > 4 * 1024 * 1024);
    const TestReply taken = record(big);
    QVERIFY2(taken.status == 200, describe(taken));
    QCOMPARE(taken.json().value(QStringLiteral("teamsAddresses")).toArray().size(), 30000);
}

QTEST_GUILESS_MAIN(TestApiTeamsNumberLocations)
#include "tst_api_teams_number_locations.moc"
