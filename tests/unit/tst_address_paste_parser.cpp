// The paste box's parser against addresses as people paste them: with and without commas,
// ZIP+4, suites, floors and rooms in their usual spellings, directionals on either side,
// Canadian addresses (unit-first numbers, French street types, provinces by name), lower case,
// stray spaces, line breaks and a trailing country; parts that are wrong (a short ZIP code, an
// unknown state, a country outside the US and Canada) are kept where they belong, so the checks
// can say what is wrong with them, and no word of the paste is dropped.
#include "address/AddressPasteParser.h"
#include "address/RegionCatalog.h"
#include "address/StreetWords.h"

#include <QtTest>

namespace {
// Expected fields as "name=value" pairs; every field not named must stay empty.
using Fields = QMap<QString, QString>;
} // namespace

class TestAddressPasteParser : public QObject
{
    Q_OBJECT
private slots:
    void splitsRealWorldFormats_data();
    void splitsRealWorldFormats();
    void noWordIsDropped_data();
    void noWordIsDropped();
    void leadingPartWithoutNumberIsTheCompany();
    void emptyTextGivesAnEmptyAddress();
};

void TestAddressPasteParser::splitsRealWorldFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Fields>("expected");

    const auto f = [](std::initializer_list<std::pair<const char *, const char *>> list) {
        Fields out;
        for (const auto &[k, v] : list)
            out.insert(QString::fromLatin1(k), QString::fromUtf8(v));
        return out;
    };
    QTest::newRow("commas") << QStringLiteral("1 Microsoft Way, Redmond, WA 98052")
                            << f({{"addNumber", "1"},
                                  {"stName", "Microsoft"},
                                  {"stPosTyp", "Way"},
                                  {"postalCommunity", "Redmond"},
                                  {"state", "WA"},
                                  {"postalCode", "98052"},
                                  {"country", "US"}});
    QTest::newRow("no commas, ZIP+4") << QStringLiteral("1 Microsoft Way Redmond WA 98052-6399")
                                      << f({{"addNumber", "1"},
                                            {"stName", "Microsoft"},
                                            {"stPosTyp", "Way"},
                                            {"postalCommunity", "Redmond"},
                                            {"state", "WA"},
                                            {"postalCode", "98052-6399"},
                                            {"country", "US"}});
    QTest::newRow("ZIP+4 without hyphen")
        << QStringLiteral("1 Microsoft Way, Redmond, WA 980526399")
        << f({{"addNumber", "1"},
              {"stName", "Microsoft"},
              {"stPosTyp", "Way"},
              {"postalCommunity", "Redmond"},
              {"state", "WA"},
              {"postalCode", "98052-6399"},
              {"country", "US"}});
    QTest::newRow("suite as its own part")
        << QStringLiteral("350 Fifth Avenue, Suite 3300, New York, NY 10118")
        << f({{"addNumber", "350"},
              {"stName", "Fifth"},
              {"stPosTyp", "Avenue"},
              {"unit", "Suite 3300"},
              {"postalCommunity", "New York"},
              {"state", "NY"},
              {"postalCode", "10118"},
              {"country", "US"}});
    QTest::newRow("post-directional, trailing USA")
        << QStringLiteral("1600 Pennsylvania Ave NW, Washington, DC 20500, USA")
        << f({{"addNumber", "1600"},
              {"stName", "Pennsylvania"},
              {"stPosTyp", "Ave"},
              {"stPosDir", "NW"},
              {"postalCommunity", "Washington"},
              {"state", "DC"},
              {"postalCode", "20500"},
              {"country", "US"}});
    QTest::newRow("Ste on the street line")
        << QStringLiteral("233 S Wacker Dr Ste 5, Chicago IL 60606")
        << f({{"addNumber", "233"},
              {"stPreDir", "S"},
              {"stName", "Wacker"},
              {"stPosTyp", "Dr"},
              {"unit", "Ste 5"},
              {"postalCommunity", "Chicago"},
              {"state", "IL"},
              {"postalCode", "60606"},
              {"country", "US"}});
    QTest::newRow("Ste without any comma")
        << QStringLiteral("233 S Wacker Dr Ste 5 Chicago IL 60606")
        << f({{"addNumber", "233"},
              {"stPreDir", "S"},
              {"stName", "Wacker"},
              {"stPosTyp", "Dr"},
              {"unit", "Ste 5"},
              {"postalCommunity", "Chicago"},
              {"state", "IL"},
              {"postalCode", "60606"},
              {"country", "US"}});
    QTest::newRow("pound sign") << QStringLiteral("500 E Main St #12, Louisville, KY 40202")
                                << f({{"addNumber", "500"},
                                      {"stPreDir", "E"},
                                      {"stName", "Main"},
                                      {"stPosTyp", "St"},
                                      {"unit", "#12"},
                                      {"postalCommunity", "Louisville"},
                                      {"state", "KY"},
                                      {"postalCode", "40202"},
                                      {"country", "US"}});
    QTest::newRow("Fl 3") << QStringLiteral("1 Main St Fl 3, Boston, MA 02108")
                          << f({{"addNumber", "1"},
                                {"stName", "Main"},
                                {"stPosTyp", "St"},
                                {"floor", "3"},
                                {"postalCommunity", "Boston"},
                                {"state", "MA"},
                                {"postalCode", "02108"},
                                {"country", "US"}});
    QTest::newRow("3rd Floor as its own part")
        << QStringLiteral("1 Main St, 3rd Floor, Boston, MA 02108")
        << f({{"addNumber", "1"},
              {"stName", "Main"},
              {"stPosTyp", "St"},
              {"floor", "3"},
              {"postalCommunity", "Boston"},
              {"state", "MA"},
              {"postalCode", "02108"},
              {"country", "US"}});
    QTest::newRow("building, floor and room")
        << QStringLiteral("1 Microsoft Way Bldg 92 Fl 3 Rm 3120, Redmond WA 98052")
        << f({{"addNumber", "1"},
              {"stName", "Microsoft"},
              {"stPosTyp", "Way"},
              {"building", "92"},
              {"floor", "3"},
              {"room", "3120"},
              {"postalCommunity", "Redmond"},
              {"state", "WA"},
              {"postalCode", "98052"},
              {"country", "US"}});
    QTest::newRow("Apt, no street type, CA is California")
        << QStringLiteral("221 N Broadway Apt 4B, Los Angeles, CA 90012")
        << f({{"addNumber", "221"},
              {"stPreDir", "N"},
              {"stName", "Broadway"},
              {"unit", "Apt 4B"},
              {"postalCommunity", "Los Angeles"},
              {"state", "CA"},
              {"postalCode", "90012"},
              {"country", "US"}});
    QTest::newRow("pre-directional NE, numbered street")
        << QStringLiteral("100 NE 8th St, Bellevue, WA 98004")
        << f({{"addNumber", "100"},
              {"stPreDir", "NE"},
              {"stName", "8th"},
              {"stPosTyp", "St"},
              {"postalCommunity", "Bellevue"},
              {"state", "WA"},
              {"postalCode", "98004"},
              {"country", "US"}});
    QTest::newRow("house number fraction")
        << QStringLiteral("1234 1/2 Elm St, Springfield, IL 62701")
        << f({{"addNumber", "1234"},
              {"addNumSuf", "1/2"},
              {"stName", "Elm"},
              {"stPosTyp", "St"},
              {"postalCommunity", "Springfield"},
              {"state", "IL"},
              {"postalCode", "62701"},
              {"country", "US"}});
    QTest::newRow("no commas, trailing USA")
        << QStringLiteral("1 Infinite Loop Cupertino CA 95014 USA")
        << f({{"addNumber", "1"},
              {"stName", "Infinite"},
              {"stPosTyp", "Loop"},
              {"postalCommunity", "Cupertino"},
              {"state", "CA"},
              {"postalCode", "95014"},
              {"country", "US"}});
    QTest::newRow("Unit without commas") << QStringLiteral("1 Main St Unit 5 Springfield IL 62701")
                                         << f({{"addNumber", "1"},
                                               {"stName", "Main"},
                                               {"stPosTyp", "St"},
                                               {"unit", "Unit 5"},
                                               {"postalCommunity", "Springfield"},
                                               {"state", "IL"},
                                               {"postalCode", "62701"},
                                               {"country", "US"}});
    QTest::newRow("lower case") << QStringLiteral("1 microsoft way, redmond, wa 98052")
                                << f({{"addNumber", "1"},
                                      {"stName", "microsoft"},
                                      {"stPosTyp", "way"},
                                      {"postalCommunity", "redmond"},
                                      {"state", "WA"},
                                      {"postalCode", "98052"},
                                      {"country", "US"}});
    QTest::newRow("extra spaces") << QStringLiteral(
                                         "  1   Microsoft   Way ,  Redmond ,  WA   98052  ")
                                  << f({{"addNumber", "1"},
                                        {"stName", "Microsoft"},
                                        {"stPosTyp", "Way"},
                                        {"postalCommunity", "Redmond"},
                                        {"state", "WA"},
                                        {"postalCode", "98052"},
                                        {"country", "US"}});
    QTest::newRow("line breaks, United States")
        << QStringLiteral("20 W 34th St.\nNew York, NY 10001\nUnited States")
        << f({{"addNumber", "20"},
              {"stPreDir", "W"},
              {"stName", "34th"},
              {"stPosTyp", "St."},
              {"postalCommunity", "New York"},
              {"state", "NY"},
              {"postalCode", "10001"},
              {"country", "US"}});
    QTest::newRow("Canada, post-directional") << QStringLiteral("123 Main St W, Toronto ON M5V 2T6")
                                              << f({{"addNumber", "123"},
                                                    {"stName", "Main"},
                                                    {"stPosTyp", "St"},
                                                    {"stPosDir", "W"},
                                                    {"postalCommunity", "Toronto"},
                                                    {"state", "ON"},
                                                    {"postalCode", "M5V 2T6"},
                                                    {"country", "CA"}});
    QTest::newRow("Canada without commas") << QStringLiteral("123 Main St W Toronto ON M5V2T6")
                                           << f({{"addNumber", "123"},
                                                 {"stName", "Main"},
                                                 {"stPosTyp", "St"},
                                                 {"stPosDir", "W"},
                                                 {"postalCommunity", "Toronto"},
                                                 {"state", "ON"},
                                                 {"postalCode", "M5V 2T6"},
                                                 {"country", "CA"}});
    QTest::newRow("Canada, unit first, trailing Canada")
        << QStringLiteral("12-345 Main St, Toronto, ON M5V 2T6, Canada")
        << f({{"unit", "12"},
              {"addNumber", "345"},
              {"stName", "Main"},
              {"stPosTyp", "St"},
              {"postalCommunity", "Toronto"},
              {"state", "ON"},
              {"postalCode", "M5V 2T6"},
              {"country", "CA"}});
    QTest::newRow("Canada, province by name, lower-case postal code")
        << QStringLiteral("100 Queen St W, Toronto, Ontario m5h 2n2")
        << f({{"addNumber", "100"},
              {"stName", "Queen"},
              {"stPosTyp", "St"},
              {"stPosDir", "W"},
              {"postalCommunity", "Toronto"},
              {"state", "ON"},
              {"postalCode", "M5H 2N2"},
              {"country", "CA"}});
    QTest::newRow("Québec, French street type and direction")
        << QStringLiteral("1000 rue Sherbrooke O, Montréal, QC H3A 3G4")
        << f({{"addNumber", "1000"},
              {"stPreTyp", "rue"},
              {"stName", "Sherbrooke"},
              {"stPosDir", "O"},
              {"postalCommunity", "Montréal"},
              {"state", "QC"},
              {"postalCode", "H3A 3G4"},
              {"country", "CA"}});
    QTest::newRow("PO box stays visible for the checks to refuse")
        << QStringLiteral("PO Box 123, Seattle WA 98101")
        << f({{"stName", "PO Box 123"},
              {"postalCommunity", "Seattle"},
              {"state", "WA"},
              {"postalCode", "98101"},
              {"country", "US"}});

    QTest::newRow("short ZIP code after the state")
        << QStringLiteral("233 S Wacker Dr, Chicago, IL 6060")
        << f({{"addNumber", "233"},
              {"stPreDir", "S"},
              {"stName", "Wacker"},
              {"stPosTyp", "Dr"},
              {"postalCommunity", "Chicago"},
              {"state", "IL"},
              {"postalCode", "6060"},
              {"country", "US"}});
    QTest::newRow("unknown state code before the ZIP code")
        << QStringLiteral("233 S Wacker Dr, Chicago, XX 60606")
        << f({{"addNumber", "233"},
              {"stPreDir", "S"},
              {"stName", "Wacker"},
              {"stPosTyp", "Dr"},
              {"postalCommunity", "Chicago"},
              {"state", "XX"},
              {"postalCode", "60606"},
              {"country", "US"}});
    QTest::newRow("United Kingdom")
        << QStringLiteral("10 Downing Street, London SW1A 2AA, United Kingdom")
        << f({{"addNumber", "10"},
              {"stName", "Downing"},
              {"stPosTyp", "Street"},
              {"postalCommunity", "London"},
              {"postalCode", "SW1A 2AA"},
              {"country", "GB"}});
    QTest::newRow("UK, postcode as its own part")
        << QStringLiteral("10 Downing Street, London, SW1A 2AA, UK")
        << f({{"addNumber", "10"},
              {"stName", "Downing"},
              {"stPosTyp", "Street"},
              {"postalCommunity", "London"},
              {"postalCode", "SW1A 2AA"},
              {"country", "GB"}});
    QTest::newRow("Mexico: its postal code is not a ZIP code")
        << QStringLiteral("Paseo de la Reforma 505, Cuauhtemoc, 06500, Mexico")
        << f({{"stName", "Paseo de la Reforma 505"},
              {"postalCommunity", "Cuauhtemoc"},
              {"postalCode", "06500"},
              {"country", "MX"}});
    QTest::newRow("Georgia is the state") << QStringLiteral("55 Trinity Ave SW, Atlanta, Georgia")
                                          << f({{"addNumber", "55"},
                                                {"stName", "Trinity"},
                                                {"stPosTyp", "Ave"},
                                                {"stPosDir", "SW"},
                                                {"postalCommunity", "Atlanta"},
                                                {"state", "GA"},
                                                {"country", "US"}});
}

void TestAddressPasteParser::noWordIsDropped_data()
{
    splitsRealWorldFormats_data();
}

// Every word of the paste ends up in a field, except the words the parser turns into a field's
// value by design: unit designators ("Fl 3" → floor "3"), ordinals' suffixes, state and
// province names (written as their code) and country names (written as the country's code).
void TestAddressPasteParser::noWordIsDropped()
{
    QFETCH(QString, text);
    const PastedAddress parsed = AddressPasteParser::parse(text);
    QString kept = parsed.companyName;
    for (const QString &field : CivicAddress::fieldNames())
        kept += QLatin1Char(' ') + parsed.civic.value(field);
    const auto bare = [](const QString &word) {
        QString out;
        for (QChar c : word)
            if (c.isLetterOrNumber())
                out.append(c.toUpper());
        return out;
    };
    QString keptLetters; // every kept word's letters and digits, run together
    for (const QString &w : kept.split(QLatin1Char(' ')))
        keptLetters += bare(w);
    const QStringList words =
        text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString w = bare(word);
        // "12-345" is split into unit "12" and house number "345": each part is kept.
        const QStringList parts = word.split(QLatin1Char('-'), Qt::SkipEmptyParts);
        if (std::all_of(parts.cbegin(), parts.cend(),
                        [&](const QString &p) { return keptLetters.contains(bare(p)); }))
            continue;
        if (streetwords::unitDesignator(word) || !RegionCatalog::codeFor(word).isEmpty())
            continue;
        static const QStringList designed{QStringLiteral("USA"),     QStringLiteral("UNITED"),
                                          QStringLiteral("STATES"),  QStringLiteral("CANADA"),
                                          QStringLiteral("KINGDOM"), QStringLiteral("UK"),
                                          QStringLiteral("MEXICO"),  QStringLiteral("3RD"),
                                          QStringLiteral("ONTARIO"), QStringLiteral("GEORGIA")};
        QVERIFY2(designed.contains(w), qPrintable(QStringLiteral("\"%1\" was dropped").arg(word)));
    }
}

void TestAddressPasteParser::splitsRealWorldFormats()
{
    QFETCH(QString, text);
    QFETCH(Fields, expected);
    const PastedAddress parsed = AddressPasteParser::parse(text);
    for (const QString &field : CivicAddress::fieldNames()) {
        const QString got = parsed.civic.value(field);
        const QString want = expected.value(field);
        if (got != want)
            QFAIL(qPrintable(
                QStringLiteral("%1: got \"%2\", expected \"%3\"").arg(field, got, want)));
    }
    QVERIFY(parsed.companyName.isEmpty());
}

void TestAddressPasteParser::leadingPartWithoutNumberIsTheCompany()
{
    const PastedAddress parsed = AddressPasteParser::parse(
        QStringLiteral("Contoso Ltd, 1 Microsoft Way, Redmond, WA 98052"));
    QCOMPARE(parsed.companyName, QStringLiteral("Contoso Ltd"));
    QCOMPARE(parsed.civic.addNumber, QStringLiteral("1"));
    QCOMPARE(parsed.civic.stName, QStringLiteral("Microsoft"));
    QCOMPARE(parsed.civic.postalCommunity, QStringLiteral("Redmond"));
}

void TestAddressPasteParser::emptyTextGivesAnEmptyAddress()
{
    QVERIFY(AddressPasteParser::parse(QString()).isEmpty());
    QVERIFY(AddressPasteParser::parse(QStringLiteral(" , ,\n ")).isEmpty());
}

QTEST_GUILESS_MAIN(TestAddressPasteParser)
#include "tst_address_paste_parser.moc"
