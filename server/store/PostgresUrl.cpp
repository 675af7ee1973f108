#include "PostgresUrl.h"

#include <QUrl>
#include <QUrlQuery>

QString PostgresUrl::display() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

std::optional<PostgresUrl> PostgresUrl::parse(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() ||
        (scheme != QLatin1StringView("postgresql") && scheme != QLatin1StringView("postgres"))) {
        *error =
            QStringLiteral("--database wants a URL such as postgresql://user@host:5432/dbname");
        return std::nullopt;
    }
    PostgresUrl out;
    out.host = url.host();
    out.port = url.port(5432);
    out.user = url.userName();
    out.password = url.password();
    out.database = url.path().mid(1);
    if (out.host.isEmpty() || out.database.isEmpty() || out.database.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("--database %1 names no host or no database")
                     .arg(url.toDisplayString(QUrl::RemovePassword));
        return std::nullopt;
    }
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        options.append(key + QLatin1Char('=') + value);
    out.connectOptions = options.join(QLatin1Char(';'));
    return out;
}
