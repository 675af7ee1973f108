// DidFilterIndex: folding rows into bytes, the character and pair masks, and the byte search.
#include "DidFilterIndex.h"

#include <QChar>

#include <algorithm>
#include <string_view>

namespace {
constexpr char nameSeparator = '\0'; // between name and UPN; no plain needle holds it

// Qt's case-insensitive search compares each UTF-16 unit's simple case folding; folded ASCII
// stays itself, anything else becomes a byte >= 0x80 that no plain needle can equal.
char foldedByte(char16_t unit, bool fold)
{
    if (unit < 0x80)
        return char(fold && unit >= u'A' && unit <= u'Z' ? unit + (u'a' - u'A') : unit);
    if (fold && !QChar::isSurrogate(unit)) {
        const char32_t folded = QChar::toCaseFolded(char32_t(unit));
        if (folded < 0x80)
            return char(folded);
        return char(0x80 | (folded & 0x7f));
    }
    return char(0x80 | (unit & 0x7f));
}

bool isPrintableAscii(char byte)
{
    return byte >= 0x20 && byte <= 0x7e;
}

bool isDigit(char byte)
{
    return byte >= '0' && byte <= '9';
}

// 64 classes for the names' character mask; the first 42 hold one character each.
int charClass(char byte)
{
    if (byte >= 'a' && byte <= 'z')
        return byte - 'a';
    if (isDigit(byte))
        return 26 + (byte - '0');
    switch (byte) {
    case ' ':
        return 36;
    case '.':
        return 37;
    case '@':
        return 38;
    case '-':
        return 39;
    case '_':
        return 40;
    case '\'':
        return 41;
    default:
        return 42 + int(static_cast<unsigned char>(byte) % 22);
    }
}
constexpr int exactClasses = 42;

int namePairBit(char a, char b)
{
    const auto key = std::uint32_t(charClass(a) * 64 + charClass(b));
    return int((key * 2654435761U) >> 24);
}

void setBit(std::uint64_t *words, int bit)
{
    words[bit / 64] |= std::uint64_t(1) << (bit % 64);
}

// Up to 15 digits, four bits each (the first lowest), with their count in the top four bits;
// 0 for any other text. Packed, a row's digits are searched without reading its text.
std::uint64_t packDigits(std::string_view text)
{
    if (text.empty() || text.size() > 15)
        return 0;
    std::uint64_t packed = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!isDigit(text[i]))
            return 0;
        packed |= std::uint64_t(text[i] - '0') << (4 * i);
    }
    return packed | (std::uint64_t(text.size()) << 60);
}

// Whether the packed digits `haystack` hold the packed digits `needle` at some position.
bool holdsPacked(std::uint64_t haystack, std::uint64_t needle)
{
    const int haystackLength = int(haystack >> 60);
    const int needleLength = int(needle >> 60);
    const std::uint64_t window = (std::uint64_t(1) << (4 * needleLength)) - 1;
    const std::uint64_t digits = needle & window;
    for (int at = 0; at + needleLength <= haystackLength; ++at) {
        if (((haystack >> (4 * at)) & window) == digits)
            return true;
    }
    return false;
}

void prefetchAddress(const void *address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    (void)address; // the compiler and processor still fetch as they read
#endif
}

template <std::size_t N>
bool holdsAll(const std::array<std::uint64_t, N> &have, const std::uint64_t *need)
{
    for (std::size_t i = 0; i < N; ++i) {
        if ((have[i] & need[i]) != need[i])
            return false;
    }
    return true;
}
} // namespace

void DidFilterIndex::clear()
{
    m_text.clear();
    m_packedDigits.clear();
    m_nameChars.clear();
    m_namePairs.clear();
    m_nameText.clear();
    m_unpackedDigits.clear();
    m_garbageBytes = 0;
}

void DidFilterIndex::reserve(std::size_t rows)
{
    m_packedDigits.reserve(rows);
    m_nameChars.reserve(rows);
    m_namePairs.reserve(rows);
    m_nameText.reserve(rows);
    m_text.reserve(rows * 64); // about a name and a UPN
}

std::uint32_t DidFilterIndex::append(QByteArrayView utf8, bool fold)
{
    const auto at = std::uint32_t(m_text.size());
    const bool ascii = std::all_of(utf8.begin(), utf8.end(), [](char byte) {
        return static_cast<unsigned char>(byte) < 0x80;
    });
    if (ascii) {
        for (const char byte : utf8)
            m_text.push_back(foldedByte(char16_t(byte), fold));
        return at;
    }
    // Rare: the same per UTF-16 unit as Qt's case-insensitive search.
    for (const QChar c : QString::fromUtf8(utf8))
        m_text.push_back(foldedByte(c.unicode(), fold));
    return at;
}

void DidFilterIndex::set(int row, QByteArrayView digits, QByteArrayView name, QByteArrayView upn)
{
    const auto at = std::size_t(row);
    if (at >= m_nameChars.size()) {
        m_packedDigits.resize(at + 1);
        m_nameChars.resize(at + 1);
        m_namePairs.resize(at + 1);
        m_nameText.resize(at + 1);
    }
    const std::string_view digitText(digits.data(), std::size_t(digits.size()));
    m_packedDigits[at] = packDigits(digitText);
    if (m_packedDigits[at] == 0 && !digits.isEmpty())
        m_unpackedDigits[row] = std::string(digitText);
    else
        m_unpackedDigits.erase(row);
    m_garbageBytes += m_nameText[at].length;
    TextSpan &names = m_nameText[at];
    names.at = append(name, true);
    m_text.push_back(nameSeparator);
    append(upn, true);
    names.length = std::uint32_t(m_text.size() - names.at);
    fillNames(at);
    compactIfMostlyGarbage();
}

void DidFilterIndex::compactIfMostlyGarbage()
{
    // Updates append; once most of the buffer is stale, rewrite it without the stale bytes.
    if (m_garbageBytes <= 4096 || m_garbageBytes <= m_text.size() / 2)
        return;
    std::string compact;
    compact.reserve(m_text.size() - m_garbageBytes);
    for (TextSpan &names : m_nameText) {
        const auto at = std::uint32_t(compact.size());
        compact.append(m_text, names.at, names.length);
        names.at = at;
    }
    m_text = std::move(compact);
    m_garbageBytes = 0;
}

void DidFilterIndex::fillNames(std::size_t row)
{
    const TextSpan names = m_nameText[row];
    const char *text = m_text.data() + names.at;
    std::uint64_t chars = 0;
    std::array<std::uint64_t, 4> pairs{};
    for (std::size_t i = 0; i < names.length; ++i) {
        if (text[i] == nameSeparator)
            continue;
        chars |= std::uint64_t(1) << charClass(text[i]);
        if (i + 1 < names.length && text[i + 1] != nameSeparator)
            setBit(pairs.data(), namePairBit(text[i], text[i + 1]));
    }
    m_nameChars[row] = chars;
    m_namePairs[row] = pairs;
}

DidFilterIndex::Query DidFilterIndex::compile(Field field, QStringView needle)
{
    Query q;
    q.field = field;
    q.plain = !needle.isEmpty();
    for (const QChar c : needle) {
        q.bytes.push_back(foldedByte(c.unicode(), field == Field::Names));
        q.plain = q.plain && isPrintableAscii(q.bytes.back());
    }
    if (!q.plain)
        return q;
    const std::string &b = q.bytes;
    if (field == Field::Digits) {
        q.packedDigits = packDigits(b);
        return q;
    }
    for (std::size_t i = 0; i < b.size(); ++i) {
        q.chars |= std::uint64_t(1) << charClass(b[i]);
        if (i + 1 < b.size())
            setBit(q.pairs.data(), namePairBit(b[i], b[i + 1]));
    }
    return q;
}

DidFilterIndex::Verdict DidFilterIndex::screen(int row, const Query &query) const
{
    const auto at = std::size_t(row);
    if (query.field == Field::Digits) {
        // Packed digits decide exactly; a needle too long to pack is longer than any packed row.
        if (const std::uint64_t packed = m_packedDigits[at]; packed != 0) {
            if (query.packedDigits == 0)
                return query.plain ? Verdict::No : Verdict::ReadText;
            return holdsPacked(packed, query.packedDigits) ? Verdict::Yes : Verdict::No;
        }
        return Verdict::ReadText;
    }
    if ((m_nameChars[at] & query.chars) != query.chars)
        return Verdict::No;
    if (query.bytes.size() == 1 && query.plain && charClass(query.bytes[0]) < exactClasses)
        return Verdict::Yes; // one character with a bit of its own
    return holdsAll(m_namePairs[at], query.pairs.data()) ? Verdict::ReadText : Verdict::No;
}

bool DidFilterIndex::matches(int row, const Query &query) const
{
    if (query.field == Field::Digits) {
        const auto found = m_unpackedDigits.find(row);
        const std::string_view digits =
            found != m_unpackedDigits.end() ? std::string_view(found->second) : std::string_view();
        if (found == m_unpackedDigits.end() && m_packedDigits[std::size_t(row)] != 0)
            return screen(row, query) == Verdict::Yes;
        return digits.find(query.bytes) != std::string_view::npos;
    }
    const TextSpan names = m_nameText[std::size_t(row)];
    return std::string_view(m_text.data() + names.at, names.length).find(query.bytes) !=
           std::string_view::npos;
}

std::vector<int> DidFilterIndex::find(const std::vector<int> &source, const Query &query) const
{
    std::vector<int> found;
    // Rows that lie far apart in memory (a narrower text over the rows shown) are asked for a
    // few rows ahead; a pass over most rows reads them in order, which the processor foresees.
    const bool sparse = source.size() * 4 < m_nameChars.size();
    constexpr std::size_t entryAhead = 16;
    constexpr std::size_t textAhead = 8;
    if (query.field == Field::Digits) {
        for (std::size_t i = 0; i < source.size(); ++i) {
            if (sparse && i + entryAhead < source.size())
                prefetchAddress(&m_packedDigits[std::size_t(source[i + entryAhead])]);
            const std::uint64_t packed = m_packedDigits[std::size_t(source[i])];
            if (packed != 0 ? query.packedDigits != 0 && holdsPacked(packed, query.packedDigits)
                            : matches(source[i], query))
                found.push_back(source[i]);
        }
        return found;
    }
    const bool oneExactCharacter =
        query.bytes.size() == 1 && charClass(query.bytes[0]) < exactClasses;
    if (sparse && !oneExactCharacter) {
        // The rows shown for a shorter text: most of them hold the longer one too, so the masks
        // would rule out few; their texts are read straight away, each asked for ahead.
        for (std::size_t i = 0; i < source.size(); ++i) {
            if (i + entryAhead < source.size())
                prefetchAddress(&m_nameText[std::size_t(source[i + entryAhead])]);
            if (i + textAhead < source.size())
                prefetchAddress(m_text.data() + m_nameText[std::size_t(source[i + textAhead])].at);
            if (matches(source[i], query))
                found.push_back(source[i]);
        }
        return found;
    }
    for (std::size_t i = 0; i < source.size(); ++i) {
        if (sparse && i + entryAhead < source.size())
            prefetch(source[i + entryAhead], query, false);
        const auto row = std::size_t(source[i]);
        if ((m_nameChars[row] & query.chars) != query.chars)
            continue;
        if (oneExactCharacter ||
            (holdsAll(m_namePairs[row], query.pairs.data()) && matches(source[i], query)))
            found.push_back(source[i]);
    }
    return found;
}

void DidFilterIndex::prefetch(int row, const Query &query, bool text) const
{
    const auto at = std::size_t(row);
    if (query.field == Field::Digits) {
        if (!text)
            prefetchAddress(&m_packedDigits[at]);
        return;
    }
    if (!text) {
        prefetchAddress(&m_nameChars[at]);
        prefetchAddress(&m_namePairs[at]);
        prefetchAddress(&m_nameText[at]);
    } else if (screen(row, query) == Verdict::ReadText) {
        // Only the text of a row the masks leave possible: a pass over every row would
        // otherwise read every text.
        prefetchAddress(m_text.data() + m_nameText[at].at);
    }
}
