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
    m_rows.clear();
    m_digitMasks.clear();
    m_nameMasks.clear();
    m_garbageBytes = 0;
}

void DidFilterIndex::reserve(std::size_t rows)
{
    m_rows.reserve(rows);
    m_digitMasks.reserve(rows);
    m_nameMasks.reserve(rows);
    m_text.reserve(rows * 64); // about a number's digits, a name and a UPN
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
    if (at >= m_rows.size()) {
        m_rows.resize(at + 1);
        m_digitMasks.resize(at + 1);
        m_nameMasks.resize(at + 1);
    }
    RowEntry &entry = m_rows[at];
    m_garbageBytes += entry.digitsLength + entry.namesLength;
    entry = RowEntry{};
    entry.digitsAt = append(digits, false);
    entry.digitsLength =
        std::uint16_t(std::min<std::size_t>(m_text.size() - entry.digitsAt, 0xffff));
    entry.namesAt = append(name, true);
    m_text.push_back(nameSeparator);
    append(upn, true);
    entry.namesLength = std::uint16_t(std::min<std::size_t>(m_text.size() - entry.namesAt, 0xffff));
    fillDigitMasks(at);
    fillNameMasks(at);
    // Updates append; once most of the buffer is stale, rewrite it without the stale bytes.
    if (m_garbageBytes > 4096 && m_garbageBytes > m_text.size() / 2) {
        std::string compact;
        compact.reserve(m_text.size() - m_garbageBytes);
        for (RowEntry &e : m_rows) {
            const auto digitsAt = std::uint32_t(compact.size());
            compact.append(m_text, e.digitsAt, e.digitsLength);
            const auto namesAt = std::uint32_t(compact.size());
            compact.append(m_text, e.namesAt, e.namesLength);
            e.digitsAt = digitsAt;
            e.namesAt = namesAt;
        }
        m_text = std::move(compact);
        m_garbageBytes = 0;
    }
}

void DidFilterIndex::fillDigitMasks(std::size_t row)
{
    const RowEntry &entry = m_rows[row];
    DigitMasks masks;
    const char *text = m_text.data() + entry.digitsAt;
    for (std::size_t i = 0; i < entry.digitsLength; ++i) {
        if (!isDigit(text[i]))
            continue;
        masks.chars |= std::uint16_t(1U << (text[i] - '0'));
        if (i + 1 < entry.digitsLength && isDigit(text[i + 1]))
            setBit(masks.pairs.data(), (text[i] - '0') * 10 + (text[i + 1] - '0'));
    }
    m_digitMasks[row] = masks;
}

void DidFilterIndex::fillNameMasks(std::size_t row)
{
    const RowEntry &entry = m_rows[row];
    NameMasks masks;
    const char *text = m_text.data() + entry.namesAt;
    for (std::size_t i = 0; i < entry.namesLength; ++i) {
        if (text[i] == nameSeparator)
            continue;
        masks.chars |= std::uint64_t(1) << charClass(text[i]);
        if (i + 1 < entry.namesLength && text[i + 1] != nameSeparator)
            setBit(masks.pairs.data(), namePairBit(text[i], text[i + 1]));
    }
    m_nameMasks[row] = masks;
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
        bool allDigits = true;
        for (std::size_t i = 0; i < b.size(); ++i) {
            allDigits = allDigits && isDigit(b[i]);
            if (!isDigit(b[i]))
                continue;
            q.chars |= std::uint64_t(1) << (b[i] - '0');
            if (i + 1 < b.size() && isDigit(b[i + 1]))
                setBit(q.pairs.data(), (b[i] - '0') * 10 + (b[i + 1] - '0'));
        }
        // Every digit and digit pair has its own bit.
        q.maskExact = allDigits && b.size() <= 2;
    } else {
        for (std::size_t i = 0; i < b.size(); ++i) {
            q.chars |= std::uint64_t(1) << charClass(b[i]);
            if (i + 1 < b.size())
                setBit(q.pairs.data(), namePairBit(b[i], b[i + 1]));
        }
        q.maskExact = b.size() == 1 && charClass(b[0]) < exactClasses;
    }
    return q;
}

bool DidFilterIndex::mayMatch(int row, const Query &query) const
{
    if (query.field == Field::Digits) {
        const DigitMasks &m = m_digitMasks[std::size_t(row)];
        return (m.chars & query.chars) == query.chars && holdsAll(m.pairs, query.pairs.data());
    }
    const NameMasks &m = m_nameMasks[std::size_t(row)];
    return (m.chars & query.chars) == query.chars && holdsAll(m.pairs, query.pairs.data());
}

bool DidFilterIndex::matches(int row, const Query &query) const
{
    const RowEntry &e = m_rows[std::size_t(row)];
    const std::string_view text = query.field == Field::Digits
                                      ? std::string_view(m_text.data() + e.digitsAt, e.digitsLength)
                                      : std::string_view(m_text.data() + e.namesAt, e.namesLength);
    return text.find(query.bytes) != std::string_view::npos;
}
