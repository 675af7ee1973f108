#include "Pagination.h"

std::optional<PageRequest> parsePageRequest(const HttpRequest &request, HttpResponse *error)
{
    PageRequest page;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        page.limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > maxPageSize) {
            *error = HttpResponse::problem(
                400, QStringLiteral("bad-request"), QStringLiteral("Bad page size"), {},
                {{QStringLiteral("limit"), QStringLiteral("out_of_range"),
                  QStringLiteral("limit must be a whole number from 1 to %1.").arg(maxPageSize)}});
            return std::nullopt;
        }
    }
    const QString cursor = request.query.queryItemValue(QStringLiteral("cursor"));
    if (!cursor.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            cursor.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || !decoded.decoded.startsWith("k:")) {
            *error = HttpResponse::problem(
                400, QStringLiteral("bad-request"), QStringLiteral("Bad cursor"), {},
                {{QStringLiteral("cursor"), QStringLiteral("invalid"),
                  QStringLiteral("Use the nextCursor of the previous page unchanged.")}});
            return std::nullopt;
        }
        page.after = QString::fromUtf8(decoded.decoded.mid(2));
    }
    return page;
}

namespace {

// The opaque cursor that continues after `lastKey`.
QString cursorAfter(const QString &lastKey)
{
    return QString::fromLatin1(
        QByteArray("k:" + lastKey.toUtf8())
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Steps through a query that asked for limit + 1 rows: calls `item` for each of the first
// `limit` and returns the key of the last one sent, or a null string if no row follows it.
QString forEachOfPage(QSqlQuery &query, int limit, int keyColumn,
                      const std::function<void(const QSqlQuery &row)> &item)
{
    QString lastKey;
    int sent = 0;
    while (query.next()) {
        if (sent == limit)
            return lastKey;
        lastKey = query.value(keyColumn).toString();
        item(query);
        ++sent;
    }
    return QString();
}

} // namespace

QJsonObject readPage(QSqlQuery &query, int limit, int keyColumn,
                     const std::function<QJsonObject(const QSqlQuery &row)> &item)
{
    QJsonArray items;
    const QString continueAfter = forEachOfPage(
        query, limit, keyColumn, [&](const QSqlQuery &row) { items.append(item(row)); });
    const QJsonValue next = continueAfter.isNull() ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(cursorAfter(continueAfter));
    return QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("nextCursor"), next}};
}

QByteArray writePage(QSqlQuery &query, int limit, int keyColumn,
                     const std::function<void(JsonTextWriter &out, const QSqlQuery &row)> &item)
{
    JsonTextWriter out(qsizetype(limit) * 512);
    out.beginObject();
    out.key(QLatin1StringView("items"));
    out.beginArray();
    const QString continueAfter =
        forEachOfPage(query, limit, keyColumn, [&](const QSqlQuery &row) { item(out, row); });
    out.endArray();
    // Last, as in readPage's output: the client reads the cursor off the end of the page to
    // ask for the next one before it parses this one.
    out.key(QLatin1StringView("nextCursor"));
    if (continueAfter.isNull())
        out.null();
    else
        out.string(cursorAfter(continueAfter));
    out.endObject();
    return out.take();
}
