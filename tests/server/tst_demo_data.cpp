// The demo data set: every generated number is what libphonenumber says it is (the generator
// asks it once per prefix, not per number), the set is the same on every start, and it has the
// size asked for; the numbers keep their indexes.
#include "auth/TokenService.h"
#include "domain/PhoneNumber.h"
#include "store/DemoDataGenerator.h"
#include "store/ServerDatabase.h"
#include "validation/PostalCodeTable.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct DemoDatabase
{
    QTemporaryDir dir;
    ServerDatabase db;
    bool generate(const DemoDataSize &size)
    {
        QString error;
        if (!db.open(dir.filePath(QStringLiteral("server.sqlite")), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        const auto postalCodes = PostalCodeTable::loadBundled(&error);
        TokenService tokens(db, 3600);
        if (!postalCodes || loadDemoData(db, tokens, *postalCodes, size, &error).isEmpty()) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }
    // Every number with what the server stores about it, in number order.
    QStringList numbers()
    {
        QStringList rows;
        QSqlQuery q(db.db());
        q.exec(QStringLiteral("SELECT number, tenant_id, country, toll_free, e911_state, usage,"
                              " user_upn FROM dids ORDER BY number"));
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < 7; ++i)
                fields.append(q.value(i).toString());
            rows.append(fields.join(QLatin1Char('|')));
        }
        return rows;
    }
};

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT
private slots:
    void everyNumberIsWhatLibphonenumberSays();
    void theSetIsTheSameOnEveryStart();
    void numberIndexesAreRebuiltAfterLoading();
};

void TestDemoData::everyNumberIsWhatLibphonenumberSays()
{
    DemoDatabase demo;
    QVERIFY(demo.generate({12, 20000}));
    QSqlQuery q(demo.db.db());
    QVERIFY(q.exec(
        QStringLiteral("SELECT d.number, d.country, d.toll_free, d.e911_state, a.validation_status"
                       " FROM dids d LEFT JOIN addresses a ON a.id = d.address_id")));
    int count = 0;
    int tollFree = 0;
    int outsideNanp = 0;
    QSet<QString> regions;
    while (q.next()) {
        ++count;
        const QString e164 = q.value(0).toString();
        const std::optional<PhoneNumber> parsed = PhoneNumber::parse(e164);
        QVERIFY2(parsed, qPrintable(e164));
        QCOMPARE(parsed->e164(), e164);
        QCOMPARE(q.value(1).toString(), parsed->regionCode());
        QCOMPARE(q.value(2).toBool(), parsed->isTollFree());
        regions.insert(parsed->regionCode());
        tollFree += parsed->isTollFree() ? 1 : 0;
        outsideNanp += e164.startsWith(QLatin1StringView("+1")) ? 0 : 1;
        // Only numbers that may register carry an E911 state beyond basic.
        if (q.value(3).toString() != QLatin1StringView("basic")) {
            QVERIFY2(parsed->isE911Eligible(), qPrintable(e164));
            QCOMPARE(q.value(4).toString(), QStringLiteral("valid"));
        }
    }
    QCOMPARE(count, 20000);
    // The mix the generator promises: some toll-free and some UK numbers among the local ones.
    QVERIFY(tollFree > 200 && tollFree < 800);
    QVERIFY(outsideNanp > 100 && outsideNanp < 400);
    // Every country the generator emits was compared above: US (with Puerto Rico), Canada, UK.
    const QSet<QString> emitted{QStringLiteral("US"), QStringLiteral("PR"), QStringLiteral("CA"),
                                QStringLiteral("GB")};
    QCOMPARE(regions, emitted);
    QCOMPARE(demo.db.scalar(QStringLiteral("SELECT COUNT(*) FROM tenants")).toInt(), 12);
}

void TestDemoData::theSetIsTheSameOnEveryStart()
{
    DemoDatabase first;
    DemoDatabase second;
    QVERIFY(first.generate({5, 3000}));
    QVERIFY(second.generate({5, 3000}));
    const QStringList numbers = first.numbers();
    QCOMPARE(numbers.size(), 3000);
    QCOMPARE(second.numbers(), numbers);
}

// The generator drops the numbers' indexes while it writes them and rebuilds them afterwards.
void TestDemoData::numberIndexesAreRebuiltAfterLoading()
{
    DemoDatabase demo;
    QVERIFY(demo.generate({3, 500}));
    QSqlQuery q(demo.db.db());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND"
                                  " tbl_name = 'dids' AND sql IS NOT NULL ORDER BY name")));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    QCOMPARE(names, QStringList({QStringLiteral("dids_address"), QStringLiteral("dids_tenant"),
                                 QStringLiteral("dids_work")}));
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demo_data.moc"
