#!/bin/sh
# Builds the release benchmarks and prints one table: every figure, its goal and the result of
# this run (docs/performance.md). Benchmarks print figures and assert nothing.
# Usage: scripts/run-benchmarks.sh [--small] [--build-dir DIR]
#   --small      every benchmark once at a small size (CI runs this so they cannot rot; the
#                figures then mean nothing)
#   --build-dir  where to build (default build/release; CI passes its own sanitizer build)
set -eu
cd "$(dirname "$0")/.."
small=0
build=build/release
while [ $# -gt 0 ]; do
    case "$1" in
        --small) small=1 ;;
        --build-dir) build="$2"; shift ;;
        *) echo "usage: $0 [--small] [--build-dir DIR]" >&2; exit 2 ;;
    esac
    shift
done

benches="bench_demo_start bench_full_download bench_sync bench_did_filter bench_network_elements bench_report
bench_instances"
if [ "$build" = build/release ]; then
    scripts/install-debian-deps.sh
    cmake --preset release -DDISPATCHABLE_BUILD_TESTS=ON >/dev/null
fi
# shellcheck disable=SC2086
cmake --build "$build" --parallel "$(nproc)" --target dispatchable-server dispatchable $benches

export DISPATCHABLE_SERVER="$PWD/$build/server/dispatchable-server"
export QT_QPA_PLATFORM=offscreen
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# run NAME ARGS…: runs one benchmark, keeps its log, fails the script when it fails.
run() {
    name=$1
    shift
    echo "== $name $*" >&2
    if ! "$build/tests/bench/$name" "$@" >"$out/$name.log" 2>&1; then
        cat "$out/$name.log" >&2
        echo "$name failed" >&2
        exit 1
    fi
    cat "$out/$name.log" >&2
}

# run_with_postgres NAME ARGS…: the same, beside a throw-away PostgreSQL cluster.
run_with_postgres() {
    name=$1
    shift
    echo "== $name $* (with PostgreSQL)" >&2
    if ! scripts/with-postgres.sh "$build/tests/bench/$name" "$@" >"$out/$name.log" 2>&1; then
        cat "$out/$name.log" >&2
        echo "$name failed" >&2
        exit 1
    fi
    cat "$out/$name.log" >&2
}

if [ "$small" -eq 1 ]; then
    run bench_demo_start --dids 2000 --runs 1
    run bench_full_download --dids 2000
    run bench_sync --dids 2000 --memory-dids 4000
    run bench_did_filter --dids 5000
    run bench_network_elements --elements 500 --runs 3
    run bench_report --dids 2000
    run_with_postgres bench_instances --dids 2000 --clients 4 --seconds 1 --instances 2
else
    run bench_demo_start
    run bench_full_download
    run bench_sync
    run bench_did_filter
    run bench_network_elements
    run bench_report
    run_with_postgres bench_instances
fi

echo
echo "| figure | goal | result |"
echo "|---|---|---|"
cat "$out"/*.log | awk -F '\t' '$1 == "FIGURE" { printf "| %s | %s | %s |\n", $2, $3, $4 }'
