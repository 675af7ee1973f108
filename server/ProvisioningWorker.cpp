#include "ProvisioningWorker.h"

#include "handlers/ServerContext.h"
#include "store/ServerDatabase.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWorker, "dispatchable.server.worker")

namespace {

// The provisioning system acts as its own principal in the audit log.
Principal providerPrincipal()
{
    Principal p;
    p.userId = QStringLiteral("system:provisioning");
    p.email = QStringLiteral("provisioning@carrier.example"); // a real address form (contract)
    p.role = Role::Staff;
    p.valid = true;
    return p;
}

const int batchSize = 500;

} // namespace

ProvisioningWorker::ProvisioningWorker(ServerContext &ctx, int delayMs, double failureRate,
                                       QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_delayMs(delayMs)
    , m_failureRate(failureRate)
{
    m_timer.setInterval(std::clamp(delayMs / 4, 20, 250));
    connect(&m_timer, &QTimer::timeout, this, &ProvisioningWorker::settleDue);
}

void ProvisioningWorker::start()
{
    m_timer.start();
}

bool ProvisioningWorker::providerAccepts(const QString &number, const QString &addressId,
                                         bool hasGeocode) const
{
    if (!hasGeocode)
        return false;
    if (m_failureRate <= 0)
        return true;
    const QByteArray digest =
        QCryptographicHash::hash((number + addressId).toUtf8(), QCryptographicHash::Sha256);
    const quint32 bucket = (static_cast<quint8>(digest[0]) << 8) | static_cast<quint8>(digest[1]);
    return bucket >= m_failureRate * 65536.0;
}

int ProvisioningWorker::settleDue()
{
    try {
        m_ctx.db.pruneChanges(m_ctx.options.changeRetention);
        return settleBatch();
    } catch (const DatabaseFailure &failure) {
        // The batch was rolled back whole: its numbers are still due and settle on a later
        // tick, each exactly once.
        qCWarning(lcWorker) << "settling registrations failed, retrying:" << failure.what();
        return 0;
    }
}

int ProvisioningWorker::settleBatch()
{
    ServerDatabase &db = m_ctx.db;
    const qint64 due = QDateTime::currentMSecsSinceEpoch() - m_delayMs;
    // Without the write lock first: idle ticks of every instance would otherwise queue behind
    // the requests' writes for nothing.
    const QString dueCondition = QStringLiteral(
        " WHERE d.e911_state IN ('pending', 'deregistering') AND d.state_since_ms <= ?");
    if (!db.scalar(QString(QStringLiteral("SELECT 1 FROM dids d") + dueCondition +
                           QStringLiteral(" LIMIT 1")),
                   {due})
             .isValid())
        return 0;
    // Read and write in one transaction: a number changed by a request in between cannot be
    // settled from the state it had before. While another server writes (a bulk of 1,000 takes
    // seconds), come back on a later tick: waiting would stall this server's event loop, and
    // HAProxy, whose health checks go unanswered, would take it out of service.
    WriteTransaction tx(db, WriteTransaction::IfFree{});
    if (!tx.began())
        return 0;
    QSqlQuery q(db.db());
    db.exec(q,
            QString(QStringLiteral("SELECT d.number, d.tenant_id, d.e911_state, d.address_id,"
                                   " a.latitude IS NOT NULL"
                                   " FROM dids d LEFT JOIN addresses a ON a.id = d.address_id") +
                    dueCondition + QStringLiteral(" ORDER BY d.state_since_ms LIMIT ?")),
            {due, batchSize});
    struct Move
    {
        QString number, tenantId, from, to, addressId, reason;
    };
    QList<Move> moves;
    while (q.next()) {
        Move m{q.value(0).toString(), q.value(1).toString(),
               q.value(2).toString(), {},
               q.value(3).toString(), {}};
        if (m.from == QLatin1StringView("deregistering")) {
            m.to = QStringLiteral("basic");
        } else if (providerAccepts(m.number, m.addressId, q.value(4).toBool())) {
            m.to = QStringLiteral("registered");
        } else {
            m.to = QStringLiteral("failed");
            m.reason = QStringLiteral(
                "The 911 provider could not match the address to its street database (MSAG). "
                "Check the house number and street name, then try again.");
        }
        moves.append(m);
    }
    if (moves.isEmpty())
        return 0;

    const QString now = ServerDatabase::nowIso();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const Principal provider = providerPrincipal();
    for (const Move &m : moves) {
        const qint64 seq = db.recordChange(QStringLiteral("did"), m.number, m.tenantId);
        const bool toBasic = m.to == QLatin1StringView("basic");
        db.exec(q,
                QStringLiteral("UPDATE dids SET e911_state = ?, e911_reason = ?, state_since = ?, "
                               "state_since_ms = ?,"
                               " address_id = CASE WHEN ? THEN NULL ELSE address_id END,"
                               " billing_active = CASE WHEN ? THEN 0 ELSE billing_active END,"
                               " version = version + 1, updated_at = ?, updated_seq = ?"
                               " WHERE number = ? AND e911_state = ?"),
                {m.to, m.reason.isEmpty() ? QVariant() : QVariant(m.reason), now, nowMs, toBasic,
                 toBasic, now, seq, m.number, m.from});
        const QString action =
            toBasic ? QStringLiteral("e911.deregistered")
                    : (m.to == QLatin1StringView("registered") ? QStringLiteral("e911.registered")
                                                               : QStringLiteral("e911.failed"));
        db.recordAudit(provider, AuditRecord{action,
                                             m.tenantId,
                                             m.number,
                                             QJsonObject{{QStringLiteral("state"), m.from}},
                                             QJsonObject{{QStringLiteral("state"), m.to}},
                                             m.reason,
                                             {}});
    }
    tx.commit();
    return static_cast<int>(moves.size());
}
