#include "RetryAfter.h"

#include <QLocale>
#include <QTimeZone>

namespace {
// A Retry-After beyond a day is nonsense or hostile; it still must not overflow.
constexpr qint64 maxSeconds = 24 * 60 * 60;

QDateTime parseAs(const QString &text, const QString &format)
{
    QDateTime when = QLocale::c().toDateTime(text, format);
    if (!when.isValid())
        return {};
    when.setTimeZone(QTimeZone::utc());
    return when;
}
} // namespace

QDateTime parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value.trimmed()).simplified();
    if (text.endsWith(QLatin1StringView(" GMT"))) {
        const QString bare = text.chopped(4);
        // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
        QDateTime when = parseAs(bare, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        if (when.isValid())
            return when;
        // RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"; two-digit years are 19xx/20xx by the
        // 50-year rule of RFC 9110 §5.6.7 (good enough: Retry-After dates are near now).
        when = parseAs(bare, QStringLiteral("dddd, dd-MMM-yy HH:mm:ss"));
        if (when.isValid()) {
            if (when.date().year() < 1950)
                when = when.addYears(100);
            return when;
        }
        return {};
    }
    // asctime: "Sun Nov  6 08:49:37 1994" (simplified() folded the double space).
    return parseAs(text, QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
}

std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &serverNow)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool digitsOnly = true;
    for (const char c : trimmed)
        digitsOnly = digitsOnly && c >= '0' && c <= '9';
    if (digitsOnly) {
        if (trimmed.size() > 9) // more than 31 years; also keeps toLongLong from overflowing
            return maxSeconds * 1000;
        return qMin(trimmed.toLongLong(), maxSeconds) * 1000;
    }
    const QDateTime when = parseHttpDate(trimmed);
    if (!when.isValid())
        return std::nullopt;
    const qint64 ms = serverNow.msecsTo(when);
    return qBound<qint64>(0, ms, maxSeconds * 1000);
}
