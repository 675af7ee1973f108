#include "Router.h"

void Router::add(const QByteArray &method, const QString &pattern, Access access, Handler handler,
                 Idempotency idempotency, qint64 maxBodyBytes)
{
    m_routes.push_back(Route{method, pattern, access, std::move(handler),
                             pattern.split(QLatin1Char('/')), idempotency, maxBodyBytes});
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    const QStringList parts = path.split(QLatin1Char('/'));
    Match result;
    for (const Route &route : m_routes) {
        if (route.segments.size() != parts.size())
            continue;
        QHash<QString, QString> params;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i) {
            const QString &seg = route.segments[i];
            if (seg.startsWith(QLatin1Char('{')) && seg.endsWith(QLatin1Char('}'))) {
                if (parts[i].isEmpty())
                    ok = false;
                else
                    params.insert(seg.mid(1, seg.size() - 2), parts[i]);
            } else {
                ok = seg == parts[i];
            }
        }
        if (!ok)
            continue;
        if (route.method != method) {
            result.allowedMethods.append(route.method);
            continue;
        }
        result.route = &route;
        result.params = std::move(params);
        return result;
    }
    return result;
}
