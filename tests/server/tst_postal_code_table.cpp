// The bundled postal tables: CSV parsing (quotes, line ends, broken input), what the tables
// hold, and how long loading them at server start takes.
#include "validation/CsvReader.h"
#include "validation/PostalCodeTable.h"

#include <QElapsedTimer>
#include <QtTest>

class TestPostalCodeTable : public QObject
{
    Q_OBJECT
private slots:
    void csvReadsQuotedFields();
    void csvReportsBrokenInput_data();
    void csvReportsBrokenInput();
    void bundledTablesLoadCompletely();
    void looksUpZipCodesAndFsas();
    void rowsWithoutCoordinatesHaveNoPoint();
    void brokenTableIsRefusedWithItsLine();
    void loadsQuickly();
};

void TestPostalCodeTable::csvReadsQuotedFields()
{
    CsvReader reader("a,\"b, with comma\",\"say \"\"hi\"\"\"\r\n"
                     "\"two\nlines\",,x\n"
                     "last,row,\"\"");
    QList<QByteArray> row;
    QVERIFY(reader.readRow(row));
    QCOMPARE(row, (QList<QByteArray>{"a", "b, with comma", "say \"hi\""}));
    QCOMPARE(reader.line(), 1);
    QVERIFY(reader.readRow(row));
    QCOMPARE(row, (QList<QByteArray>{"two\nlines", "", "x"}));
    QCOMPARE(reader.line(), 2);
    QVERIFY(reader.readRow(row));
    QCOMPARE(row, (QList<QByteArray>{"last", "row", ""}));
    QCOMPARE(reader.line(), 4);
    QVERIFY(!reader.readRow(row));
    QVERIFY(reader.error().isEmpty());
}

void TestPostalCodeTable::csvReportsBrokenInput_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    QTest::newRow("unclosed quote") << QByteArray("a,\"open\n") << QStringLiteral("line 1");
    QTest::newRow("text after quote") << QByteArray("x\n\"a\"b,c\n") << QStringLiteral("line 2");
    QTest::newRow("quote inside field") << QByteArray("a,b\"c\n") << QStringLiteral("line 1");
}

void TestPostalCodeTable::csvReportsBrokenInput()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    CsvReader reader(csv);
    QList<QByteArray> row;
    while (reader.readRow(row)) {
    }
    QVERIFY2(reader.error().startsWith(error), qPrintable(reader.error()));
}

void TestPostalCodeTable::bundledTablesLoadCompletely()
{
    QString error;
    const auto table = PostalCodeTable::loadBundled(&error);
    QVERIFY2(table.has_value(), qPrintable(error));
    // Row counts of resources/postal-codes/README.md.
    QCOMPARE(table->usZipCount(), 42555);
    QCOMPARE(table->canadianFsaCount(), 1620);
    QVERIFY(postalDataAttribution().contains(QStringLiteral("GeoNames")));
}

void TestPostalCodeTable::looksUpZipCodesAndFsas()
{
    const auto table = PostalCodeTable::loadBundled();
    QVERIFY(table.has_value());
    const auto redmond = table->usZip(u"98052");
    QVERIFY(redmond.has_value());
    QCOMPARE(redmond->region, QStringLiteral("WA"));
    QCOMPARE(redmond->place, QStringLiteral("Redmond"));
    QVERIFY(redmond->hasCoordinates);
    QCOMPARE(redmond->latitude, 47.6718);
    QCOMPARE(redmond->longitude, -122.1232);
    QCOMPARE(table->usZip(u"00601")->region, QStringLiteral("PR")); // leading zero kept
    QCOMPARE(table->usZip(u"96910")->region, QStringLiteral("GU"));
    QVERIFY(!table->usZip(u"99999").has_value());
    QVERIFY(!table->usZip(u"9805").has_value());

    const auto montreal = table->canadianFsa(u"H3B");
    QVERIFY(montreal.has_value());
    QCOMPARE(montreal->region, QStringLiteral("QC"));
    QVERIFY(std::abs(montreal->latitude - 45.5058) < 1e-9);
    QVERIFY(!table->canadianFsa(u"h3b").has_value()); // callers upper-case first
    QVERIFY(!table->canadianFsa(u"D1A").has_value());
}

void TestPostalCodeTable::rowsWithoutCoordinatesHaveNoPoint()
{
    const auto table = PostalCodeTable::loadBundled();
    QVERIFY(table.has_value());
    // Military ZIP with empty coordinates.
    const auto apo = table->usZip(u"09002");
    QVERIFY(apo.has_value());
    QCOMPARE(apo->region, QStringLiteral("AE"));
    QVERIFY(!apo->hasCoordinates);
    // "null" latitude: the row's other number is not trusted either.
    const auto lakeville = table->canadianFsa(u"E1H");
    QVERIFY(lakeville.has_value());
    QVERIFY(!lakeville->hasCoordinates);
}

void TestPostalCodeTable::brokenTableIsRefusedWithItsLine()
{
    PostalCodeTable table;
    QString error;
    QVERIFY(!table.loadUsZipCsv("zip,state,city,latitude,longitude\n"
                                "98052,WA,\"Redmond\",47.6,-122.1\n"
                                "9805,WA,\"Short\",47.6,-122.1\n",
                                &error));
    QVERIFY2(error.startsWith(QStringLiteral("line 3")), qPrintable(error));
    QVERIFY(!table.loadUsZipCsv("zip,state,city,latitude,longitude\n"
                                "98052,WA,\"Redmond\",north,-122.1\n",
                                &error));
    QVERIFY2(error.startsWith(QStringLiteral("line 2")), qPrintable(error));
    QVERIFY(!table.loadUsZipCsv("98052,WA,\"Redmond\",47.6,-122.1\n", &error));
    QVERIFY(!table.loadCanadianFsaCsv("fsa,province,area,latitude,longitude\n"
                                      "5V3,ON,\"Digits first\",43.6,-79.3\n",
                                      &error));
    QVERIFY(table.loadCanadianFsaCsv("fsa,province,area,latitude,longitude\r\n"
                                     "M5V,ON,\"Toronto, downtown\",43.6525,-79.3686\r\n",
                                     &error));
    QCOMPARE(table.canadianFsa(u"M5V")->place, QStringLiteral("Toronto, downtown"));
}

void TestPostalCodeTable::loadsQuickly()
{
    QElapsedTimer timer;
    timer.start();
    const auto table = PostalCodeTable::loadBundled();
    const qint64 ms = timer.elapsed();
    QVERIFY(table.has_value());
    qInfo("bundled postal tables loaded in %lld ms", ms);
    // The server loads these at start. Release builds take a few tens of milliseconds; the
    // bound leaves room for Debug and sanitizer builds on a busy CI machine.
    QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(TestPostalCodeTable)
#include "tst_postal_code_table.moc"
