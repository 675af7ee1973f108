// The rows an admin may adopt from Teams, for a table: a check box per row (what to adopt), what
// it is, what Dispatchable would hold (the address line; a place's name split into building,
// floor and room; the element), the dry run (created, created after its parent, or refused with
// every reason, and the warnings), and once applied, each row's result.
#pragma once

#include "teams/TeamsAdoptionPlan.h"
#include "teams/TeamsAdoptionRun.h"

#include <QAbstractTableModel>
#include <QPointer>

class TeamsAdoptionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ObjectColumn,
        KindColumn,
        BecomesColumn,
        DryRunColumn,
        ResultColumn,
        ColumnCount
    };

    explicit TeamsAdoptionModel(QObject *parent = nullptr);

    // The adoptable rows, and which of them start checked.
    void setCandidates(const QList<TeamsComparisonRow> &rows, const QList<bool> &checked);
    QList<TeamsComparisonRow> chosen() const;
    void setChecked(int row, bool checked);
    // Every row at once, with one chosenChanged (the dry run is planned once).
    void setAllChecked(bool checked);
    // The dry run of chosen(); rows left unchecked show nothing in it.
    void setPlan(const QList<TeamsAdoption> &plan);
    // After Apply: the results follow the run, and the check boxes are locked.
    void setRun(TeamsAdoptionRun *run);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Address", "Place", "Subnet"…: one row's kind.
    static QString kindText(TeamsObjectKind kind);
    // "Created", "After its address", "✖ Refused: …", with the warnings: one row's dry run.
    static QString dryRunText(const TeamsAdoption &adoption);
    // What Dispatchable will hold: the address line, "Building: …, Floor: …", the identifier.
    static QString becomesText(const TeamsAdoption &adoption);

signals:
    void chosenChanged();

private:
    // The plan row (and run row) of candidate `row`, or -1 when it is not chosen.
    int planIndexOf(int row) const;

    QList<TeamsComparisonRow> m_candidates;
    QList<bool> m_checked;
    QList<TeamsAdoption> m_plan;
    QPointer<TeamsAdoptionRun> m_run;
};
