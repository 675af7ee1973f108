// The numbers of one tenant as a table model: loaded from the cache in one query, kept up to
// date by sync change sets, with the text of each row in one allocation (see DidModel.h).
#include "DidModel.h"

#include "domain/FeeQuote.h"
#include "store/Cache.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QStringTokenizer>

#include <algorithm>

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

void DidModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_indexBuilt = false;
    m_order.clear();
    m_visible.clear();
    m_feeTexts.clear();
    m_search.clear();
    forgetFilterSteps();
    m_numberRanks.clear();
    forgetSortedColumns();
    if (!m_tenantId.isEmpty()) {
        loadAddressLabels();
        // One value per row (see Cache::didListRow): QtSql's cost per value is what a
        // 100,000-row load would otherwise spend its time on.
        QSqlQuery q(m_cache->database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT list_row FROM dids WHERE tenant_id = ? ORDER BY number"));
        q.addBindValue(m_tenantId);
        if (q.exec()) {
            m_rows.reserve(std::size_t(m_cache->didCount(m_tenantId)));
            while (q.next()) {
                const QByteArray bytes = q.value(0).toByteArray();
                Row row;
                if (row.setText(QString::fromUtf8(bytes)))
                    m_rows.push_back(std::move(row));
            }
        }
        if (const auto prices = m_cache->priceList())
            m_currency = prices->currency;
        for (const Row &row : m_rows) {
            if (row.feeMinor >= 0)
                feeText(row.feeMinor);
        }
        m_order.resize(m_rows.size());
        m_search.reserve(m_rows.size());
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            m_order[i] = int(i);
            indexRow(int(i));
        }
    }
    rebuildVisible(false);
    // Rows arrive in number order; any other order is made here.
    if (m_sortColumn > NumberColumn || m_sortOrder == Qt::DescendingOrder)
        sortRows();
    endResetModel();
}

bool DidModel::Row::setText(QString rowText)
{
    text = std::move(rowText);
    std::array<QStringView, Cache::didListRowFields> f;
    std::size_t n = 0;
    bounds[0] = 0;
    for (const QStringView part : QStringTokenizer(text, QChar(0x1f))) {
        if (n >= f.size())
            return false;
        f[n] = part;
        if (n < 6)
            bounds[n + 1] = quint16(part.data() - text.constData() + part.size() + (n < 5 ? 1 : 0));
        ++n;
    }
    if (n != f.size() || text.size() > 0xffff)
        return false;
    since = f[6].toLongLong();
    feeMinor = f[7].toLongLong();
    state = E911State(std::clamp(f[8].toInt(), 0, int(E911State::Deregistering)));
    usage = DidUsage(std::clamp(f[9].toInt(), 0, int(DidUsage::Unassigned)));
    tollFree = f[10] == u"1";
    return true;
}

DidModel::Row DidModel::makeRow(const Did &did)
{
    Row row;
    row.setText(Cache::didListRow(did));
    if (row.feeMinor >= 0)
        feeText(row.feeMinor);
    return row;
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
    Row fresh = makeRow(did);
    ensureIndex();
    forgetFilterSteps();
    forgetSortedColumns();
    const auto found = m_index.constFind(did.number);
    if (found == m_index.constEnd()) {
        const int row = int(m_rows.size());
        m_rows.push_back(std::move(fresh));
        indexRow(row);
        m_index.insert(did.number, row);
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
    const int row = found.value();
    const int orderPos = positionIn(m_order, row);
    const int visiblePos = positionIn(m_visible, row);
    Row &current = m_rows[std::size_t(row)];
    const bool shown = visiblePos >= 0;
    // Where would the updated record go? Same place and still shown: a plain dataChanged.
    std::swap(current, fresh);
    const bool stillShown = accepts(current);
    const bool inPlace =
        (orderPos <= 0 || lessThan(m_order[std::size_t(orderPos - 1)], row)) &&
        (orderPos + 1 >= int(m_order.size()) || lessThan(row, m_order[std::size_t(orderPos + 1)]));
    indexRow(row);
    if (shown && stillShown && inPlace) {
        emit dataChanged(index(visiblePos, 0), index(visiblePos, ColumnCount - 1));
        return;
    }
    // Otherwise take the row out under its old values, and put it back under the new ones.
    std::swap(current, fresh);
    if (shown) {
        beginRemoveRows({}, visiblePos, visiblePos);
        m_visible.erase(m_visible.begin() + visiblePos);
        endRemoveRows();
    }
    m_order.erase(m_order.begin() + orderPos);
    std::swap(current, fresh);
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
    ensureIndex();
    const auto found = m_index.constFind(number);
    if (found == m_index.constEnd())
        return;
    const int row = found.value();
    const int visiblePos = positionIn(m_visible, row);
    if (visiblePos >= 0) {
        beginRemoveRows({}, visiblePos, visiblePos);
        m_visible.erase(m_visible.begin() + visiblePos);
        endRemoveRows();
    }
    const int orderPos = positionIn(m_order, row);
    if (orderPos >= 0)
        m_order.erase(m_order.begin() + orderPos);
    m_index.erase(found);
    // The record stays as a hole (no index points at it) until the next reload.
    m_rows[std::size_t(row)] = Row{};
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
    if (!changes.addresses.isEmpty() || !changes.deletedAddresses.isEmpty()) {
        loadAddressLabels();
        forgetSortedColumns();
        if (!m_visible.empty())
            emit dataChanged(index(0, AddressColumn), index(rowCount() - 1, AddressColumn));
    }
    for (const auto &[tenant, number] : changes.deletedDids) {
        if (tenant == m_tenantId)
            remove(number);
    }
    for (const Did &did : changes.dids) {
        if (did.tenantId == m_tenantId)
            upsert(did);
    }
}

QString DidModel::numberAt(int row) const
{
    if (row < 0 || row >= int(m_visible.size()))
        return {};
    return m_rows[std::size_t(m_visible[std::size_t(row)])].number().toString();
}

void DidModel::ensureIndex() const
{
    // Built on first need rather than at load: opening a tenant is the path a person waits on.
    if (m_indexBuilt)
        return;
    m_index.reserve(qsizetype(m_order.size()));
    for (const int row : m_order)
        m_index.insert(m_rows[std::size_t(row)].number().toString(), row);
    m_indexBuilt = true;
}

int DidModel::rowOf(const QString &e164) const
{
    ensureIndex();
    const auto found = m_index.constFind(e164);
    return found == m_index.constEnd() ? -1 : positionIn(m_visible, found.value());
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
    const Row &row = m_rows[std::size_t(m_visible[std::size_t(index.row())])];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return row.national().toString();
        case UserColumn:
            return row.user().toString();
        case UsageColumn:
            return usageText(row.usage);
        case CountryColumn:
            return row.country().toString();
        case StateColumn:
            if (m_conflicts.contains(row.number().toString()))
                return tr("⚠ Conflict · %1").arg(stateText(row.state));
            return stateText(row.state);
        case AddressColumn:
            return m_addressLabels.value(row.addressId().toString());
        case FeeColumn:
            // Made at load (feeText()); not kept per row, which a million rows would feel.
            return row.feeMinor >= 0 ? m_feeTexts.value(row.feeMinor) : QString();
        case SinceColumn:
            // Formatted when shown (only the visible rows are asked), not stored per row.
            if (row.since <= 0)
                return QString();
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(row.since, Qt::UTC).toLocalTime().date(),
                QLocale::ShortFormat);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NumberColumn)
            return row.tollFree ? tr("%1, toll-free: cannot have E911").arg(row.number())
                                : row.number().toString();
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == FeeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case E164Role:
        return row.number().toString();
    case E911StateRole:
        return int(row.state);
    case UsageRole:
        return int(row.usage);
    case AddressIdRole:
        return row.addressId().toString();
    case TollFreeRole:
        return row.tollFree;
    case ConflictRole:
        return m_conflicts.contains(row.number().toString());
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
