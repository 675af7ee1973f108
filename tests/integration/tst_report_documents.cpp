// The compliance report's PDF and CSV, made from a real cache synced from the reference backend
// over TLS. The PDF is read back with poppler (pdftotext for its words and figures, pdfinfo for
// its pages, pdftoppm for a picture of page 1); the CSV is parsed back with the app's own
// RFC 4180 reader (written independently of the writer) and must give the same values.
#include "ApiTestHelpers.h"
#include "PopplerTools.h"
#include "SyncedCache.h"
#include "TestBackend.h"
#include "import/NumberCsvImport.h"
#include "report/ComplianceCsv.h"
#include "report/CompliancePdf.h"
#include "report/ComplianceReport.h"
#include "report/ComplianceReportHtml.h"
#include "report/CsvFormat.h"
#include "store/Cache.h"

#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
int pdfPages(const QString &pdf)
{
    const QString info = pdfInfo(pdf);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// A line of the PDF's text that holds `label` and, further right, the figure `value`.
bool hasFigure(const QString &text, const QString &label, qint64 value)
{
    const QString pattern =
        QString(QRegularExpression::escape(label) + QStringLiteral("\\s+") +
                QRegularExpression::escape(QLocale().toString(value)) + QStringLiteral("(\\s|$)"));
    return QRegularExpression(pattern, QRegularExpression::MultilineOption).match(text).hasMatch();
}

// The share of a picture's pixels that are not near-white.
double inkShare(const QImage &image)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ink += qGray(image.pixel(x, y)) < 200;
    return double(ink) / (qint64(image.width()) * image.height());
}

QList<QStringList> parseBack(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    const QByteArray data = file.readAll();
    if (!data.startsWith(csvformat::byteOrderMark)) {
        *error = QStringLiteral("no byte order mark");
        return {};
    }
    const csvimport::CsvTable table = csvimport::parseCsv(data);
    *error = table.error;
    QList<QStringList> records;
    for (const QStringList &record : table.records) {
        QStringList values;
        for (const QString &cell : record)
            values.append(csvformat::unguardCell(cell));
        records.append(values);
    }
    return records;
}

NonCompliantNumber syntheticNumber(int i)
{
    NonCompliantNumber n;
    n.number = QStringLiteral("+1206555%1").arg(i, 4, 10, QLatin1Char('0'));
    n.nationalFormat = QStringLiteral("(206) 555-%1").arg(i, 4, 10, QLatin1Char('0'));
    n.userName = QStringLiteral("User %1").arg(i);
    n.userUpn = QStringLiteral("user%1@example.com").arg(i);
    n.usage = DidUsage::User;
    n.country = QStringLiteral("US");
    n.state = E911State::Failed;
    n.stateSince = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    n.addressId = QStringLiteral("addr-1");
    n.addressLine = QStringLiteral("1 MICROSOFT WAY, FL 3, REDMOND WA");
    n.reasons = NonCompliance::RegistrationFailed;
    return n;
}

// `count` numbers, every `every`th with an address long enough to wrap over lines.
QList<NonCompliantNumber> withLongAddresses(int count, int every)
{
    QList<NonCompliantNumber> numbers;
    for (int i = 0; i < count; ++i) {
        NonCompliantNumber n = syntheticNumber(i);
        if (i % every == 0)
            n.addressLine = QStringLiteral("%1 NORTHWEST CANYON RIDGE PARKWAY EXTENSION, "
                                           "BUILDING C, FLOOR 14, SUITE 1400, WALLA WALLA WA")
                                .arg(1000 + i);
        numbers.append(n);
    }
    return numbers;
}
} // namespace

class TestReportDocuments : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pdfShowsTheTenantTimesFiguresAndAcknowledgement();
    void pdfFirstPageRendersAsAPicture();
    void pdfPagesALongListAndNumbersEveryPage();
    void pdfEveryPageHasItsOwnFooterAndTheListStaysInOrder();
    void pdfSaysWhenItWasMadeFromTheCache();
    void pdfWrapsLongCellsWithoutLosingWords();
    void pdfReportsEachPageAndStopsWhenCancelled();
    void csvStopsWhenCancelledAndWritesNothing();
    void csvRoundTripsTheReport();
    void csvRoundTripsAwkwardValuesAndGuardsFormulas_data();
    void csvRoundTripsAwkwardValuesAndGuardsFormulas();
    void csvGuardLeavesPlainNumbersAlone();
    void unwritablePathIsAnErrorInWords();

private:
    TestBackend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<Cache> m_cache;
    ComplianceReport m_report;
};

void TestReportDocuments::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "poppler-utils (pdftotext, pdftoppm, pdfinfo) must be installed");
    QVERIFY(m_backend.start({QStringLiteral("--demo"), QStringLiteral("--tenants"),
                             QStringLiteral("3"), QStringLiteral("--dids"), QStringLiteral("900"),
                             QStringLiteral("--provision-delay-ms"), QStringLiteral("3600000")}));
    const QString staff = m_backend.token(QStringLiteral("staff"));
    const QString tenant = api::tenantIds(m_backend, staff).first();
    const TestReply ack = m_backend.sendJson(
        "POST", QStringLiteral("/v1/tenants/%1/acknowledgements").arg(tenant), staff,
        {{QStringLiteral("disclosureVersion"), QStringLiteral("2026-11-01")}},
        {{"Idempotency-Key", api::newIdempotencyKey().toUtf8()}});
    QCOMPARE(ack.status, 201);

    QString why;
    m_cache = syncedCache(m_backend, staff, m_dir.filePath(QStringLiteral("cache.sqlite")), &why);
    QVERIFY2(m_cache, qPrintable(why));
    QString error;
    auto report =
        compliancereport::gather(m_cache.get(), tenant, QDateTime::currentDateTimeUtc(), &error);
    QVERIFY2(report, qPrintable(error));
    m_report = *report;
    QVERIFY(m_report.numbers.size() > 10);
    QVERIFY(m_report.summary.acknowledgement.isCurrent());
}

void TestReportDocuments::pdfShowsTheTenantTimesFiguresAndAcknowledgement()
{
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(compliancepdf::write(m_report, pdf, &error), qPrintable(error));
    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    const ComplianceSummary &s = m_report.summary;
    QVERIFY(text.contains(s.tenantName));
    QVERIFY(text.contains(s.tenantId));
    QVERIFY(text.contains(compliancehtml::dateTimeText(m_report.generatedAt)));
    QVERIFY(text.contains(compliancehtml::dateTimeText(s.lastSync)));
    QVERIFY2(hasFigure(text, QStringLiteral("Numbers in total"), s.numbers), qPrintable(text));
    QVERIFY(hasFigure(text, QStringLiteral("Registered with 911"), s.registered));
    QVERIFY(hasFigure(text, QStringLiteral("Pending registration"), s.pending));
    QVERIFY(hasFigure(text, QStringLiteral("Registration failed"), s.failed));
    QVERIFY(hasFigure(text, QStringLiteral("Basic 911 only"), s.basic));
    QVERIFY(hasFigure(text, QStringLiteral("Not eligible: outside the US"), s.outsideUs));
    QVERIFY(hasFigure(text, QStringLiteral("Common-area phones"), s.commonArea));
    QVERIFY(hasFigure(text, QStringLiteral("Non-compliant numbers"), s.nonCompliant));
    QVERIFY(
        hasFigure(text, QStringLiteral("Without floor, room or unit"), s.addressesWithoutDetail));
    // The acknowledgement and the limitations text's version.
    QVERIFY(text.contains(s.acknowledgement.latest->acknowledgedByEmail));
    QVERIFY(text.contains(QStringLiteral("This is the current version")));
    QVERIFY(text.contains(QStringLiteral("version 2026-11-01 of the limitations text")));
    // Every non-compliant number is listed, and the pages are numbered.
    for (const NonCompliantNumber &n : std::as_const(m_report.numbers))
        QVERIFY2(text.contains(n.nationalFormat), qPrintable(n.nationalFormat));
    const int pages = pdfPages(pdf);
    QVERIFY(pages >= 2);
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QVERIFY(!text.contains(QStringLiteral("OFFLINE")));
}

void TestReportDocuments::pdfFirstPageRendersAsAPicture()
{
    const QString pdf = m_dir.filePath(QStringLiteral("picture.pdf"));
    QString error;
    QVERIFY2(compliancepdf::write(m_report, pdf, &error), qPrintable(error));
    const QString prefix = m_dir.filePath(QStringLiteral("page1"));
    QVERIFY(!runTool(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("72"),
                      QStringLiteral("-singlefile"), QStringLiteral("-f"), QStringLiteral("1"),
                      QStringLiteral("-l"), QStringLiteral("1"), pdf, prefix})
                 .isNull());
    const QImage page(prefix + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    // US Letter at 72 dpi is 612 × 792 points.
    QCOMPARE(page.size(), QSize(612, 792));
    const double ink = inkShare(page);
    QVERIFY2(ink > 0.02 && ink < 0.4, qPrintable(QString::number(ink)));
}

void TestReportDocuments::pdfPagesALongListAndNumbersEveryPage()
{
    ComplianceReport report = m_report;
    report.numbers.clear();
    for (int i = 0; i < 1500; ++i)
        report.numbers.append(syntheticNumber(i));
    const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
    QString error;
    QVERIFY2(compliancepdf::write(report, pdf, &error), qPrintable(error));
    const int pages = pdfPages(pdf);
    QVERIFY2(pages > 15, qPrintable(QString::number(pages)));
    const QString text = pdfText(pdf);
    for (int p = 1; p <= pages; ++p)
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)),
                 qPrintable(QString::number(p)));
    // Every row once: none lost or repeated at a page break.
    for (int i = 0; i < 1500; ++i)
        QCOMPARE(text.count(syntheticNumber(i).nationalFormat), 1);
    QVERIFY(text.contains(QStringLiteral("Non-compliant numbers (continued)")));
}

void TestReportDocuments::pdfEveryPageHasItsOwnFooterAndTheListStaysInOrder()
{
    // Rows of one, two and three lines, so pages hold different numbers of rows.
    ComplianceReport report = m_report;
    report.numbers.clear();
    report.numbers = withLongAddresses(1500, 7);
    for (qsizetype i = 0; i < report.numbers.size(); i += 11)
        report.numbers[i].reasons |= NonCompliance::LocationDetailMissing;
    const QString pdf = m_dir.filePath(QStringLiteral("footers.pdf"));
    QString error;
    QVERIFY2(compliancepdf::write(report, pdf, &error), qPrintable(error));
    const int pages = pdfPages(pdf);
    QVERIFY2(pages > 15, qPrintable(QString::number(pages)));

    // pdftotext ends every page with a form feed: page p's own text says "Page p of <pages>",
    // and no other page number.
    QStringList pageTexts = pdfText(pdf).split(QLatin1Char('\f'));
    if (!pageTexts.isEmpty() && pageTexts.last().trimmed().isEmpty())
        pageTexts.removeLast();
    QCOMPARE(pageTexts.size(), qsizetype(pages));
    const QRegularExpression footer(QStringLiteral("Page (\\d+) of (\\d+)"));
    const QRegularExpression listed(QStringLiteral("\\(206\\) 555-(\\d{4})"));
    QList<int> order;
    for (int p = 1; p <= pages; ++p) {
        const QString &page = pageTexts.at(p - 1);
        QStringList footers;
        for (const QRegularExpressionMatch &m : footer.globalMatch(page))
            footers.append(m.captured(0));
        QCOMPARE(footers, QStringList{QStringLiteral("Page %1 of %2").arg(p).arg(pages)});
        QVERIFY2(page.contains(report.summary.tenantName), qPrintable(QString::number(p)));
        for (const QRegularExpressionMatch &m : listed.globalMatch(page))
            order.append(m.captured(1).toInt());
    }
    // Every number once, in the list's order, across the page breaks.
    QCOMPARE(order.size(), qsizetype(1500));
    for (int i = 0; i < 1500; ++i)
        QCOMPARE(order.at(i), i);
}

void TestReportDocuments::pdfSaysWhenItWasMadeFromTheCache()
{
    ComplianceReport report = m_report;
    report.fromCacheOnly = true;
    report.offlineReason = QStringLiteral("The connection was refused.");
    report.generatedAt = report.summary.lastSync.addSecs(3 * 3600 + 60);
    const QString pdf = m_dir.filePath(QStringLiteral("offline.pdf"));
    QString error;
    QVERIFY2(compliancepdf::write(report, pdf, &error), qPrintable(error));
    const QString text = pdfText(pdf).simplified();
    QVERIFY(text.contains(QStringLiteral("Offline: made from the offline cache.")));
    QVERIFY(text.contains(QStringLiteral("The connection was refused.")));
    QVERIFY2(text.contains(QStringLiteral("3 hour")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("OFFLINE: from the cache")));
}

void TestReportDocuments::pdfWrapsLongCellsWithoutLosingWords()
{
    ComplianceReport report = m_report;
    report.numbers.clear();
    report.numbers = withLongAddresses(40, 3);
    const QString pdf = m_dir.filePath(QStringLiteral("wrapped.pdf"));
    QString error;
    QVERIFY2(compliancepdf::write(report, pdf, &error), qPrintable(error));
    // pdftotext reads the wrapped lines back in order: every word of every cell is there once.
    const QString text = pdfText(pdf).simplified();
    for (int i = 0; i < 40; i += 3)
        QVERIFY2(text.count(QStringLiteral("%1 NORTHWEST CANYON").arg(1000 + i)) == 1,
                 qPrintable(QString::number(i)));
    QCOMPARE(text.count(QStringLiteral("WALLA WALLA WA")), 14);
    for (int i = 0; i < 40; ++i)
        QCOMPARE(text.count(syntheticNumber(i).nationalFormat), 1);
}

void TestReportDocuments::pdfReportsEachPageAndStopsWhenCancelled()
{
    ComplianceReport report = m_report;
    report.numbers.clear();
    for (int i = 0; i < 1500; ++i)
        report.numbers.append(syntheticNumber(i));
    QList<QPair<qsizetype, qsizetype>> steps;
    const ReportProgress counting([&](qsizetype done, qsizetype total) {
        if (total > 0)
            steps.append({done, total});
        return true;
    });
    const QString pdf = m_dir.filePath(QStringLiteral("counted.pdf"));
    QString error;
    QVERIFY2(compliancepdf::write(report, pdf, &error, counting), qPrintable(error));
    const int pages = pdfPages(pdf);
    QCOMPARE(steps.size(), qsizetype(pages));
    for (qsizetype i = 0; i < steps.size(); ++i)
        QCOMPARE(steps.at(i), (QPair<qsizetype, qsizetype>(i + 1, pages)));

    const QString cancelledPdf = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    const ReportProgress stopAtThree(
        [](qsizetype done, qsizetype total) { return total == 0 || done < 3; });
    QVERIFY(!compliancepdf::write(report, cancelledPdf, &error, stopAtThree));
    QVERIFY(stopAtThree.cancelled());
    QVERIFY2(error.contains(QStringLiteral("Cancelled")), qPrintable(error));
    QVERIFY(!QFile::exists(cancelledPdf));
    QCOMPARE(
        QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden),
        QStringList());
}

void TestReportDocuments::csvStopsWhenCancelledAndWritesNothing()
{
    ComplianceReport report = m_report;
    report.numbers.clear();
    for (int i = 0; i < 9999; ++i)
        report.numbers.append(syntheticNumber(i));
    const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
    qsizetype lastDone = -1;
    const ReportProgress stopHalfway([&](qsizetype done, qsizetype total) {
        lastDone = done;
        return done < total / 2;
    });
    QString error;
    QVERIFY(!compliancecsv::write(report, path, &error, stopHalfway));
    QVERIFY(stopHalfway.cancelled());
    QVERIFY(lastDone > 0 && lastDone < report.numbers.size());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(compliancecsv::summaryPathFor(path)));

    // Left to run, the last step says every row was written.
    const ReportProgress counting([&](qsizetype done, qsizetype) {
        lastDone = done;
        return true;
    });
    QVERIFY2(compliancecsv::write(report, path, &error, counting), qPrintable(error));
    QCOMPARE(lastDone, report.numbers.size());
}

void TestReportDocuments::csvRoundTripsTheReport()
{
    const QString path = m_dir.filePath(QStringLiteral("report.csv"));
    QString error;
    QVERIFY2(compliancecsv::write(m_report, path, &error), qPrintable(error));
    const QList<QStringList> rows = parseBack(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), m_report.numbers.size() + 1);
    QCOMPARE(rows.first(), compliancecsv::numbersHeader());
    for (qsizetype i = 0; i < m_report.numbers.size(); ++i)
        QCOMPARE(rows.at(i + 1), compliancecsv::numberValues(m_report, m_report.numbers.at(i)));

    const QList<QStringList> summary = parseBack(compliancecsv::summaryPathFor(path), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(summary.size(), 2);
    QCOMPARE(summary.at(0), compliancecsv::summaryHeader());
    QCOMPARE(summary.at(1), compliancecsv::summaryValues(m_report));
    const QStringList header = summary.at(0);
    const auto value = [&](const char *column) {
        return summary.at(1).at(header.indexOf(QLatin1StringView(column)));
    };
    QCOMPARE(value("registered").toLongLong(), m_report.summary.registered);
    QCOMPARE(value("non_compliant").toLongLong(), qint64(m_report.numbers.size()));
    QCOMPARE(value("acknowledgement_current"), QStringLiteral("yes"));
    QCOMPARE(value("data_source"), QStringLiteral("synced"));
}

void TestReportDocuments::csvRoundTripsAwkwardValuesAndGuardsFormulas_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written"); // the cell as a spreadsheet sees it
    QTest::newRow("comma") << QStringLiteral("Lovelace, Ada") << QStringLiteral("Lovelace, Ada");
    QTest::newRow("quotes") << QStringLiteral("The \"lobby\" phone")
                            << QStringLiteral("The \"lobby\" phone");
    QTest::newRow("newline") << QStringLiteral("Floor 3\r\nRoom 12\nSeat 4")
                             << QStringLiteral("Floor 3\r\nRoom 12\nSeat 4");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                             << QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")");
    QTest::newRow("plus") << QStringLiteral("+cmd|' /C calc'!A0")
                          << QStringLiteral("'+cmd|' /C calc'!A0");
    QTest::newRow("minus") << QStringLiteral("-2+3+cmd") << QStringLiteral("'-2+3+cmd");
    QTest::newRow("at") << QStringLiteral("@SUM(1+1)") << QStringLiteral("'@SUM(1+1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("apostrophe") << QStringLiteral("'tis") << QStringLiteral("''tis");
    QTest::newRow("accents") << QStringLiteral("Zoë Ångström, Montréal")
                             << QStringLiteral("Zoë Ångström, Montréal");
    QTest::newRow("empty") << QString() << QString();
}

void TestReportDocuments::csvRoundTripsAwkwardValuesAndGuardsFormulas()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    ComplianceReport report = m_report;
    NonCompliantNumber n = syntheticNumber(1);
    n.userName = value;
    n.addressLine = value;
    n.providerReason = value;
    report.numbers = {n};
    report.summary.tenantName = value;
    const QString path = m_dir.filePath(QStringLiteral("awkward.csv"));
    QString error;
    QVERIFY2(compliancecsv::write(report, path, &error), qPrintable(error));

    const QList<QStringList> rows = parseBack(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1), compliancecsv::numberValues(report, n));
    const qsizetype user = compliancecsv::numbersHeader().indexOf(QStringLiteral("user"));
    QCOMPARE(rows.at(1).at(user), value);
    const QList<QStringList> summary = parseBack(compliancecsv::summaryPathFor(path), &error);
    QCOMPARE(summary.at(1).at(1), value);

    // As a spreadsheet reads the raw cell: guarded, never a formula.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const csvimport::CsvTable raw = csvimport::parseCsv(file.readAll());
    QCOMPARE(raw.records.at(1).at(user), written);
}

void TestReportDocuments::csvGuardLeavesPlainNumbersAlone()
{
    QCOMPARE(csvformat::guardCell(QStringLiteral("+12065550100")), QStringLiteral("+12065550100"));
    QCOMPARE(csvformat::guardCell(QStringLiteral("-5")), QStringLiteral("-5"));
    QCOMPARE(csvformat::guardCell(QStringLiteral("-")), QStringLiteral("'-"));
    QCOMPARE(csvformat::record({QStringLiteral("+12065550100"), QStringLiteral("a,b")}),
             QByteArray("+12065550100,\"a,b\"\r\n"));
}

void TestReportDocuments::unwritablePathIsAnErrorInWords()
{
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    QVERIFY(!compliancepdf::write(m_report, path, &error));
    QVERIFY(error.contains(path));
    QVERIFY(!compliancecsv::write(m_report, m_dir.filePath(QStringLiteral("nope/r.csv")), &error));
    QVERIFY(error.startsWith(QStringLiteral("Could not write")));
}

QTEST_MAIN(TestReportDocuments)
#include "tst_report_documents.moc"
