// One full sync into a file, then the cache over it.
#include "SyncedCache.h"

#include "api/HttpClient.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTest>

std::unique_ptr<Cache> syncedCache(TestBackend &backend, const QString &token, const QString &path,
                                   QString *why, int timeoutMs)
{
    {
        HttpClient http;
        http.setBaseUrl(backend.process().baseUrl());
        http.setPinnedFingerprint(backend.process().certificateFingerprint());
        http.setBearerToken(token);
        SyncEngine engine(&http, path);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QSignalSpy failed(&engine, &SyncEngine::failed);
        engine.sync();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, timeoutMs)) {
            *why = QStringLiteral("the sync did not finish in %1 ms").arg(timeoutMs);
            return nullptr;
        }
        if (!failed.isEmpty()) {
            *why = QStringLiteral("the sync failed: %1")
                       .arg(failed.first().first().value<ApiError>().message);
            return nullptr;
        }
    }
    auto cache = std::make_unique<Cache>(path);
    if (!cache->open()) {
        *why = cache->lastError();
        return nullptr;
    }
    return cache;
}
