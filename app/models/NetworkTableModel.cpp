// The flat, searchable table of a tenant's network elements.
#include "models/NetworkTableModel.h"

#include <QCollator>

#include <algorithm>

NetworkTableModel::NetworkTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void NetworkTableModel::setSnapshot(std::shared_ptr<const NetworkMapSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rows.clear();
    if (m_snapshot) {
        const NetworkMapSnapshot &s = *m_snapshot;
        m_rows.reserve(s.elements.size());
        for (int i = 0; i < s.elements.size(); ++i) {
            const NetworkElement &e = s.elements.at(i);
            Row row;
            row.element = i;
            row.text[KindColumn] = networkElementKindText(e.kind);
            row.text[IdentifierColumn] = e.identifier();
            row.text[PlaceColumn] = s.placeText(e);
            row.text[AddressColumn] = s.addressText(e);
            row.text[DescriptionColumn] = e.description;
            const NetworkElementFlag flag = s.flags.at(i);
            const QStringList warnings = s.warnings.value(e.id);
            QStringList words;
            QStringList tips;
            // A mark and words, never colour alone: ✖ cannot place a caller, ⚠ worth a look.
            if (flag != NetworkElementFlag::None) {
                words.append(QString(QStringLiteral("✖ ") + networkElementFlagText(flag)));
                tips.append(NetworkMapFlags::reason(flag));
            }
            for (const QString &w : warnings)
                words.append(QString(QStringLiteral("⚠ ") + w));
            tips.append(warnings);
            row.text[FlagsColumn] = words.join(QStringLiteral("; "));
            row.tooltip = tips.join(QLatin1Char('\n'));
            row.flagged = !words.isEmpty();
            row.haystack = QStringList{row.text[IdentifierColumn], row.text[DescriptionColumn],
                                       row.text[PlaceColumn], row.text[AddressColumn]}
                               .join(QLatin1Char('\x1f'))
                               .toCaseFolded();
            m_rows.append(std::move(row));
        }
    }
    rebuildVisible();
    endResetModel();
}

void NetworkTableModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    beginResetModel();
    m_search = text;
    rebuildVisible();
    endResetModel();
}

void NetworkTableModel::rebuildVisible()
{
    m_visible.clear();
    const QStringList words = m_search.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_visible.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString &hay = m_rows.at(i).haystack;
        if (std::all_of(words.cbegin(), words.cend(),
                        [&hay](const QString &w) { return hay.contains(w); }))
            m_visible.append(i);
    }
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount)
        return;
    // Keys are compared with a numeric-aware collator, so "10.0.2.0" sorts after "10.0.10.0"
    // the way a person expects; the sort key is built once per sort, not per comparison.
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QList<QCollatorSortKey> keys;
    keys.reserve(m_rows.size());
    for (const Row &row : std::as_const(m_rows))
        keys.append(collator.sortKey(row.text[m_sortColumn]));
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_visible.begin(), m_visible.end(), [&](int a, int b) {
        const int c = keys.at(a).compare(keys.at(b));
        return ascending ? c < 0 : c > 0;
    });
}

void NetworkTableModel::sort(int column, Qt::SortOrder order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> rowsBefore;
    rowsBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        rowsBefore.append(m_visible.at(index.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildVisible();
    QHash<int, int> position;
    position.reserve(m_visible.size());
    for (int i = 0; i < m_visible.size(); ++i)
        position.insert(m_visible.at(i), i);
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after.append(index(position.value(rowsBefore.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const NetworkElement *NetworkTableModel::element(int row) const
{
    if (row < 0 || row >= m_visible.size() || !m_snapshot)
        return nullptr;
    return &m_snapshot->elements.at(m_rows.at(m_visible.at(row)).element);
}

int NetworkTableModel::rowOf(const QString &elementId) const
{
    if (!m_snapshot)
        return -1;
    const int element = m_snapshot->elementIndex.value(elementId, -1);
    // Rows are built in element order, so the element's index is its row in m_rows.
    return element < 0 ? -1 : int(m_visible.indexOf(element));
}

int NetworkTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int NetworkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetworkTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const Row &row = m_rows.at(m_visible.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return row.text[index.column()];
    case Qt::ToolTipRole:
        if (index.column() == FlagsColumn && !row.tooltip.isEmpty())
            return row.tooltip;
        return row.text[index.column()].isEmpty() ? QVariant() : row.text[index.column()];
    case ElementIdRole:
        return m_snapshot->elements.at(row.element).id;
    case FlaggedRole:
        return row.flagged;
    default:
        return {};
    }
}

QVariant NetworkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case IdentifierColumn:
        return tr("Identifier");
    case PlaceColumn:
        return tr("Place");
    case AddressColumn:
        return tr("Emergency address");
    case DescriptionColumn:
        return tr("Description");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}
