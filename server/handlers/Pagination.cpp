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

QJsonObject readPage(QSqlQuery &query, int limit, int keyColumn,
                     const std::function<QJsonObject(const QSqlQuery &row)> &item)
{
    QJsonArray items;
    QString lastKey;
    bool hasMore = false;
    while (query.next()) {
        if (items.size() == limit) {
            hasMore = true;
            break;
        }
        lastKey = query.value(keyColumn).toString();
        items.append(item(query));
    }
    QJsonValue next = QJsonValue::Null;
    if (hasMore)
        next = QString::fromLatin1(
            QByteArray("k:" + lastKey.toUtf8())
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("nextCursor"), next}};
}
