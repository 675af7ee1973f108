// Cache schema version 5: the Teams emergency location of each number as the latest Teams
// export read said (issue 17), one row per tenant holding the reading as the API sent it. The
// next sync is a full one, so that readings recorded before this version arrive.
#include "store/CacheMigrations.h"

QStringList cacheMigration5TeamsNumbers()
{
    return {
        QStringLiteral("CREATE TABLE teams_number_locations ("
                       " tenant_id TEXT PRIMARY KEY NOT NULL,"
                       " json TEXT NOT NULL,"
                       " gen INTEGER NOT NULL)"),
        QStringLiteral("UPDATE sync_state SET full_sync_complete = 0"),
    };
}
