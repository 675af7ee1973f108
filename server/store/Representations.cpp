#include "Representations.h"

#include "ServerDatabase.h"
#include "http/JsonTextWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonValue jsonText(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson(v.toByteArray());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

void writeNullable(JsonTextWriter &out, const QVariant &v)
{
    if (v.isNull())
        out.null();
    else
        out.string(v.toString());
}

} // namespace

QJsonObject MoneyAmount::toJson() const
{
    return {{QStringLiteral("amountMinor"), amountMinor}, {QStringLiteral("currency"), currency}};
}

void MoneyAmount::write(JsonTextWriter &out) const
{
    out.beginObject();
    out.key(QLatin1StringView("amountMinor"));
    out.integer(amountMinor);
    out.key(QLatin1StringView("currency"));
    out.string(currency);
    out.endObject();
}

QByteArray etagFor(qint64 version)
{
    return "\"v" + QByteArray::number(version) + '"';
}

const QString DidRepresentation::columns = QStringLiteral(
    "number, tenant_id, user_upn, user_display_name, usage, country, toll_free, e911_state,"
    " address_id, e911_reason, state_since, verified_at, version, updated_at");

void DidRepresentation::write(JsonTextWriter &out, const QSqlQuery &q, const MoneyAmount &fee)
{
    const QString state = q.value(7).toString();
    const bool billed =
        state == QLatin1StringView("pending") || state == QLatin1StringView("registered") ||
        state == QLatin1StringView("failed") || state == QLatin1StringView("deregistering");
    // Keys in alphabetical order, as QJsonObject wrote them before this writer existed.
    out.beginObject();
    out.key(QLatin1StringView("assignedUser"));
    if (q.value(2).isNull()) {
        out.null();
    } else {
        out.beginObject();
        out.key(QLatin1StringView("displayName"));
        out.string(q.value(3).toString());
        out.key(QLatin1StringView("upn"));
        out.string(q.value(2).toString());
        out.endObject();
    }
    out.key(QLatin1StringView("country"));
    out.string(q.value(5).toString());
    out.key(QLatin1StringView("e911"));
    out.beginObject();
    out.key(QLatin1StringView("addressId"));
    writeNullable(out, q.value(8));
    out.key(QLatin1StringView("reason"));
    writeNullable(out, q.value(9));
    out.key(QLatin1StringView("since"));
    out.string(q.value(10).toString());
    out.key(QLatin1StringView("state"));
    out.string(state);
    out.key(QLatin1StringView("verifiedAt"));
    writeNullable(out, q.value(11));
    out.endObject();
    out.key(QLatin1StringView("etag"));
    out.string(QByteArrayView(etagFor(q.value(12).toLongLong())));
    out.key(QLatin1StringView("monthlyFee"));
    if (billed)
        fee.write(out);
    else
        out.null();
    out.key(QLatin1StringView("number"));
    out.string(q.value(0).toString());
    out.key(QLatin1StringView("tenantId"));
    out.string(q.value(1).toString());
    out.key(QLatin1StringView("tollFree"));
    out.boolean(q.value(6).toBool());
    out.key(QLatin1StringView("updatedAt"));
    out.string(q.value(13).toString());
    out.key(QLatin1StringView("usage"));
    out.string(q.value(4).toString());
    out.endObject();
}

QJsonObject DidRepresentation::fromRow(const QSqlQuery &q, const MoneyAmount &fee)
{
    JsonTextWriter out(512);
    write(out, q, fee);
    return QJsonDocument::fromJson(out.text()).object();
}

std::optional<QJsonObject> DidRepresentation::load(ServerDatabase &db, const QString &tenantId,
                                                   const QString &number, const MoneyAmount &fee)
{
    QSqlQuery q(db.db());
    db.exec(q,
            QStringLiteral("SELECT ") + columns +
                QStringLiteral(" FROM dids WHERE number = ? AND tenant_id = ?"),
            {number, tenantId});
    if (!q.next())
        return std::nullopt;
    return fromRow(q, fee);
}

QHash<QString, QJsonObject>
DidRepresentation::loadMany(ServerDatabase &db, const QStringList &numbers, const MoneyAmount &fee)
{
    // In chunks: SQLite and PostgreSQL both cap the parameters of one statement.
    constexpr qsizetype chunk = 500;
    QHash<QString, QJsonObject> out;
    for (qsizetype from = 0; from < numbers.size(); from += chunk) {
        const QStringList part = numbers.mid(from, chunk);
        QStringList marks(part.size(), QStringLiteral("?"));
        QSqlQuery q(db.db());
        db.prepare(q, QStringLiteral("SELECT ") + columns +
                          QStringLiteral(" FROM dids WHERE number IN (") +
                          marks.join(QLatin1Char(',')) + QLatin1Char(')'));
        for (const QString &number : part)
            q.addBindValue(number);
        db.exec(q);
        while (q.next())
            out.insert(q.value(0).toString(), fromRow(q, fee));
    }
    return out;
}

const QString TenantRepresentation::columns =
    QStringLiteral("id, name, service_type, version, updated_at");

QJsonObject TenantRepresentation::fromRow(const QSqlQuery &q, const QJsonObject &counts)
{
    return QJsonObject{
        {QStringLiteral("id"), q.value(0).toString()},
        {QStringLiteral("name"), q.value(1).toString()},
        {QStringLiteral("serviceType"), q.value(2).toString()},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("etag"), QString::fromLatin1(etagFor(q.value(3).toLongLong()))},
        {QStringLiteral("updatedAt"), q.value(4).toString()},
    };
}

QJsonObject TenantRepresentation::counts(ServerDatabase &db, const QString &tenantId)
{
    QJsonObject counts{{QStringLiteral("total"), 0},   {QStringLiteral("basic"), 0},
                       {QStringLiteral("pending"), 0}, {QStringLiteral("registered"), 0},
                       {QStringLiteral("failed"), 0},  {QStringLiteral("deregistering"), 0}};
    QSqlQuery q(db.db());
    db.exec(q,
            QStringLiteral(
                "SELECT e911_state, COUNT(*) FROM dids WHERE tenant_id = ? GROUP BY e911_state"),
            {tenantId});
    int total = 0;
    while (q.next()) {
        counts.insert(q.value(0).toString(), q.value(1).toInt());
        total += q.value(1).toInt();
    }
    counts.insert(QStringLiteral("total"), total);
    return counts;
}

std::optional<QJsonObject> TenantRepresentation::load(ServerDatabase &db, const QString &tenantId)
{
    QSqlQuery q(db.db());
    db.exec(q, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM tenants WHERE id = ?"),
            {tenantId});
    if (!q.next())
        return std::nullopt;
    return fromRow(q, counts(db, tenantId));
}

const QString AddressRepresentation::columns = QStringLiteral(
    "id, tenant_id, company_name, civic, location_note, validation_status, normalized, problems,"
    " latitude, longitude, precision, version, updated_at, teams_civic_address_id");

QJsonObject AddressRepresentation::fromRow(const QSqlQuery &q, int usedByDids)
{
    QJsonValue geocode = QJsonValue::Null;
    if (!q.value(8).isNull())
        geocode = QJsonObject{{QStringLiteral("latitude"), q.value(8).toDouble()},
                              {QStringLiteral("longitude"), q.value(9).toDouble()},
                              {QStringLiteral("precision"), q.value(10).toString()}};
    return QJsonObject{
        {QStringLiteral("id"), q.value(0).toString()},
        {QStringLiteral("tenantId"), q.value(1).toString()},
        {QStringLiteral("companyName"), q.value(2).toString()},
        {QStringLiteral("civic"), jsonText(q.value(3))},
        {QStringLiteral("locationNote"), q.value(4).toString()},
        {QStringLiteral("teamsCivicAddressId"),
         q.value(13).isNull() ? QJsonValue() : QJsonValue(q.value(13).toString())},
        {QStringLiteral("validation"),
         QJsonObject{{QStringLiteral("status"), q.value(5).toString()},
                     {QStringLiteral("normalized"), jsonText(q.value(6))},
                     {QStringLiteral("problems"), jsonText(q.value(7))},
                     {QStringLiteral("geocode"), geocode}}},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("dids"), usedByDids}}},
        {QStringLiteral("etag"), QString::fromLatin1(etagFor(q.value(11).toLongLong()))},
        {QStringLiteral("updatedAt"), q.value(12).toString()},
    };
}

std::optional<QJsonObject> AddressRepresentation::load(ServerDatabase &db, const QString &tenantId,
                                                       const QString &addressId)
{
    QSqlQuery q(db.db());
    db.exec(q,
            QStringLiteral("SELECT ") + columns +
                QStringLiteral(" FROM addresses WHERE id = ? AND tenant_id = ?"),
            {addressId, tenantId});
    if (!q.next())
        return std::nullopt;
    const int used =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM dids WHERE address_id = ?"), {addressId})
            .toInt();
    return fromRow(q, used);
}
