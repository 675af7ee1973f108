// A tenant's network map as a tree: emergency address > place > elements, the way a person
// walks a campus, with the trusted IPs (which belong to no place) and anything whose place or
// address is gone in groups of their own. Nodes are plain structs built once per snapshot or
// search (internalId is the node's index), so the tree stays quick at 10,000 elements.
#pragma once

#include "models/NetworkMapSnapshot.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>

#include <memory>

class NetworkTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CountColumn, FlagsColumn, ColumnCount };
    enum class NodeKind : quint8 { Address, Place, Element, Group };
    enum Role {
        NodeKindRole = Qt::UserRole + 1, // NodeKind as int
        IdRole,                          // the address, place or element id; empty for a group
    };

    explicit NetworkTreeModel(QObject *parent = nullptr);

    void setSnapshot(std::shared_ptr<const NetworkMapSnapshot> snapshot);
    // Shows only elements whose identifier, description, place or address contain every word,
    // with their place and address; empty shows everything, empty places too.
    void setSearch(const QString &text);
    QString search() const { return m_search; }

    QModelIndex indexOfElement(const QString &elementId) const;
    QModelIndex indexOfPlace(const QString &placeId) const;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        NodeKind kind = NodeKind::Group;
        int parent = -1; // node index; -1 for top level
        int row = 0;     // row within the parent
        int item = -1;   // index into the snapshot's addresses, places or elements
        QList<int> children;
        QString name;
        QString count; // elements below, for addresses, places and groups
        QString flags;
        QString tooltip;
    };
    void rebuild();
    int addNode(Node node);

    std::shared_ptr<const NetworkMapSnapshot> m_snapshot;
    QString m_search;
    QList<Node> m_nodes;
    QList<int> m_top;
};
