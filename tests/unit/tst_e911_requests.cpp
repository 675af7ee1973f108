// What a confirmed E911 change puts in the outbox (one If-Match PUT per number for a few, bulk
// batches above the threshold) and how the per-number results read back and export to CSV.
#include "store/BulkResult.h"
#include "store/E911Requests.h"
#include "store/OutboxRequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {
const QString tenant = QStringLiteral("t-1");

QList<Did> dids(int n)
{
    QList<Did> out;
    for (int i = 0; i < n; ++i) {
        Did d;
        d.number = QStringLiteral("+1206555%1").arg(i, 4, 10, QLatin1Char('0'));
        d.etag = QStringLiteral("\"v%1\"").arg(i);
        out.append(d);
    }
    return out;
}
} // namespace

class TestE911Requests : public QObject
{
    Q_OBJECT
private slots:
    void aFewNumbersGoOutOnePutEachWithTheirEtag();
    void manyNumbersGoOutInBulkBatches();
    void disableCarriesTheReason();
    void resultsReadFromSingleAndBulkEntries();
    void csvQuotesAndDefusesFormulas();
};

void TestE911Requests::aFewNumbersGoOutOnePutEachWithTheirEtag()
{
    const auto requests =
        e911requests::enable(tenant, dids(e911requests::bulkThreshold), QStringLiteral("addr-1"));
    QCOMPARE(requests.size(), e911requests::bulkThreshold);
    for (int i = 0; i < requests.size(); ++i) {
        QCOMPARE(requests.at(i).kind, OutboxKind::E911Enable);
        QCOMPARE(requests.at(i).ifMatch, QStringLiteral("\"v%1\"").arg(i).toUtf8());
        const QJsonObject body = QJsonDocument::fromJson(requests.at(i).body).object();
        QCOMPARE(body.value(QStringLiteral("addressId")).toString(), QStringLiteral("addr-1"));
    }
}

void TestE911Requests::manyNumbersGoOutInBulkBatches()
{
    const auto requests = e911requests::enable(tenant, dids(2500), QStringLiteral("addr-1"));
    QCOMPARE(requests.size(), 3);
    int total = 0;
    for (const OutboxRequest &r : requests) {
        QCOMPARE(r.kind, OutboxKind::E911Bulk);
        total += int(outbox::bulkNumbers(r.body).size());
    }
    QCOMPARE(total, 2500);
    QCOMPARE(e911requests::enable(tenant, dids(e911requests::bulkThreshold + 1), {}).size(), 1);
}

void TestE911Requests::disableCarriesTheReason()
{
    const auto one = e911requests::disable(tenant, dids(1), QStringLiteral("moved office"));
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().kind, OutboxKind::E911Disable);
    QVERIFY(one.first().body.contains("moved office"));
    const auto many = e911requests::disable(tenant, dids(30), QStringLiteral("closed site"));
    QCOMPARE(many.size(), 1);
    QCOMPARE(many.first().kind, OutboxKind::E911Bulk);
    QVERIFY(many.first().body.contains("closed site"));
}

void TestE911Requests::resultsReadFromSingleAndBulkEntries()
{
    OutboxEntry single;
    single.kind = OutboxKind::E911Enable;
    single.target = QStringLiteral("+12065550100");
    single.state = OutboxState::Failed;
    single.lastError = QStringLiteral("address not validated");
    OutboxEntry bulk;
    bulk.kind = OutboxKind::E911Bulk;
    bulk.state = OutboxState::Done;
    bulk.body =
        outbox::e911Bulk(tenant, true, {QStringLiteral("+12065550101")}, {}, {}).first().body;
    const QJsonArray results{
        QJsonObject{{QStringLiteral("number"), QStringLiteral("+12065550101")},
                    {QStringLiteral("outcome"), QStringLiteral("accepted")}},
        QJsonObject{{QStringLiteral("number"), QStringLiteral("+14165550123")},
                    {QStringLiteral("outcome"), QStringLiteral("rejected")},
                    {QStringLiteral("problem"),
                     QJsonObject{{QStringLiteral("detail"), QStringLiteral("not US")}}}}};
    bulk.responseBody = QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson();
    OutboxEntry waiting = bulk;
    waiting.state = OutboxState::Queued;
    const auto rows = bulkResultRows({single, bulk, waiting});
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0),
             (BulkResultRow{QStringLiteral("+12065550100"), BulkResultRow::Outcome::Failed,
                            QStringLiteral("address not validated")}));
    QCOMPARE(rows.at(1).outcome, BulkResultRow::Outcome::Done);
    QCOMPARE(rows.at(2), (BulkResultRow{QStringLiteral("+14165550123"),
                                        BulkResultRow::Outcome::Failed, QStringLiteral("not US")}));
    QCOMPARE(rows.at(3).outcome, BulkResultRow::Outcome::Waiting);
}

void TestE911Requests::csvQuotesAndDefusesFormulas()
{
    const QByteArray csv =
        bulkResultCsv({{QStringLiteral("+12065550100"), BulkResultRow::Outcome::Done, QString()},
                       {QStringLiteral("+12065550101"), BulkResultRow::Outcome::Failed,
                        QStringLiteral("said \"no\", twice")},
                       {QStringLiteral("+12065550102"), BulkResultRow::Outcome::Failed,
                        QStringLiteral("=HYPERLINK(1)")}});
    QCOMPARE(csv, QByteArray("number,result,reason\r\n"
                             "+12065550100,done,\r\n"
                             "+12065550101,failed,\"said \"\"no\"\", twice\"\r\n"
                             "+12065550102,failed,'=HYPERLINK(1)\r\n"));
}

QTEST_GUILESS_MAIN(TestE911Requests)
#include "tst_e911_requests.moc"
