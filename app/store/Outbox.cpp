#include "Outbox.h"

#include <QAtomicInteger>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <vector>

Q_LOGGING_CATEGORY(lcOutbox, "dispatchable.outbox")

namespace {

// Each step takes the outbox tables from version N to N + 1. Steps are never edited once
// released; a change to the schema is a new step.
const std::vector<std::vector<const char *>> migrations = {
    {
        "CREATE TABLE outbox_entries ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " kind TEXT NOT NULL,"
        " tenant_id TEXT NOT NULL,"
        " target TEXT NOT NULL,"
        " method TEXT NOT NULL,"
        " path TEXT NOT NULL,"
        " body BLOB NOT NULL,"
        " if_match TEXT NOT NULL,"
        " idempotency_key TEXT NOT NULL UNIQUE,"
        " state TEXT NOT NULL CHECK (state IN"
        "  ('queued', 'sending', 'done', 'failed', 'conflict')),"
        " attempts INTEGER NOT NULL DEFAULT 0,"
        " last_error TEXT NOT NULL DEFAULT '',"
        " created_ms INTEGER NOT NULL,"
        " updated_ms INTEGER NOT NULL,"
        " next_attempt_ms INTEGER NOT NULL DEFAULT 0,"
        " response_status INTEGER NOT NULL DEFAULT 0,"
        " response_body BLOB NOT NULL DEFAULT x'',"
        " theirs BLOB NOT NULL DEFAULT x'',"
        " follow TEXT NOT NULL DEFAULT 'none',"
        " final_state TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX outbox_entries_state ON outbox_entries (state, id)",
    },
};

constexpr auto columns = "id, kind, tenant_id, target, method, path, body, if_match, "
                         "idempotency_key, state, attempts, last_error, created_ms, updated_ms, "
                         "next_attempt_ms, response_status, response_body, theirs, follow, "
                         "final_state";

const QString queued = QStringLiteral("queued");
const QString sending = QStringLiteral("sending");
const QString done = QStringLiteral("done");
const QString failed = QStringLiteral("failed");
const QString conflict = QStringLiteral("conflict");

QString followName(OutboxFollow follow)
{
    switch (follow) {
    case OutboxFollow::None:
        return QStringLiteral("none");
    case OutboxFollow::Following:
        return QStringLiteral("following");
    case OutboxFollow::Settled:
        return QStringLiteral("settled");
    }
    return QStringLiteral("none");
}

OutboxFollow followFromName(const QString &name)
{
    if (name == QLatin1StringView("following"))
        return OutboxFollow::Following;
    if (name == QLatin1StringView("settled"))
        return OutboxFollow::Settled;
    return OutboxFollow::None;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A null QString or QByteArray binds as SQL NULL; the columns want an empty value instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QByteArray notNull(const QByteArray &bytes)
{
    return bytes.isNull() ? QByteArray("") : bytes;
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

OutboxEntry fromRow(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.kind = outboxKindFromName(q.value(1).toString()).value_or(OutboxKind::AddressUpdate);
    e.tenantId = q.value(2).toString();
    e.target = q.value(3).toString();
    e.method = q.value(4).toString().toLatin1();
    e.path = q.value(5).toString();
    e.body = q.value(6).toByteArray();
    e.ifMatch = q.value(7).toString().toLatin1();
    e.idempotencyKey = q.value(8).toString();
    e.state = outboxStateFromName(q.value(9).toString()).value_or(OutboxState::Failed);
    e.attempts = q.value(10).toInt();
    e.lastError = q.value(11).toString();
    e.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(12).toLongLong());
    e.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(13).toLongLong());
    e.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(q.value(14).toLongLong());
    e.responseStatus = q.value(15).toInt();
    e.responseBody = q.value(16).toByteArray();
    e.theirs = q.value(17).toByteArray();
    e.follow = followFromName(q.value(18).toString());
    e.finalState = q.value(19).toString();
    return e;
}

} // namespace

Outbox::Outbox(QObject *parent)
    : QObject(parent)
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("dispatchable-outbox-%1").arg(++counter);
}

Outbox::~Outbox()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Outbox::open(const QString &path, QString *error, Mode mode)
{
    m_path = path;
    m_mode = mode;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    // The cache's sync writes on another connection to the same file; wait for them instead
    // of failing a user's edit.
    m_db.setConnectOptions(mode == Mode::ReadOnly
                               ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                               : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open()) {
        if (error)
            *error = tr("Could not open the outbox in %1: %2").arg(path, m_db.lastError().text());
        return false;
    }
    if (mode == Mode::ReadOnly)
        return true;

    // The file holds the profile's data: only its owner may read it. Refuse to queue edits into
    // a file others could read rather than carry on quietly.
    if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = tr("Could not make the outbox in %1 private to this account.").arg(path);
        m_db.close();
        return false;
    }
    QSqlQuery q(m_db);
    QString why;
    // synchronous=FULL: a commit is on disk (WAL fsynced) before enqueue() returns, so an edit
    // the user was told is saved survives a power cut, not just a crash.
    if (!exec(q, QStringLiteral("PRAGMA journal_mode=WAL"), {}, &why) ||
        !exec(q, QStringLiteral("PRAGMA synchronous=FULL"), {}, &why)) {
        if (error)
            *error = tr("Could not prepare the outbox in %1: %2").arg(path, why);
        m_db.close();
        return false;
    }
    if (!migrate(error)) {
        m_db.close();
        return false;
    }
    return true;
}

bool Outbox::migrate(QString *error)
{
    QSqlQuery q(m_db);
    QString why;
    if (!exec(q, QStringLiteral("BEGIN IMMEDIATE"), {}, &why)) {
        if (error)
            *error = tr("Could not upgrade the outbox: %1").arg(why);
        return false;
    }
    auto fail = [&](const QString &text) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        if (error)
            *error = text;
        return false;
    };
    if (!exec(q,
              QStringLiteral("CREATE TABLE IF NOT EXISTS outbox_meta (key TEXT PRIMARY KEY,"
                             " value TEXT NOT NULL)"),
              {}, &why) ||
        !exec(q, QStringLiteral("SELECT value FROM outbox_meta WHERE key = 'schema_version'"), {},
              &why))
        return fail(tr("Could not upgrade the outbox: %1").arg(why));
    const int current = q.next() ? q.value(0).toInt() : 0;
    if (current > schemaVersion)
        return fail(tr("The outbox was written by a newer version of Dispatchable (schema %1). "
                       "Update the app to send the changes it holds.")
                        .arg(current));
    for (int version = current; version < schemaVersion; ++version) {
        for (const char *statement : migrations.at(static_cast<size_t>(version))) {
            if (!exec(q, QString::fromLatin1(statement), {}, &why))
                return fail(
                    tr("Could not upgrade the outbox to schema %1: %2").arg(version + 1).arg(why));
        }
    }
    if (!exec(q,
              QStringLiteral("INSERT OR REPLACE INTO outbox_meta (key, value)"
                             " VALUES ('schema_version', ?)"),
              {QString::number(schemaVersion)}, &why) ||
        !exec(q, QStringLiteral("COMMIT"), {}, &why))
        return fail(tr("Could not upgrade the outbox: %1").arg(why));
    return true;
}

std::optional<qint64> Outbox::enqueue(const OutboxRequest &request, QString *error)
{
    const QList<qint64> ids = enqueue(QList<OutboxRequest>{request}, error);
    if (ids.isEmpty())
        return std::nullopt;
    return ids.constFirst();
}

QList<qint64> Outbox::enqueue(const QList<OutboxRequest> &requests, QString *error)
{
    if (m_mode == Mode::ReadOnly || !m_db.isOpen()) {
        if (error)
            *error = tr("The outbox is not open for writing.");
        return {};
    }
    QList<qint64> ids;
    QString why;
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("BEGIN IMMEDIATE"), {}, &why)) {
        if (error)
            *error = tr("Could not save the change: %1").arg(why);
        return {};
    }
    const qint64 now = nowMs();
    for (const OutboxRequest &r : requests) {
        if (!exec(q,
                  QStringLiteral("INSERT INTO outbox_entries (kind, tenant_id, target, method,"
                                 " path, body, if_match, idempotency_key, state, created_ms,"
                                 " updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)"),
                  {outboxKindName(r.kind), r.tenantId, r.target, QString::fromLatin1(r.method),
                   r.path, notNull(r.body), notNull(QString::fromLatin1(r.ifMatch)), newKey(), now,
                   now},
                  &why)) {
            QSqlQuery rollback(m_db);
            rollback.exec(QStringLiteral("ROLLBACK"));
            qCWarning(lcOutbox) << "enqueue failed:" << why;
            if (error)
                *error = tr("Could not save the change: %1").arg(why);
            return {};
        }
        ids.append(q.lastInsertId().toLongLong());
    }
    if (!exec(q, QStringLiteral("COMMIT"), {}, &why)) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        if (error)
            *error = tr("Could not save the change: %1").arg(why);
        return {};
    }
    qCInfo(lcOutbox) << "queued" << ids.size() << "change(s)";
    for (const qint64 id : std::as_const(ids))
        emit entryChanged(id);
    emit outboxSizeChanged(openCount());
    return ids;
}

QList<OutboxEntry> Outbox::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString why;
    QList<OutboxEntry> out;
    if (!exec(q,
              QString(QStringLiteral("SELECT ") + QLatin1StringView(columns) +
                      QStringLiteral(" FROM outbox_entries ") + where),
              values, &why)) {
        qCWarning(lcOutbox) << "read failed:" << why;
        return out;
    }
    while (q.next())
        out.append(fromRow(q));
    return out;
}

std::optional<OutboxEntry> Outbox::entry(qint64 id) const
{
    const QList<OutboxEntry> found = select(QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<OutboxEntry> Outbox::entries() const
{
    return select(QStringLiteral("ORDER BY id"), {});
}

int Outbox::openCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox_entries"
                               " WHERE state IN ('queued', 'sending', 'conflict')")) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

std::optional<OutboxEntry> Outbox::nextToSend() const
{
    const QList<OutboxEntry> found =
        select(QStringLiteral("AS e WHERE state IN ('queued', 'sending') AND NOT EXISTS"
                              " (SELECT 1 FROM outbox_entries AS c WHERE c.state = 'conflict'"
                              " AND c.id < e.id AND c.tenant_id = e.tenant_id"
                              " AND c.target = e.target) ORDER BY id LIMIT 1"),
               {});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<OutboxEntry> Outbox::following() const
{
    return select(QStringLiteral("WHERE follow = 'following' ORDER BY id"), {});
}

bool Outbox::update(qint64 id, const QString &setClause, const QVariantList &values,
                    const QStringList &fromStates)
{
    if (m_mode == Mode::ReadOnly)
        return false;
    QString placeholders;
    for (qsizetype i = 0; i < fromStates.size(); ++i)
        placeholders += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    QVariantList bound = values;
    bound.append(nowMs());
    bound.append(id);
    for (const QString &s : fromStates)
        bound.append(s);
    QSqlQuery q(m_db);
    QString why;
    // Autocommit: one statement is one transaction, durable (synchronous=FULL) on return.
    if (!exec(q,
              QString(QStringLiteral("UPDATE outbox_entries SET ") + setClause +
                      QStringLiteral(", updated_ms = ? WHERE id = ? AND state IN (") +
                      placeholders + QStringLiteral(")")),
              bound, &why)) {
        qCWarning(lcOutbox) << "update of entry" << id << "failed:" << why;
        return false;
    }
    if (q.numRowsAffected() != 1)
        return false;
    changed(id);
    return true;
}

void Outbox::changed(qint64 id)
{
    emit entryChanged(id);
    emit outboxSizeChanged(openCount());
}

bool Outbox::markSending(qint64 id)
{
    return update(id, QStringLiteral("state = 'sending', attempts = attempts + 1"), {},
                  {queued, sending});
}

bool Outbox::markDone(qint64 id, int status, const QByteArray &answer, OutboxFollow follow)
{
    return update(id,
                  QStringLiteral("state = 'done', response_status = ?, response_body = ?,"
                                 " last_error = '', follow = ?"),
                  {status, notNull(answer), followName(follow)}, {sending});
}

bool Outbox::markFailed(qint64 id, int status, const QByteArray &answer, const QString &error)
{
    return update(id,
                  QStringLiteral("state = 'failed', response_status = ?, response_body = ?,"
                                 " last_error = ?"),
                  {status, notNull(answer), notNull(error)}, {sending});
}

bool Outbox::markConflict(qint64 id, const QByteArray &theirs, const QString &error)
{
    return update(id,
                  QStringLiteral("state = 'conflict', response_status = 412, theirs = ?,"
                                 " last_error = ?"),
                  {notNull(theirs), notNull(error)}, {sending});
}

bool Outbox::retryLater(qint64 id, const QDateTime &notBefore, const QString &error)
{
    return update(id, QStringLiteral("state = 'queued', next_attempt_ms = ?, last_error = ?"),
                  {notBefore.toMSecsSinceEpoch(), notNull(error)}, {sending, queued});
}

bool Outbox::markSettled(qint64 id, const QString &finalState)
{
    return update(id, QStringLiteral("follow = 'settled', final_state = ?"), {notNull(finalState)},
                  {done});
}

bool Outbox::keepMine(qint64 id, const QByteArray &theirEtag)
{
    return update(id,
                  QStringLiteral("state = 'queued', if_match = ?, idempotency_key = ?,"
                                 " theirs = x'', last_error = '', next_attempt_ms = 0,"
                                 " response_status = 0"),
                  {notNull(QString::fromLatin1(theirEtag)), newKey()}, {conflict});
}

bool Outbox::keepTheirs(qint64 id)
{
    if (m_mode == Mode::ReadOnly)
        return false;
    QSqlQuery q(m_db);
    QString why;
    if (!exec(q, QStringLiteral("DELETE FROM outbox_entries WHERE id = ? AND state = 'conflict'"),
              {id}, &why) ||
        q.numRowsAffected() != 1)
        return false;
    changed(id);
    return true;
}

bool Outbox::dismiss(qint64 id)
{
    if (m_mode == Mode::ReadOnly)
        return false;
    QSqlQuery q(m_db);
    QString why;
    if (!exec(q,
              QStringLiteral("DELETE FROM outbox_entries WHERE id = ? AND state IN ('done', "
                             "'failed')"),
              {id}, &why) ||
        q.numRowsAffected() != 1)
        return false;
    changed(id);
    return true;
}

QList<qint64> Outbox::cancelQueued(const QList<qint64> &ids)
{
    QList<qint64> removed;
    if (m_mode == Mode::ReadOnly || ids.isEmpty())
        return removed;
    QSqlQuery q(m_db);
    QString why;
    if (!exec(q, QStringLiteral("BEGIN IMMEDIATE"), {}, &why)) {
        qCWarning(lcOutbox) << "cannot cancel:" << why;
        return removed;
    }
    for (const qint64 id : ids) {
        if (!exec(q,
                  QStringLiteral("DELETE FROM outbox_entries WHERE id = ? AND state = 'queued' "
                                 "AND attempts = 0"),
                  {id}, &why)) {
            qCWarning(lcOutbox) << "cannot cancel:" << why;
            exec(q, QStringLiteral("ROLLBACK"), {}, nullptr);
            return {};
        }
        if (q.numRowsAffected() == 1)
            removed.append(id);
    }
    if (!exec(q, QStringLiteral("COMMIT"), {}, &why)) {
        qCWarning(lcOutbox) << "cannot cancel:" << why;
        exec(q, QStringLiteral("ROLLBACK"), {}, nullptr);
        return {};
    }
    for (const qint64 id : removed)
        changed(id);
    return removed;
}
