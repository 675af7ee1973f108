// A backend connected to the Graph stand-in, ready for emergency-call tests: the stand-in runs,
// the backend signs in to it, a tenant's feed names a policy and its subscription is active, and
// a number registered for E911 (with its address) is at hand. Events are sealed and delivered
// exactly as Graph would deliver them.
#pragma once

#include "GraphStandIn.h"
#include "TestBackend.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

namespace graph_test {

class GraphBackendFixture
{
public:
    // Starts everything; false with a message in *error.
    bool start(QString *error);
    // Stops the backend and starts it again on the same port with the same data (a restart).
    bool restartBackend(QString *error);

    TestBackend &backend() { return m_backend; }
    GraphStandIn &graph() { return m_graph; }
    const QString &staff() const { return m_staff; }
    const QString &tenant() const { return m_tenant; }
    const QString &number() const { return m_number; }
    const QJsonObject &address() const { return m_address; }

    static QString teamsTenant() { return QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"); }
    static QString deskPolicy() { return QStringLiteral("Desk policy"); }
    static QString resourceFor(const QString &policy);
    static QString newEventId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    // The stand-in's subscription for a policy of the fixture's Teams tenant (empty id: none).
    StandInSubscription subscriptionFor(const QString &policy) const;
    // PUT the tenant's feed with these policies; the answer's body.
    QJsonObject putFeed(const QStringList &policies);
    // The registered address as Teams would send it.
    QJsonObject registeredLocation() const;
    // An emergency-call event of the fixture's Teams tenant, as Graph decrypts it.
    QJsonObject event(const QString &type, const QString &dialed, const QString &phone,
                      const QJsonObject &location, const QString &id = newEventId()) const;
    // Seals the events for the desk policy's subscription and posts them; the HTTP status.
    int deliver(const QList<QJsonObject> &events);
    int deliverCollection(const QJsonObject &collection);

private:
    bool findRegisteredNumber(QString *error);

    GraphStandIn m_graph;
    TestBackend m_backend;
    QTemporaryDir m_dir;
    QStringList m_arguments;
    QString m_staff;
    QString m_tenant;
    QString m_number;
    QJsonObject m_address;
};

} // namespace graph_test
