// JSON representations of the backend's resources, read from their rows. Used by the resource
// routes and by delta sync, so a resource looks the same wherever it appears.
#pragma once

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

#include <optional>

class JsonTextWriter;
class ServerDatabase;

struct MoneyAmount
{
    qint64 amountMinor = 0;
    QString currency;
    QJsonObject toJson() const;
    void write(JsonTextWriter &out) const;
};

QByteArray etagFor(qint64 version); // "\"v7\""

namespace DidRepresentation {
extern const QString columns; // select list for write() and fromRow()
// The number as list pages send it, written as text: the one definition of its JSON.
void write(JsonTextWriter &out, const QSqlQuery &row, const MoneyAmount &e911Fee);
QJsonObject fromRow(const QSqlQuery &row, const MoneyAmount &e911Fee); // write(), parsed
std::optional<QJsonObject> load(ServerDatabase &db, const QString &tenantId, const QString &number,
                                const MoneyAmount &e911Fee);
// Many numbers in a few queries (the change feed), keyed by number; a number that is gone is
// left out. One query per number cost a round trip each on PostgreSQL.
QHash<QString, QJsonObject> loadMany(ServerDatabase &db, const QStringList &numbers,
                                     const MoneyAmount &e911Fee);
} // namespace DidRepresentation

namespace TenantRepresentation {
extern const QString columns;
QJsonObject fromRow(const QSqlQuery &row, const QJsonObject &counts);
QJsonObject counts(ServerDatabase &db, const QString &tenantId);
std::optional<QJsonObject> load(ServerDatabase &db, const QString &tenantId);
} // namespace TenantRepresentation

namespace AddressRepresentation {
extern const QString columns;
// A list query's first column after `columns` (the routes put the numbers count there).
constexpr int nextColumn = 14;
QJsonObject fromRow(const QSqlQuery &row, int usedByDids);
std::optional<QJsonObject> load(ServerDatabase &db, const QString &tenantId,
                                const QString &addressId);
} // namespace AddressRepresentation
