// The address > place > element tree of a tenant's network map.
#include "models/NetworkTreeModel.h"

#include "domain/AddressLine.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace {
QString validationWords(AddressValidationStatus status)
{
    switch (status) {
    case AddressValidationStatus::Valid:
        return NetworkTreeModel::tr("✔ Validated");
    case AddressValidationStatus::Invalid:
        return NetworkTreeModel::tr("✖ Failed validation");
    case AddressValidationStatus::Unvalidated:
        break;
    }
    return NetworkTreeModel::tr("⚠ Not validated");
}
} // namespace

NetworkTreeModel::NetworkTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void NetworkTreeModel::setSnapshot(std::shared_ptr<const NetworkMapSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    rebuild();
    endResetModel();
}

void NetworkTreeModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    beginResetModel();
    m_search = text;
    rebuild();
    endResetModel();
}

int NetworkTreeModel::addNode(Node node)
{
    const int id = int(m_nodes.size());
    QList<int> &siblings = node.parent < 0 ? m_top : m_nodes[node.parent].children;
    node.row = int(siblings.size());
    siblings.append(id);
    m_nodes.append(std::move(node));
    return id;
}

void NetworkTreeModel::rebuild()
{
    m_nodes.clear();
    m_top.clear();
    if (!m_snapshot)
        return;
    const NetworkMapSnapshot &s = *m_snapshot;
    const QStringList words = m_search.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool searching = !words.isEmpty();

    // Which elements show, grouped by place (element order kept).
    QHash<QString, QList<int>> elementsOfPlace;
    QList<int> trusted;
    QList<int> orphans; // the place is gone
    for (int i = 0; i < s.elements.size(); ++i) {
        const NetworkElement &e = s.elements.at(i);
        if (searching) {
            const QString hay =
                QStringList{e.identifier(), e.description, s.placeText(e), s.addressText(e)}
                    .join(QLatin1Char('\x1f'))
                    .toCaseFolded();
            if (!std::all_of(words.cbegin(), words.cend(),
                             [&hay](const QString &w) { return hay.contains(w); }))
                continue;
        }
        if (e.kind == NetworkElementKind::TrustedIp)
            trusted.append(i);
        else if (!s.place(e.placeId))
            orphans.append(i);
        else
            elementsOfPlace[e.placeId].append(i);
    }

    auto addElements = [&](int parent, const QList<int> &elements) {
        for (int i : elements) {
            const NetworkElement &e = s.elements.at(i);
            Node n;
            n.kind = NodeKind::Element;
            n.parent = parent;
            n.item = i;
            n.name = e.description.isEmpty()
                         ? tr("%1 %2").arg(networkElementKindText(e.kind), e.identifier())
                         : tr("%1 %2 — %3")
                               .arg(networkElementKindText(e.kind), e.identifier(), e.description);
            QStringList marks;
            QStringList tips;
            const NetworkElementFlag flag = s.flags.at(i);
            if (flag != NetworkElementFlag::None) {
                marks.append(QString(QStringLiteral("✖ ") + networkElementFlagText(flag)));
                tips.append(NetworkMapFlags::reason(flag));
            }
            for (const QString &w : s.warnings.value(e.id)) {
                marks.append(QString(QStringLiteral("⚠ ") + w));
                tips.append(w);
            }
            n.flags = marks.join(QStringLiteral("; "));
            n.tooltip = tips.join(QLatin1Char('\n'));
            addNode(std::move(n));
        }
    };

    // Places by address, in the cache's order (address, building, floor, room).
    QHash<QString, QList<int>> placesOfAddress;
    QList<int> homeless; // places whose address is gone
    for (int p = 0; p < s.places.size(); ++p) {
        const Place &place = s.places.at(p);
        if (searching && !elementsOfPlace.contains(place.id))
            continue;
        if (s.address(place.addressId))
            placesOfAddress[place.addressId].append(p);
        else
            homeless.append(p);
    }
    auto addPlaces = [&](int parent, const QList<int> &places) {
        for (int p : places) {
            const Place &place = s.places.at(p);
            Node n;
            n.kind = NodeKind::Place;
            n.parent = parent;
            n.item = p;
            n.name = placeDisplayName(place);
            n.count = QLocale().toString(s.elementsAt(place.id));
            n.tooltip = place.description;
            if (const auto flag = s.placeCallFlags.constFind(place.id);
                flag != s.placeCallFlags.cend()) {
                n.flags = tr("⚠ Teams sent it with another address");
                n.tooltip = n.tooltip.isEmpty() ? *flag : n.tooltip + QLatin1Char('\n') + *flag;
            }
            const int id = addNode(std::move(n));
            addElements(id, elementsOfPlace.value(place.id));
        }
    };
    for (int a = 0; a < s.addresses.size(); ++a) {
        const EmergencyAddress &address = s.addresses.at(a);
        const auto places = placesOfAddress.constFind(address.id);
        if (places == placesOfAddress.cend())
            continue; // an address without places holds no network map
        Node n;
        n.kind = NodeKind::Address;
        n.item = a;
        n.name = address.companyName.isEmpty()
                     ? emergencyAddressLine(address)
                     : tr("%1 — %2").arg(address.companyName, emergencyAddressLine(address));
        n.flags = validationWords(address.validationStatus);
        int count = 0;
        for (int p : *places)
            count += s.elementsAt(s.places.at(p).id);
        n.count = QLocale().toString(count);
        const int id = addNode(std::move(n));
        addPlaces(id, *places);
    }
    auto addGroup = [&](const QString &name, const QString &tooltip, qsizetype count) {
        Node n;
        n.count = QLocale().toString(count);
        n.kind = NodeKind::Group;
        n.name = name;
        n.tooltip = tooltip;
        return addNode(std::move(n));
    };
    if (!homeless.isEmpty())
        addPlaces(addGroup(tr("Places whose address is gone"),
                           tr("Move these places to an existing address."), homeless.size()),
                  homeless);
    if (!orphans.isEmpty())
        addElements(addGroup(tr("Elements whose place is gone"),
                             tr("Link these elements to an existing place."), orphans.size()),
                    orphans);
    if (!trusted.isEmpty())
        addElements(addGroup(tr("Trusted IPs"),
                             tr("The public addresses your calls leave the network from: Teams "
                                "uses dynamic emergency calling only for calls from these."),
                             trusted.size()),
                    trusted);
}

QModelIndex NetworkTreeModel::indexOfElement(const QString &elementId) const
{
    if (!m_snapshot)
        return {};
    const int item = m_snapshot->elementIndex.value(elementId, -1);
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes.at(i).kind == NodeKind::Element && m_nodes.at(i).item == item)
            return createIndex(m_nodes.at(i).row, 0, quintptr(i));
    return {};
}

QModelIndex NetworkTreeModel::indexOfPlace(const QString &placeId) const
{
    if (!m_snapshot)
        return {};
    const int item = m_snapshot->placeIndex.value(placeId, -1);
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes.at(i).kind == NodeKind::Place && m_nodes.at(i).item == item)
            return createIndex(m_nodes.at(i).row, 0, quintptr(i));
    return {};
}

QModelIndex NetworkTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<int> &siblings =
        parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_top;
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex NetworkTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes.at(int(child.internalId())).parent;
    if (parent < 0)
        return {};
    return createIndex(m_nodes.at(parent).row, 0, quintptr(parent));
}

int NetworkTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int NetworkTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant NetworkTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = m_nodes.at(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn    ? n.name
               : index.column() == CountColumn ? n.count
                                               : n.flags;
    case Qt::ToolTipRole:
        return n.tooltip.isEmpty() ? QVariant() : n.tooltip;
    case NodeKindRole:
        return int(n.kind);
    case IdRole:
        switch (n.kind) {
        case NodeKind::Address:
            return m_snapshot->addresses.at(n.item).id;
        case NodeKind::Place:
            return m_snapshot->places.at(n.item).id;
        case NodeKind::Element:
            return m_snapshot->elements.at(n.item).id;
        case NodeKind::Group:
            break;
        }
        return QString();
    default:
        return {};
    }
}

QVariant NetworkTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn    ? tr("Address, place and element")
           : section == CountColumn ? tr("Elements")
                                    : tr("Flags");
}
