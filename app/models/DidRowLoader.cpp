#include "DidRowLoader.h"

#include <QAtomicInteger>
#include <QMutex>
#include <QSqlQuery>
#include <QThreadPool>

#include <algorithm>
#include <functional>

// What the reading thread and the loader share: the loader may be gone before the thread ends.
struct DidRowLoader::Shared
{
    QMutex mutex;
    DidRowLoader *receiver = nullptr; // null once the loader stopped; under `mutex`
    QAtomicInteger<bool> stopRequested = false;

    // Hands `rows` to the loader's thread unless the loader stopped meanwhile.
    void deliver(std::shared_ptr<DidRows> rows)
    {
        const QMutexLocker locker(&mutex);
        if (!receiver)
            return;
        DidRowLoader *loader = receiver;
        // Posted to the loader: if it is deleted before the event runs, the event goes with it.
        QMetaObject::invokeMethod(
            loader, [loader, rows = std::move(rows)] { emit loader->rowsRead(rows); },
            Qt::QueuedConnection);
    }
};

namespace {

// Reads the rows in number order. `firstRows` gets the first DidRowLoader::firstRowCount rows
// when there are more; `stop` ends the read early.
DidRows readRows(const QSqlDatabase &db, const QString &tenantId,
                 const std::function<void(const DidRowTable &)> &firstRows,
                 const std::function<bool()> &stop)
{
    DidRows out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // One value per row (see Cache::didListRow): QtSql's cost per value is what a large load
    // would otherwise spend its time on.
    q.prepare(QStringLiteral("SELECT list_row FROM dids WHERE tenant_id = ? ORDER BY number"));
    q.addBindValue(tenantId);
    if (!q.exec())
        return out;
    bool firstRowsSent = false;
    while (q.next()) {
        if (const auto record = out.rows.makeFromListRow(q.value(0).toByteArray()))
            out.rows.append(*record);
        if (!firstRowsSent && out.rows.size() == std::size_t(DidRowLoader::firstRowCount)) {
            firstRowsSent = true;
            if (firstRows)
                firstRows(out.rows);
            // Sized once the first rows are out: growing the buffers of a million rows step by
            // step would copy them, and hold the old copy and the new at once.
            QSqlQuery count(db);
            count.prepare(QStringLiteral("SELECT COUNT(*) FROM dids WHERE tenant_id = ?"));
            count.addBindValue(tenantId);
            if (count.exec() && count.next())
                out.rows.reserve(std::size_t(count.value(0).toLongLong()));
        }
        if ((out.rows.size() & 0xFFF) == 0 && stop && stop())
            return out;
    }
    for (std::size_t i = 0; i < out.rows.size(); ++i) {
        const qint64 fee = out.rows[i].feeMinor();
        if (fee >= 0 && std::find(out.fees.begin(), out.fees.end(), fee) == out.fees.end())
            out.fees.push_back(fee);
    }
    out.search.reserve(out.rows.size());
    for (std::size_t i = 0; i < out.rows.size(); ++i) {
        const DidListRow row = out.rows[i];
        out.search.set(int(i), row.numberUtf8().sliced(1), row.userUtf8(), row.upnUtf8());
    }
    out.complete = true;
    return out;
}

// The reading thread: its own read-only connection, so the window's connection and the sync's
// writes go on (WAL lets a reader and a writer work at once).
void readInBackground(const std::shared_ptr<DidRowLoader::Shared> &shared, const QString &path,
                      const QString &tenantId)
{
    static QAtomicInteger<quint64> serial = 0;
    const QString connection = QStringLiteral("didRowLoader-%1").arg(++serial);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        auto rows = std::make_shared<DidRows>();
        if (db.open()) {
            const auto stop = [&shared] { return bool(shared->stopRequested.loadRelaxed()); };
            const auto first = [&shared](const DidRowTable &firstRows) {
                auto batch = std::make_shared<DidRows>();
                batch->rows = firstRows;
                shared->deliver(std::move(batch));
            };
            *rows = readRows(db, tenantId, first, stop);
            db.close();
        }
        // A failed read still ends the load, with what it has (nothing); the window's own
        // connection reports a broken cache elsewhere.
        rows->complete = true;
        if (!shared->stopRequested.loadRelaxed())
            shared->deliver(std::move(rows));
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

DidRows readDidRows(const QSqlDatabase &db, const QString &tenantId)
{
    DidRows rows = readRows(db, tenantId, {}, {});
    rows.complete = true;
    return rows;
}

DidRowLoader::DidRowLoader(const QString &cachePath, const QString &tenantId, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_cachePath(cachePath)
    , m_tenantId(tenantId)
{
    m_shared->receiver = this;
}

DidRowLoader::~DidRowLoader()
{
    m_shared->stopRequested.storeRelaxed(true);
    const QMutexLocker locker(&m_shared->mutex);
    m_shared->receiver = nullptr;
}

void DidRowLoader::start()
{
    QThreadPool::globalInstance()->start(
        [shared = m_shared, path = m_cachePath, tenant = m_tenantId] {
            readInBackground(shared, path, tenant);
        });
}
