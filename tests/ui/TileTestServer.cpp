#include "TileTestServer.h"

#include "map/TileMath.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

TileTestServer::TileTestServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_buffers.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

TileTestServer::~TileTestServer()
{
    close();
}

bool TileTestServer::listen()
{
    if (!m_server->listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void TileTestServer::close()
{
    m_server->close();
    const auto sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

QString TileTestServer::urlTemplate() const
{
    return QStringLiteral("http://127.0.0.1:%1/tiles/{z}/{x}/{y}.png").arg(m_port);
}

void TileTestServer::clearRecords()
{
    m_requests.clear();
    m_userAgents.clear();
    m_maxOpen = m_open;
}

void TileTestServer::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // GET requests only, so a request ends at its blank line.
    for (qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0; end = buffer.indexOf("\r\n\r\n")) {
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("user-agent:"))
                m_userAgents.append(line.mid(11).trimmed());
        }
        ++m_open;
        m_maxOpen = std::max(m_maxOpen, m_open);
        const QByteArray path = requestLine.value(1);
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(m_delayMs, this, [this, guard, path] {
            --m_open;
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                answer(guard, path);
        });
    }
}

void TileTestServer::answer(QTcpSocket *socket, const QByteArray &path)
{
    static const QRegularExpression tilePath(QStringLiteral("^/tiles/(\\d+)/(\\d+)/(\\d+)\\.png$"));
    const QRegularExpressionMatch match = tilePath.match(QString::fromLatin1(path));
    QByteArray status = "404 Not Found";
    QByteArray body;
    if (match.hasMatch()) {
        const TileId tile{match.captured(1).toInt(), match.captured(2).toInt(),
                          match.captured(3).toInt()};
        m_requests.append(tile);
        status = "200 OK";
        body = png(tile, m_style);
    }
    // Cache headers like tile.openstreetmap.org sends: fresh for a day.
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: image/png\r\nContent-Length: " +
                  QByteArray::number(body.size()) +
                  "\r\nCache-Control: max-age=86400\r\nConnection: keep-alive\r\n\r\n" + body);
}

QRgb TileTestServer::colourOf(const TileId &tile)
{
    // Neighbours differ in hue; zoom shifts the whole palette.
    return QColor::fromHsv((tile.x * 47 + tile.y * 101 + tile.zoom * 13) % 360, 70, 235).rgb();
}

QByteArray TileTestServer::png(const TileId &tile, Style style)
{
    const int size = TileMath::tileSize;
    QImage image(size, size, QImage::Format_RGB32);
    if (style == Style::SolidColours) {
        image.fill(colourOf(tile));
    } else {
        // Blocks between streets every 128 world pixels, so streets run on across tile edges,
        // some blocks parks; a faint border and the tile's z/x/y in the corner.
        image.fill(QColor(242, 239, 233));
        QPainter painter(&image);
        const int block = 128;
        for (int by = 0; by < size; by += block) {
            for (int bx = 0; bx < size; bx += block) {
                const qint64 wx = qint64(tile.x) * size + bx;
                const qint64 wy = qint64(tile.y) * size + by;
                const bool park = (wx / block * 7 + wy / block * 3) % 11 == 0;
                painter.fillRect(bx + 6, by + 6, block - 12, block - 12,
                                 park ? QColor(200, 230, 190) : QColor(224, 218, 210));
            }
        }
        painter.setPen(QPen(QColor(255, 255, 255), 8));
        for (int offset = 0; offset <= size; offset += block) {
            painter.drawLine(offset, 0, offset, size);
            painter.drawLine(0, offset, size, offset);
        }
        painter.setPen(QPen(QColor(249, 178, 156), 10)); // a main road across every tile row
        painter.drawLine(0, block, size, block);
        painter.setPen(QColor(200, 200, 200));
        painter.drawRect(0, 0, size - 1, size - 1);
        painter.setPen(QColor(120, 120, 120));
        painter.drawText(QRect(8, 8, size - 16, 20), Qt::AlignLeft,
                         QStringLiteral("%1/%2/%3").arg(tile.zoom).arg(tile.x).arg(tile.y));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
