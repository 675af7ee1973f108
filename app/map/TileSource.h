// Where map tiles come from: a URL template with {z}, {x} and {y}, the attribution the tile
// provider requires on the map, the User-Agent we identify with and the deepest zoom it serves.
// The default is the OpenStreetMap standard layer, used within its tile usage policy
// (https://operations.osmfoundation.org/policies/tiles/).
#pragma once

#include "map/TileId.h"

#include <QString>
#include <QUrl>

#include <optional>

class TileSource
{
public:
    static inline const QString defaultTemplate =
        QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");

    // The OpenStreetMap standard layer (max zoom 19).
    TileSource();
    TileSource(QString urlTemplate, QString attribution, int maxZoom = 19);

    QString urlTemplate() const { return m_template; }
    QString attribution() const { return m_attribution; }
    int maxZoom() const { return m_maxZoom; }
    QString userAgent() const { return m_userAgent; }
    void setUserAgent(const QString &userAgent) { m_userAgent = userAgent; }

    // Why the template cannot be used, in words for the admin; nullopt when it can.
    std::optional<QString> validationError() const;
    bool isValid() const { return !validationError(); }
    static std::optional<QString> validateTemplate(const QString &urlTemplate);

    // The URL of one tile; an invalid QUrl when the template is invalid.
    QUrl tileUrl(const TileId &tile) const;

    // "Dispatchable/<version> (+<project URL>)": the OSM policy asks for an application-specific
    // User-Agent with a way to contact the developers.
    static QString defaultUserAgent();

    friend bool operator==(const TileSource &, const TileSource &) = default;

private:
    QString m_template;
    QString m_attribution;
    QString m_userAgent;
    int m_maxZoom = 19;
};
