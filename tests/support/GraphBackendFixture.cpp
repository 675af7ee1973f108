#include "GraphBackendFixture.h"

#include "ApiTestHelpers.h"
#include "GraphNotificationSealer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>

namespace graph_test {

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

QString GraphBackendFixture::resourceFor(const QString &policy)
{
    return QStringLiteral("communications/calls/getEmergencyEventsByPolicy(policyName='%1')")
        .arg(policy);
}

bool GraphBackendFixture::start(QString *error)
{
    if (!m_dir.isValid() || !m_graph.start()) {
        *error = QStringLiteral("cannot start the Graph stand-in");
        return false;
    }
    QFile secret(m_dir.filePath(QStringLiteral("secret")));
    if (!secret.open(QIODevice::WriteOnly))
        return false;
    secret.write(GraphStandIn::clientSecret().toUtf8());
    secret.close();
    const quint16 port = freePort();
    m_backend.process().setPort(port);
    m_backend.process().setDataDir(m_dir.filePath(QStringLiteral("backend")));
    m_arguments =
        TestBackend::defaultArguments() +
        QStringList{QStringLiteral("--graph-client-id"),
                    GraphStandIn::clientId(),
                    QStringLiteral("--graph-client-secret-file"),
                    secret.fileName(),
                    QStringLiteral("--graph-notification-url"),
                    QStringLiteral("https://127.0.0.1:%1/v1/graph/notifications").arg(port),
                    QStringLiteral("--graph-base-url"),
                    m_graph.baseUrl().toString(),
                    QStringLiteral("--graph-login-url"),
                    m_graph.loginUrl().toString(),
                    QStringLiteral("--graph-keeper-interval-ms"),
                    QStringLiteral("200")};
    if (!m_backend.start(m_arguments)) {
        *error = m_backend.process().diagnostics().right(2000);
        return false;
    }
    m_graph.trustBackend(m_backend.process().certificateFingerprint());
    m_staff = m_backend.token(QStringLiteral("staff"));
    if (!findRegisteredNumber(error))
        return false;
    putFeed({deskPolicy()});
    if (!QTest::qWaitFor([this] { return !subscriptionFor(deskPolicy()).id.isEmpty(); }, 15000)) {
        *error =
            QStringLiteral("no subscription: ") + m_backend.process().diagnostics().right(2000);
        return false;
    }
    return true;
}

bool GraphBackendFixture::restartBackend(QString *error)
{
    m_backend.process().stop();
    // The data directory keeps the database, the key pair and the certificate; the port stays.
    if (!m_backend.start(m_arguments)) {
        *error = m_backend.process().diagnostics().right(2000);
        return false;
    }
    m_staff = m_backend.token(QStringLiteral("staff"));
    return true;
}

bool GraphBackendFixture::findRegisteredNumber(QString *error)
{
    for (const QString &tenant : api::tenantIds(m_backend, m_staff)) {
        for (const QJsonValue &v :
             api::listAll(m_backend, QStringLiteral("/v1/tenants/%1/dids").arg(tenant), m_staff)) {
            const QJsonObject e911 = v.toObject().value(QStringLiteral("e911")).toObject();
            if (e911.value(QStringLiteral("state")).toString() != QLatin1StringView("registered"))
                continue;
            m_tenant = tenant;
            m_number = v.toObject().value(QStringLiteral("number")).toString();
            m_address = m_backend
                            .get(api::addressPath(
                                     tenant, e911.value(QStringLiteral("addressId")).toString()),
                                 m_staff)
                            .json();
            return true;
        }
    }
    *error = QStringLiteral("the demo data has no registered number");
    return false;
}

StandInSubscription GraphBackendFixture::subscriptionFor(const QString &policy) const
{
    for (const StandInSubscription &s : m_graph.subscriptions()) {
        if (s.resource == resourceFor(policy) && s.teamsTenantId == teamsTenant())
            return s;
    }
    return {};
}

QJsonObject GraphBackendFixture::putFeed(const QStringList &policies)
{
    const QString path = QStringLiteral("/v1/tenants/%1/emergency-call-feed").arg(m_tenant);
    const QByteArray etag = m_backend.get(path, m_staff).header("etag");
    const TestReply reply = m_backend.sendJson(
        "PUT", path, m_staff,
        QJsonObject{{QStringLiteral("teamsTenantId"), teamsTenant()},
                    {QStringLiteral("policyNames"), QJsonArray::fromStringList(policies)}},
        {{"If-Match", etag}});
    if (reply.status != 200)
        qWarning("PUT feed: %s", api::describe(reply).constData());
    return reply.json();
}

QJsonObject GraphBackendFixture::registeredLocation() const
{
    const QJsonObject normalized = m_address.value(QStringLiteral("normalized")).toObject();
    const QJsonObject civic =
        normalized.isEmpty() ? m_address.value(QStringLiteral("civic")).toObject() : normalized;
    const auto f = [&civic](const char *name) {
        return civic.value(QLatin1StringView(name)).toString();
    };
    QString street = f("stName");
    if (!f("stPreDir").isEmpty())
        street.prepend(f("stPreDir") + QLatin1Char(' '));
    return teamsLocation(f("addNumber"), street,
                         QString(f("stPosTyp") + QLatin1Char(' ') + f("stPosDir")).trimmed(),
                         f("postalCommunity"), f("state"), f("postalCode"), f("country"));
}

QJsonObject GraphBackendFixture::event(const QString &type, const QString &dialed,
                                       const QString &phone, const QJsonObject &location,
                                       const QString &id) const
{
    return emergencyEventResource(id, type, dialed, phone, teamsTenant(), location);
}

int GraphBackendFixture::deliver(const QList<QJsonObject> &events)
{
    return deliverCollection(m_graph.notificationFor(subscriptionFor(deskPolicy()), events));
}

int GraphBackendFixture::deliverCollection(const QJsonObject &collection)
{
    return m_backend
        .request("POST", QStringLiteral("/v1/graph/notifications"), {},
                 QJsonDocument(collection).toJson(QJsonDocument::Compact))
        .status;
}

} // namespace graph_test
