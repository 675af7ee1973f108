// Reading the Retry-After header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date.
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

// The wait the header asks for, in milliseconds (0 for a date in the past), or nullopt when the
// value is neither form. `serverNow` is the answer's Date header when it has one (so a skewed
// local clock does not shorten the wait), else the local time.
std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &serverNow);

// An HTTP-date in any of the three forms RFC 9110 §5.6.7 says recipients must accept
// (IMF-fixdate, obsolete RFC 850, asctime), as UTC; invalid when it is none of them.
QDateTime parseHttpDate(const QByteArray &value);
