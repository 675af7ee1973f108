#include "SubscriptionKeeper.h"

#include "GraphEncryptionKeys.h"
#include "GraphTokenSource.h"
#include "store/DatabaseFailure.h"
#include "store/ServerDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

Q_DECLARE_LOGGING_CATEGORY(lcGraph)

namespace {

// Graph grants emergency-call subscriptions at most a day; ask for a little less.
constexpr qint64 requestedLifetimeSeconds = 24 * 3600 - 5 * 60;

QString newClientState()
{
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), 8);
    return QString::fromLatin1(
        secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString graphError(QNetworkReply *reply)
{
    const QJsonObject error = QJsonDocument::fromJson(reply->readAll())
                                  .object()
                                  .value(QLatin1StringView("error"))
                                  .toObject();
    const QString message = error.value(QLatin1StringView("message")).toString().left(300);
    return QStringLiteral("HTTP %1: %2")
        .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())
        .arg(message.isEmpty() ? reply->errorString() : message);
}

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

SubscriptionKeeper::SubscriptionKeeper(ServerDatabase &db, const GraphEncryptionKeys &keys,
                                       const GraphOptions &options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_keys(keys)
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
    , m_tokens(new GraphTokenSource(*m_network, options, this))
{
    m_timer.setInterval(options.keeperIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SubscriptionKeeper::reconcile);
}

SubscriptionKeeper::~SubscriptionKeeper() = default;

QString SubscriptionKeeper::resourceFor(const QString &policyName)
{
    // OData string literal: a quote inside the name is doubled.
    QString quoted = policyName;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("communications/calls/getEmergencyEventsByPolicy(policyName='%1')")
        .arg(quoted);
}

void SubscriptionKeeper::start()
{
    m_timer.start();
    reconcile();
}

void SubscriptionKeeper::reconcile()
{
    try {
        addMissingRows();
        for (const Row &row : rows()) {
            if (!m_inFlight.contains(key(row)))
                handle(row);
        }
    } catch (const DatabaseFailure &failure) {
        qCCritical(lcGraph).noquote() << "subscription keeper: database failure:" << failure.what();
    }
}

void SubscriptionKeeper::addMissingRows()
{
    QSqlQuery feeds(m_db.db());
    m_db.exec(feeds, QStringLiteral("SELECT tenant_id, policy_names FROM emergency_call_feeds"));
    while (feeds.next()) {
        const QJsonArray policies =
            QJsonDocument::fromJson(feeds.value(1).toString().toUtf8()).array();
        for (const QJsonValue &policy : policies) {
            QSqlQuery q(m_db.db());
            m_db.exec(
                q,
                QStringLiteral("INSERT INTO graph_subscriptions (tenant_id,"
                               " policy_name, client_state, state, updated_at)"
                               " VALUES (?, ?, ?, 'pending', ?) ON CONFLICT DO NOTHING"),
                {feeds.value(0), policy.toString(), newClientState(), ServerDatabase::nowIso()});
        }
    }
}

QList<SubscriptionKeeper::Row> SubscriptionKeeper::rows()
{
    QSqlQuery q(m_db.db());
    m_db.exec(q, QStringLiteral(
                     "SELECT s.tenant_id, f.teams_tenant_id, s.policy_name, s.subscription_id,"
                     " s.client_state, s.certificate_id, s.expires_at, s.updated_at, s.state,"
                     " f.policy_names FROM graph_subscriptions s LEFT JOIN emergency_call_feeds f"
                     " ON f.tenant_id = s.tenant_id"));
    QList<Row> rows;
    while (q.next()) {
        Row row{q.value(0).toString(),
                q.value(1).toString(),
                q.value(2).toString(),
                q.value(3).toString(),
                q.value(4).toString(),
                q.value(5).toString(),
                QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs),
                QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs),
                q.value(8).toString()};
        const QJsonArray wanted = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array();
        if (q.value(1).isNull() || !wanted.contains(QJsonValue(row.policyName)))
            row.state = QStringLiteral("removing"); // the feed no longer names this policy
        rows.append(row);
    }
    return rows;
}

void SubscriptionKeeper::handle(const Row &row)
{
    if (row.state == QLatin1StringView("removing"))
        return remove(row);
    if (!m_options.configured())
        return;
    if (row.subscriptionId.isEmpty())
        return create(row);
    // Renewed at half its lifetime: a missed check or two still leaves it alive.
    const qint64 lifetime = row.updated.secsTo(row.expires);
    const bool due = !row.expires.isValid() ||
                     QDateTime::currentDateTimeUtc() >= row.updated.addSecs(lifetime / 2);
    if (due || row.certificateId != m_keys.currentId())
        renew(row);
}

void SubscriptionKeeper::create(const Row &row)
{
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(requestedLifetimeSeconds);
    const QJsonObject body{
        {QStringLiteral("changeType"), QStringLiteral("updated")},
        {QStringLiteral("notificationUrl"), m_options.notificationUrl.toString()},
        {QStringLiteral("lifecycleNotificationUrl"), m_options.notificationUrl.toString()},
        {QStringLiteral("resource"), resourceFor(row.policyName)},
        {QStringLiteral("includeResourceData"), true},
        {QStringLiteral("encryptionCertificate"), m_keys.currentCertificateBase64()},
        {QStringLiteral("encryptionCertificateId"), m_keys.currentId()},
        {QStringLiteral("expirationDateTime"), expires.toString(Qt::ISODateWithMs)},
        {QStringLiteral("clientState"), row.clientState}};
    send(row, "POST", graphUrl(QStringLiteral("/subscriptions")), body,
         [this, row](QNetworkReply *reply) {
             const int status = statusOf(reply);
             if (status == 201)
                 return store(row, QStringLiteral("active"), {},
                              QJsonDocument::fromJson(reply->readAll()).object());
             if (status == 409)
                 return replaceDuplicate(row);
             store(row, QStringLiteral("failed"), graphError(reply));
         });
}

void SubscriptionKeeper::renew(const Row &row)
{
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(requestedLifetimeSeconds);
    // A renewal also moves the subscription to the newest encryption certificate.
    const QJsonObject body{
        {QStringLiteral("expirationDateTime"), expires.toString(Qt::ISODateWithMs)},
        {QStringLiteral("encryptionCertificate"), m_keys.currentCertificateBase64()},
        {QStringLiteral("encryptionCertificateId"), m_keys.currentId()}};
    send(row, "PATCH", graphUrl(QStringLiteral("/subscriptions/") + row.subscriptionId), body,
         [this, row](QNetworkReply *reply) {
             const int status = statusOf(reply);
             if (status == 200)
                 return store(row, QStringLiteral("active"), {},
                              QJsonDocument::fromJson(reply->readAll()).object());
             if (status != 404)
                 return store(row, QStringLiteral("failed"), graphError(reply));
             // Graph no longer has it (expired or removed): create it again at once.
             Row gone = row;
             gone.subscriptionId.clear();
             store(gone, QStringLiteral("pending"), QStringLiteral("Graph lost the subscription"));
             create(gone);
         });
}

void SubscriptionKeeper::remove(const Row &row)
{
    const auto forget = [this, row] {
        QSqlQuery q(m_db.db());
        m_db.exec(q,
                  QStringLiteral("DELETE FROM graph_subscriptions WHERE tenant_id = ? AND"
                                 " policy_name = ?"),
                  {row.tenantId, row.policyName});
        emit subscriptionChanged(row.tenantId, row.policyName, QStringLiteral("deleted"));
    };
    if (row.subscriptionId.isEmpty() || !m_options.configured() || row.teamsTenantId.isEmpty())
        return forget();
    send(row, "DELETE", graphUrl(QStringLiteral("/subscriptions/") + row.subscriptionId), {},
         [this, row, forget](QNetworkReply *reply) {
             const int status = statusOf(reply);
             if (status == 204 || status == 404)
                 return forget();
             store(row, QStringLiteral("removing"), graphError(reply));
         });
}

void SubscriptionKeeper::replaceDuplicate(const Row &row)
{
    send(row, "GET", graphUrl(QStringLiteral("/subscriptions")), {},
         [this, row](QNetworkReply *reply) {
             const QJsonArray list = QJsonDocument::fromJson(reply->readAll())
                                         .object()
                                         .value(QLatin1StringView("value"))
                                         .toArray();
             QString existing;
             for (const QJsonValue &s : list) {
                 if (s.toObject().value(QLatin1StringView("resource")).toString() ==
                     resourceFor(row.policyName))
                     existing = s.toObject().value(QLatin1StringView("id")).toString();
             }
             if (existing.isEmpty())
                 return store(row, QStringLiteral("failed"),
                              QStringLiteral("Graph reports a duplicate subscription it does "
                                             "not list"));
             send(row, "DELETE", graphUrl(QStringLiteral("/subscriptions/") + existing), {},
                  [this, row](QNetworkReply *deleted) {
                      if (statusOf(deleted) != 204 && statusOf(deleted) != 404)
                          return store(row, QStringLiteral("failed"), graphError(deleted));
                      create(row);
                  });
         });
}

void SubscriptionKeeper::onLifecycle(const QString &subscriptionId, const QString &lifecycleEvent)
{
    for (const Row &row : rows()) {
        if (row.subscriptionId != subscriptionId || m_inFlight.contains(key(row)))
            continue;
        if (lifecycleEvent == QLatin1StringView("subscriptionRemoved")) {
            Row gone = row;
            gone.subscriptionId.clear();
            store(gone, QStringLiteral("pending"),
                  QStringLiteral("Graph removed the subscription"));
            create(gone);
        } else if (lifecycleEvent == QLatin1StringView("reauthorizationRequired")) {
            renew(row);
        } else {
            qCWarning(lcGraph).noquote() << "Graph reports" << lifecycleEvent << "for subscription"
                                         << subscriptionId << "- notifications may have been lost";
        }
    }
}

void SubscriptionKeeper::send(const Row &row, const QByteArray &verb, const QUrl &url,
                              const QJsonObject &body, std::function<void(QNetworkReply *)> done)
{
    m_inFlight.insert(key(row));
    m_tokens->token(row.teamsTenantId, [=, this](const QString &token, const QString &error) {
        if (token.isEmpty()) {
            m_inFlight.remove(key(row));
            return store(row, QStringLiteral("failed"), error);
        }
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setTransferTimeout(30000);
        QNetworkReply *reply = m_network->sendCustomRequest(
            request, verb,
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [this, row, reply, done] {
            reply->deleteLater();
            m_inFlight.remove(key(row));
            if (statusOf(reply) == 401)
                m_tokens->forget(row.teamsTenantId);
            try {
                done(reply);
            } catch (const DatabaseFailure &failure) {
                qCCritical(lcGraph).noquote()
                    << "subscription keeper: database failure:" << failure.what();
            }
        });
    });
}

void SubscriptionKeeper::store(const Row &row, const QString &state, const QString &error,
                               const QJsonObject &answer)
{
    QString subscriptionId = row.subscriptionId;
    QString expires = row.expires.isValid() ? row.expires.toString(Qt::ISODateWithMs) : QString();
    QString certificateId = row.certificateId;
    if (!answer.isEmpty()) {
        subscriptionId = answer.value(QLatin1StringView("id")).toString(subscriptionId);
        expires =
            QDateTime::fromString(answer.value(QLatin1StringView("expirationDateTime")).toString(),
                                  Qt::ISODateWithMs)
                .toUTC()
                .toString(Qt::ISODateWithMs);
        certificateId = m_keys.currentId();
    }
    if (!error.isEmpty())
        qCWarning(lcGraph).noquote() << "subscription for" << row.tenantId << row.policyName << "is"
                                     << state << ":" << error;
    // A null QString would bind as SQL NULL; the columns hold '' for "none".
    const auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    QSqlQuery q(m_db.db());
    m_db.exec(q,
              QStringLiteral("UPDATE graph_subscriptions SET subscription_id = ?, expires_at = ?,"
                             " certificate_id = ?, state = ?, last_error = ?, updated_at = ?"
                             " WHERE tenant_id = ? AND policy_name = ?"),
              {text(subscriptionId), text(expires), text(certificateId), state, text(error),
               ServerDatabase::nowIso(), row.tenantId, row.policyName});
    emit subscriptionChanged(row.tenantId, row.policyName, state);
}

QUrl SubscriptionKeeper::graphUrl(const QString &path) const
{
    QUrl url = m_options.baseUrl;
    url.setPath(url.path() + path);
    return url;
}
