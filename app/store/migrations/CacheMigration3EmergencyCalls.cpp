// Cache schema version 3: emergency calls from Teams (issue 16). Each call is kept as the API's
// JSON, since only a tenant's few calls are read at a time (for each number's last call and the
// report's call log); test calls learn who wrote them. The cache lacks the calls of every sync
// before this version, so the next sync is a full one.
#include "store/CacheMigrations.h"

QStringList cacheMigration3EmergencyCalls()
{
    return {
        QStringLiteral("CREATE TABLE emergency_calls ("
                       " id TEXT PRIMARY KEY NOT NULL,"
                       " tenant_id TEXT NOT NULL,"
                       " number TEXT NOT NULL,"
                       " started_at INTEGER NOT NULL,"
                       " json BLOB NOT NULL,"
                       " gen INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX emergency_calls_by_tenant ON emergency_calls (tenant_id, started_at)"),
        // 0 is TestCallSource::Manual: every record before this version was a person's.
        QStringLiteral("ALTER TABLE test_calls ADD COLUMN source INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE sync_state SET full_sync_complete = 0"),
    };
}
