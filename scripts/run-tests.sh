#!/bin/sh
# Installs what is missing, builds with the `ci` preset (ASan + UBSan + LSan, warnings as errors,
# a QSKIP fails) and runs every test, then every benchmark once at a small size on the same build
# (scripts/run-benchmarks.sh --small; the figures mean nothing there, the point is that they
# run), then fuzzes every parser of outside input for a bounded time (scripts/run-fuzz.sh;
# FUZZ_SECONDS=0 skips it). Usage: scripts/run-tests.sh [extra ctest arguments]
set -eu
cd "$(dirname "$0")/.."
scripts/install-debian-deps.sh
cmake --preset ci
cmake --build --preset ci --parallel "$(nproc)"
# Beside a throw-away PostgreSQL cluster: the server tests run on SQLite and again on PostgreSQL
# (*_pg, docs/deployment.md).
scripts/with-postgres.sh ctest --preset ci --parallel "$(nproc)" "$@"
scripts/run-benchmarks.sh --small --build-dir build/ci
if [ "${FUZZ_SECONDS:-60}" -gt 0 ]; then
    scripts/run-fuzz.sh "${FUZZ_SECONDS:-60}"
fi
