// How the cache stores times: milliseconds since the epoch in UTC, NULL for none. Shared by the
// cache's writes and reads.
#pragma once

#include <QDateTime>
#include <QVariant>

inline QDateTime fromMsecs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// The other way: NULL for an invalid time.
inline QVariant toMsecs(const QDateTime &when)
{
    return when.isValid() ? QVariant(when.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}
