#include "CsvReader.h"

bool CsvReader::readRow(QList<QByteArray> &fields)
{
    fields.clear();
    m_error.clear();
    const qsizetype size = m_data.size();
    if (m_pos >= size)
        return false;
    m_rowLine = m_line;
    QByteArray field;
    while (true) {
        if (m_pos < size && m_data[m_pos] == '"') {
            // Quoted field: runs to the closing quote; "" inside stands for one quote, and
            // commas and line breaks inside belong to the value.
            ++m_pos;
            while (true) {
                if (m_pos >= size) {
                    m_error =
                        QStringLiteral("line %1: a quoted field is not closed").arg(m_rowLine);
                    return false;
                }
                const char c = m_data[m_pos++];
                if (c == '"') {
                    if (m_pos < size && m_data[m_pos] == '"') {
                        field.append('"');
                        ++m_pos;
                        continue;
                    }
                    break;
                }
                if (c == '\n')
                    ++m_line;
                field.append(c);
            }
            if (m_pos < size && m_data[m_pos] != ',' && m_data[m_pos] != '\n' &&
                m_data[m_pos] != '\r') {
                m_error =
                    QStringLiteral("line %1: text after the closing quote of a field").arg(m_line);
                return false;
            }
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size && m_data[m_pos] != ',' && m_data[m_pos] != '\n' &&
                   m_data[m_pos] != '\r') {
                if (m_data[m_pos] == '"') {
                    m_error =
                        QStringLiteral("line %1: a quote inside an unquoted field").arg(m_line);
                    return false;
                }
                ++m_pos;
            }
            field = m_data.sliced(start, m_pos - start).toByteArray();
        }
        fields.append(field);
        field.clear();
        if (m_pos >= size)
            return true;
        const char separator = m_data[m_pos++];
        if (separator == ',')
            continue;
        if (separator == '\r' && m_pos < size && m_data[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        return true;
    }
}
