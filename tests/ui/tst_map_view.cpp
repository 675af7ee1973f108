// The map preview against a real HTTP tile server in the test (TileTestServer): the exact visible
// tile set is requested and drawn where it belongs, never more than two at a time, cached tiles
// are not requested again, a stopped server gives the offline drawing with its reason, the
// attribution is always on the rendered image, and the pin can be dragged (or moved with
// Shift+arrows) only when the view is editable. With DISPATCHABLE_SCREENSHOT_DIR set, it saves
// map-preview-tiles.png and map-preview-offline.png there.
#include "MapView.h"
#include "TileTestServer.h"
#include "map/TileSource.h"

#include <QGeoPositionInfoSource>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <cmath>
#include <memory>
#include <numbers>

namespace {
constexpr int timeoutMs = 15000;
const QSize viewSize(600, 400);
const QGeoCoordinate seattle(47.6062, -122.3321);

// The test's own Web Mercator, written from the OSM wiki independently of TileMath.
QPointF mercator(const QGeoCoordinate &c, int zoom)
{
    const double n = 256.0 * std::pow(2.0, zoom);
    const double lat = c.latitude() * std::numbers::pi / 180.0;
    return {(c.longitude() + 180.0) / 360.0 * n,
            (1.0 - std::asinh(std::tan(lat)) / std::numbers::pi) / 2.0 * n};
}

QGeoCoordinate inverseMercator(const QPointF &p, int zoom)
{
    const double n = 256.0 * std::pow(2.0, zoom);
    const double lon = p.x() / n * 360.0 - 180.0;
    const double lat = std::atan(std::sinh(std::numbers::pi * (1 - 2 * p.y() / n)));
    return QGeoCoordinate(lat * 180.0 / std::numbers::pi, lon);
}

// Every tile whose 256-pixel square overlaps the viewport (no wrapping needed away from the
// antimeridian), by brute force over a generous neighbourhood.
QSet<TileId> expectedTiles(const QGeoCoordinate &center, int zoom, const QSize &size)
{
    const QPointF c = mercator(center, zoom);
    const QRectF view(c.x() - size.width() / 2.0, c.y() - size.height() / 2.0, size.width(),
                      size.height());
    QSet<TileId> tiles;
    const int cx = int(c.x() / 256), cy = int(c.y() / 256);
    for (int x = cx - 6; x <= cx + 6; ++x) {
        for (int y = cy - 6; y <= cy + 6; ++y) {
            if (QRectF(x * 256.0, y * 256.0, 256, 256).intersects(view))
                tiles.insert({zoom, x, y});
        }
    }
    return tiles;
}

QSet<TileId> toSet(const QList<TileId> &tiles)
{
    return QSet<TileId>(tiles.cbegin(), tiles.cend());
}

// True when every expected tile shows its own colour somewhere it is not covered by the
// overlays (bottom strip with caption and attribution, the buttons on the right).
bool tilesDrawnInPlace(MapView &view, const QSet<TileId> &tiles)
{
    const QImage image = view.grab().toImage();
    const QPointF c = mercator(view.center(), view.zoom());
    const QPointF topLeft = c - QPointF(view.width() / 2.0, view.height() / 2.0);
    const QRect free(0, 0, view.width() - 130, view.height() - 90);
    for (const TileId &tile : tiles) {
        const QRect onScreen =
            QRectF(tile.x * 256.0 - topLeft.x(), tile.y * 256.0 - topLeft.y(), 256, 256)
                .toAlignedRect()
                .intersected(free)
                .adjusted(2, 2, -2, -2);
        if (onScreen.isEmpty())
            continue;
        if (image.pixel(onScreen.center()) != TileTestServer::colourOf(tile))
            return false;
    }
    return true;
}

int countPixels(const QImage &image, const QRect &area, auto predicate)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            count += predicate(image.pixelColor(x, y)) ? 1 : 0;
    }
    return count;
}

bool isDark(const QColor &c)
{
    return c.lightness() < 110;
}

// The attribution box: lighter than the tiles behind it, with dark text in it.
void verifyAttributionDrawn(MapView &view)
{
    const QImage image = view.grab().toImage();
    const QRect box = view.attributionRect();
    QVERIFY(QRect(QPoint(0, 0), view.size()).contains(box));
    QVERIFY(box.width() >=
            view.fontMetrics().horizontalAdvance(view.tileSource().attribution()) * 0.8);
    const int dark = countPixels(image, box, isDark);
    const int white = countPixels(image, box, [](const QColor &c) { return c.lightness() > 240; });
    // Text covers a fair share of the box, the rest is the light box.
    QVERIFY2(dark > box.width(), qPrintable(QString::number(dark)));
    QVERIFY2(white > box.width() * box.height() / 3, qPrintable(QString::number(white)));
}

void save(MapView &view, const QString &name)
{
    const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(view.grab().save(QDir(dir).filePath(name), "PNG"));
}
} // namespace

class TestMapView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void requestsExactlyTheVisibleTilesAndDrawsThemInPlace();
    void panningAndZoomingRequestOnlyTilesThatWereVisible();
    void cachedTilesAreNotRequestedAgain();
    void stoppedServerGivesTheOfflineDrawingAndTheReason();
    void attributionIsAlwaysDrawn();
    void invalidTemplateSaysWhyAndRequestsNothing();
    void postalCodeGeocodeDrawsACircleRooftopDoesNot();
    void draggingThePinEmitsTheOverrideAndWarnsWhenFar();
    void shiftArrowsMoveThePinArrowsAndPlusMinusPanAndZoom();
    void readOnlyViewNeverMovesThePin();
    void zoomStopsAtTheSourcesDeepestLevel();
    void myLocationButtonSaysWhyWhenThereIsNoPositionSource();
    void screenshots();

private:
    std::unique_ptr<MapView> makeView(const QSize &size = viewSize);

    std::unique_ptr<TileTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_cache;
};

void TestMapView::init()
{
    m_server = std::make_unique<TileTestServer>();
    QVERIFY(m_server->listen());
    m_cache = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cache->isValid());
}

void TestMapView::cleanup()
{
    m_server.reset();
    m_cache.reset();
}

std::unique_ptr<MapView> TestMapView::makeView(const QSize &size)
{
    auto view = std::make_unique<MapView>();
    view->setTileSource(
        TileSource(m_server->urlTemplate(), QStringLiteral("© OpenStreetMap contributors")),
        m_cache->path());
    view->resize(size);
    return view;
}

void TestMapView::requestsExactlyTheVisibleTilesAndDrawsThemInPlace()
{
    m_server->setResponseDelayMs(40); // requests overlap unless the view holds them back
    auto view = makeView();
    view->centerOn(seattle, 12);
    view->show();
    const QSet<TileId> expected = expectedTiles(seattle, 12, viewSize);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), expected.size(), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(tilesDrawnInPlace(*view, expected), timeoutMs);
    QCOMPARE(toSet(m_server->requests()), expected);
    QCOMPARE(m_server->requests().size(), expected.size()); // each once
    QVERIFY2(m_server->maxOpenRequests() <= 2,
             qPrintable(QString::number(m_server->maxOpenRequests())));
    QCOMPARE(m_server->maxOpenRequests(), 2); // and it does use both
    for (const QByteArray &agent : m_server->userAgents())
        QCOMPARE(agent, QByteArray("Dispatchable/" DISPATCHABLE_VERSION
                                   " (+" DISPATCHABLE_HOMEPAGE_URL ")"));
    QVERIFY(view->tilesUnavailableReason().isEmpty());
}

void TestMapView::panningAndZoomingRequestOnlyTilesThatWereVisible()
{
    auto view = makeView();
    QSet<TileId> everVisible;
    auto noteVisible = [&] {
        everVisible.unite(expectedTiles(view->center(), view->zoom(), view->size()));
    };
    connect(view.get(), &MapView::viewChanged, this, noteVisible);
    view->centerOn(seattle, 14);
    view->show();
    noteVisible();
    QTRY_VERIFY_WITH_TIMEOUT(
        tilesDrawnInPlace(*view, expectedTiles(view->center(), 14, view->size())), timeoutMs);
    // Pan by dragging the map, with the keyboard, then zoom with the wheel.
    QTest::mousePress(view.get(), Qt::LeftButton, {}, QPoint(100, 100));
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(view.get(), QPoint(100 + 30 * i, 100 + 10 * i));
    QTest::mouseRelease(view.get(), Qt::LeftButton, {}, QPoint(400, 200));
    view->setFocus();
    QTest::keyClick(view.get(), Qt::Key_Down);
    QTest::keyClick(view.get(), Qt::Key_Down);
    QWheelEvent wheel(QPointF(300, 200), view->mapToGlobal(QPointF(300, 200)), QPoint(),
                      QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.get(), &wheel);
    QCOMPARE(view->zoom(), 15);
    const QSet<TileId> last = expectedTiles(view->center(), 15, view->size());
    QTRY_VERIFY_WITH_TIMEOUT(tilesDrawnInPlace(*view, last), timeoutMs);
    const QSet<TileId> requested = toSet(m_server->requests());
    QVERIFY(requested.contains(last));
    // Nothing outside what the view showed at some moment: no prefetch, no other zoom level.
    const QSet<TileId> beyond = requested - everVisible;
    QVERIFY2(beyond.isEmpty(), qPrintable(QString::number(beyond.size())));
    QCOMPARE(m_server->requests().size(), requested.size()); // and none twice
}

void TestMapView::cachedTilesAreNotRequestedAgain()
{
    const QSet<TileId> first = expectedTiles(seattle, 13, viewSize);
    {
        auto view = makeView();
        view->centerOn(seattle, 13);
        view->show();
        QTRY_VERIFY_WITH_TIMEOUT(tilesDrawnInPlace(*view, first), timeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(view->pendingTileCount(), 0, timeoutMs);
    }
    QCOMPARE(toSet(m_server->requests()), first);
    m_server->clearRecords();

    // A second view on the same cache directory, the same place: drawn, nothing requested.
    auto again = makeView();
    again->centerOn(seattle, 13);
    again->show();
    QTRY_VERIFY_WITH_TIMEOUT(tilesDrawnInPlace(*again, first), timeoutMs);
    QVERIFY2(m_server->requests().isEmpty(),
             qPrintable(QString::number(m_server->requests().size())));

    // Moved half a view east: only the tiles it had not seen go over the network.
    const QGeoCoordinate east = inverseMercator(mercator(seattle, 13) + QPointF(300, 0), 13);
    again->centerOn(east, 13);
    const QSet<TileId> second = expectedTiles(east, 13, viewSize);
    QTRY_VERIFY_WITH_TIMEOUT(tilesDrawnInPlace(*again, second), timeoutMs);
    QCOMPARE(toSet(m_server->requests()), second - first);
    QVERIFY(!(second - first).isEmpty());
}

void TestMapView::stoppedServerGivesTheOfflineDrawingAndTheReason()
{
    const quint16 port = m_server->port();
    m_server->close(); // the port now refuses connections
    auto view = makeView();
    QSignalSpy unavailable(view.get(), &MapView::tilesUnavailable);
    view->setGeocode(seattle, GeocodePrecision::Rooftop);
    view->show();
    QTRY_VERIFY_WITH_TIMEOUT(!unavailable.isEmpty(), timeoutMs);
    const QString why = view->tilesUnavailableReason();
    QCOMPARE(unavailable.first().first().toString(), why);
    QCOMPARE(why, QStringLiteral("Map tiles could not be loaded: connection refused by "
                                 "127.0.0.1:%1.")
                      .arg(port));
    QVERIFY(view->accessibleDescription().contains(why));

    const QImage image = view->grab().toImage();
    // The pin (red) where the geocode is, on the plain background.
    const QPointF tip = view->pixelOf(seattle);
    QCOMPARE(tip.toPoint(), QPoint(300, 200));
    const int red = countPixels(image, QRect(290, 170, 21, 30), [](const QColor &c) {
        return c.red() > 180 && c.green() < 90 && c.blue() < 90;
    });
    QVERIFY2(red > 100, qPrintable(QString::number(red)));
    const QRgb plain = image.pixel(100, 150);
    QCOMPARE(image.pixel(120, 160), plain); // plain background away from the grid lines
    // The notice at the top and the caption with scale bar and coordinates at the bottom left:
    // dark text on light boxes in both places.
    QVERIFY(countPixels(image, QRect(10, 8, 400, 30), isDark) > 50);
    QVERIFY(countPixels(image, QRect(6, 320, 250, 55), isDark) > 150);
    verifyAttributionDrawn(*view);
    save(*view, QStringLiteral("map-preview-offline.png"));
}

void TestMapView::attributionIsAlwaysDrawn()
{
    auto view = makeView();
    view->centerOn(seattle, 12);
    view->show();
    QTRY_VERIFY_WITH_TIMEOUT(tilesDrawnInPlace(*view, expectedTiles(seattle, 12, viewSize)),
                             timeoutMs);
    verifyAttributionDrawn(*view);
    // At the smallest size, the widest zoom and with a far pin warning, still there.
    view->resize(view->minimumSizeHint());
    view->centerOn(seattle, 0);
    view->setGeocode(seattle, GeocodePrecision::Rooftop);
    view->setPin(seattle.atDistanceAndAzimuth(500, 90));
    QVERIFY(view->isPinFarFromGeocode());
    verifyAttributionDrawn(*view);
    // A different provider's own credit replaces OSM's.
    view->setTileSource(TileSource(m_server->urlTemplate(), QStringLiteral("Tiles © Example")),
                        m_cache->path());
    QCOMPARE(view->tileSource().attribution(), QStringLiteral("Tiles © Example"));
    verifyAttributionDrawn(*view);
}

void TestMapView::invalidTemplateSaysWhyAndRequestsNothing()
{
    auto view = std::make_unique<MapView>();
    QSignalSpy unavailable(view.get(), &MapView::tilesUnavailable);
    view->setTileSource(
        TileSource(QStringLiteral("http://127.0.0.1:%1/{z}/{x}.png").arg(m_server->port()),
                   QStringLiteral("x")),
        m_cache->path());
    view->resize(viewSize);
    view->show();
    QCOMPARE(unavailable.size(), 1);
    QVERIFY2(view->tilesUnavailableReason().contains(QLatin1StringView("lacks {y}")),
             qPrintable(view->tilesUnavailableReason()));
    QTest::qWait(200); // give a wrong implementation the chance to ask anyway
    QVERIFY(m_server->requests().isEmpty());
}

void TestMapView::postalCodeGeocodeDrawsACircleRooftopDoesNot()
{
    auto view = makeView();
    view->setGeocode(seattle, GeocodePrecision::PostalCode);
    view->show();
    QCOMPARE(view->zoom(), MapView::postalCodeZoom);
    QCOMPARE(view->center().distanceTo(seattle) < 50, true);
    // 5 km at this latitude and zoom, in pixels, computed here from the ground distance.
    const QPointF centre = view->pixelOf(seattle);
    const QPointF edge = view->pixelOf(seattle.atDistanceAndAzimuth(5000, 270));
    const double radius = centre.x() - edge.x();
    QVERIFY(radius > 150 && radius < 250);
    const QSet<TileId> tiles = expectedTiles(seattle, MapView::postalCodeZoom, viewSize);
    QTRY_COMPARE_WITH_TIMEOUT(toSet(m_server->requests()), tiles, timeoutMs);
    auto tileColourAt = [&](const QPointF &p) {
        const QPointF world = mercator(view->center(), view->zoom()) + p - QPointF(300, 200);
        return TileTestServer::colourOf({view->zoom(), int(world.x() / 256), int(world.y() / 256)});
    };
    const QPointF inside = centre + QPointF(-radius * 0.8, -radius * 0.3);
    const QPointF outside = centre + QPointF(-radius * 1.08, -radius * 0.3);
    QTRY_COMPARE_WITH_TIMEOUT(view->grab().toImage().pixel(outside.toPoint()),
                              tileColourAt(outside), timeoutMs);
    QImage image = view->grab().toImage();
    QVERIFY(image.pixel(inside.toPoint()) != tileColourAt(inside)); // tinted by the circle
    QVERIFY(qBlue(image.pixel(inside.toPoint())) > qBlue(tileColourAt(inside)));

    view->setGeocode(seattle, GeocodePrecision::Rooftop);
    QCOMPARE(view->zoom(), MapView::rooftopZoom);
    view->centerOn(seattle, MapView::postalCodeZoom); // same view as before, no circle
    QTRY_COMPARE_WITH_TIMEOUT(view->grab().toImage().pixel(inside.toPoint()), tileColourAt(inside),
                              timeoutMs);
}

void TestMapView::draggingThePinEmitsTheOverrideAndWarnsWhenFar()
{
    auto view = makeView();
    view->show();
    view->setGeocode(seattle, GeocodePrecision::Rooftop);
    QSignalSpy moved(view.get(), &MapView::pinMoved);
    QSignalSpy far(view.get(), &MapView::pinFarFromGeocodeChanged);
    const int zoom = view->zoom();
    const double metresPerPixel =
        seattle.distanceTo(inverseMercator(mercator(seattle, zoom) + QPointF(1, 0), zoom));

    auto drag = [&](const QPoint &from, const QPoint &by) {
        QTest::mousePress(view.get(), Qt::LeftButton, {}, from);
        for (int i = 1; i <= 8; ++i)
            QTest::mouseMove(view.get(), from + by * i / 8);
        QTest::mouseRelease(view.get(), Qt::LeftButton, {}, from + by);
    };
    // Grab the pin by its head (20 px above the tip at the centre), move it 60 px east.
    drag(QPoint(300, 180), QPoint(60, 0));
    QCOMPARE(moved.size(), 1);
    QGeoCoordinate expected = inverseMercator(mercator(seattle, zoom) + QPointF(60, 0), zoom);
    QGeoCoordinate got = moved.first().first().value<QGeoCoordinate>();
    QVERIFY2(got.distanceTo(expected) <= metresPerPixel, qPrintable(got.toString()));
    QCOMPARE(view->pin(), got);
    QVERIFY(!view->isPinFarFromGeocode()); // ~50 m: the same site
    QVERIFY(far.isEmpty());
    QVERIFY(view->farWarningText().isEmpty());

    // Then 200 px further south-east: ~200 m away, so far from a rooftop geocode.
    drag(QPoint(360, 180), QPoint(150, 150));
    QCOMPARE(moved.size(), 2);
    expected = inverseMercator(mercator(seattle, zoom) + QPointF(210, 150), zoom);
    got = moved.last().first().value<QGeoCoordinate>();
    QVERIFY2(got.distanceTo(expected) <= metresPerPixel, qPrintable(got.toString()));
    QVERIFY(view->isPinFarFromGeocode());
    QCOMPARE(far.size(), 1);
    QCOMPARE(far.first().first().toBool(), true);
    QVERIFY(view->farWarningText().contains(QLatin1StringView("from the geocoded address")));
    QVERIFY(view->accessibleDescription().contains(view->farWarningText()));
    // The warning is drawn across the top, amber behind dark text.
    const QImage image = view->grab().toImage();
    QVERIFY(countPixels(image, QRect(8, 8, 300, 24), [](const QColor &c) {
                return c.red() > 240 && c.green() > 225 && c.blue() < 215;
            }) > 1000);
    // A press on the map away from the pin pans and moves nothing.
    drag(QPoint(100, 300), QPoint(-40, 0));
    QCOMPARE(moved.size(), 2);
}

void TestMapView::shiftArrowsMoveThePinArrowsAndPlusMinusPanAndZoom()
{
    auto view = makeView();
    view->show();
    view->setGeocode(seattle, GeocodePrecision::Rooftop);
    view->setFocus();
    QSignalSpy moved(view.get(), &MapView::pinMoved);
    const int zoom = view->zoom();
    const QPointF start = mercator(view->center(), zoom);

    QTest::keyClick(view.get(), Qt::Key_Right);
    QVERIFY(std::abs(mercator(view->center(), zoom).x() - start.x() - MapView::panKeyStep) < 0.01);
    QTest::keyClick(view.get(), Qt::Key_Plus);
    QCOMPARE(view->zoom(), zoom + 1);
    QTest::keyClick(view.get(), Qt::Key_Minus);
    QCOMPARE(view->zoom(), zoom);
    QVERIFY(moved.isEmpty());

    QTest::keyClick(view.get(), Qt::Key_Left, Qt::ShiftModifier);
    QTest::keyClick(view.get(), Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(moved.size(), 2);
    const QGeoCoordinate expected = inverseMercator(
        mercator(seattle, zoom) - QPointF(MapView::pinKeyStep, MapView::pinKeyStep), zoom);
    QVERIFY2(view->pin().distanceTo(expected) < 0.5, qPrintable(view->pin().toString()));
    QTest::keyClick(view.get(), Qt::Key_Home);
    QVERIFY(view->center().distanceTo(view->pin()) < 0.5);
}

void TestMapView::readOnlyViewNeverMovesThePin()
{
    auto view = makeView();
    view->show();
    view->setGeocode(seattle, GeocodePrecision::Rooftop);
    view->setEditable(false);
    view->setFocus();
    QSignalSpy moved(view.get(), &MapView::pinMoved);
    const QGeoCoordinate centreBefore = view->center();
    QTest::mousePress(view.get(), Qt::LeftButton, {}, QPoint(300, 180));
    for (int i = 1; i <= 8; ++i)
        QTest::mouseMove(view.get(), QPoint(300 + 10 * i, 180));
    QTest::mouseRelease(view.get(), Qt::LeftButton, {}, QPoint(380, 180));
    QTest::keyClick(view.get(), Qt::Key_Right, Qt::ShiftModifier);
    QVERIFY(moved.isEmpty());
    QVERIFY(!view->pin().isValid());
    QVERIFY(view->center().distanceTo(centreBefore) > 1); // the drag panned the map instead
    QVERIFY(!view->accessibleDescription().contains(QLatin1StringView("Drag the pin")));
}

void TestMapView::zoomStopsAtTheSourcesDeepestLevel()
{
    auto view = std::make_unique<MapView>();
    view->setTileSource(TileSource(m_server->urlTemplate(), QStringLiteral("x"), 16),
                        m_cache->path());
    view->resize(viewSize);
    view->setGeocode(seattle, GeocodePrecision::Rooftop); // asks for 17
    QCOMPARE(view->zoom(), 16);
    view->show();
    view->setFocus();
    QTest::keyClick(view.get(), Qt::Key_Plus);
    QCOMPARE(view->zoom(), 16);
    auto *zoomIn = view->findChild<QToolButton *>(QStringLiteral("mapZoomIn"));
    QVERIFY(zoomIn && !zoomIn->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(view->pendingTileCount(), 0, timeoutMs);
    for (const TileId &tile : m_server->requests())
        QCOMPARE(tile.zoom, 16);
}

void TestMapView::myLocationButtonSaysWhyWhenThereIsNoPositionSource()
{
    auto view = makeView();
    auto *button = view->findChild<QToolButton *>(QStringLiteral("mapMyLocation"));
    QVERIFY(button);
    QVERIFY(!button->accessibleName().isEmpty());
    std::unique_ptr<QGeoPositionInfoSource> source(
        QGeoPositionInfoSource::createDefaultSource(nullptr));
    if (source)
        QSKIP("This machine has a position source; the no-source case cannot be checked here.");
    QVERIFY(!button->isEnabled());
    QVERIFY(button->toolTip().contains(QLatin1StringView("no location service")));
}

void TestMapView::screenshots()
{
    m_server->setStyle(TileTestServer::Style::Streets);
    auto settle = [this](MapView &view) {
        const QSet<TileId> tiles = expectedTiles(view.center(), view.zoom(), view.size());
        QTRY_VERIFY_WITH_TIMEOUT(toSet(m_server->requests()).contains(tiles), timeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(view.pendingTileCount(), 0, timeoutMs);
        QVERIFY(view.tilesUnavailableReason().isEmpty());
    };
    // A rooftop geocode with the pin moved across the street by the admin.
    auto view = makeView(QSize(560, 380));
    view->setGeocode(seattle, GeocodePrecision::Rooftop);
    view->setPin(inverseMercator(mercator(seattle, MapView::rooftopZoom) + QPointF(70, 30),
                                 MapView::rooftopZoom));
    view->show();
    settle(*view);
    save(*view, QStringLiteral("map-preview-tiles.png"));
    // A ZIP centroid: the circle says "somewhere around here".
    view->setPin(QGeoCoordinate());
    view->setGeocode(seattle, GeocodePrecision::PostalCode);
    settle(*view);
    save(*view, QStringLiteral("map-preview-postal-code.png"));
    // A rooftop geocode with the pin dragged two blocks away: the warning.
    view->setGeocode(seattle, GeocodePrecision::Rooftop);
    view->setPin(inverseMercator(mercator(seattle, MapView::rooftopZoom) + QPointF(-190, -60),
                                 MapView::rooftopZoom));
    QVERIFY(view->isPinFarFromGeocode());
    settle(*view);
    save(*view, QStringLiteral("map-preview-far-pin.png"));
}

QTEST_MAIN(TestMapView)
#include "tst_map_view.moc"
