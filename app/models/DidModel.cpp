// The numbers of one tenant as a table model: loaded from the cache in one query, kept up to
// date by sync change sets, with the rows in a DidRowTable (see DidModel.h).
#include "DidModel.h"

#include "calls/CallLocationQuery.h"
#include "teams/TeamsNumberQuery.h"

#include "domain/FeeQuote.h"
#include "store/Cache.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>

namespace {
// A number's key in DidModel's index: "+" and up to 15 digits (every E.164 number) packed into
// an integer with their count, so no two numbers share one; nothing for any other text (the
// cache holds E.164 numbers only, but such a text is still looked up, in an index of its own).
std::optional<quint64> numberKey(QStringView e164)
{
    if (e164.size() < 2 || e164.size() > 16 || e164.front() != u'+')
        return std::nullopt;
    quint64 value = 0;
    for (const QChar c : e164.sliced(1)) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + quint64(c.unicode() - u'0');
    }
    return value | (quint64(e164.size()) << 56);
}
} // namespace

DidModel::DidModel(Cache *cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{}

DidModel::~DidModel() = default;

QString DidModel::stateText(E911State state)
{
    switch (state) {
    // The words of UI.md's state table; the mark is drawn beside them.
    case E911State::Basic:
        return tr("Basic 911 only");
    case E911State::Pending:
        return tr("Pending");
    case E911State::Registered:
        return tr("Registered");
    case E911State::Failed:
        return tr("Failed");
    case E911State::Deregistering:
        return tr("Turning off");
    }
    return {};
}

QString DidModel::usageText(DidUsage usage)
{
    switch (usage) {
    case DidUsage::User:
        return tr("User");
    case DidUsage::CommonArea:
        return tr("Common area phone");
    case DidUsage::Conference:
        return tr("Conference");
    case DidUsage::AutoAttendant:
        return tr("Auto attendant");
    case DidUsage::CallQueue:
        return tr("Call queue");
    case DidUsage::Unassigned:
        return tr("Unassigned");
    }
    return {};
}

void DidModel::setTenant(const QString &tenantId)
{
    m_tenantId = tenantId;
    reload();
}

void DidModel::loadAddressLabels()
{
    m_addressLabels.clear();
    QSqlQuery q(m_cache->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, company_name, postal_community, state FROM addresses"
                             " WHERE tenant_id = ?"));
    q.addBindValue(m_tenantId);
    if (!q.exec())
        return;
    while (q.next()) {
        QStringList parts{q.value(2).toString(), q.value(3).toString()};
        parts.removeAll(QString());
        const QString place = parts.join(QStringLiteral(", "));
        const QString company = q.value(1).toString();
        m_addressLabels.insert(q.value(0).toString(),
                               company.isEmpty() ? place : tr("%1 (%2)").arg(company, place));
    }
}

void DidModel::clearRows()
{
    m_rows.clear();
    m_index.clear();
    m_oddIndex.clear();
    m_indexBuilt = false;
    m_order.clear();
    m_visible.clear();
    m_feeTexts.clear();
    m_search.clear();
    forgetFilterSteps();
    m_numberRanks.clear();
    forgetSortedColumns();
}

void DidModel::takeRows(DidRows &&rows)
{
    clearRows();
    m_rows = std::move(rows.rows);
    m_search = std::move(rows.search);
    for (const qint64 fee : rows.fees)
        feeText(fee);
    m_order.resize(m_rows.size());
    std::iota(m_order.begin(), m_order.end(), 0);
}

void DidModel::reload()
{
    const bool wasLoading = isLoading();
    m_loader.reset();
    m_changesWhileLoading.clear();
    beginResetModel();
    clearRows();
    m_callLocationFlags.clear();
    m_numbersWithCalls.clear();
    m_teamsLocationFlags.clear();
    m_numbersInTeamsReading.clear();
    if (!m_tenantId.isEmpty()) {
        loadAddressLabels();
        loadCallLocationFlags(true);
        loadTeamsLocationFlags(true);
        if (const auto prices = m_cache->priceList())
            m_currency = prices->currency;
        if (m_cache->hasMoreDidsThan(m_tenantId, m_backgroundLoadThreshold)) {
            startBackgroundLoad();
            endResetModel();
            if (!wasLoading)
                emit loadingChanged(true);
            return;
        }
        takeRows(readDidRows(m_cache->database(), m_tenantId));
    }
    rebuildVisible(false);
    // Rows arrive in number order; any other order is made here.
    if (m_sortColumn > NumberColumn || m_sortOrder == Qt::DescendingOrder)
        sortRows();
    endResetModel();
    if (wasLoading)
        emit loadingChanged(false);
    emit loaded();
}

void DidModel::startBackgroundLoad()
{
    m_loader = std::make_unique<DidRowLoader>(m_cache->path(), m_tenantId);
    connect(m_loader.get(), &DidRowLoader::rowsRead, this, &DidModel::onRowsRead);
    m_loader->start();
}

bool DidModel::showsEveryRowByNumber() const
{
    return m_filterNeedle.isEmpty() && !m_stateFilter && !m_usageFilter &&
           m_countryFilter.isEmpty() && m_sortColumn <= NumberColumn &&
           m_sortOrder == Qt::AscendingOrder;
}

void DidModel::onRowsRead(const std::shared_ptr<DidRows> &rows)
{
    if (!rows->complete) {
        // The first screenful, shown while the rest is read when nothing filters or reorders.
        if (!m_rows.empty() || rows->rows.empty() || !showsEveryRowByNumber())
            return;
        beginInsertRows({}, 0, int(rows->rows.size()) - 1);
        m_rows = rows->rows;
        m_order.resize(m_rows.size());
        std::iota(m_order.begin(), m_order.end(), 0);
        m_visible = m_order;
        endInsertRows();
        return;
    }
    // The loader emitted this; it goes once control is back in the event loop.
    m_loader.release()->deleteLater();
    const std::size_t shown = m_rows.size();
    if (shown > 0 && shown <= rows->rows.size() && showsEveryRowByNumber()) {
        // The rows shown are the first of these, in the same places: append the rest, so a
        // row selected meanwhile stays selected.
        takeRows(std::move(*rows));
        m_visible.assign(m_order.begin(), m_order.begin() + qsizetype(shown));
        if (m_rows.size() > shown) {
            beginInsertRows({}, int(shown), int(m_rows.size()) - 1);
            m_visible = m_order;
            endInsertRows();
        }
    } else {
        beginResetModel();
        takeRows(std::move(*rows));
        rebuildVisible(false);
        if (m_sortColumn > NumberColumn || m_sortOrder == Qt::DescendingOrder)
            sortRows();
        endResetModel();
    }
    // Sync went on while the rows were read: what it changed is applied on top.
    const std::vector<CacheChangeSet> changes = std::exchange(m_changesWhileLoading, {});
    emit loadingChanged(false);
    for (const CacheChangeSet &change : changes)
        applyChanges(change);
    emit loaded();
}

DidListRecord DidModel::makeRecord(const Did &did)
{
    const DidListRecord record = m_rows.make(did);
    if (record.feeMinor >= 0)
        feeText(record.feeMinor);
    return record;
}

int DidModel::indexedRow(const QString &number) const
{
    ensureIndex();
    if (const auto key = numberKey(number)) {
        const auto found = m_index.constFind(*key);
        return found == m_index.constEnd() ? -1 : found.value();
    }
    return m_oddIndex.value(number, -1);
}

void DidModel::setIndexedRow(const QString &number, int row) const
{
    if (const auto key = numberKey(number)) {
        if (row < 0)
            m_index.remove(*key);
        else
            m_index.insert(*key, row);
    } else if (row < 0) {
        m_oddIndex.remove(number);
    } else {
        m_oddIndex.insert(number, row);
    }
}

QString DidModel::feeText(qint64 amountMinor)
{
    // Few distinct fees exist, so each is formatted once, in the price list's currency.
    auto it = m_feeTexts.find(amountMinor);
    if (it == m_feeTexts.end())
        it = m_feeTexts.insert(amountMinor, formatMoney(Money{amountMinor, m_currency}));
    return it.value();
}

void DidModel::upsert(const Did &did)
{
    DidListRecord fresh = makeRecord(did);
    forgetFilterSteps();
    forgetSortedColumns();
    const int found = indexedRow(did.number);
    if (found < 0) {
        const int row = int(m_rows.size());
        m_rows.append(fresh);
        indexRow(row);
        setIndexedRow(did.number, row);
        const auto less = [this](int a, int b) { return lessThan(a, b); };
        m_order.insert(std::lower_bound(m_order.begin(), m_order.end(), row, less), row);
        if (accepts(m_rows.back())) {
            const auto at = std::lower_bound(m_visible.begin(), m_visible.end(), row, less);
            const int position = int(at - m_visible.begin());
            beginInsertRows({}, position, position);
            m_visible.insert(at, row);
            endInsertRows();
        }
        return;
    }
    const int row = found;
    const int orderPos = positionIn(m_order, row);
    const int visiblePos = positionIn(m_visible, row);
    const bool shown = visiblePos >= 0;
    // Where would the updated record go? Same place and still shown: a plain dataChanged.
    m_rows.swap(std::size_t(row), fresh);
    const bool stillShown = accepts(m_rows[std::size_t(row)]);
    const bool inPlace =
        (orderPos <= 0 || lessThan(m_order[std::size_t(orderPos - 1)], row)) &&
        (orderPos + 1 >= int(m_order.size()) || lessThan(row, m_order[std::size_t(orderPos + 1)]));
    indexRow(row);
    if (shown && stillShown && inPlace) {
        m_rows.release(fresh);
        emit dataChanged(index(visiblePos, 0), index(visiblePos, ColumnCount - 1));
        return;
    }
    // Otherwise take the row out under its old values, and put it back under the new ones.
    m_rows.swap(std::size_t(row), fresh);
    if (shown) {
        beginRemoveRows({}, visiblePos, visiblePos);
        m_visible.erase(m_visible.begin() + visiblePos);
        endRemoveRows();
    }
    m_order.erase(m_order.begin() + orderPos);
    m_rows.swap(std::size_t(row), fresh);
    m_rows.release(fresh);
    const auto less = [this](int a, int b) { return lessThan(a, b); };
    m_order.insert(std::lower_bound(m_order.begin(), m_order.end(), row, less), row);
    if (stillShown) {
        const auto at = std::lower_bound(m_visible.begin(), m_visible.end(), row, less);
        const int position = int(at - m_visible.begin());
        beginInsertRows({}, position, position);
        m_visible.insert(at, row);
        endInsertRows();
    }
}

void DidModel::remove(const QString &number)
{
    const int row = indexedRow(number);
    if (row < 0)
        return;
    const int visiblePos = positionIn(m_visible, row);
    if (visiblePos >= 0) {
        beginRemoveRows({}, visiblePos, visiblePos);
        m_visible.erase(m_visible.begin() + visiblePos);
        endRemoveRows();
    }
    const int orderPos = positionIn(m_order, row);
    if (orderPos >= 0)
        m_order.erase(m_order.begin() + orderPos);
    setIndexedRow(number, -1);
    // The record stays as a hole (no index points at it) until the next reload.
    m_rows.remove(std::size_t(row));
    indexRow(row);
    forgetFilterSteps();
    forgetSortedColumns();
}

void DidModel::applyChanges(const CacheChangeSet &changes)
{
    if (m_tenantId.isEmpty())
        return;
    if (changes.reloaded || changes.deletedTenants.contains(m_tenantId)) {
        reload();
        return;
    }
    if (isLoading()) {
        m_changesWhileLoading.push_back(changes);
        return;
    }
    if (!changes.addresses.isEmpty() || !changes.deletedAddresses.isEmpty()) {
        loadAddressLabels();
        forgetSortedColumns();
        // The filter text searches the labels too: what it lets through may have changed.
        if (!m_filterNeedle.isEmpty() && !m_filterIsDigits)
            refilter(false);
        else if (!m_visible.empty())
            emit dataChanged(index(0, AddressColumn), index(rowCount() - 1, AddressColumn));
    }
    for (const auto &[tenant, number] : changes.deletedDids) {
        if (tenant == m_tenantId)
            remove(number);
    }
    // Numbers new to the model are added together: a full sync's page brings a thousand, and
    // one insertion is far cheaper for the views than a thousand.
    std::vector<const Did *> added;
    QSet<QStringView> addedNumbers;
    for (const Did &did : changes.dids) {
        if (did.tenantId != m_tenantId)
            continue;
        if (indexedRow(did.number) >= 0 || addedNumbers.contains(did.number)) {
            upsert(did);
        } else {
            added.push_back(&did);
            addedNumbers.insert(did.number);
        }
    }
    if (added.size() == 1)
        upsert(*added.front());
    else if (!added.empty())
        insertNew(added);
    if (changes.emergencyCallTenants.contains(m_tenantId) ||
        mayChangeVerdicts(m_numbersWithCalls, changes))
        loadCallLocationFlags(false);
    if (changes.teamsNumberTenants.contains(m_tenantId) ||
        mayChangeVerdicts(m_numbersInTeamsReading, changes))
        loadTeamsLocationFlags(false);
}

bool DidModel::mayChangeVerdicts(const QSet<QString> &judged, const CacheChangeSet &changes)
{
    if (judged.isEmpty())
        return false;
    // A registration moved to another address, or an address was edited (or now keeps a Teams
    // id), since what the numbers were judged by.
    if (!changes.addresses.isEmpty() || !changes.deletedAddresses.isEmpty())
        return true;
    return std::any_of(changes.dids.cbegin(), changes.dids.cend(),
                       [&judged](const Did &did) { return judged.contains(did.number); });
}

void DidModel::loadCallLocationFlags(bool quietly)
{
    const QHash<QString, CallLocationCheck> checks = calllocation::load(*m_cache, m_tenantId);
    m_numbersWithCalls.clear();
    for (auto it = checks.cbegin(); it != checks.cend(); ++it)
        m_numbersWithCalls.insert(it.key());
    replaceFlags(m_callLocationFlags, calllocation::flaggedNumbers(checks), quietly);
}

void DidModel::loadTeamsLocationFlags(bool quietly)
{
    const QHash<QString, TeamsNumberCheck> checks = teamsnumbers::load(*m_cache, m_tenantId);
    m_numbersInTeamsReading.clear();
    for (auto it = checks.cbegin(); it != checks.cend(); ++it)
        m_numbersInTeamsReading.insert(it.key());
    replaceFlags(m_teamsLocationFlags, teamsnumbers::flaggedNumbers(checks), quietly);
}

void DidModel::replaceFlags(QHash<QString, QString> &current, QHash<QString, QString> flags,
                            bool quietly)
{
    if (flags == current)
        return;
    QSet<QString> touched;
    for (auto it = flags.cbegin(); it != flags.cend(); ++it)
        if (current.value(it.key()) != *it)
            touched.insert(it.key());
    for (auto it = current.cbegin(); it != current.cend(); ++it)
        if (!flags.contains(it.key()))
            touched.insert(it.key());
    current = std::move(flags);
    if (quietly)
        return;
    for (const QString &number : touched) {
        const int row = rowOf(number);
        if (row >= 0)
            emit dataChanged(index(row, StateColumn), index(row, StateColumn));
    }
}

void DidModel::insertNew(const std::vector<const Did *> &dids)
{
    forgetFilterSteps();
    forgetSortedColumns();
    std::vector<int> added;
    added.reserve(dids.size());
    for (const Did *did : dids) {
        const int row = int(m_rows.size());
        m_rows.append(makeRecord(*did));
        indexRow(row);
        setIndexedRow(did->number, row);
        added.push_back(row);
    }
    const auto less = [this](int a, int b) { return lessThan(a, b); };
    std::sort(added.begin(), added.end(), less);
    std::vector<int> order;
    order.reserve(m_order.size() + added.size());
    std::merge(m_order.begin(), m_order.end(), added.begin(), added.end(),
               std::back_inserter(order), less);
    m_order.swap(order);
    std::vector<int> shown;
    std::copy_if(added.begin(), added.end(), std::back_inserter(shown),
                 [this](int row) { return accepts(m_rows[std::size_t(row)]); });
    if (shown.empty())
        return;
    if (m_visible.empty() || less(m_visible.back(), shown.front())) {
        // All after the rows shown (a full sync's pages arrive in number order): one append.
        const int first = int(m_visible.size());
        beginInsertRows({}, first, first + int(shown.size()) - 1);
        m_visible.insert(m_visible.end(), shown.begin(), shown.end());
        endInsertRows();
        return;
    }
    relayout([&] {
        std::vector<int> visible;
        visible.reserve(m_visible.size() + shown.size());
        std::merge(m_visible.begin(), m_visible.end(), shown.begin(), shown.end(),
                   std::back_inserter(visible), less);
        m_visible.swap(visible);
    });
}

QString DidModel::numberAt(int row) const
{
    if (row < 0 || row >= int(m_visible.size()))
        return {};
    return m_rows[std::size_t(m_visible[std::size_t(row)])].number();
}

void DidModel::ensureIndex() const
{
    // Built on first need rather than at load: opening a tenant is the path a person waits on.
    if (m_indexBuilt)
        return;
    m_indexBuilt = true;
    m_index.reserve(qsizetype(m_order.size()));
    for (const int row : m_order)
        setIndexedRow(m_rows[std::size_t(row)].number(), row);
}

int DidModel::rowOf(const QString &e164) const
{
    const int row = indexedRow(e164);
    return row < 0 ? -1 : positionIn(m_visible, row);
}

int DidModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int DidModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DidModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row row = m_rows[std::size_t(m_visible[std::size_t(index.row())])];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return row.national();
        case UserColumn:
            return row.user();
        case UsageColumn:
            return usageText(row.usage());
        case CountryColumn:
            return row.country();
        case StateColumn: {
            const QString number = row.number();
            if (m_conflicts.contains(number))
                return tr("⚠ Conflict · %1").arg(stateText(row.state()));
            if (m_callLocationFlags.contains(number))
                return tr("⚠ Location differs · %1").arg(stateText(row.state()));
            if (m_teamsLocationFlags.contains(number))
                return tr("⚠ Teams location differs · %1").arg(stateText(row.state()));
            return stateText(row.state());
        }
        case AddressColumn:
            return m_addressLabels.value(row.addressId().toString());
        case FeeColumn:
            // Made at load (feeText()); not kept per row, which a million rows would feel.
            return row.feeMinor() >= 0 ? m_feeTexts.value(row.feeMinor()) : QString();
        case SinceColumn:
            // Formatted when shown (only the visible rows are asked), not stored per row.
            if (row.since() <= 0)
                return QString();
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(row.since(), Qt::UTC).toLocalTime().date(),
                QLocale::ShortFormat);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NumberColumn)
            return row.tollFree() ? tr("%1, toll-free: cannot have E911").arg(row.number())
                                  : row.number();
        if (index.column() == StateColumn) {
            QStringList flags;
            for (const auto *sentences : {&m_callLocationFlags, &m_teamsLocationFlags}) {
                if (const QString s = sentences->value(row.number()); !s.isEmpty())
                    flags.append(s);
            }
            return flags.join(QLatin1Char('\n'));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == FeeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case E164Role:
        return row.number();
    case E911StateRole:
        return int(row.state());
    case UsageRole:
        return int(row.usage());
    case AddressIdRole:
        return row.addressId().toString();
    case TollFreeRole:
        return row.tollFree();
    case ConflictRole:
        return m_conflicts.contains(row.number());
    case CallLocationRole:
        return m_callLocationFlags.value(row.number());
    case TeamsLocationRole:
        return m_teamsLocationFlags.value(row.number());
    default:
        break;
    }
    return {};
}

void DidModel::setNumbersInConflict(const QSet<QString> &numbers)
{
    if (numbers == m_conflicts)
        return;
    const QSet<QString> touched = (numbers - m_conflicts) + (m_conflicts - numbers);
    m_conflicts = numbers;
    for (const QString &number : touched) {
        const int row = rowOf(number);
        if (row >= 0)
            emit dataChanged(index(row, StateColumn), index(row, StateColumn));
    }
}

QVariant DidModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case UserColumn:
        return tr("Assigned to");
    case UsageColumn:
        return tr("Usage");
    case CountryColumn:
        return tr("Country");
    case StateColumn:
        return tr("Emergency calling");
    case AddressColumn:
        return tr("Emergency address");
    case FeeColumn:
        return tr("Monthly fee");
    case SinceColumn:
        return tr("Since");
    }
    return {};
}
