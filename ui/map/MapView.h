// The map preview of an emergency address: slippy-map raster tiles (no QML) with a pin for the
// geocode, a circle when the geocode is only a postal-code centroid, a scale bar, the
// coordinates and the tile provider's attribution. The admin can move the pin to the exact
// building (drag it, or Shift+arrows) when the view is editable; the moved point is the
// override. Without tiles (offline, server down) everything but the tiles is still drawn, with
// the reason.
//
// Keys (with focus): arrows pan, +/- zoom, Shift+arrows move the pin, Home recentres on the pin.
#pragma once

#include "domain/EmergencyAddress.h"
#include "map/TileId.h"
#include "map/TileSource.h"

#include <QCache>
#include <QGeoCoordinate>
#include <QPixmap>
#include <QPointF>
#include <QWidget>

#include <optional>

class QGeoPositionInfoSource;
class QToolButton;
class TileLoader;

class MapView : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QGeoCoordinate pin READ pin WRITE setPin)
    Q_PROPERTY(bool pinFarFromGeocode READ isPinFarFromGeocode NOTIFY pinFarFromGeocodeChanged)
    Q_PROPERTY(bool editable READ isEditable WRITE setEditable)
    Q_PROPERTY(QString tilesUnavailableReason READ tilesUnavailableReason NOTIFY tilesUnavailable)
public:
    // Zoom levels chosen when a geocode is set: a postal area fits, a building is readable.
    static constexpr int postalCodeZoom = 12;
    static constexpr int rooftopZoom = 17;
    // Pixels the pin moves per Shift+arrow, and the map per arrow.
    static constexpr int pinKeyStep = 4;
    static constexpr int panKeyStep = 64;

    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    // The tile source every new view starts with (the settings' tile URL; an empty template
    // means tiles are off). Set once at start-up; tests point it at a local or closed port.
    static void setApplicationTileSource(const TileSource &source,
                                         const QString &cacheDirectory = {});

    // Starts loading tiles from `source`; an invalid template shows its problem instead of tiles
    // (an empty one says tiles are turned off). cacheDirectory empty: <CacheLocation>/tiles.
    void setTileSource(const TileSource &source, const QString &cacheDirectory = {});
    TileSource tileSource() const;

    // The geocoded point of the address, centred at a zoom that suits its precision. An invalid
    // point clears it.
    void setGeocode(const QGeoCoordinate &point, GeocodePrecision precision);
    QGeoCoordinate geocode() const { return m_geocode; }
    GeocodePrecision geocodePrecision() const { return m_precision; }

    // The admin's override of the geocode; invalid = none (the geocode is the pin).
    void setPin(const QGeoCoordinate &override);
    QGeoCoordinate pin() const { return m_pin; }
    // The point the pin is drawn at: the override, else the geocode.
    QGeoCoordinate shownPin() const;

    // A second point to compare the pin with, drawn in blue and named in the caption with its
    // distance (the location Teams sent with an emergency call); the view then fits both.
    // Invalid clears it.
    void setComparisonPoint(const QGeoCoordinate &point, const QString &label);
    QGeoCoordinate comparisonPoint() const { return m_comparison; }

    // Auditors get a read-only view: the pin cannot be moved.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    void centerOn(const QGeoCoordinate &coordinate, int zoom);
    QGeoCoordinate center() const;
    int zoom() const { return m_zoom; }

    bool isPinFarFromGeocode() const;
    // The warning drawn on the map while the pin is far from the geocode (empty otherwise), for
    // an editor that also shows it in a banner.
    QString farWarningText() const;
    // Why no tiles are drawn; empty while tiles load fine.
    QString tilesUnavailableReason() const { return m_tilesUnavailableReason; }
    // Tiles asked for and not yet arrived (queued or on the wire).
    int pendingTileCount() const;

    // Where things are drawn, in widget pixels, so tests can check the rendered image.
    QPointF pixelOf(const QGeoCoordinate &coordinate) const;
    QGeoCoordinate coordinateAt(const QPointF &widgetPixel) const;
    QRect attributionRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The admin moved the pin (once per drag, on release; once per Shift+arrow).
    void pinMoved(const QGeoCoordinate &pin);
    void pinFarFromGeocodeChanged(bool far);
    void tilesUnavailable(const QString &why);
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static QPair<TileSource, QString> &applicationTileSource();
    void setCenterPixel(const QPointF &worldPixel);
    int deepestZoom() const;
    void zoomBy(int delta, const QPointF &anchor);
    void movePinTo(const QGeoCoordinate &pin, bool emitMoved);
    void requestVisibleTiles();
    void tileArrived(const TileId &tile, const QByteArray &data);
    void tileFailed(const TileId &tile, const QString &reason);
    void setTilesUnavailableReason(const QString &reason);
    void updateFarState();
    void updateAccessibleDescription();
    void createControls();
    void setUpPositionSource();
    void locateMe();
    bool pinHit(const QPointF &widgetPixel) const;
    void layoutButtons();
    int buttonsWidth() const;
    QStringList captionLines() const;

    TileLoader *m_loader = nullptr;
    QCache<TileId, QPixmap> m_tiles;
    QGeoCoordinate m_geocode;
    GeocodePrecision m_precision = GeocodePrecision::PostalCode;
    QGeoCoordinate m_pin;
    QGeoCoordinate m_comparison;
    QString m_comparisonLabel;
    bool m_editable = true;
    bool m_far = false;
    int m_zoom = 3;
    QPointF m_center; // world pixel at m_zoom
    QString m_tilesUnavailableReason;
    std::optional<QString> m_sourceProblem;

    enum class Drag { None, Map, Pin };
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_dragStartCenter;
    QPointF m_dragPinStart;   // pin tip in widget pixels when the drag began
    int m_wheelRemainder = 0; // touchpads send fractions of a notch

    QGeoPositionInfoSource *m_position = nullptr;
    QToolButton *m_locateButton = nullptr;
    QToolButton *m_zoomInButton = nullptr;
    QToolButton *m_zoomOutButton = nullptr;
};
