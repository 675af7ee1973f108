// peekNextCursor: the cursor at a list page's end, read without parsing the page; anything not
// plainly at the end is left to the full parse (nullopt), never guessed.
#include "sync/NextCursorPeek.h"

#include <QtTest>

class TestNextCursorPeek : public QObject
{
    Q_OBJECT
private slots:
    void peek_data();
    void peek();
};

void TestNextCursorPeek::peek_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("cursor");
    QTest::newRow("a cursor") << QByteArray(R"({"items":[{"id":"a"}],"nextCursor":"abc"})") << true
                              << QStringLiteral("abc");
    QTest::newRow("the last page")
        << QByteArray(R"({"items":[],"nextCursor":null})") << true << QString();
    QTest::newRow("indented") << QByteArray("{\n  \"items\": [],\n  \"nextCursor\": \"x\"\n}\n")
                              << true << QStringLiteral("x");
    QTest::newRow("escapes in the cursor")
        << QByteArray(R"({"items":[],"nextCursor":"a\"b\u00e9"})") << true
        << QStringLiteral("a\"b\u00e9");
    QTest::newRow("a lookalike inside an item, then the real one")
        << QByteArray(R"({"items":["x\"nextCursor\":\"evil\"}"],"nextCursor":"good"})") << true
        << QStringLiteral("good");
    QTest::newRow("cursor first") << QByteArray(R"({"nextCursor":"abc","items":[]})") << false
                                  << QString();
    QTest::newRow("no cursor") << QByteArray(R"({"items":[]})") << false << QString();
    QTest::newRow("cut short") << QByteArray(R"({"items":[],"nextCursor":"ab)") << false
                               << QString();
    QTest::newRow("not a string") << QByteArray(R"({"items":[],"nextCursor":7})") << false
                                  << QString();
    QTest::newRow("something after it")
        << QByteArray(R"({"items":[],"nextCursor":"abc","more":1})") << false << QString();
    QTest::newRow("empty") << QByteArray() << false << QString();
}

void TestNextCursorPeek::peek()
{
    QFETCH(QByteArray, page);
    QFETCH(bool, found);
    QFETCH(QString, cursor);
    const std::optional<QString> peeked = peekNextCursor(page);
    QCOMPARE(peeked.has_value(), found);
    if (found)
        QCOMPARE(*peeked, cursor);
}

QTEST_GUILESS_MAIN(TestNextCursorPeek)
#include "tst_next_cursor_peek.moc"
