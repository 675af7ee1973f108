// The sync engine's worker thread: owns the cache connection that sync writes through, and runs
// the decode-and-write steps (SyncPageWriter) there, one at a time in the order they were
// posted, so the UI thread never waits for a page. A dedicated QThread rather than
// QtConcurrent: an SQLite connection belongs to one thread, and keeping one connection keeps
// its prepared statements.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

class Cache;

class SyncWorker : public QObject
{
    Q_OBJECT
public:
    // Starts the thread; the cache at `cachePath` is opened on it by the first job.
    explicit SyncWorker(const QString &cachePath);
    // Waits for the running job (a page commits or rolls back whole), then stops the thread.
    ~SyncWorker() override;

    // Runs `job` on the worker thread with the open cache (or nullptr when it could not be
    // opened; `openError()` then says why), then `done` on `context`'s thread, unless `context`
    // is gone by then.
    template <typename Result>
    void post(std::function<Result(Cache *)> job, QObject *context,
              std::function<void(Result)> done)
    {
        QMetaObject::invokeMethod(
            m_receiver,
            [this, job = std::move(job), context = QPointer<QObject>(context),
             done = std::move(done)]() mutable {
                Result result = job(cache());
                if (!context)
                    return;
                QMetaObject::invokeMethod(
                    context.data(),
                    [context, done = std::move(done), result = std::move(result)]() mutable {
                        if (context)
                            done(std::move(result));
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    // Only valid on the worker thread.
    QString openError() const { return m_openError; }

private:
    Cache *cache();

    QString m_cachePath;
    QString m_openError;
    std::unique_ptr<Cache> m_cache;
    QThread m_thread;
    QObject *m_receiver; // lives on m_thread; jobs are queued to it
};
