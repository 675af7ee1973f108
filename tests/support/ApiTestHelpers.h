// Shared helpers for the API contract tests: paths, problem checks, finding a number that can be
// switched to E911, counting billing events in the server's database, concurrent requests.
#pragma once

#include "TestBackend.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace api {

// A basic, non-toll-free US number and a validated US address of the same tenant.
struct E911Candidate
{
    QString tenantId;
    QString number;
    QString etag;
    QString addressId;
};

// One request for sendConcurrently().
struct PendingRequest
{
    QByteArray method;
    QString path;
    QString token;
    QByteArray body;
    HeaderList headers;
    TestBackend *backend = nullptr; // another instance to send it to; null: sendConcurrently's
};

QString newIdempotencyKey();
// "/v1/tenants/{tenantId}/dids/%2B1…" (the number's "+" percent-encoded).
QString didPath(const QString &tenantId, const QString &number);
QString addressPath(const QString &tenantId, const QString &addressId = {});

// The slug of a problem+json answer ("precondition-failed"), or empty.
QString problemSlug(const TestReply &reply);
// Checks status, slug and the RFC 9457 shape (Content-Type, type, title, status); returns a
// message on mismatch, empty when the answer is that problem.
QString problemMismatch(const TestReply &reply, int status, const QString &slug);
// Field names in a problem's "errors".
QStringList problemFields(const TestReply &reply);
// Short text for QVERIFY2 messages.
QByteArray describe(const TestReply &reply);

// Tenant ids the token can see (all pages).
QStringList tenantIds(TestBackend &backend, const QString &token);
// Every item of a paginated list (follows nextCursor); empty and *ok = false on an error.
QJsonArray listAll(TestBackend &backend, const QString &pathAndQuery, const QString &token,
                   bool *ok = nullptr);
// A validated US address of the tenant, or nullopt.
std::optional<QJsonObject> validUsAddress(TestBackend &backend, const QString &tenantId,
                                          const QString &token);
// Basic, non-toll-free US numbers of a tenant, in E.164 order.
QStringList basicUsNumbers(TestBackend &backend, const QString &tenantId, const QString &token);
// The first tenant (in id order) that has a valid US address and a basic US number, skipping
// the numbers in `exclude`.
std::optional<E911Candidate> findE911Candidate(TestBackend &backend, const QString &token,
                                               const QStringList &exclude = {});

// A civic address the reference validator accepts.
QJsonObject validCivic();
// POST …/addresses with a fresh Idempotency-Key.
TestReply createAddress(TestBackend &backend, const QString &token, const QString &tenantId,
                        const QJsonObject &civic = validCivic());
// PUT …/dids/{number}/e911.
TestReply putE911(TestBackend &backend, const QString &token, const QString &tenantId,
                  const QString &number, const QJsonObject &body, const QByteArray &ifMatch,
                  const QString &idempotencyKey);
QJsonObject enableBody(const QString &addressId);
// A form-encoded POST (OAuth endpoints).
TestReply postForm(TestBackend &backend, const QString &path,
                   const QList<QPair<QString, QString>> &form, const QString &token = {});

// Billing events in the server's SQLite file, read through a separate read-only connection.
int billingEventCount(TestBackend &backend, const QString &number);
QHash<QString, int> billingEventCounts(TestBackend &backend);

// Rows of `sql` (two columns: a key and a count) in the server's database, read through a
// separate connection; the database outlives a killed server.
QHash<QString, int> countsInServerDatabase(TestBackend &backend, const QString &sql);

// Sends all requests at once on one QNetworkAccessManager (pinned to the certificate of the
// server each goes to: `backend`, or the request's own) and waits for every answer; answers are
// in request order.
QList<TestReply> sendConcurrently(TestBackend &backend, const QList<PendingRequest> &requests);

} // namespace api
