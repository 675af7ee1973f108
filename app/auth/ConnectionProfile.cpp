#include "ConnectionProfile.h"

#include <QHostAddress>

bool ConnectionProfile::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

BackendUrlCheck ConnectionProfile::checkBackendUrl(const QString &text)
{
    BackendUrlCheck check;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        check.error = tr("Enter the backend's address, for example https://e911.example.com.");
        return check;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || scheme.isEmpty() || url.host().isEmpty()) {
        check.error = tr("“%1” is not a web address. Enter it in full, starting with https://, "
                         "for example https://e911.example.com.")
                          .arg(trimmed);
        return check;
    }
    if (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http")) {
        check.error = tr("Addresses starting with %1: are not supported. Use an https:// address.")
                          .arg(scheme);
        return check;
    }
    if (scheme == QLatin1StringView("http") && !isLoopbackHost(url.host())) {
        check.error = tr("The connection to %1 would not be encrypted, so it is refused. Use "
                         "https:// instead (plain http:// is allowed only for a backend on this "
                         "computer).")
                          .arg(url.host());
        return check;
    }
    if (!url.userInfo().isEmpty()) {
        check.error = tr("Remove the user name and password from the address: you sign in "
                         "after adding the connection.");
        return check;
    }
    if (url.hasQuery() || url.hasFragment()) {
        check.error = tr("Remove everything after “?” or “#” from the address.");
        return check;
    }
    QUrl normalized = url.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash);
    normalized.setScheme(scheme);
    normalized.setHost(url.host().toLower());
    check.url = normalized;
    return check;
}
