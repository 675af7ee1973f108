#include "GraphCommandLine.h"

#include <QFile>

GraphCommandLine::GraphCommandLine(QCommandLineParser &parser)
    : m_clientId(QStringLiteral("graph-client-id"),
                 QStringLiteral("Application (client) id of the Entra app registration that "
                                "reads emergency-call events."),
                 QStringLiteral("id"))
    , m_secretFile(QStringLiteral("graph-client-secret-file"),
                   QStringLiteral("File holding that app's client secret."), QStringLiteral("file"))
    , m_notificationUrl(QStringLiteral("graph-notification-url"),
                        QStringLiteral("Public https URL of /v1/graph/notifications, as "
                                       "Microsoft Graph reaches this server."),
                        QStringLiteral("url"))
    , m_baseUrl(QStringLiteral("graph-base-url"),
                QStringLiteral("Microsoft Graph's base URL (a local stand-in in tests)."),
                QStringLiteral("url"), QStringLiteral("https://graph.microsoft.com/beta"))
    , m_loginUrl(QStringLiteral("graph-login-url"),
                 QStringLiteral("Microsoft's sign-in base URL (a local stand-in in tests)."),
                 QStringLiteral("url"), QStringLiteral("https://login.microsoftonline.com"))
    , m_keeperInterval(QStringLiteral("graph-keeper-interval-ms"),
                       QStringLiteral("How often subscriptions are checked for renewal."),
                       QStringLiteral("ms"), QStringLiteral("60000"))
{
    parser.addOptions(
        {m_clientId, m_secretFile, m_notificationUrl, m_baseUrl, m_loginUrl, m_keeperInterval});
}

std::optional<GraphOptions> GraphCommandLine::read(const QCommandLineParser &parser,
                                                   QString *error) const
{
    GraphOptions o;
    o.clientId = parser.value(m_clientId).trimmed();
    o.baseUrl = QUrl(parser.value(m_baseUrl));
    o.loginUrl = QUrl(parser.value(m_loginUrl));
    if (parser.isSet(m_notificationUrl))
        o.notificationUrl = QUrl(parser.value(m_notificationUrl));
    bool ok = false;
    o.keeperIntervalMs = parser.value(m_keeperInterval).toInt(&ok);
    if (!ok || o.keeperIntervalMs < 100 || o.keeperIntervalMs > 3600 * 1000) {
        *error = QStringLiteral("--graph-keeper-interval-ms must be 100 to 3600000.");
        return std::nullopt;
    }
    for (const QUrl &url : {o.baseUrl, o.loginUrl}) {
        if (!isAcceptableGraphUrl(url)) {
            *error = QStringLiteral("%1 is not an https URL (plain http only on loopback).")
                         .arg(url.toString());
            return std::nullopt;
        }
    }
    if (parser.isSet(m_notificationUrl) &&
        (!o.notificationUrl.isValid() ||
         o.notificationUrl.scheme() != QLatin1StringView("https"))) {
        *error = QStringLiteral("--graph-notification-url must be an https URL; Graph posts "
                                "only to https.");
        return std::nullopt;
    }
    if (parser.isSet(m_secretFile)) {
        QFile file(parser.value(m_secretFile));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("Cannot read %1: %2").arg(file.fileName(), file.errorString());
            return std::nullopt;
        }
        o.clientSecret = QString::fromUtf8(file.readAll()).trimmed();
    }
    if (!o.clientId.isEmpty() && (o.clientSecret.isEmpty() || !o.notificationUrl.isValid())) {
        *error = QStringLiteral("--graph-client-id needs --graph-client-secret-file and "
                                "--graph-notification-url.");
        return std::nullopt;
    }
    return o;
}
