#include "map/TileSource.h"

#include "map/TileMath.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
// lupdate files a bare tr() in a namespace under the namespace's name; this class names the
// context the strings are looked up in at run time, so both agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TileSource)
};

const QLatin1StringView placeholders[] = {QLatin1StringView("{z}"), QLatin1StringView("{x}"),
                                          QLatin1StringView("{y}")};
} // namespace

TileSource::TileSource()
    : TileSource(defaultTemplate,
                 // The OSM licence requires this credit on the map (ODbL, attribution guideline).
                 Text::tr("© OpenStreetMap contributors"), 19)
{}

TileSource::TileSource(QString urlTemplate, QString attribution, int maxZoom)
    : m_template(std::move(urlTemplate))
    , m_attribution(std::move(attribution))
    , m_userAgent(defaultUserAgent())
    , m_maxZoom(maxZoom)
{}

QString TileSource::defaultUserAgent()
{
    return QStringLiteral("Dispatchable/" DISPATCHABLE_VERSION " (+" DISPATCHABLE_HOMEPAGE_URL ")");
}

std::optional<QString> TileSource::validationError() const
{
    if (auto problem = validateTemplate(m_template))
        return problem;
    if (m_maxZoom < TileMath::minZoom || m_maxZoom > TileMath::maxZoom)
        return Text::tr("The deepest zoom level must be between %1 and %2.")
            .arg(TileMath::minZoom)
            .arg(TileMath::maxZoom);
    return std::nullopt;
}

std::optional<QString> TileSource::validateTemplate(const QString &urlTemplate)
{
    const QString trimmed = urlTemplate.trimmed();
    if (trimmed.isEmpty())
        return Text::tr("Enter a tile URL such as %1.").arg(defaultTemplate);
    QStringList missing;
    for (const QLatin1StringView placeholder : placeholders) {
        if (!trimmed.contains(placeholder))
            missing.append(placeholder);
    }
    if (!missing.isEmpty())
        return Text::tr("The tile URL must contain {z}, {x} and {y}; it lacks %1.")
            .arg(missing.join(QLatin1StringView(", ")));
    // Other placeholders ({s} for subdomains, {r} for retina, API keys…) are not filled in.
    static const QRegularExpression other(QStringLiteral("\\{(?!z\\}|x\\}|y\\})[^}]*\\}"));
    if (const QRegularExpressionMatch match = other.match(trimmed); match.hasMatch())
        return Text::tr(
                   "The tile URL contains %1, which Dispatchable does not fill in. Use only {z}, "
                   "{x} and {y}.")
            .arg(match.captured());
    QString sample = trimmed;
    sample.replace(QLatin1StringView("{z}"), QLatin1StringView("1"))
        .replace(QLatin1StringView("{x}"), QLatin1StringView("0"))
        .replace(QLatin1StringView("{y}"), QLatin1StringView("0"));
    const QUrl url(sample, QUrl::StrictMode);
    if (!url.isValid())
        return Text::tr("The tile URL is not a valid address: %1").arg(url.errorString());
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http"))
        return url.scheme().isEmpty()
                   ? Text::tr("The tile URL must start with https:// or http://.")
                   : Text::tr("The tile URL must start with https:// or http://, not %1://.")
                         .arg(url.scheme());
    if (url.host().isEmpty())
        return Text::tr("The tile URL has no server name.");
    return std::nullopt;
}

QUrl TileSource::tileUrl(const TileId &tile) const
{
    if (validateTemplate(m_template))
        return {};
    QString url = m_template.trimmed();
    url.replace(QLatin1StringView("{z}"), QString::number(tile.zoom))
        .replace(QLatin1StringView("{x}"), QString::number(tile.x))
        .replace(QLatin1StringView("{y}"), QString::number(tile.y));
    return QUrl(url, QUrl::StrictMode);
}
