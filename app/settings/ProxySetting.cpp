#include "settings/ProxySetting.h"

#include <QNetworkProxyFactory>
#include <QUrl>

std::optional<ProxySetting> ProxySetting::parse(const QString &text, QString *problem)
{
    const QString trimmed = text.trimmed();
    const QString lower = trimmed.toLower();
    if (lower == u"none" || lower == u"direct")
        return ProxySetting{Mode::None, {}, 0};
    if (lower == u"system" || lower.isEmpty())
        return ProxySetting{Mode::System, {}, 0};
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().toLower() != u"http" || url.host().isEmpty()) {
        *problem =
            tr("“%1” is not a proxy setting. Use none, system, or http://host:port.").arg(trimmed);
        return std::nullopt;
    }
    if (!url.userInfo().isEmpty()) {
        *problem = tr("The proxy setting must not contain a user name or password.");
        return std::nullopt;
    }
    if (url.port() < 1) {
        *problem = tr("“%1” names no port. Add it, for example http://proxy.example.com:3128.")
                       .arg(trimmed);
        return std::nullopt;
    }
    if ((!url.path().isEmpty() && url.path() != u"/") || url.hasQuery() || url.hasFragment()) {
        *problem =
            tr("“%1”: a proxy is only a host and a port, with nothing after them.").arg(trimmed);
        return std::nullopt;
    }
    return ProxySetting{Mode::Http, url.host().toLower(), quint16(url.port())};
}

QString ProxySetting::toString() const
{
    switch (mode) {
    case Mode::None:
        return QStringLiteral("none");
    case Mode::System:
        return QStringLiteral("system");
    case Mode::Http:
        return QStringLiteral("http://%1:%2").arg(host).arg(port);
    case Mode::Blocked:
        break;
    }
    return {};
}

QNetworkProxy ProxySetting::networkProxy() const
{
    switch (mode) {
    case Mode::None:
    case Mode::System:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case Mode::Http:
        return QNetworkProxy(QNetworkProxy::HttpProxy, host, port);
    case Mode::Blocked:
        break;
    }
    // Going direct would bypass the proxy the organisation requires. ".invalid" never resolves
    // (RFC 6761), so every request fails with "proxy not found" instead.
    return QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("proxy-setting-invalid.invalid"),
                         9);
}

void ProxySetting::applyApplicationWide() const
{
    if (mode == Mode::System) {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        return;
    }
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    QNetworkProxy::setApplicationProxy(networkProxy());
}
