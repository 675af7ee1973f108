#include "JsonTextWriter.h"

#include <QString>

void JsonTextWriter::key(QLatin1StringView name)
{
    separate();
    m_out += '"';
    m_out += QByteArrayView(name.data(), name.size());
    m_out += "\":";
    m_needComma = false; // the value that follows belongs to this key
}

void JsonTextWriter::string(QStringView text)
{
    string(QByteArrayView(text.toUtf8()));
}

void JsonTextWriter::string(QByteArrayView utf8)
{
    separate();
    m_out += '"';
    appendEscaped(utf8);
    m_out += '"';
    m_needComma = true;
}

void JsonTextWriter::integer(qint64 value)
{
    separate();
    m_out += QByteArray::number(value);
    m_needComma = true;
}

void JsonTextWriter::open(char bracket)
{
    separate();
    m_out += bracket;
    m_needComma = false;
}

void JsonTextWriter::close(char bracket)
{
    m_out += bracket;
    m_needComma = true;
}

void JsonTextWriter::scalar(const char *literal)
{
    separate();
    m_out += literal;
    m_needComma = true;
}

void JsonTextWriter::separate()
{
    if (m_needComma)
        m_out += ',';
}

// RFC 8259 section 7: the quotation mark, the reverse solidus and the control characters must
// be escaped; everything else, UTF-8 included, may stay as it is.
void JsonTextWriter::appendEscaped(QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out += utf8.sliced(plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            m_out += "\\u00";
            m_out += hex[c >> 4];
            m_out += hex[c & 0xf];
        }
    }
    m_out += utf8.sliced(plainFrom);
}
