// The next page's cursor read off the end of a list page without parsing the page, so the
// request for the next page can go out while the page itself is parsed on the sync worker.
// Only a hint: the worker parses the whole page and fails the sync if its cursor differs.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The cursor of a page ending in "nextCursor": "…" } (an empty string for null), or nullopt
// when the page does not end that way and must be parsed to learn it.
std::optional<QString> peekNextCursor(const QByteArray &page);
