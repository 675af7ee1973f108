#include "AuditFilter.h"

namespace {
// The server compares the stored ISO text ("2026-11-25T10:42:00.000Z"), so send the same form.
QString wireTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

bool AuditFilter::isEmpty() const
{
    return toQuery().isEmpty();
}

QUrlQuery AuditFilter::toQuery() const
{
    QUrlQuery query;
    const auto add = [&query](const char *name, const QString &value) {
        const QString trimmed = value.trimmed();
        // A literal "+" (E.164, time zones) would read as a space on many servers.
        if (!trimmed.isEmpty())
            query.addQueryItem(QLatin1StringView(name),
                               QString(trimmed).replace(QLatin1Char('+'), QStringLiteral("%2B")));
    };
    add("tenantId", tenantId);
    add("actor", actor);
    add("number", number);
    add("action", action);
    if (since.isValid())
        add("since", wireTime(since));
    if (until.isValid())
        add("until", wireTime(until));
    return query;
}
