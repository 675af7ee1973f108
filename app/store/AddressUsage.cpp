#include "store/AddressUsage.h"

#include "store/Cache.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

AddressUsage::AddressUsage(Cache *cache)
    : m_cache(cache)
{}

QList<AddressUser> AddressUsage::users(const QString &addressId, int limit) const
{
    QList<AddressUser> out;
    QSqlQuery q(m_cache->database());
    // The partial index dids_by_address makes this a range read.
    q.prepare(QStringLiteral("SELECT number, national, COALESCE(NULLIF(user_name, ''), user_upn,"
                             " ''), e911_state FROM dids WHERE address_id = ? ORDER BY number"
                             " LIMIT ?"));
    q.addBindValue(addressId);
    q.addBindValue(limit);
    if (!q.exec()) {
        qWarning("address usage: %s", qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    E911State(q.value(3).toInt())});
    return out;
}

qint64 AddressUsage::count(const QString &addressId) const
{
    QSqlQuery q(m_cache->database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM dids WHERE address_id = ?"));
    q.addBindValue(addressId);
    if (!q.exec() || !q.next()) {
        qWarning("address usage: %s", qPrintable(q.lastError().text()));
        return 0;
    }
    return q.value(0).toLongLong();
}
