#include "IdempotencyLedger.h"

#include "ServerDatabase.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLedger, "dispatchable.server.idempotency")
#include <QUuid>

namespace {

QByteArray payloadHash(const HttpRequest &request)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(request.method);
    h.addData(" ");
    h.addData(request.path.toUtf8());
    h.addData("\n");
    h.addData(request.body);
    return h.result();
}

QString keyOf(const HttpRequest &request)
{
    return QString::fromUtf8(request.header("idempotency-key")).trimmed();
}

// The key must be a UUID (docs/api.md): a random one per change cannot collide with another
// caller's retry, which a counter or a timestamp could.
std::optional<HttpResponse> keyProblem(const QString &key)
{
    if (key.isEmpty())
        return HttpResponse::problem(
            428, QStringLiteral("idempotency-key-required"),
            QStringLiteral("Idempotency-Key required"),
            QStringLiteral("This write can bill or provision: send a unique Idempotency-Key "
                           "(a UUID) and reuse it when you retry."));
    if (key.size() != 36 || QUuid::fromString(key).isNull())
        return HttpResponse::problem(
            428, QStringLiteral("idempotency-key-required"),
            QStringLiteral("Idempotency-Key must be a UUID"),
            QStringLiteral("Send a new UUID (such as 3f2b8c1e-9d4a-4e7b-8a51-2c6d0f9e7a13) per "
                           "change and reuse it when you retry."));
    return std::nullopt;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

std::optional<HttpResponse> IdempotencyLedger::check(const HttpRequest &request, bool *mine)
{
    *mine = false;
    QSqlQuery q(m_db.db());
    m_db.exec(q, QStringLiteral("DELETE FROM idempotency WHERE created_ms < ?"),
              {nowMs() - retentionMs});
    dropExpiredClaims();
    m_db.exec(q,
              QStringLiteral(
                  "SELECT payload_hash, state, request_id, status, body, headers FROM idempotency"
                  " WHERE user_id = ? AND key = ?"),
              {request.principal.userId, keyOf(request)});
    if (!q.next())
        return std::nullopt;
    if (q.value(0).toByteArray() != payloadHash(request))
        return HttpResponse::problem(
            422, QStringLiteral("idempotency-key-reused"),
            QStringLiteral("Idempotency-Key reused for another request"),
            QStringLiteral("This key was first used with a different request. Use a new key "
                           "for a new change."));
    if (q.value(1).toString() == QLatin1StringView("in_flight")) {
        if (q.value(2).toString() == request.requestId) {
            *mine = true;
            return std::nullopt;
        }
        HttpResponse r = HttpResponse::problem(
            409, QStringLiteral("idempotency-key-in-flight"),
            QStringLiteral("The first request with this key is still running"),
            QStringLiteral("Retry in a moment to get its answer."));
        r.setHeader("Retry-After", "1");
        return r;
    }
    HttpResponse replay;
    replay.status = q.value(3).toInt();
    replay.body = q.value(4).toByteArray();
    const QJsonArray headers = QJsonDocument::fromJson(q.value(5).toByteArray()).array();
    for (const QJsonValue &h : headers) {
        const QJsonArray pair = h.toArray();
        replay.setHeader(pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1());
    }
    replay.setHeader("Idempotent-Replayed", "true");
    return replay;
}

std::optional<HttpResponse> IdempotencyLedger::claim(const HttpRequest &request)
{
    if (auto problem = keyProblem(keyOf(request)))
        return problem;
    WriteTransaction tx(m_db);
    bool mine = false;
    if (auto answer = check(request, &mine))
        return answer;
    QSqlQuery q(m_db.db());
    m_db.exec(
        q,
        QStringLiteral(
            "INSERT INTO idempotency (user_id, key, payload_hash, state, request_id, created_ms)"
            " VALUES (?, ?, ?, 'in_flight', ?, ?)"),
        {request.principal.userId, keyOf(request), payloadHash(request), request.requestId,
         nowMs()});
    tx.commit();
    return std::nullopt;
}

HttpResponse IdempotencyLedger::run(const HttpRequest &request,
                                    const std::function<HttpResponse()> &apply)
{
    if (auto problem = keyProblem(keyOf(request)))
        return *problem;
    try {
        return runOnce(request, apply);
    } catch (const DatabaseFailure &) {
        // The write and its ledger row were rolled back; a key claimed earlier (injected latency)
        // is released too, so the client's retry with the same key applies the write once.
        releaseClaim(request);
        throw;
    }
}

HttpResponse IdempotencyLedger::runOnce(const HttpRequest &request,
                                        const std::function<HttpResponse()> &apply)
{
    WriteTransaction tx(m_db);
    bool mine = false;
    if (auto answer = check(request, &mine))
        return *answer;

    QSqlQuery q(m_db.db());
    m_db.exec(q, QStringLiteral("SAVEPOINT apply"));
    const HttpResponse response = apply();
    if (response.status < 200 || response.status >= 300) {
        m_db.exec(q, QStringLiteral("ROLLBACK TO apply"));
        m_db.exec(q, QStringLiteral("DELETE FROM idempotency WHERE user_id = ? AND key = ?"),
                  {request.principal.userId, keyOf(request)});
        tx.commit();
        return response;
    }
    m_db.exec(q, QStringLiteral("RELEASE apply"));
    QJsonArray headers;
    for (const auto &[name, value] : response.headers)
        headers.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    m_db.exec(q,
              QStringLiteral(
                  "INSERT INTO idempotency (user_id, key, payload_hash, state, request_id, status,"
                  " body, headers, created_ms) VALUES (?, ?, ?, 'done', ?, ?, ?, ?, ?)"
                  " ON CONFLICT (user_id, key) DO UPDATE SET payload_hash = excluded.payload_hash,"
                  " state = excluded.state, request_id = excluded.request_id,"
                  " status = excluded.status, body = excluded.body, headers = excluded.headers,"
                  " created_ms = excluded.created_ms"),
              {request.principal.userId, keyOf(request), payloadHash(request), request.requestId,
               response.status, response.body,
               QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact)), nowMs()});
    tx.commit();
    return response;
}

void IdempotencyLedger::releaseClaim(const HttpRequest &request)
{
    try {
        WriteTransaction tx(m_db);
        QSqlQuery q(m_db.db());
        m_db.exec(q,
                  QStringLiteral("DELETE FROM idempotency WHERE user_id = ? AND key = ? AND"
                                 " state = 'in_flight' AND request_id = ?"),
                  {request.principal.userId, keyOf(request), request.requestId});
        tx.commit();
    } catch (const DatabaseFailure &failure) {
        // Still failing: the claim stays until the next start-up drops in-flight rows, and
        // retries meanwhile get 409 idempotency-key-in-flight rather than a double write.
        qCWarning(lcLedger) << "could not release the claim of" << request.requestId << ":"
                            << failure.what();
    }
}

void IdempotencyLedger::dropExpiredClaims()
{
    QSqlQuery q(m_db.db());
    m_db.exec(
        q, QStringLiteral("DELETE FROM idempotency WHERE state = 'in_flight' AND created_ms < ?"),
        {nowMs() - m_claimLifetimeMs});
}
