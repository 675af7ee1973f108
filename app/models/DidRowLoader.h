// Reads one tenant's numbers out of the cache for DidModel. A large tenant is read on a thread
// of its own with its own connection to the cache file, so opening a million numbers never holds
// the window: the first screenful arrives at once, then every row with its filter index.
#pragma once

#include "models/DidFilterIndex.h"
#include "models/DidRowTable.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

// Rows of one tenant in number order, and what is derived from them off the window's thread.
struct DidRows
{
    DidRowTable rows;
    DidFilterIndex search;    // by index into `rows`; built only when `complete`
    std::vector<qint64> fees; // the distinct fees, minor units
    bool complete = false;    // false: the first rows only, a prefix of the complete set
};

// Every row of `tenantId`, complete, read through `db` (an open cache connection on this thread).
DidRows readDidRows(const QSqlDatabase &db, const QString &tenantId);

class DidRowLoader : public QObject
{
    Q_OBJECT
public:
    // The rows sent first, before the complete set: more than a window shows.
    static constexpr int firstRowCount = 400;

    // Reads `tenantId` from the cache file at `cachePath` once start() is called.
    DidRowLoader(const QString &cachePath, const QString &tenantId, QObject *parent = nullptr);
    // Stops the reading; nothing is emitted afterwards.
    ~DidRowLoader() override;

    void start();

    struct Shared; // what the reading thread shares with the loader

signals:
    // First the first rows (complete == false), then the complete set; on a read error the
    // complete set is what could be read.
    void rowsRead(std::shared_ptr<DidRows> rows);

private:
    std::shared_ptr<Shared> m_shared;
    QString m_cachePath;
    QString m_tenantId;
};
