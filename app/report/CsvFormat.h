// Writing CSV the way docs/reports.md promises: RFC 4180 (fields quoted when they hold a comma,
// a quote, CR or LF; quotes doubled; records end in CRLF), UTF-8 with a byte order mark, and a
// guard against formula injection for cells a spreadsheet would evaluate.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace csvformat {

// Excel reads a UTF-8 file without it as the legacy code page and garbles names with accents.
inline constexpr char byteOrderMark[] = "\xEF\xBB\xBF";

// A cell starting with = + - @ (or tab or CR) is prefixed with an apostrophe so a spreadsheet
// shows it as text instead of running it (OWASP "CSV injection"). A plain number such as
// "+12065550100" or "-5" is left alone: it cannot call anything. A cell that itself starts with
// an apostrophe is prefixed too, so unguardCell() can always undo the guard exactly.
QString guardCell(const QString &value);
// The inverse of guardCell(): drops one leading apostrophe.
QString unguardCell(const QString &cell);

// One record: each value guarded, quoted when needed, joined by commas, ended by CRLF; UTF-8.
QByteArray record(const QStringList &values);

} // namespace csvformat
