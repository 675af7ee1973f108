// The map's pure logic: Web Mercator tile arithmetic (known values, round trips, the Mercator
// limits, the antimeridian, the visible tile set), tile URL template validation, the
// far-from-geocode rule and the scale bar.
#include "map/DistanceText.h"
#include "map/GeocodeAccuracy.h"
#include "map/PinOverride.h"
#include "map/ScaleBar.h"
#include "map/TileMath.h"
#include "map/TileSource.h"

#include <QSet>
#include <QtTest>

#include <cmath>

class TestMapGeometry : public QObject
{
    Q_OBJECT
private slots:
    void worldPixelMatchesKnownValues_data();
    void worldPixelMatchesKnownValues();
    void pixelToCoordinateRoundTrips_data();
    void pixelToCoordinateRoundTrips();
    void latitudeIsClampedAtTheMercatorLimits();
    void longitudeWrapsAtTheAntimeridian();
    void visibleTilesCoverTheViewportExactly();
    void visibleTilesWrapAcrossTheAntimeridian();
    void visibleTilesAtZoomZeroAreTheOneTile();
    void metresPerPixelAtTheEquatorAndAtSixtyDegrees();

    void templateValidation_data();
    void templateValidation();
    void defaultSourceIsOpenStreetMapWithItsAttribution();
    void tileUrlFillsThePlaceholders();

    void pinFarFromGeocodeDependsOnPrecision();
    void scaleBarPicksARoundLengthThatFits();
    void distanceTextUsesTheLocaleUnits();
};

void TestMapGeometry::worldPixelMatchesKnownValues_data()
{
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<int>("zoom");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<int>("tileX");
    QTest::addColumn<int>("tileY");
    // Worked out independently with the OSM wiki's formulas (Slippy map tilenames).
    QTest::newRow("null island z1") << 0.0 << 0.0 << 1 << 256.0 << 256.0 << 1 << 1;
    QTest::newRow("seattle z10") << 47.6062 << -122.3321 << 10 << 41992.483271 << 91551.960086
                                 << 164 << 357;
    QTest::newRow("seattle z17") << 47.6062 << -122.3321 << 17 << 5375037.858702 << 11718650.891063
                                 << 20996 << 45775;
    QTest::newRow("new york z12") << 40.7128 << -74.0060 << 12 << 308729.901511 << 394244.441514
                                  << 1205 << 1540;
    QTest::newRow("sydney z15") << -33.8688 << 151.2093 << 15 << 7717736.065707 << 5033938.661325
                                << 30147 << 19663;
    QTest::newRow("london z18") << 51.5074 << -0.1278 << 18 << 33530608.35328 << 22315410.073740
                                << 130978 << 87169;
}

void TestMapGeometry::worldPixelMatchesKnownValues()
{
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(int, zoom);
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(int, tileX);
    QFETCH(int, tileY);
    const QPointF pixel = TileMath::worldPixel(QGeoCoordinate(latitude, longitude), zoom);
    QVERIFY2(std::abs(pixel.x() - x) < 1e-3, qPrintable(QString::number(pixel.x(), 'f', 6)));
    QVERIFY2(std::abs(pixel.y() - y) < 1e-3, qPrintable(QString::number(pixel.y(), 'f', 6)));
    const TileId tile = TileMath::tileAt(QGeoCoordinate(latitude, longitude), zoom);
    QCOMPARE(tile, (TileId{zoom, tileX, tileY}));
}

void TestMapGeometry::pixelToCoordinateRoundTrips_data()
{
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<int>("zoom");
    QTest::newRow("seattle z17") << 47.6062 << -122.3321 << 17;
    QTest::newRow("anchorage z5") << 61.2181 << -149.9003 << 5;
    QTest::newRow("honolulu z19") << 21.3069 << -157.8583 << 19;
    QTest::newRow("south z3") << -80.0 << 179.999 << 3;
    QTest::newRow("just west of the antimeridian") << 10.0 << -179.9999 << 12;
    QTest::newRow("zoom 0") << 30.0 << 60.0 << 0;
}

void TestMapGeometry::pixelToCoordinateRoundTrips()
{
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(int, zoom);
    const QGeoCoordinate original(latitude, longitude);
    const QPointF pixel = TileMath::worldPixel(original, zoom);
    const QGeoCoordinate back = TileMath::coordinateAt(pixel, zoom);
    QVERIFY2(original.distanceTo(back) < 0.01, qPrintable(back.toString()));
    // And a pixel maps to a coordinate that maps back to the same pixel.
    const QPointF somePixel = pixel + QPointF(37.25, -12.5);
    const QPointF again = TileMath::worldPixel(TileMath::coordinateAt(somePixel, zoom), zoom);
    QVERIFY(std::abs(again.x() - somePixel.x()) < 1e-6 ||
            std::abs(std::abs(again.x() - somePixel.x()) - TileMath::worldSize(zoom)) < 1e-6);
    QVERIFY(std::abs(again.y() - somePixel.y()) < 1e-6);
}

void TestMapGeometry::latitudeIsClampedAtTheMercatorLimits()
{
    QCOMPARE(TileMath::maxLatitude, std::atan(std::sinh(M_PI)) * 180.0 / M_PI);
    // The poles and anything past the limit land on the map's top and bottom edges.
    for (const double latitude : {85.0511287798066, 86.0, 90.0}) {
        const QPointF top = TileMath::worldPixel(QGeoCoordinate(latitude, 10), 4);
        QVERIFY2(std::abs(top.y()) < 1e-6, qPrintable(QString::number(top.y())));
    }
    for (const double latitude : {-85.0511287798066, -89.0, -90.0}) {
        const QPointF bottom = TileMath::worldPixel(QGeoCoordinate(latitude, 10), 4);
        QVERIFY(std::abs(bottom.y() - TileMath::worldSize(4)) < 1e-6);
    }
    QCOMPARE(TileMath::tileAt(QGeoCoordinate(90, 0), 3).y, 0);
    QCOMPARE(TileMath::tileAt(QGeoCoordinate(-90, 0), 3).y, 7); // not row 8, which is off the map
    // Pixels above or below the world come back as the limit latitudes.
    QCOMPARE(TileMath::coordinateAt(QPointF(10, -500), 2).latitude(), TileMath::maxLatitude);
    QCOMPARE(TileMath::coordinateAt(QPointF(10, 5000), 2).latitude(), -TileMath::maxLatitude);
}

void TestMapGeometry::longitudeWrapsAtTheAntimeridian()
{
    // +180 and -180 are the same meridian: column 0, pixel 0.
    QCOMPARE(TileMath::worldPixel(QGeoCoordinate(0, 180), 3).x(), 0.0);
    QCOMPARE(TileMath::worldPixel(QGeoCoordinate(0, -180), 3).x(), 0.0);
    QCOMPARE(TileMath::tileAt(QGeoCoordinate(0, 180), 3).x, 0);
    QCOMPARE(TileMath::tileAt(QGeoCoordinate(0, 179.99), 3).x, 7);
    // A pixel one world to the east or west is the same place.
    const double size = TileMath::worldSize(5);
    const QGeoCoordinate a = TileMath::coordinateAt(QPointF(100, 300), 5);
    const QGeoCoordinate b = TileMath::coordinateAt(QPointF(100 + size, 300), 5);
    const QGeoCoordinate c = TileMath::coordinateAt(QPointF(100 - size, 300), 5);
    QVERIFY(a.distanceTo(b) < 1e-3);
    QVERIFY(a.distanceTo(c) < 1e-3);
    // Panning east past +180 continues at -180 (QGeoCoordinate itself refuses 190 degrees).
    const QPointF east = TileMath::worldPixel(QGeoCoordinate(0, 170), 5) + QPointF(size / 18, 0);
    QVERIFY(std::abs(TileMath::coordinateAt(east, 5).longitude() - -170.0) < 1e-9);
    const QGeoCoordinate polar = TileMath::normalized(QGeoCoordinate(89.5, -180));
    QCOMPARE(polar.latitude(), TileMath::maxLatitude);
    QCOMPARE(polar.longitude(), -180.0);
}

void TestMapGeometry::visibleTilesCoverTheViewportExactly()
{
    // A 600x400 view centred on a tile corner at zoom 10: 3 columns... worked out by hand:
    // left = 512*256 - 300 = 130772 -> columns 510 (partly) to 513 (partly), rows 358 to 361.
    const QPointF center(512.0 * 256, 360.0 * 256);
    const QList<TileId> tiles = TileMath::visibleTiles(center, 10, QSize(600, 400));
    QSet<TileId> expected;
    for (int x = 510; x <= 513; ++x) {
        for (int y = 359; y <= 360; ++y)
            expected.insert({10, x, y});
    }
    // 400 px tall: top = 360*256 - 200 = 91960 -> row 359 (from 91904) to row 360 (to 92416).
    QCOMPARE(QSet<TileId>(tiles.cbegin(), tiles.cend()), expected);
    QCOMPARE(tiles.size(), 8);
    // A view that ends exactly on a tile edge does not ask for the next tile.
    const QList<TileId> aligned =
        TileMath::visibleTiles(QPointF(100.0 * 256 + 128, 50.0 * 256 + 128), 8, QSize(256, 256));
    QCOMPARE(aligned, (QList<TileId>{{8, 100, 50}}));
}

void TestMapGeometry::visibleTilesWrapAcrossTheAntimeridian()
{
    // Centred on the antimeridian at zoom 4 (16 columns): the view shows columns 15 and 0.
    const QPointF center(0.0, 8.0 * 256);
    const QList<TileId> tiles = TileMath::visibleTiles(center, 4, QSize(300, 200));
    const QSet<TileId> set(tiles.cbegin(), tiles.cend());
    QCOMPARE(set, (QSet<TileId>{{4, 15, 7}, {4, 0, 7}, {4, 15, 8}, {4, 0, 8}}));
    for (const TileMath::TilePlacement &placement :
         TileMath::tilePlacements(center, 4, QSize(300, 200)))
        QCOMPARE(placement.topLeft.x(), placement.tile.x == 15 ? -106 : 150);
}

void TestMapGeometry::visibleTilesAtZoomZeroAreTheOneTile()
{
    // The whole world is one tile; a wide view shows it more than once but asks for it once.
    const QList<TileId> tiles = TileMath::visibleTiles(QPointF(128, 128), 0, QSize(1000, 600));
    QCOMPARE(tiles, (QList<TileId>{{0, 0, 0}}));
    QVERIFY(TileMath::tilePlacements(QPointF(128, 128), 0, QSize(1000, 600)).size() >= 4);
}

void TestMapGeometry::metresPerPixelAtTheEquatorAndAtSixtyDegrees()
{
    // OSM wiki (Zoom levels): 156,543.03 m per pixel at zoom 0 on the equator.
    QVERIFY(std::abs(TileMath::metresPerPixel(0, 0) - 156543.03) < 0.01);
    QVERIFY(std::abs(TileMath::metresPerPixel(60, 10) - 156543.03 / 2 / 1024) < 0.01);
}

void TestMapGeometry::templateValidation_data()
{
    QTest::addColumn<QString>("urlTemplate");
    QTest::addColumn<QString>("problemContains"); // empty: valid
    QTest::newRow("osm") << TileSource::defaultTemplate << QString();
    QTest::newRow("http with port")
        << QStringLiteral("http://127.0.0.1:8080/t/{z}/{x}/{y}.png") << QString();
    QTest::newRow("order free") << QStringLiteral("https://tiles.example/{x}-{y}@{z}") << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("Enter a tile URL");
    QTest::newRow("no y") << QStringLiteral("https://tiles.example/{z}/{x}.png")
                          << QStringLiteral("lacks {y}");
    QTest::newRow("none") << QStringLiteral("https://tiles.example/tile.png")
                          << QStringLiteral("lacks {z}, {x}, {y}");
    QTest::newRow("subdomain") << QStringLiteral("https://{s}.tile.example/{z}/{x}/{y}.png")
                               << QStringLiteral("contains {s}");
    QTest::newRow("ftp") << QStringLiteral("ftp://tiles.example/{z}/{x}/{y}.png")
                         << QStringLiteral("not ftp://");
    QTest::newRow("file") << QStringLiteral("file:///tmp/{z}/{x}/{y}.png")
                          << QStringLiteral("not file://");
    QTest::newRow("no scheme") << QStringLiteral("tiles.example/{z}/{x}/{y}.png")
                               << QStringLiteral("must start with https://");
    QTest::newRow("no host") << QStringLiteral("https:///{z}/{x}/{y}.png")
                             << QStringLiteral("no server name");
}

void TestMapGeometry::templateValidation()
{
    QFETCH(QString, urlTemplate);
    QFETCH(QString, problemContains);
    const std::optional<QString> problem = TileSource::validateTemplate(urlTemplate);
    if (problemContains.isEmpty()) {
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        QVERIFY(TileSource(urlTemplate, QStringLiteral("x")).tileUrl({1, 0, 1}).isValid());
    } else {
        QVERIFY(problem);
        QVERIFY2(problem->contains(problemContains), qPrintable(*problem));
        QVERIFY(!TileSource(urlTemplate, QStringLiteral("x")).isValid());
        QVERIFY(!TileSource(urlTemplate, QStringLiteral("x")).tileUrl({1, 0, 1}).isValid());
    }
}

void TestMapGeometry::defaultSourceIsOpenStreetMapWithItsAttribution()
{
    const TileSource osm;
    QVERIFY(osm.isValid());
    QCOMPARE(osm.urlTemplate(), QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
    QCOMPARE(osm.attribution(), QStringLiteral("© OpenStreetMap contributors"));
    QCOMPARE(osm.maxZoom(), 19);
    QCOMPARE(osm.userAgent(), QStringLiteral("Dispatchable/" DISPATCHABLE_VERSION
                                             " (+" DISPATCHABLE_HOMEPAGE_URL ")"));
    QVERIFY(osm.userAgent().startsWith(QLatin1StringView("Dispatchable/0.")));
    QVERIFY(!TileSource(TileSource::defaultTemplate, QStringLiteral("x"), 30).isValid());
}

void TestMapGeometry::tileUrlFillsThePlaceholders()
{
    const TileSource source(QStringLiteral("https://tiles.example/{z}/{x}/{y}.png?l=a"),
                            QStringLiteral("x"));
    QCOMPARE(source.tileUrl({17, 20996, 45775}),
             QUrl(QStringLiteral("https://tiles.example/17/20996/45775.png?l=a")));
}

void TestMapGeometry::pinFarFromGeocodeDependsOnPrecision()
{
    const QGeoCoordinate geocode(47.6062, -122.3321);
    // Rooftop: 100 m is the same site, 300 m is not.
    QVERIFY(!PinOverride::isFarFromGeocode(geocode, GeocodePrecision::Rooftop,
                                           geocode.atDistanceAndAzimuth(100, 45)));
    QVERIFY(PinOverride::isFarFromGeocode(geocode, GeocodePrecision::Rooftop,
                                          geocode.atDistanceAndAzimuth(300, 45)));
    QVERIFY(PinOverride::isFarFromGeocode(geocode, GeocodePrecision::UserOverride,
                                          geocode.atDistanceAndAzimuth(300, 45)));
    // Postal-code centroid: 3 km is expected, 12 km has probably left the postal area.
    QVERIFY(!PinOverride::isFarFromGeocode(geocode, GeocodePrecision::PostalCode,
                                           geocode.atDistanceAndAzimuth(3000, 200)));
    QVERIFY(PinOverride::isFarFromGeocode(geocode, GeocodePrecision::PostalCode,
                                          geocode.atDistanceAndAzimuth(12000, 200)));
    // Nothing to compare: no warning.
    QVERIFY(!PinOverride::isFarFromGeocode(QGeoCoordinate(), GeocodePrecision::Rooftop, geocode));
    QVERIFY(!PinOverride::isFarFromGeocode(geocode, GeocodePrecision::Rooftop, QGeoCoordinate()));
    QCOMPARE(GeocodeAccuracy::radiusMetres(GeocodePrecision::PostalCode), 5000.0);
    QCOMPARE(GeocodeAccuracy::radiusMetres(GeocodePrecision::Rooftop), 0.0);
}

void TestMapGeometry::scaleBarPicksARoundLengthThatFits()
{
    const QLocale metric(QLocale::German, QLocale::Germany);
    ScaleBar bar = ScaleBar::choose(10.0, 120, metric); // 1,200 m fit: 1 km
    QCOMPARE(bar.metres, 1000.0);
    QCOMPARE(bar.pixels, 100.0);
    QCOMPARE(bar.label, QStringLiteral("1 km"));
    bar = ScaleBar::choose(0.6, 120, metric); // 72 m fit: 50 m
    QCOMPARE(bar.metres, 50.0);
    QCOMPARE(bar.label, QStringLiteral("50 m"));
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    bar = ScaleBar::choose(30.0, 120, us); // 3,600 m = 2.24 mi: 2 mi
    QCOMPARE(bar.label, QStringLiteral("2 mi"));
    QVERIFY(std::abs(bar.pixels - 2 * 1609.344 / 30.0) < 1e-9);
    bar = ScaleBar::choose(1.0, 120, us); // 120 m = 393 ft: 200 ft
    QCOMPARE(bar.label, QStringLiteral("200 ft"));
    QVERIFY(bar.pixels <= 120);
}

void TestMapGeometry::distanceTextUsesTheLocaleUnits()
{
    const QLocale metric(QLocale::English, QLocale::Canada);
    QCOMPARE(distanceText(42.4, metric), QStringLiteral("42 m"));
    QCOMPARE(distanceText(1250, metric), QStringLiteral("1.3 km"));
    QCOMPARE(distanceText(23400, metric), QStringLiteral("23 km"));
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(distanceText(30.48, us), QStringLiteral("100 ft"));
    QCOMPARE(distanceText(250, us), QStringLiteral("820 ft"));
    QCOMPARE(distanceText(400, us), QStringLiteral("0.2 mi"));
    QCOMPARE(distanceText(1609.344 * 2.5, us), QStringLiteral("2.5 mi"));
}

QTEST_GUILESS_MAIN(TestMapGeometry)
#include "tst_map_geometry.moc"
