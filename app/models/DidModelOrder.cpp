// DidModel's order: sorting on any column with the number as the tie-breaker.
#include "DidModel.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

bool DidModel::lessThan(int a, int b) const
{
    const Row x = m_rows[std::size_t(a)];
    const Row y = m_rows[std::size_t(b)];
    int c = 0;
    switch (m_sortColumn) {
    case UserColumn:
        c = x.user().compare(y.user(), Qt::CaseInsensitive);
        break;
    case UsageColumn:
        c = int(x.usage()) - int(y.usage());
        break;
    case CountryColumn:
        c = x.countryUtf8().compare(y.countryUtf8());
        break;
    case StateColumn:
        c = int(x.state()) - int(y.state());
        break;
    case AddressColumn:
        c = m_addressLabels.value(x.addressId().toString())
                .compare(m_addressLabels.value(y.addressId().toString()), Qt::CaseInsensitive);
        break;
    case FeeColumn:
        c = x.feeMinor() < y.feeMinor() ? -1 : (x.feeMinor() > y.feeMinor() ? 1 : 0);
        break;
    case SinceColumn:
        c = x.since() < y.since() ? -1 : (x.since() > y.since() ? 1 : 0);
        break;
    default:
        break;
    }
    // The number breaks ties, so the order is total and a row's place can be found by bisection.
    if (c == 0)
        c = x.numberUtf8().compare(y.numberUtf8());
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

namespace {
// Every row's user text case-folded into one buffer (one allocation, not one per row), in the
// order lessThan()'s case-insensitive comparison gives: as bytes when every text is ASCII (the
// same order, half the memory), as UTF-16 units otherwise.
class FoldedTexts
{
public:
    // `textOf(row)` gives the row's UTF-8 text.
    template <typename TextOf> FoldedTexts(std::size_t rows, TextOf textOf)
    {
        qsizetype total = 0;
        bool ascii = true;
        for (std::size_t row = 0; row < rows; ++row) {
            const QByteArrayView utf8 = textOf(row);
            total += utf8.size();
            ascii = ascii && std::all_of(utf8.begin(), utf8.end(), [](char byte) {
                        return static_cast<unsigned char>(byte) < 0x80;
                    });
        }
        m_narrow = ascii;
        m_bounds.reserve(rows + 1);
        m_bounds.push_back(0);
        if (m_narrow)
            m_bytes.reserve(std::size_t(total));
        else
            m_wide.reserve(total);
        for (std::size_t row = 0; row < rows; ++row) {
            const QByteArrayView utf8 = textOf(row);
            if (m_narrow) {
                for (const char byte : utf8)
                    m_bytes.push_back(byte >= 'A' && byte <= 'Z' ? char(byte + ('a' - 'A')) : byte);
                m_bounds.push_back(std::uint32_t(m_bytes.size()));
            } else {
                appendFolded(QString::fromUtf8(utf8));
                m_bounds.push_back(std::uint32_t(m_wide.size()));
            }
        }
    }
    // The text's first units packed in an integer: ordered as the texts are, so equal heads
    // are the only comparisons that read the texts.
    std::uint64_t head(std::size_t row) const
    {
        std::uint64_t key = 0;
        const std::uint32_t at = m_bounds[row];
        const std::uint32_t length = m_bounds[row + 1] - at;
        if (m_narrow) {
            for (std::uint32_t i = 0; i < 8; ++i)
                key = (key << 8) | (i < length ? std::uint8_t(m_bytes[at + i]) : 0U);
        } else {
            for (std::uint32_t i = 0; i < 4; ++i)
                key = (key << 16) | (i < length ? m_wide[qsizetype(at + i)].unicode() : 0U);
        }
        return key;
    }
    int compare(std::size_t a, std::size_t b) const
    {
        if (m_narrow) {
            const std::string_view x(m_bytes.data() + m_bounds[a], m_bounds[a + 1] - m_bounds[a]);
            const std::string_view y(m_bytes.data() + m_bounds[b], m_bounds[b + 1] - m_bounds[b]);
            return x.compare(y);
        }
        return wideAt(a).compare(wideAt(b));
    }

private:
    QStringView wideAt(std::size_t row) const
    {
        return QStringView(m_wide).mid(m_bounds[row], m_bounds[row + 1] - m_bounds[row]);
    }
    void appendFolded(const QString &text)
    {
        const qsizetype start = m_wide.size();
        m_wide.resize(start + text.size());
        QChar *out = m_wide.data() + start;
        bool beyondBmp = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t unit = text[i].unicode();
            beyondBmp = beyondBmp || QChar::isSurrogate(unit);
            out[i] = QChar(char16_t(QChar::toCaseFolded(unit)));
        }
        if (beyondBmp) { // rare: characters beyond the BMP fold as whole characters
            m_wide.resize(start);
            m_wide += text.toCaseFolded();
        }
    }

    bool m_narrow = true;
    std::string m_bytes; // when m_narrow
    QString m_wide;      // otherwise
    std::vector<std::uint32_t> m_bounds;
};

// A row's place in a sort: its column's key, then its number's rank, which breaks every tie.
template <typename Key> struct SortEntry
{
    Key key;
    std::uint32_t numberRank;
    int row;
};

// Keys that are equal as far as the integer goes and need no further look.
struct NoText
{
    int operator()(int, int) const { return 0; }
};

// `rows` in the order of keyOf(row), then of textOrder(row, row) (a comparison of what the
// key leaves undecided), then of the number.
template <typename Key, typename KeyOf, typename TextOrder = NoText>
std::vector<int> sortedBy(const std::vector<int> &rows, const std::vector<std::uint32_t> &ranks,
                          KeyOf keyOf, TextOrder textOrder = {})
{
    std::vector<SortEntry<Key>> entries;
    entries.reserve(rows.size());
    for (const int row : rows)
        entries.push_back({keyOf(row), ranks[std::size_t(row)], row});
    std::sort(entries.begin(), entries.end(),
              [&](const SortEntry<Key> &a, const SortEntry<Key> &b) {
                  if (a.key != b.key)
                      return a.key < b.key;
                  if (const int c = textOrder(a.row, b.row))
                      return c < 0;
                  return a.numberRank < b.numberRank;
              });
    std::vector<int> sorted;
    sorted.reserve(entries.size());
    for (const auto &entry : entries)
        sorted.push_back(entry.row);
    return sorted;
}
} // namespace

const std::vector<std::uint32_t> &DidModel::numberRanks()
{
    // Kept until a new number arrives; rows load in number order, so usually this is free.
    if (m_numberRanks.size() == m_rows.size())
        return m_numberRanks;
    std::vector<int> byNumber = m_order;
    const auto less = [this](int a, int b) {
        return m_rows[std::size_t(a)].numberUtf8().compare(m_rows[std::size_t(b)].numberUtf8()) < 0;
    };
    if (!std::is_sorted(byNumber.begin(), byNumber.end(), less))
        std::sort(byNumber.begin(), byNumber.end(), less);
    m_numberRanks.assign(m_rows.size(), 0);
    for (std::size_t i = 0; i < byNumber.size(); ++i)
        m_numberRanks[std::size_t(byNumber[i])] = std::uint32_t(i);
    return m_numberRanks;
}

std::vector<int> DidModel::sortedAscending(int column)
{
    const std::vector<std::uint32_t> &ranks = numberRanks();
    const auto rowAt = [this](int row) { return m_rows[std::size_t(row)]; };
    switch (column) {
    case UserColumn: {
        // Folded once per row, not in each of n log n comparisons.
        const FoldedTexts folded(m_rows.size(),
                                 [&](std::size_t row) { return rowAt(int(row)).userUtf8(); });
        return sortedBy<std::uint64_t>(
            m_order, ranks, [&](int row) { return folded.head(std::size_t(row)); },
            [&](int a, int b) { return folded.compare(std::size_t(a), std::size_t(b)); });
    }
    case AddressColumn:
        return sortedBy<int>(m_order, ranks, [&, labelRanks = addressLabelRanks()](int row) {
            return labelRanks.value(rowAt(row).addressId(), 0);
        });
    case CountryColumn: {
        // Country codes are two letters: up to four units packed in an integer (zero after the
        // end) sort as the texts do, with no lookup per row.
        const bool short8 = std::all_of(m_order.begin(), m_order.end(), [&](int row) {
            return rowAt(row).countryUtf8().size() <= 8;
        });
        if (short8) {
            return sortedBy<std::uint64_t>(m_order, ranks, [&](int row) {
                const QByteArrayView country = rowAt(row).countryUtf8();
                std::uint64_t key = 0;
                for (qsizetype i = 0; i < 8; ++i)
                    key = (key << 8) | (i < country.size() ? std::uint8_t(country[i]) : 0U);
                return key;
            });
        }
        // Longer texts: rank the few distinct countries once, then sort integers.
        QHash<QByteArrayView, int> countryRanks;
        for (const int row : m_order)
            countryRanks.insert(rowAt(row).countryUtf8(), 0);
        std::vector<QByteArrayView> countries(countryRanks.keyBegin(), countryRanks.keyEnd());
        std::sort(countries.begin(), countries.end(),
                  [](QByteArrayView a, QByteArrayView b) { return a.compare(b) < 0; });
        for (std::size_t i = 0; i < countries.size(); ++i)
            countryRanks[countries[i]] = int(i);
        return sortedBy<int>(m_order, ranks,
                             [&](int row) { return countryRanks.value(rowAt(row).countryUtf8()); });
    }
    case UsageColumn:
        return sortedBy<int>(m_order, ranks, [&](int row) { return int(rowAt(row).usage()); });
    case StateColumn:
        return sortedBy<int>(m_order, ranks, [&](int row) { return int(rowAt(row).state()); });
    case FeeColumn:
        return sortedBy<qint64>(m_order, ranks, [&](int row) { return rowAt(row).feeMinor(); });
    case SinceColumn:
        return sortedBy<qint64>(m_order, ranks, [&](int row) { return rowAt(row).since(); });
    default:
        return sortedBy<int>(m_order, ranks, [](int) { return 0; });
    }
}

QHash<QStringView, int> DidModel::addressLabelRanks() const
{
    // Each address's place among the folded labels. The empty label (a row without a known
    // address, as lessThan() sees it) sorts first, with rank 0.
    std::vector<std::pair<QString, QStringView>> labels{{QString(), QStringView()}};
    labels.reserve(std::size_t(m_addressLabels.size()) + 1);
    for (auto it = m_addressLabels.cbegin(); it != m_addressLabels.cend(); ++it)
        labels.emplace_back(it.value().toCaseFolded(), it.key());
    std::sort(labels.begin(), labels.end(),
              [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
    QHash<QStringView, int> ranks;
    int rank = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (i > 0 && labels[i].first != labels[i - 1].first)
            ++rank;
        if (!labels[i].second.isNull())
            ranks.insert(labels[i].second, rank);
    }
    return ranks;
}

void DidModel::forgetSortedColumns()
{
    for (std::vector<int> &sorted : m_sortedByColumn)
        sorted = std::vector<int>(); // its memory too: 4 MB a column at a million rows
}

void DidModel::sortRows()
{
    // Each column's ascending order is kept until the rows change; descending is its reverse
    // (the number breaks every tie, so the order is total).
    const int column = std::clamp(m_sortColumn, int(NumberColumn), int(ColumnCount) - 1);
    std::vector<int> &ascending = m_sortedByColumn[std::size_t(column)];
    if (ascending.size() != m_order.size()) {
        ascending = sortedAscending(column);
        // Kept for this column and the one sorted before it (going back and forth is common);
        // at a million rows each order is 4 MB.
        for (int other = 0; other < ColumnCount; ++other) {
            if (other != column && other != m_lastSortedColumn)
                m_sortedByColumn[std::size_t(other)] = std::vector<int>();
        }
    }
    m_lastSortedColumn = column;
    m_order = ascending;
    if (m_sortOrder == Qt::DescendingOrder)
        std::reverse(m_order.begin(), m_order.end());
    // The rows shown keep being the rows shown, now in the new order.
    if (m_visible.size() == m_order.size()) {
        m_visible = m_order;
    } else {
        std::vector<bool> shown(m_rows.size());
        for (const int row : m_visible)
            shown[std::size_t(row)] = true;
        m_visible.clear();
        std::copy_if(m_order.begin(), m_order.end(), std::back_inserter(m_visible),
                     [&shown](int row) { return shown[std::size_t(row)]; });
    }
    forgetFilterSteps();
}

void DidModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    relayout([&] {
        m_sortColumn = column;
        m_sortOrder = order;
        sortRows();
    });
}

void DidModel::relayout(const std::function<void()> &change)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList numbers;
    numbers.reserve(before.size());
    for (const QModelIndex &index : before)
        numbers.append(numberAt(index.row()));
    change();
    // Selections and the current row follow their numbers to the new places.
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOf(numbers.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int DidModel::positionIn(const std::vector<int> &order, int row) const
{
    const auto it = std::lower_bound(order.begin(), order.end(), row,
                                     [this](int a, int b) { return lessThan(a, b); });
    return it != order.end() && *it == row ? int(it - order.begin()) : -1;
}
