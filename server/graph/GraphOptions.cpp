#include "GraphOptions.h"

#include <QHostAddress>

bool isAcceptableGraphUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1StringView("https"))
        return true;
    const QHostAddress host(url.host());
    return url.scheme() == QLatin1StringView("http") &&
           (host.isLoopback() || url.host() == QLatin1StringView("localhost"));
}
