// Reads the backend's audit log (GET /v1/audit) one page at a time, newest first, with the
// server doing the filtering. A new start() supersedes the pages of an older one, so a quick
// change of filters never mixes two answers.
#pragma once

#include "api/ApiError.h"
#include "audit/AuditFilter.h"
#include "domain/AuditEntry.h"

#include <QList>
#include <QObject>
#include <QString>

class HttpClient;

class AuditLogFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultPageSize = 100;
    static constexpr int maxPageSize = 1000; // the API's limit

    // `http` must outlive this object.
    explicit AuditLogFetcher(HttpClient *http, QObject *parent = nullptr);

    void setPageSize(int entries);
    int pageSize() const { return m_pageSize; }

    // Forgets what was read and asks for the first page under `filter`.
    void start(const AuditFilter &filter);
    // Asks for the next page; does nothing while a page is on its way or when none is left.
    void fetchNext();

    AuditFilter filter() const { return m_filter; }
    bool isLoading() const { return m_loading; }
    // True until the server said the last page was sent (and after a failure, so it can retry).
    bool hasMore() const { return m_started && !m_cursorDone; }

signals:
    // `first`: the first page of a start(); the listener replaces what it showed.
    void pageLoaded(const QList<AuditEntry> &entries, bool first);
    void failed(const ApiError &error);

private:
    void requestPage();

    HttpClient *m_http;
    AuditFilter m_filter;
    int m_pageSize = defaultPageSize;
    QString m_cursor;
    quint64 m_generation = 0;
    bool m_started = false;
    bool m_loading = false;
    bool m_cursorDone = false;
    bool m_firstPending = true;
};
