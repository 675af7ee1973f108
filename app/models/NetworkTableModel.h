// A tenant's network elements as one flat table: kind, identifier, place, address,
// description and flags, with a search over identifier, description, place and address. Every
// display string and search text is built once per snapshot, so data() is O(1) and a search or
// a sort at 10,000 elements touches only precomputed strings; no SQL per row.
#pragma once

#include "models/NetworkMapSnapshot.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class NetworkTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        KindColumn,
        IdentifierColumn,
        PlaceColumn,
        AddressColumn,
        DescriptionColumn,
        FlagsColumn,
        ColumnCount
    };
    enum Role {
        ElementIdRole = Qt::UserRole + 1,
        FlaggedRole, // true when the element is flagged or has warnings
    };

    explicit NetworkTableModel(QObject *parent = nullptr);

    void setSnapshot(std::shared_ptr<const NetworkMapSnapshot> snapshot);
    const NetworkMapSnapshot *snapshot() const { return m_snapshot.get(); }
    // Keeps the rows whose identifier, description, place or address contain every word of
    // `text` (case ignored); empty shows all.
    void setSearch(const QString &text);
    QString search() const { return m_search; }

    // The element shown in `row`; nullptr out of range.
    const NetworkElement *element(int row) const;
    int rowOf(const QString &elementId) const;
    int totalCount() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row
    {
        int element = 0; // index into the snapshot's elements
        QString text[ColumnCount];
        QString tooltip;  // the flag's reason and the warnings, in full
        QString haystack; // the searched columns, case-folded
        bool flagged = false;
    };
    void rebuildVisible();

    std::shared_ptr<const NetworkMapSnapshot> m_snapshot;
    QList<Row> m_rows;
    QList<int> m_visible; // indexes into m_rows, in display order
    QString m_search;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
