// Single-quoted PowerShell literals and '#' comments; see PowerShellQuote.h for why.
#include "lis/PowerShellQuote.h"

#include <QStringList>
#include <QStringTokenizer>

namespace powershell {

namespace {

// Bidirectional embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069): they can
// make a line read differently from how PowerShell parses it.
bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool becomesSpace(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:       // C0, DEL, C1 (NEL included)
    case QChar::Separator_Line:      // U+2028
    case QChar::Separator_Paragraph: // U+2029
        return true;
    default:
        return isBidiControl(c);
    }
}

} // namespace

bool isSingleQuote(char32_t c)
{
    return c == U'\'' || (c >= 0x2018 && c <= 0x201B);
}

QString withoutControlCharacters(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar ch = value[i];
        // Pairs pass through whole; a lone surrogate is kept too (it is not a quote), and the
        // UTF-8 writer turns it into a replacement character.
        if (ch.isHighSurrogate() && i + 1 < value.size() && value[i + 1].isLowSurrogate()) {
            out.append(ch);
            out.append(value[++i]);
            continue;
        }
        out.append(becomesSpace(ch.unicode()) ? QChar(u' ') : ch);
    }
    return out;
}

QString literal(QStringView value)
{
    const QString clean = withoutControlCharacters(value);
    QString out;
    out.reserve(clean.size() + 2);
    out.append(u'\'');
    for (const QChar ch : clean) {
        out.append(ch);
        if (isSingleQuote(ch.unicode()))
            out.append(ch); // doubled: read back as one
    }
    out.append(u'\'');
    return out;
}

QString comment(QStringView text)
{
    QString out;
    for (const QStringView line : QStringTokenizer(text, u'\n')) {
        const QString clean = withoutControlCharacters(line).trimmed();
        out.append(clean.isEmpty() ? QStringLiteral("#\n") : QString(u"# " + clean + u'\n'));
    }
    return out;
}

} // namespace powershell
