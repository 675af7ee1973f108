#!/bin/sh
# Runs a command beside a throw-away PostgreSQL 15 cluster: initdb in a temp dir, a free loopback
# port, no system service. The command finds it in DISPATCHABLE_TEST_POSTGRES
# (postgresql://dsp@127.0.0.1:PORT/postgres); the cluster is stopped and deleted when the command
# ends, however it ends. Works as root (the cluster then runs as the postgres user) and as anyone
# else. Usage: scripts/with-postgres.sh COMMAND [ARGS…]
set -eu
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }
[ -x "$PG_BIN/initdb" ] || { echo "$0: no PostgreSQL 15 in $PG_BIN (Debian: postgresql-15)" >&2; exit 1; }

dir=$(mktemp -d "${TMPDIR:-/tmp}/dispatchable-pg.XXXXXX")
if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$dir"
    as_owner() { runuser -u postgres -- "$@"; }
else
    as_owner() { "$@"; }
fi
cleanup() {
    as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --no-locale: text sorts by code point, as in SQLite. fsync off: nothing here must survive.
as_owner "$PG_BIN/initdb" -D "$dir/data" -A trust -U dsp -E UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
# Another process may take the port between the probe and the start: try a few.
started=""
for _ in 1 2 3 4 5; do
    port=$(free_port)
    if as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null; then
        started=yes
        break
    fi
done
[ -n "$started" ] || { cat "$dir/log" >&2; echo "$0: PostgreSQL did not start" >&2; exit 1; }

export DISPATCHABLE_TEST_POSTGRES="postgresql://dsp@127.0.0.1:$port/postgres"
echo "PostgreSQL test cluster: $DISPATCHABLE_TEST_POSTGRES" >&2
set +e
"$@"
status=$?
set -e
exit $status
