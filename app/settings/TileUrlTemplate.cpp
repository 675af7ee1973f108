#include "settings/TileUrlTemplate.h"

#include "map/TileSource.h"

#include <QCoreApplication>
#include <QUrl>

namespace TileUrlTemplate {
QString defaultTemplate()
{
    return TileSource::defaultTemplate;
}

QString problemWith(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {}; // tiles off, on purpose
    // The map's own rules, so the setting accepts exactly what the map can load.
    if (const std::optional<QString> problem = TileSource::validateTemplate(trimmed))
        return *problem;
    // Settings are plain files and policies: no password in them.
    if (!QUrl(trimmed).userInfo().isEmpty())
        return QCoreApplication::translate("TileUrlTemplate",
                                           "The tile address must not contain a user name or "
                                           "password.");
    return {};
}
} // namespace TileUrlTemplate
