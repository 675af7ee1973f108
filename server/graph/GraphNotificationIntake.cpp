#include "GraphNotificationIntake.h"

#include "EmergencyCallEvent.h"
#include "EncryptedContent.h"
#include "GraphEncryptionKeys.h"
#include "GraphSigningKeys.h"
#include "ValidationTokenCheck.h"
#include "store/DatabaseFailure.h"
#include "store/EmergencyCallStore.h"
#include "store/ServerDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <openssl/crypto.h>

Q_LOGGING_CATEGORY(lcGraph, "dispatchable.server.graph")

namespace {

// Graph batches items; more than this in one delivery is not Graph.
constexpr int maxItemsPerDelivery = 1000;
// Graph sends one token per app and tenant with items in the delivery.
constexpr int maxTokensPerDelivery = 100;

bool sameSecret(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    return x.size() == y.size() &&
           CRYPTO_memcmp(x.constData(), y.constData(), static_cast<size_t>(x.size())) == 0;
}

QString member(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1StringView(name)).toString();
}

} // namespace

GraphNotificationIntake::GraphNotificationIntake(ServerDatabase &db, EmergencyCallStore &calls,
                                                 const GraphEncryptionKeys &keys,
                                                 GraphSigningKeys &signingKeys,
                                                 const QString &clientId, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_calls(calls)
    , m_keys(keys)
    , m_signingKeys(signingKeys)
    , m_clientId(clientId)
{}

bool GraphNotificationIntake::accept(const QByteArray &body, QString *reason)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const QJsonValue value = doc.object().value(QLatin1StringView("value"));
    if (!doc.isObject() || !value.isArray()) {
        *reason = doc.isObject() ? QStringLiteral("no \"value\" array")
                                 : QStringLiteral("not JSON (%1)").arg(error.errorString());
        qCWarning(lcGraph).noquote() << "refused a delivery:" << *reason;
        return false;
    }
    const QJsonArray items = value.toArray();
    if (items.size() > maxItemsPerDelivery) {
        *reason = QStringLiteral("%1 items in one delivery").arg(items.size());
        qCWarning(lcGraph).noquote() << "refused a delivery:" << *reason;
        return false;
    }
    Delivery delivery;
    delivery.items = items;
    const QJsonValue tokens = doc.object().value(QLatin1StringView("validationTokens"));
    if (tokens.isArray() && tokens.toArray().size() <= maxTokensPerDelivery) {
        for (const QJsonValue &token : tokens.toArray()) {
            delivery.tokensMalformed = delivery.tokensMalformed || !token.isString();
            delivery.tokens.append(token.toString().toLatin1());
        }
    } else {
        delivery.tokensMalformed = !tokens.isUndefined();
    }
    m_queue.push_back(std::move(delivery));
    // Processed after the 202 has been written.
    QTimer::singleShot(0, this, &GraphNotificationIntake::drain);
    return true;
}

void GraphNotificationIntake::drain()
{
    if (m_draining)
        return; // called back from within the loop below: it goes on by itself
    m_draining = true;
    while (!m_queue.empty() && !m_waitingForKeys) {
        Delivery &front = m_queue.front();
        if (!front.keysPrepared && !front.tokens.isEmpty()) {
            front.keysPrepared = true;
            QStringList keyIds;
            for (const QByteArray &token : std::as_const(front.tokens))
                keyIds.append(validationTokenKeyId(token));
            keyIds.removeAll(QString());
            m_waitingForKeys = true;
            // Called at once when the keys are held, else after a fetch.
            m_signingKeys.prepare(keyIds, [self = QPointer(this)](const QString &error) {
                if (!self)
                    return;
                self->m_waitingForKeys = false;
                self->m_queue.front().keyError = error;
                self->drain();
            });
            continue;
        }
        const Delivery delivery = std::move(front);
        m_queue.pop_front();
        processDelivery(delivery);
    }
    m_draining = false;
}

void GraphNotificationIntake::processDelivery(const Delivery &delivery)
{
    Vouching vouching;
    vouching.hadTokens = !delivery.tokens.isEmpty();
    QString failure;
    if (delivery.tokensMalformed)
        failure = QStringLiteral("validationTokens is not an array of at most %1 tokens")
                      .arg(maxTokensPerDelivery);
    ValidationTokenRules rules;
    rules.clientId = m_clientId;
    const auto keyFor = [this](const QString &keyId) { return m_signingKeys.key(keyId); };
    // Every token must pass: one that fails makes the whole delivery suspicious.
    for (qsizetype i = 0; i < delivery.tokens.size() && failure.isEmpty(); ++i) {
        const QByteArray &token = delivery.tokens.at(i);
        QString reason;
        if (const auto tenant = checkValidationToken(token, keyFor, rules, &reason)) {
            vouching.tenants.insert(*tenant);
            continue;
        }
        if (!delivery.keyError.isEmpty() && !m_signingKeys.key(validationTokenKeyId(token)))
            reason = QStringLiteral("signing keys unavailable (%1)").arg(delivery.keyError);
        failure =
            QStringLiteral("validation token %1 of %2: ").arg(i + 1).arg(delivery.tokens.size()) +
            reason;
    }
    for (const QJsonValue &item : delivery.items) {
        if (failure.isEmpty())
            process(item.toObject(), vouching);
        else
            refuse(item.toObject(), failure);
    }
}

void GraphNotificationIntake::process(const QJsonObject &item, const Vouching &vouching)
{
    const QString lifecycle = member(item, "lifecycleEvent");
    if (!lifecycle.isEmpty()) {
        QString reason;
        if (admit(item, &reason).isEmpty())
            return refuse(item, reason);
        qCInfo(lcGraph).noquote() << "lifecycle notification" << lifecycle << "for subscription"
                                  << member(item, "subscriptionId");
        emit lifecycleNotified(member(item, "subscriptionId"), lifecycle);
        return;
    }
    QString reason;
    const QString tenantId = admit(item, &reason);
    if (tenantId.isEmpty())
        return refuse(item, reason);
    const QString teamsTenant = member(item, "tenantId");
    if (!vouching.tenants.contains(teamsTenant.toLower()))
        return refuse(item,
                      vouching.hadTokens
                          ? QStringLiteral("no valid validation token is from Teams tenant %1")
                                .arg(teamsTenant)
                          : QStringLiteral("no validationTokens: a notification with "
                                           "resource data must carry them"));
    const auto content = EncryptedContent::fromJson(
        item.value(QLatin1StringView("encryptedContent")).toObject(), &reason);
    if (!content)
        return refuse(item, reason);
    EVP_PKEY *key = m_keys.privateKey(content->certificateId);
    if (!key)
        return refuse(item, QStringLiteral("unknown encryptionCertificateId \"%1\"")
                                .arg(content->certificateId.left(128)));
    const auto plain = decryptResourceData(*content, key, &reason);
    if (!plain)
        return refuse(item, reason);
    const auto event = EmergencyCallEvent::fromResourceData(*plain, &reason);
    if (!event)
        return refuse(item, reason);
    if (!event->callerTenantId.isEmpty() &&
        event->callerTenantId.compare(teamsTenant, Qt::CaseInsensitive) != 0)
        return refuse(item, QStringLiteral("the caller's tenant differs from the notification's"));
    recordTrusted(tenantId, *event, false);
}

QString GraphNotificationIntake::admit(const QJsonObject &item, QString *reason)
{
    const QString subscriptionId = member(item, "subscriptionId");
    if (subscriptionId.isEmpty()) {
        *reason = QStringLiteral("no subscriptionId");
        return {};
    }
    QSqlQuery q(m_db.db());
    try {
        m_db.exec(q,
                  QStringLiteral("SELECT s.tenant_id, s.client_state, f.teams_tenant_id FROM"
                                 " graph_subscriptions s JOIN emergency_call_feeds f ON"
                                 " f.tenant_id = s.tenant_id WHERE s.subscription_id = ?"),
                  {subscriptionId});
    } catch (const DatabaseFailure &failure) {
        *reason = QStringLiteral("database failure: %1").arg(QString::fromUtf8(failure.what()));
        return {};
    }
    if (!q.next()) {
        *reason = QStringLiteral("unknown subscription");
        return {};
    }
    if (!sameSecret(member(item, "clientState"), q.value(1).toString())) {
        *reason = QStringLiteral("wrong clientState");
        return {};
    }
    if (member(item, "tenantId").compare(q.value(2).toString(), Qt::CaseInsensitive) != 0) {
        *reason = QStringLiteral("the notification names a Teams tenant this subscription is "
                                 "not for");
        return {};
    }
    return q.value(0).toString();
}

bool GraphNotificationIntake::recordTrusted(const QString &tenantId,
                                            const EmergencyCallEvent &event, bool simulated)
{
    std::optional<RecordedEvent> recorded;
    try {
        recorded = m_calls.record(tenantId, event, simulated);
    } catch (const DatabaseFailure &failure) {
        // Rolled back; Graph does not redeliver after our 202, so say so loudly.
        ++m_counts.refused;
        qCCritical(lcGraph).noquote()
            << "could not store emergency-call event" << event.id << ":" << failure.what();
        return false;
    }
    if (!recorded) {
        ++m_counts.replayed;
        qCInfo(lcGraph).noquote() << "ignored a replayed event" << event.id;
        return false;
    }
    ++m_counts.recorded;
    qCInfo(lcGraph).noquote() << "recorded" << toWire(event.type) << "event" << event.id
                              << "of call" << recorded->callId << "for tenant" << tenantId;
    emit eventRecorded(tenantId, recorded->callId, recorded->seq);
    return true;
}

void GraphNotificationIntake::refuse(const QJsonObject &item, const QString &reason)
{
    ++m_counts.refused;
    qCWarning(lcGraph).noquote() << "refused a notification for subscription"
                                 << member(item, "subscriptionId").left(64) << ":" << reason;
}
