#include "map/TileLoader.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>

namespace {
// Room for a few thousand tiles: enough for the places an admin looks at, small for a disk.
constexpr qint64 diskCacheBytes = 100LL * 1024 * 1024;
constexpr int transferTimeoutMs = 20000;

QString serverName(const QUrl &url)
{
    return url.port() == -1 ? url.host()
                            : QString(url.host() + QLatin1Char(':') + QString::number(url.port()));
}
} // namespace

TileLoader::TileLoader(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Tile servers may redirect to a CDN, never from https to http.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

TileLoader::~TileLoader() = default;

QString TileLoader::defaultCacheDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("tiles"));
}

QString TileLoader::cacheDirectory() const
{
    return m_cache ? m_cache->cacheDirectory() : QString();
}

void TileLoader::setSource(const TileSource &source, const QString &cacheDirectory)
{
    ++m_generation;
    const auto running = m_running;
    m_running.clear();
    for (QNetworkReply *reply : running) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_queue.clear();
    m_failedAt.clear();
    m_source = source;

    const QString directory = cacheDirectory.isEmpty() ? defaultCacheDirectory() : cacheDirectory;
    if (!m_cache ||
        m_cache->cacheDirectory() != QDir(directory).absolutePath() + QLatin1Char('/')) {
        m_cache = new QNetworkDiskCache(m_network);
        m_cache->setCacheDirectory(directory);
        m_cache->setMaximumCacheSize(diskCacheBytes);
        m_network->setCache(m_cache); // takes ownership, deletes the previous cache
    }
}

void TileLoader::request(const QList<TileId> &tiles)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_queue.clear();
    for (const TileId &tile : tiles) {
        if (m_running.contains(tile) || m_queue.contains(tile))
            continue;
        const auto failed = m_failedAt.constFind(tile);
        if (failed != m_failedAt.cend() && failed->secsTo(now) < retryAfterFailureSeconds)
            continue;
        m_queue.append(tile);
    }
    startNext();
}

void TileLoader::startNext()
{
    while (m_running.size() < maxConcurrentRequests && !m_queue.isEmpty()) {
        const TileId tile = m_queue.takeFirst();
        const QUrl url = m_source.tileUrl(tile);
        if (!url.isValid()) {
            emit tileFailed(tile, *m_source.validationError());
            continue;
        }
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::UserAgentHeader, m_source.userAgent());
        // A cached tile is used as long as the server said it is fresh, without asking again.
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::PreferCache);
        request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, true);
        request.setTransferTimeout(transferTimeoutMs);
        QNetworkReply *reply = m_network->get(request);
        m_running.insert(tile, reply);
        const quint64 generation = m_generation;
        connect(reply, &QNetworkReply::finished, this, [this, reply, tile, generation] {
            reply->deleteLater();
            if (generation == m_generation)
                finished(reply, tile);
        });
    }
}

void TileLoader::finished(QNetworkReply *reply, const TileId &tile)
{
    m_running.remove(tile);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        m_failedAt.remove(tile);
        const bool fromCache =
            reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool();
        emit tileLoaded(tile, reply->readAll(), fromCache);
    } else {
        m_failedAt.insert(tile, QDateTime::currentDateTimeUtc());
        emit tileFailed(tile, failureReason(reply));
    }
    startNext();
}

QString TileLoader::failureReason(QNetworkReply *reply) const
{
    const QString server = serverName(reply->url());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString why;
    if (status >= 400 || (status > 0 && status < 200)) {
        switch (status) {
        case 403:
            why = tr("%1 refused access (HTTP 403); it may block this application").arg(server);
            break;
        case 404:
            why = tr("%1 has no such tile (HTTP 404)").arg(server);
            break;
        case 429:
            why = tr("%1 asks us to slow down (HTTP 429)").arg(server);
            break;
        default:
            why = tr("%1 answered with HTTP status %2").arg(server).arg(status);
        }
    } else {
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            why = tr("connection refused by %1").arg(server);
            break;
        case QNetworkReply::HostNotFoundError:
            why = tr("%1 could not be found; check the network connection and the tile URL")
                      .arg(server);
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply
            why = tr("%1 did not answer in time").arg(server);
            break;
        case QNetworkReply::RemoteHostClosedError:
            why = tr("%1 closed the connection").arg(server);
            break;
        case QNetworkReply::SslHandshakeFailedError:
            why = tr("the secure connection to %1 failed").arg(server);
            break;
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
            why = tr("the network proxy did not let the request through");
            break;
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::TemporaryNetworkFailureError:
            why = tr("there is no network connection");
            break;
        default:
            why = tr("%1 (%2)").arg(reply->errorString(), server);
        }
    }
    return tr("Map tiles could not be loaded: %1.").arg(why);
}
