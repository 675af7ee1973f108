// Cache schema version 1: what the last sync brought (tenants, numbers, addresses,
// acknowledgements, price list) and where sync stands. Numbers keep the columns the views sort
// and filter on, with enums as integers so loading 100,000 rows stays cheap; addresses keep
// their whole JSON for the editor. dids.list_row is the number's row of the numbers table
// (Cache::didListRow), read back in one value because QtSql's cost per value dominates loading
// 100,000 rows. `gen` is the full-sync generation that last wrote a row: a
// full sync sweeps the rows it did not see.
#include "store/CacheMigrations.h"

QStringList cacheMigration1Initial()
{
    return {
        QStringLiteral("CREATE TABLE tenants ("
                       " id TEXT PRIMARY KEY NOT NULL,"
                       " name TEXT NOT NULL,"
                       " service_type INTEGER NOT NULL,"
                       " etag TEXT NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " gen INTEGER NOT NULL)"),
        // WITHOUT ROWID: rows are stored in (tenant, number) order, the order a tenant's
        // numbers arrive in and are read back in.
        QStringLiteral("CREATE TABLE dids ("
                       " tenant_id TEXT NOT NULL,"
                       " number TEXT NOT NULL,"
                       " national TEXT NOT NULL,"
                       " emergency_region INTEGER NOT NULL,"
                       " user_upn TEXT,"
                       " user_name TEXT,"
                       " usage INTEGER NOT NULL,"
                       " country TEXT NOT NULL,"
                       " toll_free INTEGER NOT NULL,"
                       " e911_state INTEGER NOT NULL,"
                       " address_id TEXT,"
                       " e911_reason TEXT,"
                       " state_since INTEGER NOT NULL,"
                       " verified_at INTEGER,"
                       " fee_minor INTEGER,"
                       " fee_currency TEXT,"
                       " etag TEXT NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " gen INTEGER NOT NULL,"
                       " list_row BLOB NOT NULL,"
                       " PRIMARY KEY (tenant_id, number)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX dids_by_state ON dids (tenant_id, e911_state)"),
        QStringLiteral("CREATE INDEX dids_by_address ON dids (address_id) WHERE address_id IS "
                       "NOT NULL"),
        // Small by construction: the numbers whose provisioning is still moving (pending = 1,
        // deregistering = 4), which decide how often sync polls.
        QStringLiteral("CREATE INDEX dids_in_flight ON dids (tenant_id) WHERE e911_state IN "
                       "(1, 4)"),
        QStringLiteral("CREATE TABLE addresses ("
                       " id TEXT PRIMARY KEY NOT NULL,"
                       " tenant_id TEXT NOT NULL,"
                       " company_name TEXT NOT NULL,"
                       " validation_status INTEGER NOT NULL,"
                       " postal_community TEXT NOT NULL,"
                       " state TEXT NOT NULL,"
                       " postal_code TEXT NOT NULL,"
                       " usage_dids INTEGER NOT NULL,"
                       " etag TEXT NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " json TEXT NOT NULL,"
                       " gen INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX addresses_by_tenant ON addresses (tenant_id, company_name)"),
        QStringLiteral("CREATE TABLE acknowledgements ("
                       " id TEXT PRIMARY KEY NOT NULL,"
                       " tenant_id TEXT NOT NULL,"
                       " disclosure_version TEXT NOT NULL,"
                       " by_id TEXT NOT NULL,"
                       " by_email TEXT NOT NULL,"
                       " acknowledged_at INTEGER NOT NULL,"
                       " gen INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX acknowledgements_by_tenant ON acknowledgements (tenant_id, "
                       "acknowledged_at)"),
        QStringLiteral("CREATE TABLE price_list ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " currency TEXT NOT NULL,"
                       " e911_fee_minor INTEGER NOT NULL,"
                       " e911_fee_currency TEXT NOT NULL,"
                       " effective_from INTEGER NOT NULL)"),
        // One row. change_token is only written in the transaction that commits the data it
        // covers; full_sync_complete = 0 means a full sync started and did not finish, so the
        // next sync must be a full one.
        QStringLiteral("CREATE TABLE sync_state ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " change_token TEXT,"
                       " generation INTEGER NOT NULL DEFAULT 0,"
                       " full_sync_complete INTEGER NOT NULL DEFAULT 0,"
                       " last_full_sync INTEGER,"
                       " last_sync INTEGER)"),
        QStringLiteral("INSERT INTO sync_state (id) VALUES (1)"),
    };
}
