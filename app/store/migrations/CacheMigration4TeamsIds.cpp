// Cache schema version 4: Teams's own ids (issue 17). A place keeps its Teams LocationId in a
// column ("" for none, like its other parts); an address keeps its CivicAddressId in the JSON it
// is already stored as. Rows written before this version lack both, so the next sync is a full
// one.
#include "store/CacheMigrations.h"

QStringList cacheMigration4TeamsIds()
{
    return {
        QStringLiteral("ALTER TABLE places ADD COLUMN teams_location_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE sync_state SET full_sync_complete = 0"),
    };
}
