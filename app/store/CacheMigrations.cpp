#include "CacheMigrations.h"

#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace {
const std::array<CacheMigration, 5> migrations{{
    {1, &cacheMigration1Initial},
    {2, &cacheMigration2NetworkMap},
    {3, &cacheMigration3EmergencyCalls},
    {4, &cacheMigration4TeamsIds},
    {5, &cacheMigration5TeamsNumbers},
}};
} // namespace

int CacheMigrations::latestVersion()
{
    return migrations.back().version;
}

bool CacheMigrations::migrate(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    const int current = query.value(0).toInt();
    query.finish();
    if (current > latestVersion()) {
        *error = QStringLiteral("The cache was written by a newer version (schema %1, this "
                                "version knows %2).")
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    for (const CacheMigration &migration : migrations) {
        if (migration.version <= current)
            continue;
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        const QStringList statements = migration.statements();
        for (const QString &sql : statements) {
            if (!query.exec(sql)) {
                *error = QStringLiteral("Migration %1 failed: %2")
                             .arg(migration.version)
                             .arg(query.lastError().text());
                db.rollback();
                return false;
            }
        }
        // PRAGMA user_version is transactional in SQLite: it commits with the schema change.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)) ||
            !db.commit()) {
            *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}
