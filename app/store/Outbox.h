// The durable outbox: every change the admin makes is committed here first (in the profile's
// cache file, on its own connection, synchronous=FULL so a committed change survives a power cut)
// and only then sent by OutboxSender. Rows keep their Idempotency-Key across retries and
// restarts, so the server replays instead of applying a change twice.
#pragma once

#include "store/OutboxEntry.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <optional>

class Outbox : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        ReadWrite,
        ReadOnly, // for a second process watching the file (tests, diagnostics): no migrations
    };

    // The outbox tables' own schema version (table outbox_meta), independent of the cache's.
    static constexpr int schemaVersion = 1;

    explicit Outbox(QObject *parent = nullptr);
    ~Outbox() override;

    // Opens (creating if needed) the outbox tables in the SQLite file at `path`.
    bool open(const QString &path, QString *error, Mode mode = Mode::ReadWrite);
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }

    // Commits the change with a new Idempotency-Key and returns its id only after the commit.
    std::optional<qint64> enqueue(const OutboxRequest &request, QString *error = nullptr);
    // All or nothing, in one transaction (a bulk operation's batches). Empty on failure.
    QList<qint64> enqueue(const QList<OutboxRequest> &requests, QString *error = nullptr);

    std::optional<OutboxEntry> entry(qint64 id) const;
    QList<OutboxEntry> entries() const; // every entry, oldest first
    // Queued, sending and conflict entries: what has not reached the server yet.
    int openCount() const;
    // The entry to send next: the oldest queued or sending one, unless an older entry for the
    // same target is in conflict (later edits of it wait for the user). Changes go out in the
    // order they were made, because a later change may rely on an earlier one.
    std::optional<OutboxEntry> nextToSend() const;
    // Entries whose provisioning result is still being followed.
    QList<OutboxEntry> following() const;

    // State changes. Each commits before it returns and emits entryChanged; false on a storage
    // error (logged) or when the entry is not in a state that allows the change.
    bool markSending(qint64 id);
    bool markDone(qint64 id, int status, const QByteArray &answer, OutboxFollow follow);
    bool markFailed(qint64 id, int status, const QByteArray &answer, const QString &error);
    bool markConflict(qint64 id, const QByteArray &theirs, const QString &error);
    // Back to queued, not to be sent before `notBefore`; the Idempotency-Key is kept.
    bool retryLater(qint64 id, const QDateTime &notBefore, const QString &error);
    bool markSettled(qint64 id, const QString &finalState);
    // Conflict resolution. Keep mine: queued again on top of their version (If-Match = their
    // ETag) with a new Idempotency-Key, since it is a new decision. Keep theirs: mine is dropped.
    bool keepMine(qint64 id, const QByteArray &theirEtag);
    bool keepTheirs(qint64 id);
    // Removes a done or failed entry the user has seen.
    bool dismiss(qint64 id);
    // Cancelling bulk work: removes those of `ids` that are queued and were never handed to the
    // network (attempts = 0), in one transaction, and returns them. Anything that went out once
    // stays, since the server may have applied it and its answer is still to be recorded.
    QList<qint64> cancelQueued(const QList<qint64> &ids);

signals:
    void entryChanged(qint64 id);
    void outboxSizeChanged(int openEntries);

private:
    bool migrate(QString *error);
    bool update(qint64 id, const QString &setClause, const QVariantList &values,
                const QStringList &fromStates);
    QList<OutboxEntry> select(const QString &where, const QVariantList &values) const;
    void changed(qint64 id);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    Mode m_mode = Mode::ReadWrite;
};
