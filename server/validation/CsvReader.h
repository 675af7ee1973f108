// Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF line ends) from bytes held in
// memory, one row at a time. Used to load the bundled postal code tables at server start.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

class CsvReader
{
public:
    explicit CsvReader(QByteArrayView data)
        : m_data(data)
    {}

    // Reads the next row into `fields`. False at the end of the data or on malformed input;
    // error() tells which (empty at the end).
    bool readRow(QList<QByteArray> &fields);
    QString error() const { return m_error; }
    // 1-based line number of the row readRow() returned last.
    int line() const { return m_rowLine; }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_rowLine = 0;
    QString m_error;
};
