// Applies an adoption plan (TeamsAdoptionPlan.h) through the outbox, and follows each row to its
// result. What has its parent in Dispatchable is queued at once; a place waits for the address
// adopted with it, an element for its place, and is queued with the id the server's answer
// gives the parent. A parent the server refuses ends its children with the reason. Elements go
// out in network-elements-bulk batches and each gets its item's outcome. The run lives as long as
// its parent (the session): rows still waiting when the app quits are not sent. Re-running after
// that is safe: what was created now keeps its Teams id, so the comparison
// shows it in both and it is not offered again.
#pragma once

#include "teams/TeamsAdoptionPlan.h"

#include <QHash>
#include <QList>
#include <QObject>

class Outbox;
struct OutboxEntry;

class TeamsAdoptionRun : public QObject
{
    Q_OBJECT
public:
    enum class State : quint8 {
        NotSent, // refused in the dry run
        Waiting, // waits for its address or place
        Queued,  // in the outbox, its answer awaited
        Created,
        AlreadyThere, // the server had the same element already
        Failed,       // see reason
    };
    struct RowStatus
    {
        State state = State::NotSent;
        QString reason; // Failed: the server's words, or its parent's failure
    };

    TeamsAdoptionRun(Outbox &outbox, const QString &tenantId, const QList<TeamsAdoption> &plan,
                     QObject *parent = nullptr);

    // Queues every row whose parent exists. False (with `error`) when the outbox refused:
    // nothing is half queued then.
    bool start(QString *error);

    const QList<TeamsAdoption> &plan() const { return m_plan; }
    const QList<RowStatus> &rows() const { return m_rows; }
    int count(State state) const;
    const QString &tenantId() const { return m_tenantId; }
    // Whether this run still has the row in the outbox or waiting for its parent: another
    // adoption must not offer it meanwhile.
    bool isAdopting(TeamsObjectKind kind, const QString &teamsId) const;
    bool isFinished() const; // no row queued or waiting any more

    // "Created", "Waits for its address", "Refused: …", translated.
    static QString stateText(const RowStatus &status);

signals:
    void rowsChanged();

private:
    struct Sent
    {
        QList<int> rows; // the plan rows the entry carries, in its body's order
    };

    // Queues `rows` (all ready: parents known); records their entries.
    bool queue(const QList<int> &rows, QString *error);
    void entryChanged(qint64 id);
    void settle(const Sent &sent, const OutboxEntry &entry);
    // The parent `row` created (`id`) or failed (`reason`): its children follow.
    void releaseChildren(int row, const QString &id, const QString &reason);

    Outbox &m_outbox;
    QString m_tenantId;
    QList<TeamsAdoption> m_plan;
    QList<RowStatus> m_rows;
    QHash<qint64, Sent> m_entries;
};
