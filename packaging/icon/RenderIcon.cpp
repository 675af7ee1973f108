// dispatchable-render-icon: renders the one SVG app icon into what each platform's installer
// wants, at build time, so no binary icon is kept in the repository:
//   dispatchable-render-icon ICON.svg OUT.ico       a Windows icon (16 to 256 px, PNG entries)
//   dispatchable-render-icon ICON.svg OUT.iconset   a macOS iconset folder for `iconutil -c icns`
//   dispatchable-render-icon ICON.svg OUT.png SIZE  one PNG (to look at the icon, or to test it)
#include <QBuffer>
#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>

#include <cstdio>

namespace {
QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    return image;
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// An ICO file is a directory of images; since Windows Vista each entry may be a whole PNG,
// which keeps the 256 px entry small and lets us write the format without an extra library.
bool writeIco(QSvgRenderer &svg, const QString &path)
{
    const QList<int> sizes{16, 20, 24, 32, 40, 48, 64, 256};
    QList<QByteArray> images;
    for (const int size : sizes)
        images.append(pngBytes(render(svg, size)));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    constexpr quint32 headerSize = 6;
    constexpr quint32 entrySize = 16;
    out << quint16(0) << quint16(1) << quint16(sizes.size()); // reserved, type 1 = icon, count
    quint32 offset = headerSize + entrySize * quint32(sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const quint8 side = sizes[i] >= 256 ? 0 : quint8(sizes[i]); // 0 stands for 256
        out << side << side << quint8(0) << quint8(0) // width, height, palette, reserved
            << quint16(1) << quint16(32)              // planes, bits per pixel
            << quint32(images[i].size()) << offset;
        offset += quint32(images[i].size());
    }
    for (const QByteArray &image : images)
        out.writeRawData(image.constData(), int(image.size()));
    return out.status() == QDataStream::Ok && file.commit();
}

// The names and sizes `iconutil` expects in an .iconset folder.
bool writeIconset(QSvgRenderer &svg, const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    for (const int size : {16, 32, 128, 256, 512}) {
        const QString base = QStringLiteral("%1/icon_%2x%2").arg(path).arg(size);
        if (!render(svg, size).save(base + QStringLiteral(".png"), "PNG") ||
            !render(svg, size * 2).save(base + QStringLiteral("@2x.png"), "PNG"))
            return false;
    }
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    const QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fputs("usage: dispatchable-render-icon ICON.svg OUT.ico|OUT.iconset|OUT.png [SIZE]\n",
                   stderr);
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "Cannot read the SVG icon %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QString out = args.at(2);
    bool written = false;
    if (out.endsWith(QLatin1StringView(".ico"))) {
        written = writeIco(svg, out);
    } else if (out.endsWith(QLatin1StringView(".iconset"))) {
        written = writeIconset(svg, out);
    } else {
        const int size = args.size() > 3 ? args.at(3).toInt() : 256;
        written = size > 0 && render(svg, size).save(out, "PNG");
    }
    if (!written) {
        std::fprintf(stderr, "Cannot write %s\n", qPrintable(out));
        return 1;
    }
    return 0;
}
