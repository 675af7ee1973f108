// Cursor pagination: `limit` (1–1000, default 100) and an opaque `cursor` that holds the sort key
// of the last item of the previous page.
#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "http/JsonTextWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <functional>

#include <optional>

struct PageRequest
{
    int limit = 100;
    // Sort key of the last item already sent; empty (not null: SQL compares it) for page one.
    QString after = QStringLiteral("");
};

constexpr int maxPageSize = 1000;

// Reads limit and cursor; on bad input returns nullopt and sets *error.
std::optional<PageRequest> parsePageRequest(const HttpRequest &request, HttpResponse *error);
// Reads a query that asked for limit + 1 rows into {"items", "nextCursor"}: the extra row only
// tells that there is another page; `keyColumn` holds the sort key the cursor continues after.
QJsonObject readPage(QSqlQuery &query, int limit, int keyColumn,
                     const std::function<QJsonObject(const QSqlQuery &row)> &item);
// The same page as JSON text, for the long lists a sync reads: `item` writes one row.
QByteArray writePage(QSqlQuery &query, int limit, int keyColumn,
                     const std::function<void(JsonTextWriter &out, const QSqlQuery &row)> &item);
