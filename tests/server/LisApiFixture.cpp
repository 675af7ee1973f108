#include "LisApiFixture.h"

#include <QJsonArray>

namespace lis_api {

QJsonObject obj(std::initializer_list<std::pair<const char *, QString>> fields)
{
    QJsonObject o;
    for (const auto &[key, value] : fields)
        o.insert(QLatin1StringView(key), value);
    return o;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

QJsonObject firstError(const TestReply &reply)
{
    return reply.json().value(QStringLiteral("errors")).toArray().at(0).toObject();
}

bool LisApiFixture::start(const QStringList &arguments)
{
    if (!m_backend.start(arguments))
        return false;
    m_staff = m_backend.token(QStringLiteral("staff"));
    const QJsonArray adminTenants =
        m_backend.get(QStringLiteral("/v1/me"), m_backend.token(QStringLiteral("admin")))
            .json()
            .value(QStringLiteral("tenantIds"))
            .toArray();
    for (const QString &t : api::tenantIds(m_backend, m_staff))
        if (!adminTenants.contains(t))
            m_tenant = t;
    const TestReply address = api::createAddress(m_backend, m_staff, m_tenant);
    m_addressId = str(address.json(), "id");
    m_placeId = createPlace(QStringLiteral("Main"));
    return !m_tenant.isEmpty() && address.status == 201 && !m_placeId.isEmpty();
}

QString LisApiFixture::path(const QString &tail) const
{
    return QStringLiteral("/v1/tenants/%1/%2").arg(m_tenant, tail);
}

TestReply LisApiFixture::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return m_backend.sendJson("POST", path, token.isEmpty() ? m_staff : token, body,
                              {{"Idempotency-Key", api::newIdempotencyKey().toLatin1()}});
}

TestReply LisApiFixture::put(const QString &path, const QJsonObject &body, const QString &etag)
{
    return m_backend.sendJson("PUT", path, m_staff, body, {{"If-Match", etag.toLatin1()}});
}

TestReply LisApiFixture::remove(const QString &path, const QString &etag)
{
    return m_backend.request("DELETE", path, m_staff, {}, {{"If-Match", etag.toLatin1()}});
}

QString LisApiFixture::createPlace(const QString &building, const QString &floor)
{
    const TestReply reply =
        post(path(QStringLiteral("places")),
             obj({{"addressId", m_addressId}, {"building", building}, {"floor", floor}}));
    return reply.status == 201 ? str(reply.json(), "id") : QString();
}

int LisApiFixture::count(const QString &listTail)
{
    return static_cast<int>(api::listAll(m_backend, path(listTail), m_staff).size());
}

QStringList LisApiFixture::auditTargets(const QString &action)
{
    QStringList targets;
    const QString query = QStringLiteral("/v1/audit?tenantId=%1&action=%2").arg(m_tenant, action);
    for (const QJsonValue &e : api::listAll(m_backend, query, m_staff))
        targets.append(str(e.toObject(), "target"));
    return targets;
}

QHash<QString, QJsonObject> LisApiFixture::changesSince(const QString &since)
{
    QHash<QString, QJsonObject> changes;
    const TestReply reply = m_backend.get(QStringLiteral("/v1/changes?since=") + since, m_staff);
    for (const QJsonValue &v : reply.json().value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        changes.insert(QString(str(c, "kind") + QLatin1Char(':') + str(c, "id")), c);
    }
    return changes;
}

QString LisApiFixture::changeToken()
{
    return str(m_backend.get(QStringLiteral("/v1/changes"), m_staff).json(), "nextToken");
}

} // namespace lis_api
