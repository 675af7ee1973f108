// The cache's queries: tenants with their counts, one number, addresses, acknowledgements and the
// price list, as domain values.
#include "Cache.h"

#include "store/CacheColumns.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

TenantCounts Cache::countsFor(const QString &tenantId)
{
    TenantCounts counts;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT e911_state, COUNT(*) FROM dids WHERE tenant_id = ? GROUP BY e911_state"));
    q.addBindValue(tenantId);
    if (!exec(q))
        return counts;
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        counts.total += n;
        switch (E911State(q.value(0).toInt())) {
        case E911State::Basic:
            counts.basic += n;
            break;
        case E911State::Pending:
            counts.pending += n;
            break;
        case E911State::Registered:
            counts.registered += n;
            break;
        case E911State::Failed:
            counts.failed += n;
            break;
        case E911State::Deregistering:
            counts.deregistering += n;
            break;
        }
    }
    return counts;
}

QList<Did> Cache::numberSummaries(const QString &tenantId, std::optional<E911State> onlyIn)
{
    QList<Did> numbers;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT number, national, user_upn, user_name, e911_state,"
                             " COALESCE(address_id, '') FROM dids WHERE tenant_id = ?") +
              (onlyIn ? QStringLiteral(" AND e911_state = ?") : QString()) +
              QStringLiteral(" ORDER BY number"));
    q.addBindValue(tenantId);
    if (onlyIn)
        q.addBindValue(int(*onlyIn));
    if (!exec(q))
        return numbers;
    while (q.next()) {
        Did d;
        d.tenantId = tenantId;
        d.number = q.value(0).toString();
        d.nationalFormat = q.value(1).toString();
        if (!q.value(2).isNull())
            d.assignedUser = AssignedUser{q.value(2).toString(), q.value(3).toString()};
        d.e911.state = E911State(q.value(4).toInt());
        d.e911.addressId = q.value(5).toString();
        numbers.append(std::move(d));
    }
    return numbers;
}

QHash<QString, QString> Cache::tenantNames()
{
    QHash<QString, QString> names;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM tenants"))) {
        fail(q);
        return names;
    }
    while (q.next())
        names.insert(q.value(0).toString(), q.value(1).toString());
    return names;
}

QString Cache::tenantName(const QString &tenantId, const QString &fallback)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT name FROM tenants WHERE id = ?"));
    q.addBindValue(tenantId);
    if (!exec(q) || !q.next())
        return fallback;
    return q.value(0).toString();
}

QList<Tenant> Cache::tenants()
{
    QList<Tenant> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, name, service_type, etag, updated_at FROM tenants ORDER BY id"))) {
        fail(q);
        return out;
    }
    while (q.next()) {
        Tenant t;
        t.id = q.value(0).toString();
        t.name = q.value(1).toString();
        t.serviceType = ServiceType(q.value(2).toInt());
        t.etag = q.value(3).toString();
        t.updatedAt = fromMsecs(q.value(4));
        out.append(t);
    }
    for (Tenant &t : out)
        t.counts = countsFor(t.id);
    return out;
}

std::optional<Did> Cache::did(const QString &tenantId, const QString &number)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT national, emergency_region, user_upn, user_name, usage, country, toll_free,"
        " e911_state, address_id, e911_reason, state_since, verified_at, fee_minor,"
        " fee_currency, etag, updated_at FROM dids WHERE tenant_id = ? AND number = ?"));
    q.addBindValue(tenantId);
    q.addBindValue(number);
    if (!exec(q) || !q.next())
        return std::nullopt;
    Did d;
    d.tenantId = tenantId;
    d.number = number;
    d.nationalFormat = q.value(0).toString();
    d.emergencyRegion = PhoneNumber::EmergencyRegion(q.value(1).toInt());
    if (!q.value(2).isNull())
        d.assignedUser = AssignedUser{q.value(2).toString(), q.value(3).toString()};
    d.usage = DidUsage(q.value(4).toInt());
    d.country = q.value(5).toString();
    d.tollFree = q.value(6).toBool();
    d.e911.state = E911State(q.value(7).toInt());
    d.e911.addressId = q.value(8).toString();
    d.e911.reason = q.value(9).toString();
    d.e911.since = fromMsecs(q.value(10));
    d.e911.verifiedAt = fromMsecs(q.value(11));
    if (!q.value(12).isNull())
        d.monthlyFee = Money{q.value(12).toLongLong(), q.value(13).toString()};
    d.etag = q.value(14).toString();
    d.updatedAt = fromMsecs(q.value(15));
    return d;
}

std::optional<EmergencyAddress> Cache::address(const QString &addressId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT json FROM addresses WHERE id = ?"));
    q.addBindValue(addressId);
    if (!exec(q) || !q.next())
        return std::nullopt;
    QList<FieldError> errors;
    // Stored as received after it decoded once, so this only fails if the file was tampered with.
    return EmergencyAddress::fromJson(
        QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), errors);
}

QList<EmergencyAddress> Cache::addresses(const QString &tenantId)
{
    QList<EmergencyAddress> out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT json FROM addresses WHERE tenant_id = ?"
                             " ORDER BY company_name, id"));
    q.addBindValue(tenantId);
    if (!exec(q))
        return out;
    while (q.next()) {
        QList<FieldError> errors;
        if (auto a = EmergencyAddress::fromJson(
                QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), errors))
            out.append(*a);
    }
    return out;
}

QList<DisclosureAcknowledgement> Cache::acknowledgements(const QString &tenantId)
{
    QList<DisclosureAcknowledgement> out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id, disclosure_version, by_id, by_email, acknowledged_at"
                             " FROM acknowledgements WHERE tenant_id = ?"
                             " ORDER BY acknowledged_at"));
    q.addBindValue(tenantId);
    if (!exec(q))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), tenantId, q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), fromMsecs(q.value(4))});
    return out;
}

std::optional<PriceList> Cache::priceList()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT currency, e911_fee_minor, e911_fee_currency,"
                               " effective_from FROM price_list WHERE id = 1")) ||
        !q.next())
        return std::nullopt;
    return PriceList{q.value(0).toString(), Money{q.value(1).toLongLong(), q.value(2).toString()},
                     fromMsecs(q.value(3))};
}

qint64 Cache::didCount(const QString &tenantId)
{
    QSqlQuery q(database());
    if (tenantId.isEmpty()) {
        q.exec(QStringLiteral("SELECT COUNT(*) FROM dids"));
    } else {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM dids WHERE tenant_id = ?"));
        q.addBindValue(tenantId);
        q.exec();
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool Cache::hasMoreDidsThan(const QString &tenantId, qint64 count)
{
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM dids WHERE tenant_id = ? LIMIT ?)"));
    q.addBindValue(tenantId);
    q.addBindValue(count + 1);
    return q.exec() && q.next() && q.value(0).toLongLong() > count;
}

bool Cache::hasNumbersInFlight()
{
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM dids WHERE e911_state IN (1, 4))"));
    return q.next() && q.value(0).toBool();
}
