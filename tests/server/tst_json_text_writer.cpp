// The server's hand-written JSON (list pages of numbers) must read back as the same values
// through a real JSON parser, whatever the text holds, and its gzip must inflate to the input.
#include "http/Gzip.h"
#include "http/JsonTextWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <libdeflate.h>

namespace {

QJsonValue parsedValueOf(const QByteArray &text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << text;
    return document.array().at(0);
}

QString randomText(QRandomGenerator &random)
{
    // Control characters, the two characters JSON escapes, ASCII, accented letters, a CJK
    // character and an emoji (a surrogate pair in UTF-16, four bytes in UTF-8).
    static const QList<char32_t> pool = {0x00, 0x01, 0x08, 0x09,  0x0a,   0x0c,   0x0d,
                                         0x1f, 0x20, u'"', u'\\', u'/',   u'a',   u'Z',
                                         u'7', 0x7f, 0xe9, 0x151, 0x4e2d, 0x1f4de};
    QString text;
    const int length = random.bounded(0, 24);
    for (int i = 0; i < length; ++i) {
        const char32_t c = pool.at(random.bounded(int(pool.size())));
        text += QString::fromUcs4(&c, 1);
    }
    return text;
}

} // namespace

class TestJsonTextWriter : public QObject
{
    Q_OBJECT
private slots:
    void stringsReadBackUnchanged()
    {
        QRandomGenerator random(1911);
        for (int round = 0; round < 2000; ++round) {
            const QString text = randomText(random);
            JsonTextWriter out;
            out.string(text);
            const QJsonValue back = parsedValueOf(out.text());
            QVERIFY2(back.isString() && back.toString() == text, out.text().constData());
        }
    }

    void controlCharactersAreEscaped()
    {
        JsonTextWriter out;
        out.string(QStringLiteral("a\"b\\c\nd\te\x01"));
        QCOMPARE(out.text(), QByteArray("\"a\\\"b\\\\c\\nd\\te\\u0001\""));
    }

    void nestingPutsCommasWhereTheyBelong()
    {
        JsonTextWriter out;
        out.beginObject();
        out.key(QLatin1StringView("items"));
        out.beginArray();
        for (int i = 0; i < 3; ++i) {
            out.beginObject();
            out.key(QLatin1StringView("n"));
            out.integer(i - 1);
            out.key(QLatin1StringView("user"));
            if (i == 1)
                out.null();
            else {
                out.beginObject();
                out.key(QLatin1StringView("upn"));
                out.string(QByteArrayView("a@b"));
                out.endObject();
            }
            out.key(QLatin1StringView("empty"));
            out.beginArray();
            out.endArray();
            out.key(QLatin1StringView("ok"));
            out.boolean(i != 2);
            out.endObject();
        }
        out.endArray();
        out.key(QLatin1StringView("nextCursor"));
        out.null();
        out.endObject();

        const QJsonObject expected{
            {QStringLiteral("items"),
             QJsonArray{QJsonObject{{QStringLiteral("n"), -1},
                                    {QStringLiteral("user"),
                                     QJsonObject{{QStringLiteral("upn"), QStringLiteral("a@b")}}},
                                    {QStringLiteral("empty"), QJsonArray()},
                                    {QStringLiteral("ok"), true}},
                        QJsonObject{{QStringLiteral("n"), 0},
                                    {QStringLiteral("user"), QJsonValue::Null},
                                    {QStringLiteral("empty"), QJsonArray()},
                                    {QStringLiteral("ok"), true}},
                        QJsonObject{{QStringLiteral("n"), 1},
                                    {QStringLiteral("user"),
                                     QJsonObject{{QStringLiteral("upn"), QStringLiteral("a@b")}}},
                                    {QStringLiteral("empty"), QJsonArray()},
                                    {QStringLiteral("ok"), false}}}},
            {QStringLiteral("nextCursor"), QJsonValue::Null}};
        QCOMPARE(parsedValueOf(out.text()).toObject(), expected);
        QVERIFY(out.text().endsWith("\"nextCursor\":null}"));
    }

    void integersKeepEveryDigit()
    {
        for (const qint64 value :
             {qint64(0), qint64(-1), qint64(150), std::numeric_limits<qint64>::max(),
              std::numeric_limits<qint64>::min()}) {
            JsonTextWriter out;
            out.integer(value);
            QCOMPARE(out.text(), QByteArray::number(value));
        }
    }

    void gzipInflatesToTheInput()
    {
        QRandomGenerator random(933);
        QByteArray body;
        for (int i = 0; i < 5000; ++i)
            body += randomText(random).toUtf8();
        const auto packed = gzipCompress(body);
        QVERIFY(packed);
        QVERIFY(packed->startsWith("\x1f\x8b")); // the gzip magic, RFC 1952
        libdeflate_decompressor *d = libdeflate_alloc_decompressor();
        QByteArray back(body.size(), Qt::Uninitialized);
        size_t actual = 0;
        const auto result =
            libdeflate_gzip_decompress(d, packed->constData(), size_t(packed->size()), back.data(),
                                       size_t(back.size()), &actual);
        libdeflate_free_decompressor(d);
        QCOMPARE(int(result), int(LIBDEFLATE_SUCCESS));
        QCOMPARE(qsizetype(actual), body.size());
        QCOMPARE(back, body);
    }
};

QTEST_GUILESS_MAIN(TestJsonTextWriter)
#include "tst_json_text_writer.moc"
