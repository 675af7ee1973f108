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
#include <unordered_map>
#include <vector>

class DidFilterIndex
{
public:
    enum class Field { Digits, Names };

    // A needle prepared once per keystroke.
    struct Query
    {
        Field field = Field::Digits;
        std::string bytes;                    // the folded needle; meaningful only when `plain`
        bool plain = false;                   // every folded character is printable ASCII
        std::uint64_t chars = 0;              // names: the characters' mask
        std::array<std::uint64_t, 4> pairs{}; // names: the pairs' mask
        std::uint64_t packedDigits = 0;       // digits: the needle packed, or 0 when it cannot be
    };

    void clear();
    void reserve(std::size_t rows);
    // Sets what row `row` (DidModel's record index) is searched by, from UTF-8 texts; the row
    // may be new or replace an earlier one. An empty row (a deleted record) matches nothing plain.
    void set(int row, QByteArrayView digits, QByteArrayView name, QByteArrayView upn);
    std::size_t rowCount() const { return m_nameChars.size(); }

    static Query compile(Field field, QStringView needle);
    enum class Verdict { No, Yes, ReadText };
    // What the row's masks (or its packed digits) say: it cannot match, it matches, or its text
    // must be read (matches() for a plain query, the caller's exact predicate otherwise). Never
    // No for a row that matches.
    Verdict screen(int row, const Query &query) const;
    // Whether the row's text holds the needle. Only for plain queries.
    bool matches(int row, const Query &query) const;
    // The rows of `source`, in its order, whose text holds the needle: screen() and matches()
    // over many rows at once. Only for plain queries.
    std::vector<int> find(const std::vector<int> &source, const Query &query) const;
    // Asks the processor for what screen() and matches() will read of `row` (its entries, or
    // with `text` its text if screen() will want it, which needs the entries at hand): a pass over
    // rows far apart in memory waits on memory, not on the processor, unless it asks ahead.
    void prefetch(int row, const Query &query, bool text) const;

private:
    // Each kind of entry in an array of its own: a keystroke's pass over a million rows reads
    // only what it tests (a digit needle the packed digits alone, a one-letter needle the
    // letters alone), and is bound by how many bytes it reads.
    struct TextSpan
    {
        std::uint32_t at = 0; // offset into m_text
        std::uint32_t length = 0;
    };

    std::uint32_t append(QByteArrayView utf8, bool fold);
    void fillNames(std::size_t row);
    void compactIfMostlyGarbage();

    std::string m_text; // every row's folded names; replaced rows leave garbage
    // By DidModel record index:
    std::vector<std::uint64_t> m_packedDigits; // packDigits(digits); 0 when it cannot be packed
    std::vector<std::uint64_t> m_nameChars;    // bit charClass(c): c occurs
    std::vector<std::array<std::uint64_t, 4>> m_namePairs; // hashed pairs (may collide)
    std::vector<TextSpan> m_nameText;                      // name, separator, UPN
    std::size_t m_garbageBytes = 0;                        // bytes no row points at any more
    // The digits of the rows whose digits cannot be packed (none, for E.164 numbers).
    std::unordered_map<int, std::string> m_unpackedDigits;
};
