// Compact JSON text written straight into bytes, for the pages the server sends most (a full
// sync asks for a thousand numbers at a time). Building a QJsonObject per item and serializing
// the page was most of the time a numbers page took; this writes the same JSON in one pass.
//
// The caller writes keys and values in order; the writer puts the commas and escapes strings.
// It does not check nesting: a representation is written by one function, read by the tests.
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

class JsonTextWriter
{
public:
    explicit JsonTextWriter(qsizetype reserve = 0) { m_out.reserve(reserve); }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    // A member's name; its value is the next thing written.
    void key(QLatin1StringView name);

    void string(QStringView text);
    void string(QByteArrayView utf8);
    void integer(qint64 value);
    void boolean(bool value) { scalar(value ? "true" : "false"); }
    void null() { scalar("null"); }

    const QByteArray &text() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void open(char bracket);
    void close(char bracket);
    void scalar(const char *literal);
    void separate();
    void appendEscaped(QByteArrayView utf8);

    QByteArray m_out;
    bool m_needComma = false; // a value was written at this level: the next one needs ','
};
