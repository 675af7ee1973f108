// Shared set-up for the issue 9 API tests (places, network elements, test calls, policy): a
// running backend, a tenant the demo admin may not see with a fresh address and place in it,
// and short ways to write JSON and read answers.
#pragma once

#include "ApiTestHelpers.h"
#include "TestBackend.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <utility>

namespace lis_api {

// {"key": "value", …}
QJsonObject obj(std::initializer_list<std::pair<const char *, QString>> fields);
// A string member.
QString str(const QJsonObject &o, const char *key);
// The first entry of a problem's "errors".
QJsonObject firstError(const TestReply &reply);

class LisApiFixture
{
public:
    // Starts the backend (extra arguments replace the defaults) and creates the address and place.
    bool start(const QStringList &arguments = TestBackend::defaultArguments());

    TestBackend &backend() { return m_backend; }
    const QString &staff() const { return m_staff; }
    const QString &tenant() const { return m_tenant; }
    const QString &addressId() const { return m_addressId; }
    const QString &placeId() const { return m_placeId; }

    // "/v1/tenants/{tenant}/<tail>"
    QString path(const QString &tail) const;
    // POST with a fresh Idempotency-Key, as staff unless a token is given.
    TestReply post(const QString &path, const QJsonObject &body, const QString &token = {});
    // PUT with If-Match, as staff.
    TestReply put(const QString &path, const QJsonObject &body, const QString &etag);
    TestReply remove(const QString &path, const QString &etag);
    // A new place at the fixture's address; empty on failure.
    QString createPlace(const QString &building, const QString &floor = QStringLiteral("1"));
    int count(const QString &listTail);
    // Targets of the tenant's audit entries with this action.
    QStringList auditTargets(const QString &action);
    // The changes after `since`, keyed "kind:id".
    QHash<QString, QJsonObject> changesSince(const QString &since);
    QString changeToken();

private:
    TestBackend m_backend;
    QString m_staff;
    QString m_tenant;
    QString m_addressId;
    QString m_placeId;
};

} // namespace lis_api
