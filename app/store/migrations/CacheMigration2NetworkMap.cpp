// Cache schema version 2: the network map of issue 9 (places, network elements, 933 test calls
// and each tenant's emergency calling policy). Enums are stored as integers, times as ms since
// the epoch (CacheColumns.h). `gen` is the full-sync generation that last wrote a row, as in
// version 1, so a full sync sweeps what the server no longer has.
#include "store/CacheMigrations.h"

QStringList cacheMigration2NetworkMap()
{
    return {
        QStringLiteral("CREATE TABLE places ("
                       " id TEXT PRIMARY KEY NOT NULL,"
                       " tenant_id TEXT NOT NULL,"
                       " address_id TEXT NOT NULL,"
                       " building TEXT NOT NULL,"
                       " floor TEXT NOT NULL,"
                       " room TEXT NOT NULL,"
                       " description TEXT NOT NULL,"
                       " etag TEXT NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " gen INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX places_by_tenant ON places (tenant_id, address_id)"),
        // WITHOUT ROWID, keyed (tenant, id): a tenant's elements are read together and in id
        // order (the API's order), and are stored that way. list_row holds the whole element
        // in one value (Cache::networkElementListRow): QtSql's cost per value would otherwise
        // dominate loading 10,000 of them.
        QStringLiteral("CREATE TABLE network_elements ("
                       " tenant_id TEXT NOT NULL,"
                       " id TEXT NOT NULL,"
                       " kind INTEGER NOT NULL,"
                       " place_id TEXT NOT NULL,"
                       " subnet TEXT NOT NULL,"
                       " bssid TEXT NOT NULL,"
                       " chassis_id TEXT NOT NULL,"
                       " port_id TEXT NOT NULL,"
                       " description TEXT NOT NULL,"
                       " etag TEXT NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " gen INTEGER NOT NULL,"
                       " list_row TEXT NOT NULL,"
                       " PRIMARY KEY (tenant_id, id)) WITHOUT ROWID"),
        // Tombstones and single reads name an element by id alone.
        QStringLiteral("CREATE UNIQUE INDEX network_elements_by_id ON network_elements (id)"),
        QStringLiteral("CREATE INDEX network_elements_by_place ON network_elements (place_id)"),
        QStringLiteral("CREATE TABLE test_calls ("
                       " id TEXT PRIMARY KEY NOT NULL,"
                       " tenant_id TEXT NOT NULL,"
                       " place_id TEXT NOT NULL,"
                       " number TEXT NOT NULL,"
                       " address_id TEXT NOT NULL,"
                       " address_etag TEXT NOT NULL,"
                       " called_by TEXT NOT NULL,"
                       " called_at INTEGER NOT NULL,"
                       " read_back TEXT NOT NULL,"
                       " result INTEGER NOT NULL,"
                       " note TEXT NOT NULL,"
                       " recorded_by_id TEXT NOT NULL,"
                       " recorded_by_email TEXT NOT NULL,"
                       " recorded_at INTEGER NOT NULL,"
                       " gen INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX test_calls_by_tenant ON test_calls (tenant_id, called_at)"),
        // One row per tenant; the group is a JSON array of strings.
        QStringLiteral("CREATE TABLE emergency_policies ("
                       " tenant_id TEXT PRIMARY KEY NOT NULL,"
                       " notification_mode INTEGER NOT NULL,"
                       " notification_group TEXT NOT NULL,"
                       " dial_out_number TEXT NOT NULL,"
                       " etag TEXT NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " gen INTEGER NOT NULL)"),
    };
}
