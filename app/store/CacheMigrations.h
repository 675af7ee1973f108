// Brings a cache file's schema to the current version, one migration at a time, each in one
// transaction with PRAGMA user_version. The migrations themselves live in migrations/, one
// file each, so a new one is added without touching the old. Tables named outbox* belong to the
// Outbox, which keeps its own version in outbox_meta: nothing here touches them.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct CacheMigration
{
    int version;                 // user_version after it ran
    QStringList (*statements)(); // the SQL it runs, in order
};

namespace CacheMigrations {
// The schema version this build writes.
int latestVersion();
// Runs every migration newer than the file's user_version. A file newer than this build is
// refused (an older app must not write to a schema it does not know). False with `error` set on
// failure; the failing migration is rolled back.
bool migrate(QSqlDatabase &db, QString *error);
} // namespace CacheMigrations

// The migrations, in migrations/CacheMigration*.cpp.
QStringList cacheMigration1Initial();
QStringList cacheMigration2NetworkMap();
QStringList cacheMigration3EmergencyCalls();
QStringList cacheMigration4TeamsIds();
QStringList cacheMigration5TeamsNumbers();
