#include "MapView.h"

#include "MapOverlayPainter.h"
#include "map/DistanceText.h"
#include "map/GeocodeAccuracy.h"
#include "map/PinOverride.h"
#include "map/ScaleBar.h"
#include "map/TileLoader.h"
#include "map/TileMath.h"

#include <QEvent>

#include <QPainter>
#include <QToolButton>
#include <algorithm>

#include <algorithm>
#include <cmath>

namespace {
// Decoded tiles kept in memory; the disk cache holds the rest.
constexpr int memoryTiles = 256;
constexpr int scaleBarMaxPixels = 120;
} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent)
    , m_loader(new TileLoader(this))
    , m_tiles(memoryTiles)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Map preview"));

    connect(m_loader, &TileLoader::tileLoaded, this,
            [this](const TileId &tile, const QByteArray &data, bool fromCache) {
                tileArrived(tile, data);
                // Only the network proves the server is back; a cached tile does not.
                if (!fromCache)
                    setTilesUnavailableReason({});
            });
    connect(m_loader, &TileLoader::tileFailed, this, &MapView::tileFailed);

    createControls();
    setUpPositionSource();

    setTileSource(applicationTileSource().first, applicationTileSource().second);
    centerOn(QGeoCoordinate(39.8, -98.6), 3); // the contiguous US until there is a geocode
    updateAccessibleDescription();
}

MapView::~MapView() = default;

QPair<TileSource, QString> &MapView::applicationTileSource()
{
    static QPair<TileSource, QString> source{TileSource(), QString()};
    return source;
}

void MapView::setApplicationTileSource(const TileSource &source, const QString &cacheDirectory)
{
    applicationTileSource() = {source, cacheDirectory};
}

void MapView::setTileSource(const TileSource &source, const QString &cacheDirectory)
{
    m_tiles.clear();
    m_sourceProblem = source.urlTemplate().trimmed().isEmpty()
                          ? std::optional<QString>(tr("map tiles are turned off in the settings."))
                          : source.validationError();
    m_loader->setSource(source, cacheDirectory);
    setTilesUnavailableReason(
        m_sourceProblem ? tr("Map tiles cannot be shown: %1").arg(*m_sourceProblem) : QString());
    if (m_zoom > deepestZoom())
        centerOn(center(), deepestZoom());
    requestVisibleTiles();
    update();
}

TileSource MapView::tileSource() const
{
    return m_loader->source();
}

void MapView::setGeocode(const QGeoCoordinate &point, GeocodePrecision precision)
{
    m_geocode = point.isValid() ? TileMath::normalized(point) : QGeoCoordinate();
    m_precision = precision;
    updateFarState();
    if (m_geocode.isValid())
        centerOn(shownPin(),
                 precision == GeocodePrecision::PostalCode ? postalCodeZoom : rooftopZoom);
    updateAccessibleDescription();
    update();
}

void MapView::setComparisonPoint(const QGeoCoordinate &point, const QString &label)
{
    m_comparison = point.isValid() ? TileMath::normalized(point) : QGeoCoordinate();
    m_comparisonLabel = label;
    const QGeoCoordinate pin = shownPin();
    if (m_comparison.isValid() && pin.isValid()) {
        // The deepest zoom at which both points fit with a margin.
        int zoom = rooftopZoom;
        const QGeoCoordinate middle((pin.latitude() + m_comparison.latitude()) / 2,
                                    (pin.longitude() + m_comparison.longitude()) / 2);
        while (zoom > 2) {
            const double metresPerPixel = TileMath::metresPerPixel(middle.latitude(), zoom);
            if (pin.distanceTo(m_comparison) / metresPerPixel < 0.6 * std::min(width(), height()))
                break;
            --zoom;
        }
        centerOn(middle, zoom);
    } else if (m_comparison.isValid()) {
        centerOn(m_comparison, rooftopZoom);
    }
    updateAccessibleDescription();
    update();
}

void MapView::setPin(const QGeoCoordinate &override)
{
    movePinTo(override, false);
}

QGeoCoordinate MapView::shownPin() const
{
    return m_pin.isValid() ? m_pin : m_geocode;
}

void MapView::movePinTo(const QGeoCoordinate &pin, bool emitMoved)
{
    m_pin = pin.isValid() ? TileMath::normalized(pin) : QGeoCoordinate();
    updateFarState();
    updateAccessibleDescription();
    update();
    if (emitMoved)
        emit pinMoved(m_pin);
}

void MapView::setEditable(bool editable)
{
    m_editable = editable;
    if (!editable && m_drag == Drag::Pin)
        m_drag = Drag::None;
    updateAccessibleDescription();
}

void MapView::centerOn(const QGeoCoordinate &coordinate, int zoom)
{
    m_zoom = std::clamp(zoom, TileMath::minZoom, deepestZoom());
    setCenterPixel(TileMath::worldPixel(coordinate, m_zoom));
}

int MapView::deepestZoom() const
{
    // An invalid source may claim any number; the map itself stops at TileMath::maxZoom.
    return std::clamp(tileSource().maxZoom(), TileMath::minZoom, TileMath::maxZoom);
}

QGeoCoordinate MapView::center() const
{
    return TileMath::coordinateAt(m_center, m_zoom);
}

void MapView::setCenterPixel(const QPointF &worldPixel)
{
    const double size = TileMath::worldSize(m_zoom);
    m_center = {std::fmod(std::fmod(worldPixel.x(), size) + size, size),
                std::clamp(worldPixel.y(), 0.0, size)};
    requestVisibleTiles();
    m_zoomInButton->setEnabled(m_zoom < deepestZoom());
    m_zoomOutButton->setEnabled(m_zoom > TileMath::minZoom);
    update();
    emit viewChanged();
}

void MapView::zoomBy(int delta, const QPointF &anchor)
{
    const int zoom = std::clamp(m_zoom + delta, TileMath::minZoom, deepestZoom());
    if (zoom == m_zoom)
        return;
    // Keep the point under the anchor (the mouse, or the middle) where it is.
    const QPointF offset = anchor - QRectF(rect()).center();
    const QPointF anchorWorld = (m_center + offset) * std::ldexp(1.0, zoom - m_zoom);
    m_zoom = zoom;
    setCenterPixel(anchorWorld - offset);
}

QPointF MapView::pixelOf(const QGeoCoordinate &coordinate) const
{
    QPointF world = TileMath::worldPixel(coordinate, m_zoom);
    // Across the antimeridian, draw the copy of the point nearest to the centre.
    const double size = TileMath::worldSize(m_zoom);
    if (world.x() - m_center.x() > size / 2)
        world.rx() -= size;
    else if (m_center.x() - world.x() > size / 2)
        world.rx() += size;
    return world - m_center + QRectF(rect()).center();
}

QGeoCoordinate MapView::coordinateAt(const QPointF &widgetPixel) const
{
    return TileMath::coordinateAt(widgetPixel - QRectF(rect()).center() + m_center, m_zoom);
}

QRect MapView::attributionRect() const
{
    return MapOverlayPainter::attributionRect(font(), rect(), tileSource().attribution());
}

int MapView::pendingTileCount() const
{
    return m_loader->pendingCount();
}

bool MapView::isPinFarFromGeocode() const
{
    return m_far;
}

QString MapView::farWarningText() const
{
    if (!m_far)
        return {};
    return tr("The pin is %1 from the geocoded address. Make sure it marks the right building.")
        .arg(distanceText(m_geocode.distanceTo(m_pin), locale()));
}

void MapView::updateFarState()
{
    const bool far = PinOverride::isFarFromGeocode(m_geocode, m_precision, m_pin);
    if (far != m_far) {
        m_far = far;
        emit pinFarFromGeocodeChanged(far);
    }
}

void MapView::setTilesUnavailableReason(const QString &reason)
{
    if (reason == m_tilesUnavailableReason)
        return;
    m_tilesUnavailableReason = reason;
    updateAccessibleDescription();
    update();
    if (!reason.isEmpty())
        emit tilesUnavailable(reason);
}

void MapView::requestVisibleTiles()
{
    if (!isVisible() || m_sourceProblem)
        return;
    QList<TileId> missing;
    for (const TileId &tile : TileMath::visibleTiles(m_center, m_zoom, size())) {
        if (!m_tiles.contains(tile))
            missing.append(tile);
    }
    // Middle first: the pin is usually there.
    const QPointF middle = m_center / TileMath::tileSize;
    std::stable_sort(missing.begin(), missing.end(), [middle](const TileId &a, const TileId &b) {
        const QPointF da = QPointF(a.x + 0.5, a.y + 0.5) - middle;
        const QPointF db = QPointF(b.x + 0.5, b.y + 0.5) - middle;
        return QPointF::dotProduct(da, da) < QPointF::dotProduct(db, db);
    });
    m_loader->request(missing);
}

void MapView::tileArrived(const TileId &tile, const QByteArray &data)
{
    auto pixmap = std::make_unique<QPixmap>();
    if (!pixmap->loadFromData(data)) {
        tileFailed(tile, tr("Map tiles could not be loaded: the tile server sent something that "
                            "is not an image."));
        return;
    }
    m_tiles.insert(tile, pixmap.release());
    if (tile.zoom == m_zoom)
        update();
}

void MapView::tileFailed(const TileId &, const QString &reason)
{
    setTilesUnavailableReason(reason);
}

QStringList MapView::captionLines() const
{
    QStringList lines;
    const QGeoCoordinate pin = shownPin();
    if (m_comparison.isValid()) {
        lines.append(pin.isValid() ? tr("%1 (blue): %2 from the pin")
                                         .arg(m_comparisonLabel,
                                              distanceText(pin.distanceTo(m_comparison), locale()))
                                   : tr("%1 (blue)").arg(m_comparisonLabel));
    }
    if (!pin.isValid()) {
        lines.append(tr("No location yet: validate the address to place it."));
        return lines;
    }
    lines.append(tr("Pin: %1").arg(pin.toString(QGeoCoordinate::DegreesWithHemisphere)));
    if (m_pin.isValid() && m_geocode.isValid()) {
        lines.append(tr("Moved by hand, %1 from the geocode")
                         .arg(distanceText(m_geocode.distanceTo(m_pin), locale())));
    } else if (m_pin.isValid()) {
        lines.append(tr("Placed by hand"));
    } else {
        switch (m_precision) {
        case GeocodePrecision::PostalCode:
            lines.append(tr("Postal code centre: the address is somewhere within about %1")
                             .arg(distanceText(GeocodeAccuracy::postalCodeRadiusMetres, locale())));
            break;
        case GeocodePrecision::Rooftop:
            lines.append(tr("Rooftop geocode"));
            break;
        case GeocodePrecision::UserOverride:
            lines.append(tr("Placed by hand"));
            break;
        }
    }
    return lines;
}

void MapView::updateAccessibleDescription()
{
    QStringList parts = captionLines();
    if (m_far)
        parts.append(farWarningText());
    if (!m_tilesUnavailableReason.isEmpty())
        parts.append(m_tilesUnavailableReason);
    if (m_editable && shownPin().isValid())
        parts.append(tr("Drag the pin or press Shift and the arrow keys to move it to the "
                        "building."));
    setAccessibleDescription(parts.join(QLatin1Char(' ')));
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    for (const TileMath::TilePlacement &placement :
         TileMath::tilePlacements(m_center, m_zoom, size())) {
        const QRect target(placement.topLeft, QSize(TileMath::tileSize, TileMath::tileSize));
        if (const QPixmap *tile = m_tiles.object(placement.tile))
            painter.drawPixmap(target, *tile);
        else
            MapOverlayPainter::drawPlainTile(painter, target, palette());
    }
    // Beyond the Mercator limits (zoomed far out) there is no map.
    const QPointF worldTop = QPointF(0, 0) - m_center + QRectF(rect()).center();
    const double worldHeight = TileMath::worldSize(m_zoom);
    painter.fillRect(QRectF(0, 0, width(), worldTop.y()), palette().color(QPalette::Window));
    painter.fillRect(QRectF(0, worldTop.y() + worldHeight, width(), height()),
                     palette().color(QPalette::Window));

    if (m_geocode.isValid() && m_precision == GeocodePrecision::PostalCode) {
        const double radius = GeocodeAccuracy::postalCodeRadiusMetres /
                              TileMath::metresPerPixel(m_geocode.latitude(), m_zoom);
        MapOverlayPainter::drawAccuracyCircle(painter, pixelOf(m_geocode), radius);
    }
    if (m_pin.isValid() && m_geocode.isValid())
        MapOverlayPainter::drawPin(painter, pixelOf(m_geocode),
                                   MapOverlayPainter::PinKind::OriginalGeocode);
    if (m_comparison.isValid())
        MapOverlayPainter::drawPin(painter, pixelOf(m_comparison),
                                   MapOverlayPainter::PinKind::Comparison);
    if (shownPin().isValid())
        MapOverlayPainter::drawPin(painter, pixelOf(shownPin()), MapOverlayPainter::PinKind::Shown);

    int top = 0;
    if (m_far)
        top =
            MapOverlayPainter::drawNotice(painter, rect().adjusted(0, 0, -buttonsWidth(), 0), top,
                                          farWarningText(), MapOverlayPainter::NoticeKind::Warning)
                .bottom();
    if (!m_tilesUnavailableReason.isEmpty()) {
        const QString text = QString(m_tilesUnavailableReason + QLatin1Char(' ') +
                                     tr("The pin, the scale and the coordinates are still "
                                        "right."));
        top = MapOverlayPainter::drawNotice(painter, rect().adjusted(0, 0, -buttonsWidth(), 0), top,
                                            text, MapOverlayPainter::NoticeKind::Information)
                  .bottom();
    }
    const double latitude = center().latitude();
    const ScaleBar scale =
        ScaleBar::choose(TileMath::metresPerPixel(latitude, m_zoom), scaleBarMaxPixels, locale());
    const QRect attribution = attributionRect();
    MapOverlayPainter::drawCaption(painter, rect().adjusted(0, 0, 0, -attribution.height()),
                                   captionLines(), scale);
    if (hasFocus())
        MapOverlayPainter::drawFocusFrame(painter, rect(), palette());
    // Last, so nothing covers it: the tile licence requires it on the map.
    MapOverlayPainter::drawAttribution(painter, rect(), tileSource().attribution());
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutButtons();
    requestVisibleTiles();
}

void MapView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    layoutButtons();
    requestVisibleTiles();
}

void MapView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LocaleChange || event->type() == QEvent::LanguageChange)
        updateAccessibleDescription();
}

QSize MapView::sizeHint() const
{
    return {480, 360};
}

QSize MapView::minimumSizeHint() const
{
    return {260, 200};
}
