// What DidModel's filter text searches, kept in a form a million rows can be searched in per
// keystroke: each row's digits (the E.164 number without "+") and its user name and UPN, case
// folded once into bytes in one contiguous buffer, with per-row masks of the characters and
// character pairs they hold, so most rows are ruled out by two mask tests without reading text.
//
// The answers are exactly those of the plain scan (QStringView::contains, case-insensitive for
// the names): a needle whose folded characters are all printable ASCII is matched on the bytes,
// which agree with Qt's per-character case folding for such needles; any other needle is left
// to the caller's exact predicate.
#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

class DidFilterIndex
{
public:
    enum class Field { Digits, Names };

    // A needle prepared once per keystroke.
    struct Query
    {
        Field field = Field::Digits;
        std::string bytes;      // the folded needle; meaningful only when `plain`
        bool plain = false;     // every folded character is printable ASCII
        bool maskExact = false; // the masks alone decide a match (no text is read)
        std::uint64_t chars = 0;
        std::array<std::uint64_t, 4> pairs{};
    };

    void clear();
    void reserve(std::size_t rows);
    // Sets what row `row` (DidModel's record index) is searched by, from UTF-8 texts; the row
    // may be new or replace an earlier one. An empty row (a deleted record) matches nothing plain.
    void set(int row, QByteArrayView digits, QByteArrayView name, QByteArrayView upn);
    std::size_t rowCount() const { return m_rows.size(); }

    static Query compile(Field field, QStringView needle);
    // Whether the row's text holds the needle. Only for plain queries.
    bool matches(int row, const Query &query) const;
    // Whether the masks leave the row possible. Never false for a row that matches.
    bool mayMatch(int row, const Query &query) const;

private:
    struct RowEntry
    {
        std::uint32_t digitsAt = 0; // offsets into m_text
        std::uint32_t namesAt = 0;
        std::uint16_t digitsLength = 0;
        std::uint16_t namesLength = 0;
    };
    // The masks, each kind in an array of its own: a keystroke's pass over a million rows reads
    // only the kind it needs, and is bound by how many bytes it reads.
    struct DigitMasks
    {
        std::array<std::uint64_t, 2> pairs{}; // bit 10a+b: "ab" occurs (exact)
        std::uint16_t chars = 0;              // bit d: digit d occurs
    };
    struct NameMasks
    {
        std::uint64_t chars = 0;              // bit charClass(c): c occurs
        std::array<std::uint64_t, 4> pairs{}; // hashed pairs (may collide)
    };

    std::uint32_t append(QByteArrayView utf8, bool fold);
    void fillDigitMasks(std::size_t row);
    void fillNameMasks(std::size_t row);

    std::string m_text;           // every row's folded bytes; replaced rows leave garbage
    std::vector<RowEntry> m_rows; // by DidModel record index
    std::vector<DigitMasks> m_digitMasks;
    std::vector<NameMasks> m_nameMasks;
    std::size_t m_garbageBytes = 0; // bytes no row points at any more
};
