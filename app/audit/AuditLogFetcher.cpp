#include "AuditLogFetcher.h"

#include "api/HttpClient.h"
#include "api/ResponseDecoder.h"

#include <QJsonArray>
#include <QJsonObject>

#include <utility>

AuditLogFetcher::AuditLogFetcher(HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{
    qRegisterMetaType<ApiError>();
}

void AuditLogFetcher::setPageSize(int entries)
{
    m_pageSize = qBound(1, entries, maxPageSize);
}

void AuditLogFetcher::start(const AuditFilter &filter)
{
    ++m_generation;
    m_filter = filter;
    m_cursor.clear();
    m_started = true;
    m_cursorDone = false;
    m_firstPending = true;
    requestPage();
}

void AuditLogFetcher::fetchNext()
{
    if (m_loading || !hasMore())
        return;
    requestPage();
}

void AuditLogFetcher::requestPage()
{
    QUrlQuery query = m_filter.toQuery();
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!m_cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), m_cursor);
    m_loading = true;
    const quint64 generation = m_generation;
    m_http->get(
        QStringLiteral("/v1/audit"), query, this, [this, generation](const HttpResult &response) {
            if (generation != m_generation)
                return; // a newer start() took over
            m_loading = false;
            if (response.error) {
                emit failed(*response.error);
                return;
            }
            QString why;
            const auto page = ResponseDecoder::decodePage(response.json, m_pageSize, &why);
            if (!page) {
                emit failed(ApiError::invalidResponse(QStringLiteral("GET /v1/audit: %1").arg(why),
                                                      response.requestId));
                return;
            }
            QList<FieldError> errors;
            const auto entries = ResponseDecoder::decodeItems<AuditEntry>(
                page->items, &AuditEntry::fromJson, errors);
            if (!entries) {
                // All or nothing: a trail with a silently missing entry misleads.
                emit failed(ApiError::invalidResponse(
                    QStringLiteral("GET /v1/audit: %1").arg(ResponseDecoder::describe(errors)),
                    response.requestId));
                return;
            }
            // The same cursor twice would page forever.
            m_cursorDone = page->nextCursor.isEmpty() || page->nextCursor == m_cursor;
            m_cursor = page->nextCursor;
            const bool first = std::exchange(m_firstPending, false);
            emit pageLoaded(*entries, first);
        });
}
