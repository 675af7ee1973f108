#include "SyncWorker.h"

#include "store/Cache.h"

SyncWorker::SyncWorker(const QString &cachePath)
    : m_cachePath(cachePath)
    , m_receiver(new QObject)
{
    m_thread.setObjectName(QStringLiteral("dispatchable-sync"));
    m_receiver->moveToThread(&m_thread);
    m_thread.start();
}

SyncWorker::~SyncWorker()
{
    // The connection must be closed on the thread that opened it.
    QMetaObject::invokeMethod(
        m_receiver,
        [this] {
            m_cache.reset();
            delete m_receiver;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Cache *SyncWorker::cache()
{
    if (!m_cache && m_openError.isEmpty()) {
        auto cache = std::make_unique<Cache>(m_cachePath);
        if (cache->open())
            m_cache = std::move(cache);
        else
            m_openError = cache->lastError();
    }
    return m_cache.get();
}
