#include "NextCursorPeek.h"

#include <QJsonDocument>
#include <QJsonObject>

std::optional<QString> peekNextCursor(const QByteArray &page)
{
    static const QByteArray key = QByteArrayLiteral("\"nextCursor\"");
    // A cursor is short; only the page's last few kilobytes can hold the member.
    constexpr qsizetype window = 8192;
    const qsizetype from = page.lastIndexOf(key);
    if (from < 0 || page.size() - from > window)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument tail = QJsonDocument::fromJson(QByteArray('{' + page.mid(from)), &error);
    if (error.error != QJsonParseError::NoError || !tail.isObject())
        return std::nullopt;
    const QJsonObject object = tail.object();
    const QJsonValue cursor = object.value(QLatin1StringView("nextCursor"));
    if (object.size() != 1 || !(cursor.isString() || cursor.isNull()))
        return std::nullopt;
    return cursor.toString();
}
