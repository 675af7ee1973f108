// DidModel's order and filters: sorting on any column with the number as the tie-breaker, and
// filters that only look at the rows shown when a filter narrows (a longer text, a first state).
#include "DidModel.h"

#include <algorithm>

namespace {
// The digits of a filter typed as a phone number ("(206) 555-01" → "20655501"), or empty when
// the text is not one.
QString phoneDigits(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (!QStringView(u"+()-. ").contains(c))
            return {};
    }
    return digits;
}
} // namespace

bool DidModel::lessThan(int a, int b) const
{
    const Row &x = m_rows[std::size_t(a)];
    const Row &y = m_rows[std::size_t(b)];
    int c = 0;
    switch (m_sortColumn) {
    case UserColumn:
        c = x.user().compare(y.user(), Qt::CaseInsensitive);
        break;
    case UsageColumn:
        c = int(x.usage) - int(y.usage);
        break;
    case CountryColumn:
        c = x.country().compare(y.country());
        break;
    case StateColumn:
        c = int(x.state) - int(y.state);
        break;
    case AddressColumn:
        c = m_addressLabels.value(x.addressId().toString())
                .compare(m_addressLabels.value(y.addressId().toString()), Qt::CaseInsensitive);
        break;
    case FeeColumn:
        c = x.feeMinor < y.feeMinor ? -1 : (x.feeMinor > y.feeMinor ? 1 : 0);
        break;
    case SinceColumn:
        c = x.since < y.since ? -1 : (x.since > y.since ? 1 : 0);
        break;
    default:
        break;
    }
    // The number breaks ties, so the order is total and a row's place can be found by bisection.
    if (c == 0)
        c = x.number().compare(y.number());
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

bool DidModel::accepts(const Row &row) const
{
    if (m_stateFilter && row.state != *m_stateFilter)
        return false;
    if (m_usageFilter && row.usage != *m_usageFilter)
        return false;
    if (!m_countryFilter.isEmpty() && row.country() != m_countryFilter)
        return false;
    if (m_filterNeedle.isEmpty())
        return true;
    if (m_filterIsDigits)
        return row.number().mid(1).contains(m_filterNeedle);
    return row.user().contains(m_filterNeedle, Qt::CaseInsensitive) ||
           row.upn().contains(m_filterNeedle, Qt::CaseInsensitive);
}

void DidModel::rebuildVisible(bool narrowing)
{
    // Narrowing (a longer filter text) only needs to look at the rows shown now.
    const std::vector<int> &source = narrowing ? m_visible : m_order;
    std::vector<int> visible;
    visible.reserve(source.size());
    for (const int row : source) {
        if (accepts(m_rows[std::size_t(row)]))
            visible.push_back(row);
    }
    m_visible = std::move(visible);
}

void DidModel::refilter(bool narrowing)
{
    beginResetModel();
    rebuildVisible(narrowing);
    endResetModel();
}

void DidModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    const QString digits = phoneDigits(text.trimmed());
    const QString needle = digits.isEmpty() ? text.trimmed() : digits;
    const bool narrowing = !m_filterNeedle.isEmpty() && m_filterIsDigits == !digits.isEmpty() &&
                           needle.contains(m_filterNeedle, Qt::CaseInsensitive);
    m_filterText = text;
    if (needle == m_filterNeedle)
        return;
    m_filterNeedle = needle;
    m_filterIsDigits = !digits.isEmpty();
    refilter(narrowing);
}

void DidModel::setStateFilter(std::optional<E911State> state)
{
    if (state == m_stateFilter)
        return;
    const bool narrowing = !m_stateFilter && state;
    m_stateFilter = state;
    refilter(narrowing);
}

void DidModel::setUsageFilter(std::optional<DidUsage> usage)
{
    if (usage == m_usageFilter)
        return;
    const bool narrowing = !m_usageFilter && usage;
    m_usageFilter = usage;
    refilter(narrowing);
}

void DidModel::setCountryFilter(const QString &country)
{
    if (country == m_countryFilter)
        return;
    const bool narrowing = m_countryFilter.isEmpty();
    m_countryFilter = country;
    refilter(narrowing);
}

void DidModel::sortRows()
{
    if (m_sortColumn == UserColumn || m_sortColumn == AddressColumn) {
        // Fold case once per row instead of in every one of n log n comparisons; the order is
        // the same as lessThan()'s case-insensitive comparison.
        std::vector<QString> keys(m_rows.size());
        for (const int row : m_order) {
            const Row &r = m_rows[std::size_t(row)];
            keys[std::size_t(row)] =
                (m_sortColumn == UserColumn ? r.user().toString()
                                            : m_addressLabels.value(r.addressId().toString()))
                    .toCaseFolded();
        }
        const auto less = [this, &keys](int a, int b) {
            int c = keys[std::size_t(a)].compare(keys[std::size_t(b)]);
            if (c == 0)
                c = m_rows[std::size_t(a)].number().compare(m_rows[std::size_t(b)].number());
            return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
        };
        std::sort(m_order.begin(), m_order.end(), less);
        std::sort(m_visible.begin(), m_visible.end(), less);
    } else {
        // The number breaks every tie, so an unstable sort gives the one order there is.
        const auto less = [this](int a, int b) { return lessThan(a, b); };
        std::sort(m_order.begin(), m_order.end(), less);
        std::sort(m_visible.begin(), m_visible.end(), less);
    }
}

void DidModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList numbers;
    numbers.reserve(before.size());
    for (const QModelIndex &index : before)
        numbers.append(numberAt(index.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
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
