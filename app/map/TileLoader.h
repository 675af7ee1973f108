// Fetches map tiles politely: only the tiles asked for (the visible ones), at most two requests
// at a time, through an on-disk QNetworkDiskCache with prefer-cache loading so a cached tile is
// not requested again, and with the tile source's User-Agent. It hands back the encoded bytes;
// decoding belongs to the view (the core does not link QtGui).
//
// This is the app's second QNetworkAccessManager besides HttpClient on purpose: tiles come from a
// public server without our certificate pin or credentials, and must never share that channel.
#pragma once

#include "map/TileId.h"
#include "map/TileSource.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QNetworkAccessManager;
class QNetworkDiskCache;
class QNetworkReply;

class TileLoader : public QObject
{
    Q_OBJECT
public:
    // The OSM tile policy allows at most two concurrent downloads per client.
    static constexpr int maxConcurrentRequests = 2;
    // A tile that failed is not asked for again before this, however often the view changes.
    static constexpr int retryAfterFailureSeconds = 60;

    // cacheDirectory empty: <CacheLocation>/tiles.
    explicit TileLoader(QObject *parent = nullptr);
    ~TileLoader() override;

    void setSource(const TileSource &source, const QString &cacheDirectory = {});
    TileSource source() const { return m_source; }
    QString cacheDirectory() const;

    // Replaces the wish list with exactly these tiles (the visible ones the caller has not got).
    // Tiles no longer wanted are dropped from the queue before they are requested; requests
    // already running finish (their bytes land in the disk cache).
    void request(const QList<TileId> &tiles);

    int pendingCount() const { return int(m_queue.size() + m_running.size()); }

    static QString defaultCacheDirectory();

signals:
    void tileLoaded(const TileId &tile, const QByteArray &data, bool fromCache);
    // The tile could not be loaded; `reason` says why in words for the admin.
    void tileFailed(const TileId &tile, const QString &reason);

private:
    void startNext();
    void finished(QNetworkReply *reply, const TileId &tile);
    QString failureReason(QNetworkReply *reply) const;

    TileSource m_source;
    QNetworkAccessManager *m_network = nullptr;
    QNetworkDiskCache *m_cache = nullptr; // owned by m_network
    QList<TileId> m_queue;
    QHash<TileId, QNetworkReply *> m_running;
    QHash<TileId, QDateTime> m_failedAt;
    quint64 m_generation = 0; // bumped by setSource: replies of an old source are ignored
};
