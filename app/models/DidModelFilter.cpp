// DidModel's filters. The filter text is searched through DidFilterIndex (masks, then folded
// bytes) instead of comparing every row's strings, and in the tenant's address labels; a text that
// extends the previous one only looks at the rows shown now, and the results of the shorter texts
// are kept, so deleting characters again shows a result already made. accepts() remains the plain
// definition of what the filters let through; upsert() uses it for single rows and the tests
// compare against it.
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

// Every row `needle` lets through, `broader` lets through too.
bool narrows(const QString &needle, bool isDigits, const QString &broader, bool broaderIsDigits)
{
    return broader.isEmpty() ||
           (isDigits == broaderIsDigits && needle.contains(broader, Qt::CaseInsensitive));
}

// Results kept for shorter filter texts; a bound so a pasted paragraph typed on cannot pile up.
constexpr std::size_t maxFilterSteps = 32;
} // namespace

bool DidModel::passesChoices(const Row &row) const
{
    if (m_stateFilter && row.state() != *m_stateFilter)
        return false;
    if (m_usageFilter && row.usage() != *m_usageFilter)
        return false;
    return m_countryFilter.isEmpty() || row.countryUtf8() == QByteArrayView(m_countryFilterUtf8);
}

bool DidModel::matchesText(const Row &row) const
{
    if (m_filterNeedle.isEmpty())
        return true;
    if (m_filterIsDigits)
        return QStringView(row.number()).mid(1).contains(m_filterNeedle);
    return row.user().contains(m_filterNeedle, Qt::CaseInsensitive) ||
           row.upn().contains(m_filterNeedle, Qt::CaseInsensitive) ||
           m_addressLabels.value(row.addressId().toString())
               .contains(m_filterNeedle, Qt::CaseInsensitive);
}

QSet<QStringView> DidModel::addressesMatchingFilter() const
{
    // A tenant has a few hundred addresses at most: their labels are searched directly.
    QSet<QStringView> ids;
    for (auto it = m_addressLabels.cbegin(); it != m_addressLabels.cend(); ++it) {
        if (it.value().contains(m_filterNeedle, Qt::CaseInsensitive))
            ids.insert(it.key());
    }
    return ids;
}

bool DidModel::accepts(const Row &row) const
{
    return passesChoices(row) && matchesText(row);
}

void DidModel::indexRow(int row)
{
    const Row r = m_rows[std::size_t(row)];
    if (r.isHole())
        m_search.set(row, {}, {}, {});
    else
        m_search.set(row, r.numberUtf8().sliced(1), r.userUtf8(), r.upnUtf8());
}

std::vector<int> DidModel::filtered(const std::vector<int> &source) const
{
    const bool choosing = m_stateFilter || m_usageFilter || !m_countryFilter.isEmpty();
    std::vector<int> out;
    if (m_filterNeedle.isEmpty()) {
        if (!choosing)
            return source;
        std::copy_if(source.begin(), source.end(), std::back_inserter(out),
                     [this](int row) { return passesChoices(m_rows[std::size_t(row)]); });
        return out;
    }
    if (m_search.rowCount() < m_rows.size()) {
        // The first rows of a large tenant show before their index is built: few, so scanned.
        std::copy_if(source.begin(), source.end(), std::back_inserter(out),
                     [this](int row) { return accepts(m_rows[std::size_t(row)]); });
        return out;
    }
    const DidFilterIndex::Query query = DidFilterIndex::compile(
        m_filterIsDigits ? DidFilterIndex::Field::Digits : DidFilterIndex::Field::Names,
        m_filterNeedle);
    // A text also finds the numbers registered at an address whose label holds it.
    const QSet<QStringView> addresses =
        m_filterIsDigits ? QSet<QStringView>() : addressesMatchingFilter();
    if (query.plain && addresses.isEmpty()) {
        // The common case, done by the index alone; the choices narrow its rows further.
        std::vector<int> found = m_search.find(source, query);
        if (choosing)
            std::erase_if(found,
                          [this](int row) { return !passesChoices(m_rows[std::size_t(row)]); });
        return found;
    }
    const std::vector<bool> atAddresses = m_rows.addressKeysAmong(addresses);
    // A narrower text runs over the rows shown, which lie far apart in memory: ask for each
    // row's entry, then its text, a few rows ahead.
    constexpr std::size_t entryAhead = 16;
    constexpr std::size_t textAhead = 8;
    for (std::size_t i = 0; i < source.size(); ++i) {
        const int row = source[i];
        if (i + entryAhead < source.size())
            m_search.prefetch(source[i + entryAhead], query, false);
        if (i + textAhead < source.size())
            m_search.prefetch(source[i + textAhead], query, true);
        const bool atAddress =
            !addresses.isEmpty() && atAddresses[m_rows.addressKeyAt(std::size_t(row))];
        // The index first: it decides most rows without touching the row's record.
        const DidFilterIndex::Verdict verdict =
            atAddress ? DidFilterIndex::Verdict::Yes : m_search.screen(row, query);
        if (verdict == DidFilterIndex::Verdict::No)
            continue;
        if (choosing && !passesChoices(m_rows[std::size_t(row)]))
            continue;
        if (verdict == DidFilterIndex::Verdict::Yes ||
            (query.plain ? m_search.matches(row, query) : matchesText(m_rows[std::size_t(row)])))
            out.push_back(row);
    }
    return out;
}

void DidModel::rebuildVisible(bool narrowing)
{
    // Narrowing (a longer filter text, a first choice) only needs to look at the rows shown now.
    m_visible = filtered(narrowing ? m_visible : m_order);
}

void DidModel::forgetFilterSteps()
{
    m_filterSteps.clear();
}

void DidModel::refilter(bool narrowing)
{
    beginResetModel();
    forgetFilterSteps();
    rebuildVisible(narrowing);
    endResetModel();
}

void DidModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    const QString digits = phoneDigits(text.trimmed());
    const QString needle = digits.isEmpty() ? text.trimmed() : digits;
    const bool isDigits = !digits.isEmpty();
    m_filterText = text;
    if (needle == m_filterNeedle)
        return;
    beginResetModel();
    const std::vector<int> *source = &m_order;
    if (narrows(needle, isDigits, m_filterNeedle, m_filterIsDigits)) {
        // Kept for when the text is shortened back to this.
        if (m_filterSteps.size() >= maxFilterSteps)
            m_filterSteps.erase(m_filterSteps.begin() + 1);
        m_filterSteps.push_back({m_filterNeedle, m_filterIsDigits, std::move(m_visible)});
        source = &m_filterSteps.back().visible;
    } else {
        // Back to the longest kept text this one extends (or is).
        while (!m_filterSteps.empty() && !narrows(needle, isDigits, m_filterSteps.back().needle,
                                                  m_filterSteps.back().isDigits))
            m_filterSteps.pop_back();
        if (!m_filterSteps.empty()) {
            source = &m_filterSteps.back().visible;
            if (m_filterSteps.back().needle == needle) {
                m_visible = std::move(m_filterSteps.back().visible);
                m_filterSteps.pop_back();
                source = nullptr;
            }
        }
    }
    m_filterNeedle = needle;
    m_filterIsDigits = isDigits;
    if (source)
        m_visible = filtered(*source);
    endResetModel();
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
    m_countryFilterUtf8 = country.toUtf8();
    refilter(narrowing);
}
