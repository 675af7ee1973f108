// The 933 test checklist of a tenant: every place and every E911-registered number, untested
// ones first, each with its state in a mark and words, why it is untested, and its last test.
// Built from TestCoverage (the rule lives there); display strings are made once per reload.
#pragma once

#include "lis/TestCoverage.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

class Cache;

class TestChecklistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SubjectColumn,
        AddressColumn,
        StateColumn,
        ReasonColumn,
        LastTestColumn,
        ColumnCount
    };
    enum Role {
        SubjectKindRole = Qt::UserRole + 1, // CoverageItem::Subject as int
        IdRole,                             // place id or E.164 number
        TestedRole,
    };

    explicit TestChecklistModel(QObject *parent = nullptr);

    // Reads the tenant's coverage from the cache (a handful of queries).
    void reload(Cache &cache, const QString &tenantId);
    void setCoverage(const TestCoverage &coverage, const QHash<QString, QString> &placeLabels,
                     const QHash<QString, QString> &numberLabels,
                     const QHash<QString, QString> &addressLines);

    const TestCoverageSummary &summary() const { return m_summary; }
    const CoverageItem &item(int row) const { return m_rows.at(row).item; }
    // The row of a place or number; -1 when it is not listed.
    int rowOf(CoverageItem::Subject subject, const QString &id) const;
    // The subject as the list names it ("Building 2, Floor 3", "(206) 555-0100 · Ada").
    QString subjectText(int row) const { return m_rows.at(row).text[SubjectColumn]; }
    QString addressText(int row) const { return m_rows.at(row).text[AddressColumn]; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "✔ Tested", "○ Never tested", "✖ Last test failed", "◐ Address changed".
    static QString stateText(CoverageState state);

private:
    struct Row
    {
        CoverageItem item;
        QString text[ColumnCount];
    };
    QList<Row> m_rows;
    TestCoverageSummary m_summary;
};
