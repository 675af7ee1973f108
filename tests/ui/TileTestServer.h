// A slippy-map tile server for the map tests: plain HTTP/1.1 on 127.0.0.1 over QTcpServer, tiles
// drawn on request with QImage (a solid colour per tile that the test can recognise in the
// rendered widget, or street-map-like tiles for screenshots). It records every request and the
// most requests it ever had open at once, and can hold each answer back to make overlap visible.
#pragma once

#include "map/TileId.h"

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QTcpServer;
class QTcpSocket;

class TileTestServer : public QObject
{
    Q_OBJECT
public:
    enum class Style { SolidColours, Streets };

    explicit TileTestServer(QObject *parent = nullptr);
    ~TileTestServer() override;

    bool listen();
    void close(); // stops listening and drops every connection: the port refuses from now on
    quint16 port() const { return m_port; }
    QString urlTemplate() const;

    void setStyle(Style style) { m_style = style; }
    void setResponseDelayMs(int ms) { m_delayMs = ms; }

    QList<TileId> requests() const { return m_requests; }
    QList<QByteArray> userAgents() const { return m_userAgents; }
    int maxOpenRequests() const { return m_maxOpen; }
    int openRequests() const { return m_open; }
    void clearRecords();

    // The colour of a tile in the SolidColours style.
    static QRgb colourOf(const TileId &tile);
    static QByteArray png(const TileId &tile, Style style);

private:
    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &path);

    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    Style m_style = Style::SolidColours;
    int m_delayMs = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<TileId> m_requests;
    QList<QByteArray> m_userAgents;
    int m_open = 0;
    int m_maxOpen = 0;
};
