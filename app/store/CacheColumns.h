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
