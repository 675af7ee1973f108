// Writing data into a PowerShell script so that it stays data: every value becomes a
// single-quoted (verbatim) string literal, in which PowerShell expands nothing ($, `, " and
// $(...) are plain characters). The only way out of such a literal is a single quote, and
// PowerShell's tokenizer counts four Unicode quotes as single quotes too (‘ ’ ‚ ‛, U+2018 to
// U+201B), so each of the five is doubled, which PowerShell reads back as that one character.
// Control characters (CR, LF, tab, …), line and paragraph separators and bidirectional
// overrides become spaces: a literal may legally span lines, but a value that looks like
// several lines, or reads in a different order than it runs, misleads the person reviewing
// the script.
#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

namespace powershell {

// True for the characters PowerShell treats as a single quote: ' ‘ ’ ‚ ‛.
bool isSingleQuote(char32_t c);

// `value` with control characters, line/paragraph separators and bidirectional embedding,
// override and isolate controls replaced by spaces; everything else is kept as it is.
QString withoutControlCharacters(QStringView value);

// `value` as a single-quoted PowerShell literal, quotes included: 'O''Brien'.
QString literal(QStringView value);

// Our own text (never data) as '#' line comments, one per line of `text`, control characters
// removed as for literals; an empty line becomes a bare '#'.
QString comment(QStringView text);

} // namespace powershell
