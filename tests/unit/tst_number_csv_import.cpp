// The CSV import's parsing (quotes, line ends, BOM, errors), the column guess from the header and
// the dry run over a table of rows: every problem of every row is listed, valid rows have none.
#include "import/NumberCsvImport.h"

#include <QtTest>

using namespace csvimport;

namespace {
const QStringList header{
    QStringLiteral("Number"), QStringLiteral("E911"),     QStringLiteral("House Number"),
    QStringLiteral("Street"), QStringLiteral("stPosTyp"), QStringLiteral("City"),
    QStringLiteral("State"),  QStringLiteral("ZIP"),      QStringLiteral("Country")};

QStringList row(const QString &number, const QString &enable, const QString &addNumber,
                const QString &street, const QString &city, const QString &state,
                const QString &zip, const QString &country = QStringLiteral("US"))
{
    // A street type only with a street, so rows without an address have none at all.
    return {number, enable, addNumber, street, street.isEmpty() ? QString() : QStringLiteral("AVE"),
            city,   state,  zip,       country};
}
} // namespace

class TestNumberCsvImport : public QObject
{
    Q_OBJECT
private slots:
    void parsesQuotedFieldsAndLineEnds()
    {
        const CsvTable t = parseCsv("\xEF\xBB\xBFnumber,note\r\n"
                                    "+12065550100,\"Suite 5, 2nd \"\"floor\"\"\"\r\n"
                                    "\r\n"
                                    "+12065550101,\"two\nlines\"\n"
                                    "+12065550102,");
        QVERIFY(t.error.isEmpty());
        QCOMPARE(t.records.size(), 4);
        QCOMPARE(t.records.at(0), (QStringList{QStringLiteral("number"), QStringLiteral("note")}));
        QCOMPARE(t.records.at(1).at(1), QStringLiteral("Suite 5, 2nd \"floor\""));
        QCOMPARE(t.records.at(2).at(1), QStringLiteral("two\nlines"));
        QCOMPARE(t.records.at(3), (QStringList{QStringLiteral("+12065550102"), QString()}));
    }

    void unterminatedQuoteIsAnErrorWithItsLine()
    {
        const CsvTable t = parseCsv("number,note\n+12065550100,ok\n+12065550101,\"open\n");
        QCOMPARE(t.errorLine, 3);
        QVERIFY(!t.error.isEmpty());
        QCOMPARE(t.records.size(), 2);
    }

    void guessesColumnsFromTheHeader()
    {
        const ColumnMapping m = guessMapping(header);
        QCOMPARE(m.number, 0);
        QCOMPARE(m.enable, 1);
        QCOMPARE(m.civic.value(QStringLiteral("addNumber")), 2);
        QCOMPARE(m.civic.value(QStringLiteral("stName")), 3);
        QCOMPARE(m.civic.value(QStringLiteral("stPosTyp")), 4);
        QCOMPARE(m.civic.value(QStringLiteral("postalCommunity")), 5);
        QCOMPARE(m.civic.value(QStringLiteral("state")), 6);
        QCOMPARE(m.civic.value(QStringLiteral("postalCode")), 7);
        QCOMPARE(m.civic.value(QStringLiteral("country")), 8);
        QCOMPARE(guessMapping({QStringLiteral("foo")}).number, -1);
    }

    void dryRunListsEveryProblemPerRow_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QStringList>("expected"); // a word of each expected problem, in order
        const QString s = QStringLiteral("MAIN");
        const QString c = QStringLiteral("SEATTLE");
        QTest::newRow("valid, national format")
            << row(QStringLiteral("(206) 555-0105"), QStringLiteral("yes"), QStringLiteral("1"), s,
                   c, QStringLiteral("WA"), QStringLiteral("98101"))
            << QStringList{};
        QTest::newRow("valid, not enabled, no address")
            << row(QStringLiteral("+12065550101"), QStringLiteral("no"), {}, {}, {}, {}, {}, {})
            << QStringList{};
        QTest::newRow("not a number")
            << row(QStringLiteral("call me"), QStringLiteral("yes"), QStringLiteral("1"), s, c,
                   QStringLiteral("WA"), QStringLiteral("98101"))
            << QStringList{QStringLiteral("not a phone number")};
        QTest::newRow("no number") << row({}, QStringLiteral("no"), {}, {}, {}, {}, {}, {})
                                   << QStringList{QStringLiteral("No number")};
        QTest::newRow("canada shares +1")
            << row(QStringLiteral("+14165550123"), QStringLiteral("yes"), QStringLiteral("1"), s, c,
                   QStringLiteral("WA"), QStringLiteral("98101"))
            << QStringList{QStringLiteral("Outside the US")};
        QTest::newRow("toll-free")
            << row(QStringLiteral("+18005550199"), QStringLiteral("yes"), QStringLiteral("1"), s, c,
                   QStringLiteral("WA"), QStringLiteral("98101"))
            << QStringList{QStringLiteral("toll-free number cannot be a 911 callback")};
        QTest::newRow("not the tenant's")
            << row(QStringLiteral("+12065550199"), QStringLiteral("no"), {}, {}, {}, {}, {}, {})
            << QStringList{QStringLiteral("not a number of this tenant")};
        QTest::newRow("duplicate of row 1")
            << row(QStringLiteral("+1 206 555 0100"), QStringLiteral("no"), {}, {}, {}, {}, {}, {})
            << QStringList{QStringLiteral("already in row 1")};
        QTest::newRow("address missing fields, bad zip and state")
            << row(QStringLiteral("+12065550102"), QStringLiteral("Y"), {}, s, {},
                   QStringLiteral("Wash"), QStringLiteral("981"))
            << QStringList{QStringLiteral("house number"), QStringLiteral("city"),
                           QStringLiteral("two-letter"), QStringLiteral("12345-6789")};
        QTest::newRow("canadian address")
            << row(QStringLiteral("+12065550103"), QStringLiteral("yes"), QStringLiteral("1"), s,
                   QStringLiteral("TORONTO"), QStringLiteral("ON"), QStringLiteral("98101"),
                   QStringLiteral("CA"))
            << QStringList{QStringLiteral("in CA")};
        QTest::newRow("enable without address")
            << row(QStringLiteral("+12065550104"), QStringLiteral("true"), {}, {}, {}, {}, {}, {})
            << QStringList{QStringLiteral("No emergency address")};
        QTest::newRow("enable unreadable, several problems")
            << row(QStringLiteral("+442079460018"), QStringLiteral("maybe"), QStringLiteral("1"), s,
                   c, QStringLiteral("WA"), QStringLiteral("98101-12"))
            << QStringList{QStringLiteral("write yes or no"),
                           QStringLiteral("not a number of this tenant"),
                           QStringLiteral("12345-6789")};
    }

    void dryRunListsEveryProblemPerRow()
    {
        QFETCH(QStringList, cells);
        QFETCH(QStringList, expected);
        const QSet<QString> tenant{QStringLiteral("+12065550100"), QStringLiteral("+12065550101"),
                                   QStringLiteral("+12065550102"), QStringLiteral("+12065550103"),
                                   QStringLiteral("+12065550104"), QStringLiteral("+12065550105"),
                                   QStringLiteral("+14165550123"), QStringLiteral("+18005550199")};
        // Row 1 is always the valid Seattle row, so duplicates have something to repeat.
        const QStringList first =
            row(QStringLiteral("+12065550100"), QStringLiteral("yes"), QStringLiteral("1"),
                QStringLiteral("MAIN"), QStringLiteral("SEATTLE"), QStringLiteral("WA"),
                QStringLiteral("98101"));
        const QList<RowCheck> checks = dryRun({first, cells}, guessMapping(header), tenant);
        QCOMPARE(checks.size(), 2);
        QVERIFY2(checks.at(0).isValid(), qPrintable(checks.at(0).problems.join(u'|')));
        const RowCheck &check = checks.at(1);
        QCOMPARE(check.record, 2);
        QVERIFY2(check.problems.size() == expected.size(), qPrintable(check.problems.join(u'|')));
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(check.problems.at(i).contains(expected.at(i)),
                     qPrintable(check.problems.at(i) + QStringLiteral(" ≠ ") + expected.at(i)));
    }

    void validRowCarriesTheNumberAddressAndFlag()
    {
        const QList<RowCheck> checks =
            dryRun({row(QStringLiteral("206.555.0100"), QStringLiteral("on"), QStringLiteral("1"),
                        QStringLiteral("MAIN"), QStringLiteral("SEATTLE"), QStringLiteral("WA"),
                        QStringLiteral("98101-1234"))},
                   guessMapping(header), {QStringLiteral("+12065550100")});
        QCOMPARE(checks.size(), 1);
        QVERIFY(checks.first().isValid());
        QCOMPARE(checks.first().e164, QStringLiteral("+12065550100"));
        QVERIFY(checks.first().enable);
        QCOMPARE(checks.first().address.stName, QStringLiteral("MAIN"));
        QCOMPARE(checks.first().address.stPosTyp, QStringLiteral("AVE"));
        QCOMPARE(checks.first().address.postalCode, QStringLiteral("98101-1234"));
    }

    void enableWords()
    {
        QCOMPARE(parseEnable(QStringLiteral(" YES ")), std::optional<bool>(true));
        QCOMPARE(parseEnable(QString()), std::optional<bool>(false));
        QCOMPARE(parseEnable(QStringLiteral("0")), std::optional<bool>(false));
        QVERIFY(!parseEnable(QStringLiteral("maybe")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestNumberCsvImport)
#include "tst_number_csv_import.moc"
