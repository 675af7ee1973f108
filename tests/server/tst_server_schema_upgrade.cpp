// A server database written before issue 17 (schema 2) upgrades in place when the server opens
// it: its addresses and places keep their rows and gain Teams ids (null), which are then unique
// per tenant. Opening an upgraded database again changes nothing.
#include "store/LisRepresentations.h"
#include "store/Representations.h"
#include "store/ServerDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestServerSchemaUpgrade : public QObject
{
    Q_OBJECT
private slots:
    void aSchemaTwoDatabaseGainsTeamsIdsKeepingItsRows();
};

namespace {
const QString tenant = QStringLiteral("0f8e3c2a-1b4d-4e6f-9a7b-2c3d4e5f6a7b");

// Runs statements on the file outside ServerDatabase, as an older server would have.
bool execAll(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (ok && !q.exec(sql)) {
                qWarning() << sql << q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

QStringList columnsOf(ServerDatabase &db, const QString &table)
{
    QSqlQuery q(db.db());
    QStringList names;
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        while (q.next())
            names.append(q.value(1).toString());
    return names;
}
} // namespace

void TestServerSchemaUpgrade::aSchemaTwoDatabaseGainsTeamsIdsKeepingItsRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("server.sqlite"));
    {
        ServerDatabase fresh;
        QString error;
        QVERIFY2(fresh.open(path, &error), qPrintable(error));
    }
    // Take the database back to schema 2: what schemas 3 and 4 added is gone, and rows written
    // then have no Teams ids.
    QVERIFY(execAll(
        path,
        {QStringLiteral("DROP INDEX addresses_teams_id"),
         QStringLiteral("DROP INDEX places_teams_id"),
         QStringLiteral("ALTER TABLE addresses DROP COLUMN teams_civic_address_id"),
         QStringLiteral("ALTER TABLE places DROP COLUMN teams_location_id"),
         QStringLiteral("ALTER TABLE emergency_calls DROP COLUMN place"),
         QStringLiteral("INSERT INTO addresses (id, tenant_id, civic, validation_status, country,"
                        " version, updated_at) VALUES ('a-1', '%1', '{\"country\": \"US\"}',"
                        " 'invalid', 'US', 4, '2026-01-01T00:00:00.000Z'),"
                        " ('a-2', '%1', '{\"country\": \"US\"}', 'invalid', 'US', 1,"
                        " '2026-01-01T00:00:00.000Z')")
             .arg(tenant),
         QStringLiteral("INSERT INTO places (id, tenant_id, address_id, building, version,"
                        " updated_at) VALUES ('p-1', '%1', 'a-1', 'HQ', 2,"
                        " '2026-01-01T00:00:00.000Z')")
             .arg(tenant),
         QStringLiteral("PRAGMA user_version = 2")}));

    ServerDatabase db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 4);
    // Schema 4: the place each emergency call came from.
    QVERIFY(columnsOf(db, QStringLiteral("emergency_calls")).contains(QStringLiteral("place")));
    QVERIFY(columnsOf(db, QStringLiteral("addresses"))
                .contains(QStringLiteral("teams_civic_address_id")));
    QVERIFY(columnsOf(db, QStringLiteral("places")).contains(QStringLiteral("teams_location_id")));

    const auto address = AddressRepresentation::load(db, tenant, QStringLiteral("a-1"));
    QVERIFY(address);
    QCOMPARE(address->value(QStringLiteral("etag")).toString(), QStringLiteral("\"v4\""));
    QVERIFY(address->contains(QStringLiteral("teamsCivicAddressId")));
    QVERIFY(address->value(QStringLiteral("teamsCivicAddressId")).isNull());
    const auto place = PlaceRepresentation::load(db, tenant, QStringLiteral("p-1"));
    QVERIFY(place);
    QCOMPARE(place->value(QStringLiteral("building")).toString(), QStringLiteral("HQ"));
    QVERIFY(place->contains(QStringLiteral("teamsLocationId")));
    QVERIFY(place->value(QStringLiteral("teamsLocationId")).isNull());

    // The upgrade brought the uniqueness too: one id, one address of the tenant.
    const QString teamsId = QStringLiteral("5aa884e8-d548-4b8e-a289-52bfd5265a6e");
    QSqlQuery q(db.db());
    QVERIFY(
        q.prepare(QStringLiteral("UPDATE addresses SET teams_civic_address_id = ? WHERE id = ?")));
    q.addBindValue(teamsId);
    q.addBindValue(QStringLiteral("a-1"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    q.addBindValue(teamsId);
    q.addBindValue(QStringLiteral("a-2"));
    QVERIFY(!q.exec());
    QCOMPARE(AddressRepresentation::load(db, tenant, QStringLiteral("a-1"))
                 ->value(QStringLiteral("teamsCivicAddressId"))
                 .toString(),
             teamsId);

    // A second start finds schema 4 and adds nothing (a second ALTER TABLE would fail).
    ServerDatabase again;
    QVERIFY2(again.open(path, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestServerSchemaUpgrade)
#include "tst_server_schema_upgrade.moc"
